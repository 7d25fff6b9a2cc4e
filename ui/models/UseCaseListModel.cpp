#include "models/UseCaseListModel.h"

#include "model/Vocabulary.h"
#include "storage/Database.h"
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
    return parent.isValid() ? 0 : m_total;
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

const UseCaseListModel::Page *UseCaseListModel::pageOf(int row) const
{
    const int number = row / kPageSize;
    auto held = m_pages.constFind(number);
    if (held == m_pages.cend()) {
        if (m_onlyHeld || m_failed || !readPage(number))
            return nullptr;
        held = m_pages.constFind(number);
    } else if (m_recent.constFirst() != number) {
        m_recent.removeOne(number);
        m_recent.prepend(number);
    }
    return &*held;
}

bool UseCaseListModel::readPage(int number) const
{
    ListOptions options = m_options;
    options.offset = number * kPageSize;
    options.limit = kPageSize;
    auto page = UseCaseRepository(m_db).find(m_query, options);
    if (!page) {
        // Reported once, after the paint or the call that asked: a dialog must not open mid-paint.
        m_failed = true;
        auto *self = const_cast<UseCaseListModel *>(this);
        QMetaObject::invokeMethod(
            self, [self, message = page.error().message] { emit self->loadFailed(message); },
            Qt::QueuedConnection);
        return false;
    }
    while (m_recent.size() >= kPagesKept)
        forgetPage(m_recent.takeLast());
    for (int i = 0; i < page->size(); ++i)
        m_rowOf.insert(page->at(i).uuid, options.offset + i);
    m_pages.insert(number, *page);
    m_recent.prepend(number);
    return true;
}

void UseCaseListModel::forgetPage(int number) const
{
    for (const UseCaseSummary &row : m_pages.value(number))
        m_rowOf.remove(row.uuid);
    m_pages.remove(number);
}

int UseCaseListModel::heldRowCount() const
{
    int rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += int(page.size());
    return rows;
}

QModelIndex UseCaseListModel::locate(const QString &uuid)
{
    const QModelIndex held = indexOf(uuid);
    if (held.isValid() || uuid.isEmpty())
        return held;
    auto row = UseCaseRepository(m_db).rowOf(m_query, m_options, uuid);
    if (!row) {
        emit loadFailed(row.error().message);
        return {};
    }
    if (!*row || **row >= m_total || !pageOf(**row))
        return {};
    return indexOf(uuid);
}

QStringList UseCaseListModel::uuidsOfRows(int first, int last) const
{
    first = std::max(first, 0);
    last = std::min(last, m_total - 1);
    QStringList out;
    if (first > last)
        return out;
    bool held = true;
    for (int number = first / kPageSize; held && number <= last / kPageSize; ++number)
        held = m_pages.contains(number);
    // Rows are positions in the list as it was at the reload: once another connection changed the
    // repository, a read would name other records than those selected, so only the rows held (the
    // ones shown) count.
    if (held || m_db.othersChangeCount() != m_version) {
        for (int row = first; row <= last; ++row) {
            const auto page = m_pages.constFind(row / kPageSize);
            if (page != m_pages.cend() && row % kPageSize < page->size())
                out.append(page->at(row % kPageSize).uuid);
        }
        return out;
    }
    ListOptions options = m_options;
    options.offset = first;
    options.limit = last - first + 1;
    options.keysOnly = true;
    auto rows = UseCaseRepository(m_db).find(m_query, options);
    if (!rows) {
        auto *self = const_cast<UseCaseListModel *>(this);
        QMetaObject::invokeMethod(
            self, [self, message = rows.error().message] { emit self->loadFailed(message); },
            Qt::QueuedConnection);
        return out;
    }
    for (const UseCaseSummary &row : std::as_const(*rows))
        out.append(row.uuid);
    return out;
}

QModelIndexList UseCaseListModel::match(const QModelIndex &start, int role, const QVariant &value, int hits,
                                        Qt::MatchFlags flags) const
{
    m_onlyHeld = true; // the rows not held answer nothing, and are not read
    const QModelIndexList found = QAbstractTableModel::match(start, role, value, hits, flags);
    m_onlyHeld = false;
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
    // The first page is read inside the reset, so that the first paint waits for no query of its
    // own and anything reacting to modelReset sees the first rows.
    QString failure;
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_rowOf.clear();
    m_failed = false;
    m_version = m_db.othersChangeCount();
    auto rubric = ScoreReportLoader::resolveRubric(m_db, {});
    m_rubric = rubric ? std::optional<Rubric>(*rubric) : std::nullopt;
    m_options.scoreRubricId = m_rubric ? m_rubric->id : 0;
    auto total = UseCaseRepository(m_db).count(m_query);
    m_total = total ? *total : 0;
    if (!total)
        failure = total.error().message;
    else if (m_total > 0 && !readPage(0))
        m_total = 0; // reported by readPage
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

const UseCaseSummary *UseCaseListModel::useCaseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_total)
        return nullptr;
    const Page *page = pageOf(index.row());
    const int at = index.row() % kPageSize;
    // A page comes back short when the repository changed since the count (before the reload that
    // follows every change): its missing rows stay empty.
    return page && at < page->size() ? &page->at(at) : nullptr;
}

QModelIndex UseCaseListModel::indexOf(const QString &uuid) const
{
    const int row = m_rowOf.value(uuid, -1);
    return row < 0 ? QModelIndex() : index(row, 0);
}

} // namespace casebook::ui
