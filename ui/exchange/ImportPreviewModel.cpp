#include "exchange/ImportPreviewModel.h"

#include "exchange/UseCaseSheet.h"
#include "import/ImportPlanModel.h"
#include "model/UseCaseJson.h"
#include "widgets/PaletteTint.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QHash>

namespace casebook::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size()) + 3;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    if (role == LineRole)
        return row.line;
    if (role == HasProblemRole)
        return row.problem;
    if (role == Qt::BackgroundRole && row.problem)
        return PaletteTint::background(PaletteTint::State::Problem, QGuiApplication::palette());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == 0)
        return row.line;
    if (column == 1)
        return row.plan;
    if (column == columnCount() - 1)
        return role == Qt::ToolTipRole ? row.problems.join(QLatin1Char('\n'))
                                       : row.problems.join(QStringLiteral(" · "));
    const QString &cell = row.cells.value(column - 2);
    return role == Qt::ToolTipRole ? cell.left(2000) : cell.simplified().left(120);
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    if (section == 1)
        return tr("Plan");
    if (section == columnCount() - 1)
        return tr("Problems and notes");
    return UseCaseSheet::displayName(m_fields.value(section - 2));
}

void ImportPreviewModel::setPreview(const QList<IncomingRow> &rows, const QStringList &fields,
                                    const SheetImportPlan &plan)
{
    beginResetModel();
    m_fields.clear();
    for (const QString &f : fields) {
        if (!f.isEmpty())
            m_fields.append(f);
    }
    // Rows that became incoming records, by line; their plan, by incoming index.
    QHash<int, int> incomingOfLine;
    for (int i = 0; i < plan.lines.size(); ++i)
        incomingOfLine.insert(plan.lines[i], i);
    QHash<int, const RecordPlan *> recordOfIncoming;
    for (const RecordPlan &r : plan.plan.records) {
        if (r.kind == RecordKind::UseCase)
            recordOfIncoming.insert(r.incomingIndex, &r);
    }
    QHash<int, QStringList> problemsByLine;
    for (const SheetIssue &issue : plan.errors + plan.suggestions) {
        const QString text =
            issue.field.isEmpty() ? issue.message : tr("%1: %2").arg(issue.field, issue.message);
        problemsByLine[issue.line].append(text);
    }

    m_rows.clear();
    const int shown = int(qMin<qsizetype>(rows.size(), kPreviewRows));
    for (int i = 0; i < shown; ++i) {
        const IncomingRow &in = rows[i];
        Row row;
        row.line = in.line > 0 ? in.line : in.index + 1;
        const int incoming = incomingOfLine.value(in.line, -1);
        const RecordPlan *p = incoming >= 0 ? recordOfIncoming.value(incoming) : nullptr;
        const QJsonObject json =
            incoming >= 0 ? UseCaseJson::toJson(plan.incoming.useCases[incoming].useCase) : in.fields;
        for (const QString &f : std::as_const(m_fields))
            row.cells.append(UseCaseSheet::cellFromJson(json, f));
        row.problems = problemsByLine.value(in.line);
        // A use case given on several rows (one per step): the problems of its further rows.
        for (const SheetIssue &issue : in.issues) {
            if (issue.line != in.line)
                row.problems.append(issue.text());
        }
        row.problem = !row.problems.isEmpty();
        if (p) {
            row.plan = ImportPlan::statusLabel(p->status);
            row.problems += ImportPlanModel::detailLines(*p);
        } else {
            row.plan = row.problem ? tr("Problem") : tr("Valid");
        }
        m_rows.append(row);
    }
    endResetModel();
}

} // namespace casebook::ui
