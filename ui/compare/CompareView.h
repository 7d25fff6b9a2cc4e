#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace casebook::ui {

class CellTableModel;
class ChartView;
struct TableContent;

/// One view of the comparison workspace: a sortable table, with a chart beside it when the view has
/// one. The chart and the table show the same numbers.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    /// `name` is the object-name stem ("ranking" → "rankingTable", "rankingChart").
    /// The chart is beside the table (Horizontal) or above it (Vertical).
    CompareView(const QString &name, bool withChart, QWidget *parent = nullptr,
                Qt::Orientation split = Qt::Horizontal);
    /// Sizes the columns to their contents (at most a third of the table's width each).
    void fitColumns();

    /// Replaces the table; the rows selected before stay selected (matched by the key column's text).
    void setContent(const TableContent &content);
    /// The column that names a row (a use case's code, a criterion's id); 0 unless set.
    void setKeyColumn(int column) { m_keyColumn = column; }
    /// The key column's text of the selected rows.
    QStringList selectedKeys() const;
    QTableView *table() const { return m_table; }
    CellTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ChartView *chart() const { return m_chart; } ///< nullptr without a chart
    /// The source rows selected in the table, in table order.
    QList<int> selectedSourceRows() const;
    /// Selects the table row after (or before, `step` < 0) the current one, wrapping around.
    void stepRow(int step);

signals:
    void selectionChanged();

private:
    CellTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ChartView *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_keyColumn = 0;
};

} // namespace casebook::ui
