#include "compare/CellTableModel.h"

namespace casebook::ui {

CellTableModel::CellTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_strongFont.setBold(true);
}

void CellTableModel::setBaseFont(const QFont &font)
{
    m_strongFont = font;
    m_strongFont.setBold(true);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
}

void CellTableModel::setTable(const QStringList &headers, const QList<QList<Cell>> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

const Cell &CellTableModel::cell(int row, int column) const
{
    static const Cell empty;
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows[row].size())
        return empty;
    return m_rows[row][column];
}

int CellTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CellTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CellTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Cell &c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole: return c.text;
    case Qt::ToolTipRole: return c.tip.isEmpty() ? QVariant() : QVariant(c.tip);
    case Qt::BackgroundRole: return c.background.isValid() ? QVariant(c.background) : QVariant();
    case Qt::ForegroundRole:
        if (!c.background.isValid())
            return {};
        return c.background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
    case Qt::TextAlignmentRole: return QVariant::fromValue(c.align);
    case Qt::FontRole: return c.strong ? QVariant(m_strongFont) : QVariant();
    case SortRole: return c.sort.isValid() ? c.sort : QVariant(c.text);
    default: return {};
    }
}

QVariant CellTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace casebook::ui
