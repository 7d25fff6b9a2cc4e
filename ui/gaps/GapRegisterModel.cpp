#include "gaps/GapRegisterModel.h"

#include "model/Vocabulary.h"

namespace casebook::ui {

namespace {

const Vocabularies &voc()
{
    return Vocabularies::instance();
}

QString labelOf(const Vocabulary &vocabulary, const QString &id)
{
    return id.isEmpty() ? QString() : vocabulary.displayLabel(id);
}

QString groupLabel(const QString &key, GapRegister::Grouping grouping)
{
    using G = GapRegister::Grouping;
    switch (grouping) {
    case G::Facet:
        return key.isEmpty() ? GapRegisterModel::tr("No facet")
                             : labelOf(voc().interoperabilityFacets(), key);
    case G::Sdo: return key.isEmpty() ? GapRegisterModel::tr("No candidate SDO") : key;
    case G::Question: return key.isEmpty() ? GapRegisterModel::tr("No Question") : key;
    case G::Status:
        return key.isEmpty() ? GapRegisterModel::tr("No status") : labelOf(voc().gapStatuses(), key);
    case G::None: break;
    }
    return key;
}

/// The place of `id` in its vocabulary, so that priorities and statuses sort in their own order.
int orderIn(const Vocabulary &vocabulary, const QString &id)
{
    return int(vocabulary.ids().indexOf(id));
}

} // namespace

GapRegisterModel::GapRegisterModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void GapRegisterModel::setGroups(const QList<GapGroup> &groups, GapRegister::Grouping grouping)
{
    beginResetModel();
    m_groups.clear();
    m_flat = grouping == GapRegister::Grouping::None; // one group at most: its gaps are the rows
    for (const GapGroup &g : groups) {
        const QString label = groupLabel(g.key, grouping);
        m_groups.append({tr("%1 (%2)").arg(label).arg(g.gaps.size()), label, g.gaps});
    }
    endResetModel();
}

void GapRegisterModel::setShared(const QList<SharedGap> &shared)
{
    beginResetModel();
    m_groups.clear();
    m_flat = false;
    for (const SharedGap &s : shared) {
        const QStringList codes = s.useCaseCodes();
        const QString facet =
            s.facet.isEmpty() ? tr("No facet") : labelOf(voc().interoperabilityFacets(), s.facet);
        const QString sdo = s.candidateSdo.isEmpty() ? tr("no candidate SDO") : s.candidateSdo;
        constexpr int kCodesShown = 6;
        QString listed = codes.mid(0, kCodesShown).join(QLatin1String(", "));
        if (codes.size() > kCodesShown)
            listed = tr("%1 and %n more", nullptr, int(codes.size() - kCodesShown)).arg(listed);
        m_groups.append(
            {tr("%1, %2: raised by %n use case(s) (%3)", nullptr, int(codes.size())).arg(facet, sdo, listed),
             s.gaps.first().gap.description, s.gaps});
    }
    endResetModel();
}

const GapEntry *GapRegisterModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (m_flat)
        return m_groups.isEmpty() ? nullptr : &m_groups.first().gaps.at(index.row());
    if (index.internalId() == 0)
        return nullptr;
    return &m_groups.at(qsizetype(index.internalId() - 1)).gaps.at(index.row());
}

bool GapRegisterModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && !m_flat && index.internalId() == 0;
}

int GapRegisterModel::gapCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.gaps.size());
    return n;
}

QModelIndex GapRegisterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex GapRegisterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_flat || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int GapRegisterModel::rowCount(const QModelIndex &parent) const
{
    if (m_flat)
        return parent.isValid() || m_groups.isEmpty() ? 0 : int(m_groups.first().gaps.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).gaps.size());
}

int GapRegisterModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QVariant GapRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const GapEntry *e = entryAt(index))
        return gapData(*e, Column(index.column()), role);
    return groupData(index.row(), index.column(), role);
}

QVariant GapRegisterModel::groupData(int row, int column, int role) const
{
    const Group &g = m_groups.at(row);
    switch (role) {
    case Qt::DisplayRole: return column == 0 ? QVariant(g.title) : QVariant();
    case Qt::ToolTipRole: return column == 0 ? QVariant(g.toolTip) : QVariant();
    case SortRole: return row; // groups keep the register's order
    case GroupRole: return true;
    case UuidRole: return QString();
    default: return {};
    }
}

QVariant GapRegisterModel::gapData(const GapEntry &e, Column column, int role) const
{
    const StandardizationGap &g = e.gap;
    if (role == UuidRole)
        return e.useCaseUuid;
    if (role == GroupRole)
        return false;
    if (role == SortRole) {
        switch (column) {
        case Column::UseCase:
            return QString(e.useCaseCode + QLatin1Char(' ') + e.useCaseTitle).toCaseFolded();
        case Column::Priority: return orderIn(voc().priorities(), g.priority);
        case Column::Status: return orderIn(voc().gapStatuses(), g.status);
        default: return gapData(e, column, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Column::UseCase)
            return QString(e.useCaseCode + QLatin1Char('\n') + e.useCaseTitle);
        return column == Column::Description ? QVariant(g.description) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::UseCase: return QString(e.useCaseCode + QStringLiteral("  ") + e.useCaseTitle).simplified();
    case Column::Description: return g.description.simplified();
    case Column::Facet: return labelOf(voc().interoperabilityFacets(), g.facet);
    case Column::Sdo: return g.candidateSdo.simplified();
    case Column::Question: return g.question.simplified();
    case Column::Priority: return labelOf(voc().priorities(), g.priority);
    case Column::Status: return labelOf(voc().gapStatuses(), g.status);
    case Column::Count: break;
    }
    return {};
}

QVariant GapRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::UseCase: return tr("Use case");
    case Column::Description: return tr("Gap");
    case Column::Facet: return tr("Facet");
    case Column::Sdo: return tr("Candidate SDO");
    case Column::Question: return tr("Question");
    case Column::Priority: return tr("Priority");
    case Column::Status: return tr("Status");
    case Column::Count: break;
    }
    return {};
}

} // namespace casebook::ui
