#include "exchange/ImportPlanModel.h"

#include "exchange/UseCaseSheet.h"
#include "merge/ImportPlanner.h"

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

QString ImportPlanModel::resultText(const RecordPlan &r, const Resolutions &resolutions)
{
    switch (r.status) {
    case RecordStatus::New: return tr("Added");
    case RecordStatus::DeletedHere:
        return ImportPlanner::takesTheirs(r, resolutions) ? tr("Restored") : tr("Stays deleted");
    case RecordStatus::DeletedThere:
        return ImportPlanner::takesTheirs(r, resolutions) ? tr("Deleted") : tr("Kept");
    case RecordStatus::Identical: return r.tagsAdded.isEmpty() ? tr("Nothing to do") : tr("Tags added");
    case RecordStatus::ChangedThere:
    case RecordStatus::ChangedHere:
    case RecordStatus::Merged:
    case RecordStatus::Conflict: break;
    }
    if (resolutions.records.value(r.key).choice == RecordChoice::KeepBoth
        && r.status != RecordStatus::ChangedHere)
        return tr("Kept, and the sheet's version added as a copy");
    int theirs = 0;
    for (const FieldDiff &f : r.fields) {
        if (ImportPlanner::chosenSide(r, f, resolutions) == Side::Theirs)
            ++theirs;
    }
    if (theirs == 0)
        return r.tagsAdded.isEmpty() ? tr("Kept as it is here") : tr("Kept, tags added");
    if (theirs == r.fields.size())
        return tr("Updated from the sheet");
    return tr("Merged: %1 field(s) from the sheet, %2 kept").arg(theirs).arg(r.fields.size() - theirs);
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const RecordPlan &r = m_records[index.row()];
    if (role == ActionRole)
        return int(r.status);
    if (role == AppliedRole)
        return SheetImportPlan::writes(r, m_resolutions);
    if (role == KeyRole)
        return r.key;
    if (role == Qt::BackgroundRole && r.status == RecordStatus::Conflict)
        return QBrush(QColor(255, 235, 200));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Line: return m_lines.value(index.row());
    case Column::Plan: return ImportPlan::statusLabel(r.status);
    case Column::Code: return r.code.isEmpty() ? tr("(new code)") : r.code;
    case Column::Title: return role == Qt::ToolTipRole ? r.title : r.title.simplified().left(100);
    case Column::Details: {
        QStringList parts;
        if (!r.fields.isEmpty()) {
            QStringList names;
            for (const FieldDiff &f : r.fields)
                names.append(UseCaseSheet::displayName(f.field));
            parts.append(tr("Differs in: %1").arg(names.join(QLatin1String(", "))));
        }
        if (!r.tagsAdded.isEmpty())
            parts.append(tr("New tags: %1").arg(r.tagsAdded.join(QLatin1String(", "))));
        parts += r.notes;
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" · "));
    }
    case Column::Applied: return resultText(r, m_resolutions);
    case Column::Count: break;
    }
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Line: return tr("Line");
    case Column::Plan: return tr("Plan");
    case Column::Code: return tr("Code");
    case Column::Title: return tr("Title");
    case Column::Details: return tr("Details");
    case Column::Applied: return tr("Result");
    case Column::Count: break;
    }
    return {};
}

void ImportPlanModel::setPlan(const SheetImportPlan &plan, const Resolutions &resolutions)
{
    beginResetModel();
    m_records.clear();
    m_lines.clear();
    for (const RecordPlan &r : plan.plan.records) {
        if (r.kind != RecordKind::UseCase)
            continue;
        m_records.append(r);
        m_lines.append(plan.fromSheet ? plan.lineOf(r) : plan.lines.value(r.incomingIndex) + 1);
    }
    m_resolutions = resolutions;
    endResetModel();
}

void ImportPlanModel::setResolutions(const Resolutions &resolutions)
{
    m_resolutions = resolutions;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace casebook::ui
