#pragma once

#include "search/SearchQuery.h"
#include "storage/FacetCounter.h"

#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
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
///
/// The counts are computed off the GUI thread (FacetCounter, on a connection of its own), so a
/// refresh never blocks typing: until they arrive the previous counts stay, greyed, under
/// "Counting…", and the check boxes stay usable. A new search cancels the count in flight; a
/// result that arrives for an older search is dropped.
class FacetSidebar : public QWidget
{
    Q_OBJECT
public:
    enum Role { FieldRole = Qt::UserRole + 1, ValueRole, KindRole };
    enum class Kind { Section, Facet, SavedView };

    explicit FacetSidebar(QWidget *parent = nullptr);
    /// Cancels the count in flight and waits for its thread.
    ~FacetSidebar() override;

    /// Shows the saved views and the check marks of the given search at once and starts counting
    /// its facets in the background; returns without waiting for the counts.
    void refresh(Database &db, const QString &queryText);
    /// Whether counts for the latest search are still to come.
    bool isCounting() const { return m_counting; }
    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// Wide enough for the longest value of the vocabularies with its count, so that no SDG or
    /// stage label is cut where the screen leaves room for it.
    QSize sizeHint() const override;
    /// The item of a facet value (for tests), or nullptr.
    QStandardItem *findFacet(SearchFilter::Field field, const QString &value) const;

signals:
    void filterToggled(casebook::SearchFilter::Field field, const QString &value);
    void savedViewActivated(const QString &name, const QString &query);
    void savedViewDeleteRequested(const QString &name);
    void tagRenameRequested(const QString &tag);
    void tagMergeRequested(const QString &tag);
    void tagColorRequested(const QString &tag);
    /// The counts of the latest search are shown.
    void countsShown();

private:
    void onItemChanged(QStandardItem *item);
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    QStandardItem *section(const QString &id, const QString &title);
    void createSections();
    void showSavedViews(Database &db);
    void loadTagColors(Database &db);
    void updateCheckMarks();
    void setCounting(bool counting);
    void startCount(const QString &path);
    void showCounts(quint64 generation, const Result<FacetCountSet> &counts);
    void showTagCounts(const QList<FacetCount> &counts);
    void showVocabularyCounts(const FacetCountSet &counts);
    /// What the keyboard is on (kind, field and value), so that it stays there when the items are
    /// rebuilt: Space on a value ticks it and leaves the focus on it.
    QVariantList currentKey() const;
    void restoreCurrent(const QVariantList &key);

    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    bool m_refreshing = false;
    bool m_counting = false;
    bool m_expanded = false;
    SearchQuery m_query;
    QHash<QString, QString> m_tagColors; ///< case-folded tag name to colour
    QThreadPool m_pool; ///< one thread: a new count waits for the cancelled one to stop
    quint64 m_generation = 0; ///< of the latest search; older results are dropped
    std::shared_ptr<std::atomic_bool> m_cancel; ///< of the count in flight
};

} // namespace casebook::ui
