#pragma once

#include "mainwindow/CatalogueContext.h"
#include "model/UseCase.h"
#include "search/SearchQuery.h"
#include "support/Result.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QThread;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace casebook {
class AttachmentStore;
class Database;
class FileCheck;
} // namespace casebook

namespace casebook::ui {

class BundleActions;
class CompareActions;
class SyncActions;
class TakeBackActions;
class Desktop;
class ExchangeActions;
class ReportActions;
class RepositoryActions;
class TagActions;
class FacetSidebar;
class GapRegisterDock;
class Prompts;
class ScoringActions;
class SearchProblemsLabel;
class UseCaseEditor;
class UseCaseListModel;

/// The catalogue window: facets with counts, a searchable lazy list of use cases, the selected one's
/// record, and every catalogue action through one undo stack. Owns the open Database. The menus'
/// actions live in *Actions classes (repositories, bundles, spreadsheets, scoring, tags) that act on
/// the window through CatalogueContext.
class MainWindow : public QMainWindow, public CatalogueContext
{
    Q_OBJECT
public:
    enum class StartUp {
        Immediate, ///< the editor shows the first use case as soon as the window is made
        /// The facets, the editor and the repository's place in the recent files follow right after
        /// the first paint of the list (the application's start: issue 13, nothing but the list's
        /// one query on the path to the first paint).
        AfterFirstPaint,
    };

    /// Every question to the member goes to `prompts`, every hand-over to other programs to
    /// `desktop`; both outlive the window.
    MainWindow(std::unique_ptr<Database> db, Prompts &prompts, Desktop &desktop, QWidget *parent = nullptr,
               StartUp startUp = StartUp::Immediate);
    ~MainWindow() override;

    Database &database() const override { return *m_db; }
    UseCaseListModel *useCaseModel() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    FacetSidebar *sidebar() const { return m_sidebar; }

    /// Starts the integrity check of the open file on a worker thread; a failure is reported in a
    /// dialog once the window is up, never before the first paint.
    void startBackgroundCheck();
    /// Shows the short welcome above the list (first start).
    void setWelcomeVisible(bool visible);
    /// Switches to another repository (asks about unsaved changes first). False if cancelled.
    bool switchRepository(std::unique_ptr<Database> db) override;

    /// Null until the first paint under StartUp::AfterFirstPaint.
    UseCaseEditor *editor() const { return m_editor; }

    // Actions, public so that tests and menus share them.
    void newUseCase();
    /// Saves the edits of the selected use case (one undoable step). False if invalid or failed.
    bool saveEdits();
    /// Reloads the selected use case, dropping unsaved edits.
    void revertEdits();
    /// When the editor has unsaved changes, asks to save, discard or cancel. False on cancel.
    bool maybeSaveEdits() override;
    /// Imports a bundle (.casebook) or a spreadsheet (.csv, .txt, .tsv) through its preview; asks
    /// for the file when `path` is empty. Returns true when the repository changed.
    bool importFile(const QString &path = {});
    void duplicateSelected();
    void deleteSelected();
    void saveCurrentView();
    void selectUseCase(const QString &uuid);
    QStringList selectedUuids() const override;
    bool hasSelection() const override;
    QString currentUuid() const override;
    QString searchText() const override;

signals:
    /// Emitted when the background integrity check has finished (ok or not).
    void integrityChecked(bool ok, const QString &message);
    /// Emitted once, right after the list (or the empty-repository text) was first painted, before
    /// an editor deferred by StartUp::AfterFirstPaint is filled.
    void firstPainted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActionSets();
    void installModel();
    void buildUi();
    void buildSearch();
    QWidget *buildList();
    QWidget *buildWelcome();
    QWidget *buildEditorPane();
    void buildSidebar();
    void buildMenus();
    void buildFileMenu();
    void buildRepositoryMenu();
    void buildEditMenu();
    void buildUndoActions();
    void buildScoringMenu();
    void buildViewMenu();
    void rebuildColumnsMenu();
    void buildHelpMenu();
    void buildToolBar();
    void deleteSavedView(const QString &name);
    void applySearch();
    void refreshAfterChange(const QString &uuidToSelect) override;
    void refreshFacets() override;
    void showStatus(const QString &text, int milliseconds) override;
    void updateStatus();
    /// The welcome banner's words follow what the repository holds (WelcomeText).
    void updateWelcome();
    void updateActions();
    void showSelected();
    void loadIntoEditor(const QString &uuid);
    /// Stops the integrity check if one runs (it stops half-way) and waits for its thread.
    void stopBackgroundCheck();
    void undoOrRedo(bool undo);
    /// After an import, a sync or a take-back: the undo steps are dropped and every view reloads.
    void reloadAfterBulkChange();
    /// Opens Preferences, with the field of that object name focused when given ("nameEdit").
    void editPreferences(const QString &focusField = {});
    void applyPreferences();
    void toggleFacet(SearchFilter::Field field, const QString &value);
    bool push(std::unique_ptr<CatalogueCommand> command) override;
    CatalogueCommand::Notify commandNotifier() override;
    void reportError(const QString &title, const Error &error);
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Database> m_db;
    Prompts &m_prompts;
    Desktop &m_desktop;
    QUndoStack *m_undo = nullptr;
    UseCaseListModel *m_model = nullptr;
    FacetSidebar *m_sidebar = nullptr;
    QLineEdit *m_search = nullptr;
    SearchProblemsLabel *m_searchProblems = nullptr; ///< unknown filters, under the search box
    QTableView *m_table = nullptr;
    UseCaseEditor *m_editor = nullptr;
    QWidget *m_editorPane = nullptr;
    QVBoxLayout *m_editorLayout = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QMenu *m_sectionsMenu = nullptr;
    QLabel *m_noSelectionLabel = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    std::unique_ptr<AttachmentStore> m_attachments;
    RepositoryActions *m_repositoryActions = nullptr;
    BundleActions *m_bundleActions = nullptr;
    SyncActions *m_syncActions = nullptr;
    TakeBackActions *m_takeBackActions = nullptr;
    TagActions *m_tagActions = nullptr;
    ExchangeActions *m_exchangeActions = nullptr;
    ReportActions *m_reportActions = nullptr;
    ScoringActions *m_scoringActions = nullptr;
    CompareActions *m_compareActions = nullptr;
    UseCase m_loaded; ///< the record in the editor as stored
    bool m_restoringSelection = false;
    bool m_startDeferred = false; ///< StartUp::AfterFirstPaint, until the first paint
    void afterFirstPaint();
    /// What StartUp::AfterFirstPaint leaves until the first paint: the editor, the search's clear button.
    void finishAfterFirstPaint();
    /// Puts the open repository first in Preferences' recent files.
    void rememberRepository();
    /// Makes the editor (StartUp::AfterFirstPaint: after the first paint; until then editor() is null).
    void createEditor();
    void placeInTabOrder();
    void updateEditButtons(bool modified);
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QFrame *m_welcome = nullptr;
    QTimer *m_searchTimer = nullptr;
    QThread *m_checkThread = nullptr;
    std::shared_ptr<FileCheck> m_check; ///< the check m_checkThread runs
    QMenu *m_columnsMenu = nullptr;
    QDockWidget *m_facetDock = nullptr;
    GapRegisterDock *m_gapDock = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveViewAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace casebook::ui
