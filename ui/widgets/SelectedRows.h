#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QList>

#include <algorithm>
#include <functional>

namespace casebook::ui {

/// The rows a "Remove" acts on: the selected rows, or else the current row; highest first, so
/// removing them one by one keeps the others' numbers valid.
inline QList<int> selectedRowsDescending(const QAbstractItemView &view)
{
    QList<int> rows;
    const QModelIndexList selected = view.selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && view.currentIndex().isValid())
        rows.append(view.currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    return rows;
}

} // namespace casebook::ui
