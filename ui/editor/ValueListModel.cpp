#include "editor/ValueListModel.h"

namespace casebook::ui {

ValueListModel::ValueListModel(DisplayFunction display, QObject *parent)
    : QAbstractListModel(parent)
    , m_display(std::move(display))
{ }

void ValueListModel::setValues(const QStringList &values)
{
    beginResetModel();
    m_values = values;
    endResetModel();
}

int ValueListModel::addValue(const QString &value)
{
    const int existing = int(m_values.indexOf(value));
    if (existing >= 0)
        return existing;
    const int row = int(m_values.size());
    beginInsertRows({}, row, row);
    m_values.append(value);
    endInsertRows();
    return row;
}

void ValueListModel::removeValueAt(int row)
{
    if (row < 0 || row >= m_values.size())
        return;
    beginRemoveRows({}, row, row);
    m_values.removeAt(row);
    endRemoveRows();
}

bool ValueListModel::moveValue(int from, int to)
{
    if (from < 0 || from >= m_values.size() || to < 0 || to >= m_values.size() || from == to)
        return false;
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_values.move(from, to);
    endMoveRows();
    return true;
}

int ValueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

QVariant ValueListModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return {};
    const QString &value = m_values[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return m_display ? m_display(value) : value;
    case Qt::ToolTipRole:
    case ValueRole: return value;
    default: return {};
    }
}

Qt::ItemFlags ValueListModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid)))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace casebook::ui
