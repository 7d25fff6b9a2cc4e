#include "models/UseCaseListModel.h"

#include "model/Vocabulary.h"
#include "storage/ScoreReportLoader.h"
#include "widgets/TextDirection.h"

#include <QLocale>

#include <algorithm>

namespace casebook::ui {

UseCaseListModel::UseCaseListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

int UseCaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UseCaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant UseCaseListModel::data(const QModelIndex &index, int role) const
{
    const UseCaseSummary *s = useCaseAt(index);
    if (!s)
        return {};
    if (role == UuidRole)
        return s->uuid;
    if (role == IdRole)
        return s->id;
    if (Column(index.column()) == Column::Score)
        return scoreData(*s, role);
    if (role == Qt::TextAlignmentRole && Column(index.column()) == Column::Title)
        return QVariant(cellAlignment(s->title));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Vocabularies &v = Vocabularies::instance();
    auto labels = [](const QStringList &ids, const Vocabulary &voc) {
        QStringList out;
        for (const QString &id : ids)
            out.append(voc.displayLabel(id));
        return out.join(QLatin1String(", "));
    };
    switch (Column(index.column())) {
    case Column::Code: return s->code;
    case Column::Title: return s->title;
    case Column::Verticals: return labels(s->verticals, v.verticals());
    case Column::Regions: return labels(s->regions, v.ituRegions());
    case Column::Stage: return v.deploymentStages().displayLabel(s->deploymentStage);
    case Column::Tags: return s->tags.join(QLatin1String(", "));
    case Column::Modified: return QLocale().toString(s->modifiedAt.toLocalTime(), QLocale::ShortFormat);
    case Column::Score:
    case Column::Count: break;
    }
    return {};
}

QVariant UseCaseListModel::scoreData(const UseCaseSummary &row, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    const std::optional<StoredScore> &score = row.score;
    if (role == Qt::DisplayRole && score && score->index)
        return score->incomplete ? tr("%1 (partial, %2% covered)")
                                       .arg(QLocale().toString(*score->index, 'f', 1))
                                       .arg(qRound(score->coverage * 100))
                                 : QLocale().toString(*score->index, 'f', 1);
    if (role == Qt::ToolTipRole && m_rubric)
        return !score ? tr("Not assessed against \"%1\"").arg(m_rubric->name)
                      : tr("Median of %n assessor(s) against \"%1\" version %2", nullptr, score->assessors)
                            .arg(m_rubric->name)
                            .arg(m_rubric->version);
    return {};
}

QVariant UseCaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code: return tr("Code");
    case Column::Title: return tr("Title");
    case Column::Verticals: return tr("Verticals");
    case Column::Regions: return tr("ITU-D regions");
    case Column::Stage: return tr("Stage");
    case Column::Tags: return tr("Tags");
    case Column::Modified: return tr("Modified");
    case Column::Score: return tr("Score");
    case Column::Count: break;
    }
    return {};
}

bool UseCaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void UseCaseListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch(kPageSize);
}

bool UseCaseListModel::fetch(int count)
{
    ListOptions options = m_options;
    options.offset = int(m_rows.size());
    options.limit = count;
    auto page = UseCaseRepository(m_db).find(m_query, options);
    if (!page) {
        m_total = int(m_rows.size());
        emit loadFailed(page.error().message);
        return false;
    }
    if (page->isEmpty()) {
        m_total = int(m_rows.size());
        return false;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    indexRows(first);
    endInsertRows();
    return true;
}

void UseCaseListModel::indexRows(int first)
{
    if (first == 0)
        m_rowOf.clear();
    for (int row = first; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).uuid, row);
}

QModelIndex UseCaseListModel::fetchUntil(const QString &uuid)
{
    QModelIndex found = indexOf(uuid);
    if (found.isValid() || !canFetchMore({}))
        return found;
    auto listed = UseCaseRepository(m_db).lists(m_query, uuid);
    if (!listed || !*listed)
        return {};
    constexpr int kLargestPage = 25600;
    for (int count = kPageSize; !found.isValid() && canFetchMore({}) && fetch(count);
         count = std::min(2 * count, kLargestPage))
        found = indexOf(uuid);
    return found;
}

void UseCaseListModel::sort(int column, Qt::SortOrder order)
{
    using S = ListOptions::Sort;
    S sort = S::Code;
    switch (Column(column)) {
    case Column::Title: sort = S::Title; break;
    case Column::Stage: sort = S::Stage; break;
    case Column::Modified: sort = S::Modified; break;
    case Column::Score: sort = S::Score; break;
    default: break;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_options.sort && descending == m_options.descending)
        return; // the rows are in that order already (the window sets its order once at start-up)
    m_options.sort = sort;
    m_options.descending = descending;
    reload();
}

void UseCaseListModel::setQuery(const SearchQuery &query)
{
    m_query = query;
    reload();
}

void UseCaseListModel::reload()
{
    // The first page is loaded inside the reset, so that views (and anything reacting to
    // modelReset) see a consistent model and never fetch while the reset is in flight.
    QString failure;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    auto rubric = ScoreReportLoader::resolveRubric(m_db, {});
    m_rubric = rubric ? std::optional<Rubric>(*rubric) : std::nullopt;
    m_options.scoreRubricId = m_rubric ? m_rubric->id : 0;
    auto total = UseCaseRepository(m_db).count(m_query);
    m_total = total ? *total : 0;
    if (!total) {
        failure = total.error().message;
    } else if (m_total > 0) {
        ListOptions options = m_options;
        options.offset = 0;
        options.limit = kFirstPageSize;
        auto page = UseCaseRepository(m_db).find(m_query, options);
        if (page) {
            m_rows = *page;
            indexRows(0);
        } else {
            failure = page.error().message;
        }
    }
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

const UseCaseSummary *UseCaseListModel::useCaseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

QModelIndex UseCaseListModel::indexOf(const QString &uuid) const
{
    const int row = m_rowOf.value(uuid, -1);
    return row < 0 ? QModelIndex() : index(row, 0);
}

} // namespace casebook::ui
