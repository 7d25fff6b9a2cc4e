#include "import/ImportPlanModel.h"

#include "exchange/SheetImporter.h"
#include "exchange/UseCaseSheet.h"
#include "merge/ImportPlanner.h"
#include "widgets/PaletteTint.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

#include <algorithm>

namespace casebook::ui {

namespace {

QString kindLabel(RecordKind k)
{
    switch (k) {
    case RecordKind::UseCase: return ImportPlanModel::tr("Use case");
    case RecordKind::Rubric: return ImportPlanModel::tr("Rubric");
    case RecordKind::Assessment: return ImportPlanModel::tr("Assessment");
    case RecordKind::Attachment: return ImportPlanModel::tr("Attachment");
    case RecordKind::Workshop: return ImportPlanModel::tr("Workshop");
    case RecordKind::RoundSheet: return ImportPlanModel::tr("Round scores");
    }
    return {};
}

bool listed(const RecordPlan &r, ImportPlanModel::Source source)
{
    if (source == ImportPlanModel::Source::Sheet)
        return r.kind == RecordKind::UseCase;
    return r.kind != RecordKind::Attachment && r.status != RecordStatus::Identical;
}

/// Whether ImportPlanner::takesTheirs() decides the outcome of `r`.
bool wholeRecordQuestion(const RecordPlan &r)
{
    return r.status == RecordStatus::DeletedHere || r.status == RecordStatus::DeletedThere
        || (r.kind != RecordKind::UseCase && r.status == RecordStatus::Conflict);
}

/// Whether the outcome of `r` differs between two resolutions.
bool differs(const RecordPlan &r, const Resolutions &a, const Resolutions &b)
{
    if (wholeRecordQuestion(r) && ImportPlanner::takesTheirs(r, a) != ImportPlanner::takesTheirs(r, b))
        return true;
    for (const FieldDiff &f : r.fields) {
        if (ImportPlanner::chosenSide(r, f, a) != ImportPlanner::chosenSide(r, f, b))
            return true;
    }
    return false;
}

/// How many of the digits s[from, to) are leading zeros.
qsizetype leadingZeros(QStringView s, qsizetype from, qsizetype to)
{
    qsizetype n = 0;
    while (from + n < to && s.at(from + n) == QLatin1Char('0'))
        ++n;
    return n;
}

/// Compares texts ignoring case, runs of digits by their value: UC-2 before UC-10 in any locale.
/// Called for every comparison of a sort (20,000 records in a large import's preview), so it
/// allocates nothing.
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const qsizetype zx = leadingZeros(a, i, ei), zy = leadingZeros(b, j, ej);
            const qsizetype lx = ei - i - zx, ly = ej - j - zy; // significant digits
            if (lx != ly)
                return lx < ly ? -1 : 1;
            if (const int c = a.mid(i + zx, lx).compare(b.mid(j + zy, ly)); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        if (const int c = a.mid(i, 1).compare(b.mid(j, 1), Qt::CaseInsensitive); c != 0)
            return c;
        ++i;
        ++j;
    }
    return a.size() - i == b.size() - j ? 0 : (a.size() - i < b.size() - j ? -1 : 1);
}

/// Sorting by status lists first what asks for a decision.
int statusRank(RecordStatus s)
{
    switch (s) {
    case RecordStatus::Conflict: return 0;
    case RecordStatus::DeletedHere: return 1;
    case RecordStatus::DeletedThere: return 2;
    case RecordStatus::Merged: return 3;
    case RecordStatus::ChangedThere: return 4;
    case RecordStatus::ChangedHere: return 5;
    case RecordStatus::New: return 6;
    case RecordStatus::Identical: return 7;
    }
    return 8;
}

} // namespace

ImportPlanModel::ImportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const RecordPlan *ImportPlanModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_plan.records[m_rows[row]] : nullptr;
}

int ImportPlanModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_plan.records[m_rows[row]].key == key)
            return row;
    }
    return -1;
}

