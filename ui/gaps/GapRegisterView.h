#pragma once

#include "gaps/GapRegisterReader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

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

    /// Reads the gaps of the use cases matching `searchText` in the repository file at
    /// `databasePath` on a worker thread, then shows them (loaded() follows). A failure is shown in
    /// place of the tree.
    void load(const QString &databasePath, const QString &searchText);
    void setMode(Mode mode);
    Mode mode() const;

    GapRegisterModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

signals:
    /// A gap row was activated: open this use case.
    void useCaseActivated(const QString &uuid);
    /// The gaps of the last load() or mode change are shown.
    void loaded();

private:
    void buildTree();
    void read();
    void present(const GapReading &reading);
    void showTree();
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
    GapRegisterReader *m_reader = nullptr;
    QString m_path; ///< the repository file of the last load()
    QString m_searchText; ///< and its search
    bool m_columnsSized = false; ///< the use case column fitted to the first width shown
};

} // namespace casebook::ui
