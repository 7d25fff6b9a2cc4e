#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace casebook::ui {

/// One cell of a comparison table: its text, the value it sorts by, a tooltip (plain text), and an
/// optional shade and emphasis. The text always carries the information; shade and bold only repeat it.
struct Cell
{
    QString text;
    QVariant sort; ///< invalid: sorts by text
    QString tip;
    QColor background; ///< invalid: none
    bool strong = false;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
};

/// A read-only table of Cells under column headers, the model behind every view of the comparison
/// workspace (each view fills it with CompareTables). Sorted through a QSortFilterProxyModel on
/// SortRole.
class CellTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit CellTableModel(QObject *parent = nullptr);

    void setTable(const QStringList &headers, const QList<QList<Cell>> &rows);
    const Cell &cell(int row, int column) const;
    /// The font strong cells are drawn in, bold (the view's font: presentation mode enlarges it).
    void setBaseFont(const QFont &font);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QList<Cell>> m_rows;
    QFont m_strongFont;
};

} // namespace casebook::ui
