#include "compare/CompareView.h"

#include "compare/CellTableModel.h"
#include "compare/ChartView.h"
#include "compare/CompareTables.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

CompareView::CompareView(const QString &name, bool withChart, QWidget *parent, Qt::Orientation split)
    : QWidget(parent)
{
    setObjectName(name + QStringLiteral("View"));
    m_model = new CellTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CellTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompareView::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!withChart) {
        layout->addWidget(m_table);
        return;
    }
    m_chart = new ChartView(this);
    m_chart->setObjectName(name + QStringLiteral("Chart"));
    m_splitter = new QSplitter(split, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter);
}

void CompareView::setContent(const TableContent &content)
{
    const QStringList keep = selectedKeys();
    const bool sameShape = m_model->columnCount() == content.headers.size();
    m_model->setTable(content.headers, content.rows);
    if (!sameShape)
        fitColumns();
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!keep.contains(m_model->cell(row, m_keyColumn).text))
            continue;
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(i, i);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void CompareView::fitColumns()
{
    m_table->resizeColumnsToContents();
    const int widest = std::max(160, m_table->viewport()->width() / 3);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));
}

QStringList CompareView::selectedKeys() const
{
    QStringList keys;
    for (int row : selectedSourceRows())
        keys.append(m_model->cell(row, m_keyColumn).text);
    return keys;
}

QList<int> CompareView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(m_proxy->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CompareView::stepRow(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current =
        m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (step > 0 ? -1 : 0);
    const int next = ((current + step) % rows + rows) % rows;
    m_table->selectRow(next);
    m_table->scrollTo(m_proxy->index(next, 0));
}

} // namespace casebook::ui