QString ImportPlanModel::resultText(const RecordPlan &r, const Resolutions &resolutions, Source source)
{
    const bool sheet = source == Source::Sheet;
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
        return sheet ? tr("Kept, and the sheet's version added as a copy")
                     : tr("Kept, and the bundle's version added as a copy");
    if (r.fields.isEmpty() && wholeRecordQuestion(r))
        return ImportPlanner::takesTheirs(r, resolutions) ? tr("Replaced by the bundle's version")
                                                          : tr("Kept as it is here");
    int theirs = 0;
    for (const FieldDiff &f : r.fields)
        theirs += ImportPlanner::chosenSide(r, f, resolutions) == Side::Theirs;
    if (theirs == 0)
        return r.tagsAdded.isEmpty() ? tr("Kept as it is here") : tr("Kept, tags added");
    if (theirs == r.fields.size())
        return sheet ? tr("Updated from the sheet") : tr("Updated from the bundle");
    const int kept = int(r.fields.size()) - theirs;
    const QString fields = tr("%n field(s)", nullptr, theirs);
    return sheet ? tr("Merged: %1 from the sheet, %2 kept").arg(fields).arg(kept)
                 : tr("Merged: %1 from the bundle, %2 kept").arg(fields).arg(kept);
}

QString ImportPlanModel::fieldLabel(const QString &field)
{
    static const QString scores = QStringLiteral("scores/");
    if (field.startsWith(scores))
        return tr("Score for criterion %1").arg(field.mid(scores.size()));
    return UseCaseSheet::displayName(field);
}

QStringList ImportPlanModel::detailLines(const RecordPlan &r)
{
    QStringList lines;
    if (!r.fields.isEmpty()) {
        QStringList names;
        for (const FieldDiff &f : r.fields)
            names.append(fieldLabel(f.field));
        lines.append(tr("Differs in: %1").arg(names.join(QLatin1String(", "))));
    }
    if (!r.tagsAdded.isEmpty())
        lines.append(tr("New tags: %1").arg(r.tagsAdded.join(QLatin1String(", "))));
    return lines + r.notes;
}

QString ImportPlanModel::displayText(const RecordPlan &r, int row, Column column, bool full) const
{
    switch (column) {
    case Column::Line: return QString::number(m_lines.value(r.key));
    case Column::Kind: return kindLabel(r.kind);
    case Column::Record: {
        const QString code = r.code.isEmpty() && m_source == Source::Sheet ? tr("(new code)") : r.code;
        const QString label = code.isEmpty() ? r.title : tr("%1 — %2").arg(code, r.title);
        return full ? label : label.simplified().left(120);
    }
    case Column::Plan: return ImportPlan::statusLabel(r.status);
    case Column::Choice: {
        const RecordChoice current = m_resolutions.records.value(r.key).choice;
        for (const Choice &c : choices(row)) {
            if (c.first == current)
                return c.second;
        }
        return {};
    }
    case Column::Applied: return resultText(r, m_resolutions, m_source);
    case Column::Details: return detailLines(r).join(full ? QStringLiteral("\n") : QStringLiteral(" · "));
    case Column::Count: break;
    }
    return {};
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    const RecordPlan *r = index.isValid() ? record(index.row()) : nullptr;
    if (!r)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case ActionRole: return int(r->status);
    case AppliedRole: return SheetImportPlan::writes(*r, m_resolutions);
    case KeyRole: return r->key;
    case Qt::EditRole:
        if (column == Column::Choice)
            return int(m_resolutions.records.value(r->key).choice);
        break;
    case Qt::BackgroundRole:
        if (r->status == RecordStatus::Conflict)
            return PaletteTint::background(PaletteTint::State::Attention, QGuiApplication::palette());
        return {};
    case Qt::DisplayRole: break;
    case Qt::ToolTipRole: return displayText(*r, index.row(), column, true);
    default: return {};
    }
    if (column == Column::Line)
        return m_lines.value(r->key);
    return displayText(*r, index.row(), column, false);
}

bool ImportPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || Column(index.column()) != Column::Choice)
        return false;
    return setChoice(index.row(), RecordChoice(value.toInt()));
}

Qt::ItemFlags ImportPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) == Column::Choice && choices(index.row()).size() > 1)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Line: return tr("Line");
    case Column::Kind: return tr("Kind");
    case Column::Record: return tr("Record");
    case Column::Plan: return tr("Status");
    case Column::Choice: return tr("Choice");
    case Column::Applied: return tr("Result");
    case Column::Details: return tr("Details");
    case Column::Count: break;
    }
    return {};
}

