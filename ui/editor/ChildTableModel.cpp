#include "editor/ChildTableModel.h"

#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"
#include "widgets/TextDirection.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace casebook::ui {

namespace {

/// The first line of a long text, cut to a length a cell can show; the full text is in the tooltip.
QString displayText(const QString &s, int maxChars)
{
    QString line = s.section(QLatin1Char('\n'), 0, 0);
    bool cut = line.size() != s.size();
    if (line.size() > maxChars) {
        line.truncate(maxChars);
        cut = true;
    }
    return cut ? line + QChar(0x2026) : line;
}

} // namespace

ChildTableModel::ChildTableModel(QList<ChildColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{ }

int ChildTableModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].key == key)
            return i;
    }
    return -1;
}

QVariant ChildTableModel::emptyCell(int column) const
{
    switch (m_columns[column].kind) {
    case ChildColumn::Kind::TriState: return {};
    case ChildColumn::Kind::References: return QStringList();
    default: return QString();
    }
}

QStringList ChildTableModel::columnTexts(const QString &key) const
{
    QStringList out;
    for (int r = 0; r < m_rows.size(); ++r)
        out.append(text(r, key));
    return out;
}

QString ChildTableModel::cellNote(int row, int column) const
{
    const ChildColumn &spec = m_columns[column];
    const QVariant &cell = m_rows[row].cells[column];
    const bool empty = spec.kind == ChildColumn::Kind::References ? cell.toStringList().isEmpty()
                                                                  : cell.toString().isEmpty();
    if (!spec.note || !empty)
        return {};
    return spec.note(m_rows[row].payload);
}

void ChildTableModel::setRows(const QList<QVariantList> &rows, const QVariantList &payloads)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        Row row;
        for (int c = 0; c < m_columns.size(); ++c)
            row.cells.append(c < rows[r].size() ? rows[r][c] : emptyCell(c));
        row.payload = payloads.value(r);
        m_rows.append(row);
    }
    endResetModel();
}

QList<QVariantList> ChildTableModel::rows() const
{
    QList<QVariantList> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.cells);
    return out;
}

QVariant ChildTableModel::value(int row, const QString &key) const
{
    const int column = columnOf(key);
    Q_ASSERT_X(column >= 0, "ChildTableModel::value", "unknown column key");
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows[row].cells[column];
}

std::optional<bool> ChildTableModel::triState(int row, const QString &key) const
{
    return toOptional(value(row, key));
}

QVariant ChildTableModel::payload(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].payload : QVariant();
}

void ChildTableModel::setPayload(int row, const QVariant &payload)
{
    if (row >= 0 && row < m_rows.size())
        m_rows[row].payload = payload;
}

void ChildTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant ChildTableModel::fromOptional(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<bool> ChildTableModel::toOptional(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toBool();
}

QString ChildTableModel::cellProblem(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return {};
    const ChildColumn &spec = m_columns[column];
    if (spec.kind == ChildColumn::Kind::TriState)
        return {};
    if (spec.kind == ChildColumn::Kind::References) {
        const QStringList chosen = m_rows[row].cells[column].toStringList();
        const QStringList options = spec.options ? spec.options() : QStringList();
        for (const QString &id : chosen) {
            if (!options.contains(id))
                return tr("'%1' is not one of the choices").arg(id);
        }
        return {};
    }
    const QString s = m_rows[row].cells[column].toString();
    if (s.trimmed().isEmpty())
        return spec.required ? tr("is required") : QString();
    const auto kind = spec.kind == ChildColumn::Kind::LongText ? UseCaseValidator::TextKind::MultiLine
                                                               : UseCaseValidator::TextKind::SingleLine;
    if (const QString problem = UseCaseValidator::textProblem(s, spec.maxChars, kind); !problem.isEmpty())
        return problem;
    if (spec.kind == ChildColumn::Kind::Choice && spec.vocabulary && !spec.vocabulary->contains(s))
        return tr("'%1' is not one of the choices").arg(s);
    if (spec.kind == ChildColumn::Kind::Reference && spec.options && !spec.options().contains(s))
        return tr("'%1' is not one of the choices").arg(s);
    if (spec.validator)
        return spec.validator(s);
    return {};
}

QStringList ChildTableModel::problems(const QString &listName) const
{
    QStringList out;
    if (m_rows.size() > kMaxRows)
        out.append(tr("%1: %2 rows; the limit is %3").arg(listName).arg(m_rows.size()).arg(kMaxRows));
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString problem = cellProblem(r, c);
            if (!problem.isEmpty())
                out.append(tr("%1 row %2, %3: %4").arg(listName).arg(r + 1).arg(m_columns[c].title, problem));
        }
    }
    return out;
}

int ChildTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ChildTableModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return {};
    const ChildColumn &spec = m_columns[index.column()];
    const QVariant &cell = m_rows[index.row()].cells[index.column()];
    const bool triState = spec.kind == ChildColumn::Kind::TriState;
    switch (role) {
    case Qt::DisplayRole:
        if (triState) {
            const auto v = toOptional(cell);
            return v ? (*v ? tr("Yes") : tr("No")) : tr("Unknown");
        }
        if ((spec.kind == ChildColumn::Kind::Choice || spec.kind == ChildColumn::Kind::EditableChoice)
            && spec.vocabulary && !spec.showId)
            return spec.vocabulary->displayLabel(cell.toString());
        if (const QString note = cellNote(index.row(), index.column()); !note.isEmpty())
            return displayText(note, kDisplayChars);
        if (spec.kind == ChildColumn::Kind::References)
            return cell.toStringList().join(QLatin1String(", "));
        return displayText(cell.toString(), kDisplayChars);
    case Qt::EditRole: return cell;
    case Qt::TextAlignmentRole:
        if (triState || spec.kind == ChildColumn::Kind::References)
            return {};
        return QVariant(cellAlignment(cell.toString()));
    case Qt::CheckStateRole:
        if (!triState)
            return {};
        if (const auto v = toOptional(cell))
            return *v ? Qt::Checked : Qt::Unchecked;
        return Qt::PartiallyChecked;
    case Qt::ToolTipRole: {
        const QString problem = cellProblem(index.row(), index.column());
        if (!problem.isEmpty())
            return tr("%1 %2").arg(spec.title, problem);
        if (const QString note = cellNote(index.row(), index.column()); !note.isEmpty())
            return displayText(note, 2000);
        if (spec.showId && spec.vocabulary && !cell.toString().isEmpty())
            return spec.vocabulary->displayLabel(cell.toString());
        if (triState || spec.kind == ChildColumn::Kind::References)
            return {};
        // The whole text, even when it is short: a narrow column elides it.
        const QString s = cell.toString();
        if (s.trimmed().isEmpty())
            return {};
        return s.size() > 2000 ? QVariant(s.left(2000) + QChar(0x2026)) : QVariant(s);
    }
    case Qt::DecorationRole:
        if (!cellProblem(index.row(), index.column()).isEmpty()
            || !cellNote(index.row(), index.column()).isEmpty())
            return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case ProblemRole: return cellProblem(index.row(), index.column());
    case NoteRole: return cellNote(index.row(), index.column());
    default: return {};
    }
}

bool ChildTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return false;
    const ChildColumn &spec = m_columns[index.column()];
    QVariant stored;
    if (spec.kind == ChildColumn::Kind::TriState) {
        if (role == Qt::CheckStateRole) {
            const auto state = Qt::CheckState(value.toInt());
            stored = state == Qt::PartiallyChecked ? QVariant() : QVariant(state == Qt::Checked);
        } else if (role == Qt::EditRole) {
            stored = value.isValid() && !value.isNull() ? QVariant(value.toBool()) : QVariant();
        } else {
            return false;
        }
    } else {
        if (role != Qt::EditRole)
            return false;
        stored = spec.kind == ChildColumn::Kind::References ? QVariant(value.toStringList())
                                                            : QVariant(value.toString());
    }
    QVariant &cell = m_rows[index.row()].cells[index.column()];
    if (cell == stored && cell.isValid() == stored.isValid())
        return true;
    cell = stored;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ChildTableModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    if (m_columns[index.column()].kind == ChildColumn::Kind::TriState)
        return f | Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate;
    return f | Qt::ItemIsEditable;
}

QVariant ChildTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns[section].title;
        if (role != Qt::ToolTipRole)
            return {};
        // The full title first: a narrow column cuts it in the header.
        const ChildColumn &column = m_columns[section];
        if (column.kind == ChildColumn::Kind::TriState)
            return tr("%1\n%2").arg(column.title, tr("Press Space to switch between yes, unknown and no"));
        return column.hint.isEmpty() ? column.title : tr("%1\n%2").arg(column.title, column.hint);
    }
    if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
        return section + 1;
    return {};
}

bool ChildTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count <= 0 || m_readOnly)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Row r;
        for (int c = 0; c < m_columns.size(); ++c)
            r.cells.append(m_columns[c].initial ? QVariant(m_columns[c].initial(*this)) : emptyCell(c));
        m_rows.insert(row + i, r);
    }
    endInsertRows();
    return true;
}

bool ChildTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size() || m_readOnly)
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool ChildTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || m_readOnly || count <= 0 || sourceRow < 0
        || sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // a move onto itself
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<Row> moving = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(insertAt + i, moving[i]);
    endMoveRows();
    return true;
}

} // namespace casebook::ui
