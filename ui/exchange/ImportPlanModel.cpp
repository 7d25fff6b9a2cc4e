#include "exchange/ImportPlanModel.h"

#include "exchange/ImportPreviewModel.h"
#include "exchange/UseCaseSheet.h"

#include <QBrush>
#include <QColor>

namespace casebook::ui {

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const PlannedRecord &r = m_records[index.row()];
    const bool applied = r.isApplied(m_policy);
    if (role == ActionRole)
        return int(r.action);
    if (role == AppliedRole)
        return applied;
    if (role == Qt::BackgroundRole && r.action == PlannedRecord::Action::Conflict)
        return QBrush(QColor(255, 235, 200));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Line:
        return r.line > 0 ? r.line : r.index + 1;
    case Column::Plan:
        return planActionName(r.action);
    case Column::Code:
        return r.incoming.code.isEmpty() ? tr("(new code)") : r.incoming.code;
    case Column::Title:
        return role == Qt::ToolTipRole ? r.incoming.title : r.incoming.title.simplified().left(100);
    case Column::Details: {
        if (r.action == PlannedRecord::Action::Conflict)
            return r.message;
        if (r.action == PlannedRecord::Action::Changed) {
            QStringList names;
            for (const QString &f : r.changedFields)
                names.append(UseCaseSheet::displayName(f));
            return tr("Differs in: %1").arg(names.join(QLatin1String(", ")));
        }
        if (r.matchedByCode)
            return tr("Matched by code");
        return {};
    }
    case Column::Applied:
        if (r.action == PlannedRecord::Action::Identical)
            return tr("Nothing to do");
        if (r.action == PlannedRecord::Action::Conflict)
            return tr("Not imported");
        if (r.action == PlannedRecord::Action::New)
            return tr("Added");
        return applied ? tr("Replaced by the sheet") : tr("Kept as it is here");
    case Column::Count:
        break;
    }
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::Plan:
        return tr("Plan");
    case Column::Code:
        return tr("Code");
    case Column::Title:
        return tr("Title");
    case Column::Details:
        return tr("Details");
    case Column::Applied:
        return tr("Result");
    case Column::Count:
        break;
    }
    return {};
}

void ImportPlanModel::setPlan(const SheetImportPlan &plan, ImportPolicy policy)
{
    beginResetModel();
    m_records = plan.records;
    m_policy = policy;
    endResetModel();
}

void ImportPlanModel::setPolicy(ImportPolicy policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, int(Column::Applied)), index(rowCount() - 1, int(Column::Applied)));
}

} // namespace casebook::ui
