#pragma once

#include "report/GapRegister.h"
#include "support/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace casebook {
class Database;
}

namespace casebook::ui {

class GapRegisterModel;

/// The gap register of a search: a "Group by" choice (facet, candidate SDO, Question, status, none,
/// or the gaps shared by several use cases), a sortable tree of the gaps with group rows and their
/// counts, and an empty state that says how to record a gap. Activating a gap row (double-click or
/// Enter) asks for its use case to be opened.
class GapRegisterView : public QWidget
{
    Q_OBJECT
public:
    /// The "Group by" choices, in the order of the combo box.
    enum class Mode { Facet, Sdo, Question, Status, None, Shared };

    explicit GapRegisterView(QWidget *parent = nullptr);

    /// Reads the gaps of the use cases matching `searchText` and shows them. A failure is shown in
    /// place of the tree and returned.
    Status load(Database &db, const QString &searchText);
    void setMode(Mode mode);
    Mode mode() const;

    GapRegisterModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

signals:
    /// A gap row was activated: open this use case.
    void useCaseActivated(const QString &uuid);

private:
    void buildTree();
    void present(const QList<GapEntry> &gaps);
    void activate(const QModelIndex &proxyIndex);
    void showEmpty(const QString &text);
    void fitUseCaseColumn();

    GapRegisterModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_groupBy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<GapEntry> m_gaps; ///< the last search's gaps, regrouped without reading them again
    bool m_columnsSized = false; ///< the use case column fitted to the first width shown
    bool m_searching = false; ///< the last search had a query (for the empty state's wording)
};

} // namespace casebook::ui
