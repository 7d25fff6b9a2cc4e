#pragma once

#include "search/SearchQuery.h"

#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace casebook {
class Database;
}

namespace casebook::ui {

/// The sidebar of facets with counts: saved views, tags (nested by '/'), verticals, SDGs, ITU
/// regions, development context, deployment stage and approval status. Checking a value asks the
/// window to add it to the search; the search text stays the one source of truth.
class FacetSidebar : public QWidget
{
    Q_OBJECT
public:
    enum Role { FieldRole = Qt::UserRole + 1, ValueRole, KindRole };
    enum class Kind { Section, Facet, SavedView };

    explicit FacetSidebar(QWidget *parent = nullptr);

    /// Recomputes counts and check marks for the given search text.
    void refresh(Database &db, const QString &queryText);
    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The item of a facet value (for tests), or nullptr.
    QStandardItem *findFacet(SearchFilter::Field field, const QString &value) const;

signals:
    void filterToggled(casebook::SearchFilter::Field field, const QString &value);
    void savedViewActivated(const QString &name, const QString &query);
    void savedViewDeleteRequested(const QString &name);
    void tagRenameRequested(const QString &tag);
    void tagMergeRequested(const QString &tag);
    void tagColorRequested(const QString &tag);

private:
    void onItemChanged(QStandardItem *item);
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    QStandardItem *section(const QString &id, const QString &title);

    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    bool m_refreshing = false;
};

} // namespace casebook::ui