void ImportPlanModel::setPlan(const ImportPlan &plan, Source source, const QHash<QString, int> &lines)
{
    beginResetModel();
    m_plan = plan;
    m_source = source;
    m_lines = lines;
    m_rows.clear();
    for (int i = 0; i < m_plan.records.size(); ++i) {
        if (listed(m_plan.records[i], source))
            m_rows.append(i);
    }
    m_resolutions.records.clear();
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) {
        return lessThan(m_sortColumn, a, b) != (m_sortOrder == Qt::DescendingOrder);
    });
    endResetModel();
    emit resolutionsChanged();
}

bool ImportPlanModel::lessThan(Column column, int a, int b) const
{
    const RecordPlan &x = m_plan.records[a], &y = m_plan.records[b];
    switch (column) {
    case Column::Line:
        if (m_lines.value(x.key) != m_lines.value(y.key))
            return m_lines.value(x.key) < m_lines.value(y.key);
        break;
    case Column::Kind:
        if (x.kind != y.kind)
            return x.kind < y.kind;
        break;
    case Column::Plan:
    case Column::Choice:
    case Column::Applied:
        if (statusRank(x.status) != statusRank(y.status))
            return statusRank(x.status) < statusRank(y.status);
        break;
    case Column::Record:
    case Column::Details:
    case Column::Count: break;
    }
    // Use cases, then rubrics and assessments; by code, records without one after, by title.
    if (x.kind != y.kind)
        return x.kind < y.kind;
    if (x.code.isEmpty() != y.code.isEmpty())
        return y.code.isEmpty();
    if (const int c = naturalCompare(x.code, y.code); c != 0)
        return c < 0;
    if (const int c = naturalCompare(x.title, y.title); c != 0)
        return c < 0;
    return a < b;
}

void ImportPlanModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    m_sortColumn = Column(column);
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> recordOf;
    for (const QModelIndex &i : before)
        recordOf.append(m_rows.value(i.row(), -1));
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) {
        return lessThan(m_sortColumn, a, b) != (m_sortOrder == Qt::DescendingOrder);
    });
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after.append(index(int(m_rows.indexOf(recordOf[k])), before[k].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QList<ImportPlanModel::Choice> ImportPlanModel::choices(int row) const
{
    QList<Choice> list{{RecordChoice::Automatic, tr("Automatic")}};
    const RecordPlan *r = record(row);
    if (!r || !r->resolvable || r->status == RecordStatus::New || r->status == RecordStatus::Identical)
        return list;
    const bool deletedHere = r->status == RecordStatus::DeletedHere;
    const bool deletedThere = r->status == RecordStatus::DeletedThere;
    list.append({RecordChoice::KeepMine, deletedHere ? tr("Keep deleted") : tr("Keep mine")});
    list.append({RecordChoice::TakeTheirs,
                 deletedThere      ? tr("Delete here too")
                     : deletedHere ? tr("Restore")
                                   : tr("Take theirs")});
    if (r->kind == RecordKind::UseCase && !deletedHere && !deletedThere)
        list.append({RecordChoice::KeepBoth, tr("Keep both (add theirs as a copy)")});
    return list;
}

bool ImportPlanModel::setChoice(int row, RecordChoice choice)
{
    bool offered = false;
    for (const Choice &c : choices(row))
        offered |= c.first == choice;
    if (!offered)
        return false;
    const QString key = record(row)->key;
    RecordResolution &resolution = m_resolutions.records[key];
    resolution.choice = choice;
    if (choice == RecordChoice::Automatic && resolution.fields.isEmpty())
        m_resolutions.records.remove(key);
    answersChanged();
    return true;
}

void ImportPlanModel::setFieldChoice(const QString &key, const QString &field, Side side)
{
    m_resolutions.records[key].fields[field] = side;
    answersChanged();
}

void ImportPlanModel::setPolicy(MergePolicy policy)
{
    if (m_resolutions.policy == policy)
        return;
    m_resolutions.policy = policy;
    answersChanged();
}

bool ImportPlanModel::policyMatters() const
{
    Resolutions mine, theirs, newest;
    mine.policy = MergePolicy::KeepMine;
    theirs.policy = MergePolicy::TakeTheirs;
    newest.policy = MergePolicy::Newest;
    for (int row : m_rows) {
        const RecordPlan &r = m_plan.records[row];
        if (differs(r, mine, theirs) || differs(r, mine, newest))
            return true;
    }
    return false;
}

void ImportPlanModel::answersChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(Column::Choice)), index(rowCount() - 1, int(Column::Applied)));
    emit resolutionsChanged();
}

} // namespace casebook::ui
