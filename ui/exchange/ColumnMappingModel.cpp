#include "exchange/ColumnMappingModel.h"

#include "exchange/UseCaseSheet.h"
#include "widgets/PaletteTint.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace casebook::ui {

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ColumnMappingModel::effectiveField(int row) const
{
    const Entry &e = m_entries[row];
    if (e.chosen == leaveOutKey())
        return {};
    return e.chosen.isEmpty() ? e.automatic : e.chosen;
}

bool ColumnMappingModel::isDuplicate(int row) const
{
    const QString field = effectiveField(row);
    if (field.isEmpty())
        return false;
    for (int r = 0; r < row; ++r) {
        if (effectiveField(r) == field)
            return true;
    }
    return false;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    const QString field = effectiveField(index.row());
    const bool leftOut = e.chosen == leaveOutKey();
    const bool pending = field.isEmpty() && !leftOut && !e.header.trimmed().isEmpty();
    const bool duplicate = isDuplicate(index.row());
    if (role == FieldKeyRole)
        return leftOut ? leaveOutKey() : field;
    if (role == NeedsChoiceRole)
        return pending || duplicate;
    if (role == Qt::BackgroundRole && (pending || duplicate))
        return PaletteTint::background(PaletteTint::State::Attention, QGuiApplication::palette());
    switch (Column(index.column())) {
    case Column::Header:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return e.header.isEmpty() ? tr("(no header)") : e.header;
        break;
    case Column::Field:
        if (role == Qt::DisplayRole)
            return leftOut        ? tr("(leave out)")
                : field.isEmpty() ? tr("(choose a field)")
                                  : UseCaseSheet::displayName(field);
        if (role == Qt::EditRole)
            return leftOut ? leaveOutKey() : field;
        if (role == Qt::ToolTipRole)
            return field;
        break;
    case Column::Example:
        if (role == Qt::DisplayRole)
            return e.example.simplified().left(80);
        if (role == Qt::ToolTipRole)
            return e.example.left(1000);
        break;
    case Column::State:
        if (role == Qt::DisplayRole) {
            if (duplicate)
                return tr("Another column already fills this field");
            if (pending)
                return tr("Not mapped: choose a field or leave it out");
            if (leftOut)
                return tr("Left out");
            if (!e.chosen.isEmpty())
                return tr("Chosen");
            return e.header.trimmed().isEmpty() ? tr("Left out (no header)") : tr("Recognised");
        }
        break;
    case Column::Count: break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || Column(index.column()) != Column::Field)
        return false;
    choose(index.row(), value.toString());
    return true;
}

void ColumnMappingModel::choose(int column, const QString &field)
{
    if (column < 0 || column >= m_entries.size())
        return;
    Entry &e = m_entries[column];
    const QString value = field == e.automatic && !field.isEmpty() ? QString() : field;
    if (e.chosen == value)
        return;
    e.chosen = value;
    // A choice can make or undo a duplicate further down: refresh every row.
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit mappingChanged();
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Header: return tr("Column in the sheet");
    case Column::Field: return tr("Casebook field");
    case Column::Example: return tr("First value");
    case Column::State: return tr("State");
    case Column::Count: break;
    }
    return {};
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) == Column::Field)
        f |= Qt::ItemIsEditable;
    return f;
}

void ColumnMappingModel::setSheet(const QStringList &header, const QList<QStringList> &records,
                                  const SheetMapping &mapping)
{
    beginResetModel();
    m_base = mapping;
    m_entries.clear();
    const ResolvedColumns resolved = mapping.resolve(header);
    for (int c = 0; c < header.size(); ++c) {
        Entry e;
        e.header = header[c];
        e.automatic = SheetMapping::automaticField(header[c], header);
        if (resolved.ignored.contains(c))
            e.chosen = leaveOutKey();
        else if (!resolved.fields[c].isEmpty() && resolved.fields[c] != e.automatic)
            e.chosen = resolved.fields[c];
        for (const QStringList &record : records) {
            if (c < record.size() && !record[c].trimmed().isEmpty()) {
                e.example = record[c];
                break;
            }
        }
        m_entries.append(e);
    }
    endResetModel();
    emit mappingChanged();
}

QStringList ColumnMappingModel::fields() const
{
    QStringList out;
    for (int r = 0; r < m_entries.size(); ++r)
        out.append(isDuplicate(r) ? QString() : effectiveField(r));
    return out;
}

int ColumnMappingModel::pendingCount() const
{
    int n = 0;
    for (int r = 0; r < m_entries.size(); ++r) {
        if (data(index(r, 0), NeedsChoiceRole).toBool())
            ++n;
    }
    return n;
}

bool ColumnMappingModel::isComplete() const
{
    return pendingCount() == 0;
}

SheetMapping ColumnMappingModel::mapping() const
{
    SheetMapping m = m_base;
    for (const Entry &e : m_entries) {
        if (e.chosen == leaveOutKey())
            m.choose(e.header, QString());
        else if (!e.chosen.isEmpty())
            m.choose(e.header, e.chosen);
        else
            m.columns.remove(e.header);
    }
    return m;
}

} // namespace casebook::ui
