#include "mainwindow/MainWindow.h"

#include "bundle/BundleActions.h"
#include "bundle/TakeBackActions.h"
#include "casebook/Version.h"
#include "commands/AddUseCaseCommand.h"
#include "commands/DeleteUseCasesCommand.h"
#include "commands/EditUseCaseCommand.h"
#include "compare/CompareActions.h"
#include "editor/UseCaseEditor.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ImportFormats.h"
#include "gaps/GapRegisterDock.h"
#include "mainwindow/FacetSidebar.h"
#include "mainwindow/RepositoryActions.h"
#include "mainwindow/TagActions.h"
#include "mainwindow/WelcomeText.h"
#include "models/UseCaseListModel.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "report/ReportActions.h"
#include "scoring/ScoringActions.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/SavedViewRepository.h"
#include "storage/UseCaseRepository.h"
#include "sync/SyncActions.h"
#include "widgets/AccessibleNames.h"
#include "widgets/Desktop.h"
#include "widgets/FirstPaint.h"
#include "widgets/ImportFailure.h"
#include "widgets/Prompts.h"
#include "widgets/SearchCompleter.h"
#include "widgets/SearchProblemsLabel.h"
#include "widgets/WindowGeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

namespace {
const QString kRepositoryFilter = QStringLiteral("*.sqlite");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, Prompts &prompts, Desktop &desktop, QWidget *parent,
                       StartUp startUp)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_prompts(prompts)
    , m_desktop(desktop)
    , m_startDeferred(startUp == StartUp::AfterFirstPaint)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undo = new QUndoStack(this);
    createActionSets();
    buildUi();
    AccessibleNames::fromLabels(this);
    buildMenus();
    applyPreferences();
    m_attachments = std::make_unique<AttachmentStore>(*m_db);
    if (!m_startDeferred)
        finishAfterFirstPaint();
    installModel();
    m_table->sortByColumn(int(UseCaseListModel::Column::Code), Qt::AscendingOrder);
    updateActions();
    m_table->setColumnWidth(int(UseCaseListModel::Column::Code), 110);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Title), 300);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Verticals), 170);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Regions), 120);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Stage), 150);
    restoreSettings();
    setWindowTitle(tr("%1 - Casebook").arg(QFileInfo(m_db->path()).fileName()));
    applySearch();
    new FirstPaintWatcher(
        {m_table->viewport(), m_emptyLabel}, [this] { afterFirstPaint(); }, this);
    if (!m_startDeferred)
        rememberRepository();
}

void MainWindow::finishAfterFirstPaint()
{
    createEditor();
    // The clear button's icon comes from the icon theme, whose first lookup takes milliseconds; the
    // button shows only once there is text, so it is not missed on the first paint.
    m_search->setClearButtonEnabled(true);
}

void MainWindow::afterFirstPaint()
{
    emit firstPainted();
    if (!m_startDeferred)
        return;
    m_startDeferred = false;
    refreshFacets();
    finishAfterFirstPaint();
    showSelected();
    rememberRepository();
}

void MainWindow::rememberRepository()
{
    Preferences p = Preferences::load();
    p.addRecent(m_db->path());
    p.save();
    // After the first paint: counting pending changes reads the records written since the last sync.
    QTimer::singleShot(0, this, [this] { m_syncActions->updateStatus(*m_db); });
}

MainWindow::~MainWindow()
{
    stopBackgroundCheck();
}

void MainWindow::stopBackgroundCheck()
{
    if (!m_checkThread)
        return;
    m_check->stop(); // a large file's check takes seconds: closing does not wait for it
    m_checkThread->wait();
    delete m_checkThread;
    m_checkThread = nullptr;
    m_check.reset();
}

void MainWindow::createActionSets()
{
    m_repositoryActions = new RepositoryActions(this, m_prompts, *this);
    m_bundleActions = new BundleActions(this, m_prompts, m_desktop, *this);
    m_syncActions = new SyncActions(this, m_prompts);
    connect(m_syncActions, &SyncActions::syncRequested, this, [this] {
        if (maybeSaveEdits())
            m_syncActions->sync(*m_db);
    });
    connect(m_syncActions, &SyncActions::repositoryChanged, this, &MainWindow::reloadAfterBulkChange);
    m_takeBackActions = new TakeBackActions(this, m_prompts);
    connect(m_takeBackActions, &TakeBackActions::takeBackRequested, this, [this] {
        if (maybeSaveEdits())
            m_takeBackActions->takeBackLast(*m_db);
    });
    connect(m_takeBackActions, &TakeBackActions::repositoryChanged, this, &MainWindow::reloadAfterBulkChange);
    m_exchangeActions = new ExchangeActions(this, m_prompts, *this);
    m_reportActions = new ReportActions(this, m_prompts, *this);
    m_scoringActions = new ScoringActions(this, m_prompts, *this);
    connect(m_scoringActions, &ScoringActions::preferencesRequested, this, &MainWindow::editPreferences);
    m_compareActions = new CompareActions(this, m_prompts, *this);
    m_tagActions = new TagActions(this, m_prompts, *this);
}

void MainWindow::installModel()
{
    m_model = new UseCaseListModel(*m_db, this);
    m_table->setModel(m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &UseCaseListModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &UseCaseListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    buildSearch();

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_searchProblems);
    listLayout->addWidget(buildWelcome());
    listLayout->addWidget(buildList(), 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(buildEditorPane());
    // The editor gets two thirds: all its tabs show on a 1024-pixel screen.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    buildSidebar();
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("matchCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncActions->statusLabel());
}

void MainWindow::buildSearch()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(
        tr("Search: words, \"phrases\", prefix*, tag:open-data, vertical:energy, sdg:11, "
           "region:Africa, stage:pilot"));
    m_search->setAccessibleName(tr("Search use cases"));
    m_search->setMinimumWidth(240);
    new SearchCompleter(m_search, SearchCompleter::repositoryValues(*this));
    m_searchProblems = new SearchProblemsLabel(this);
    connect(m_searchProblems, &SearchProblemsLabel::replacementChosen, this,
            [this](const QString &typed, const QString &replacement) {
                m_search->setText(SearchProblemsLabel::replacePiece(m_search->text(), typed, replacement));
                m_search->setFocus(Qt::OtherFocusReason);
            });

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearch();
        m_table->setFocus(Qt::OtherFocusReason);
    });
}

QWidget *MainWindow::buildList()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("useCaseTable"));
    m_table->setAccessibleName(tr("Use cases"));
    m_table->setAccessibleDescription(tr("The use case chosen here shows in the editor"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) { m_columnsMenu->exec(m_table->horizontalHeader()->mapToGlobal(pos)); });

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);
    return m_stack;
}

QWidget *MainWindow::buildWelcome()
{
    m_welcome = new QFrame(this);
    m_welcome->setObjectName(QStringLiteral("welcomeFrame"));
    m_welcome->setFrameShape(QFrame::StyledPanel);
    auto *welcomeText = new QLabel(m_welcome); // see updateWelcome()
    welcomeText->setObjectName(QStringLiteral("welcomeLabel"));
    welcomeText->setWordWrap(true);
    welcomeText->setTextFormat(Qt::PlainText);
    auto *dismiss = new QPushButton(tr("&Got it"), m_welcome);
    dismiss->setObjectName(QStringLiteral("dismissWelcomeButton"));
    auto *welcomeLayout = new QHBoxLayout(m_welcome);
    welcomeLayout->addWidget(welcomeText, 1);
    welcomeLayout->addWidget(dismiss, 0, Qt::AlignTop);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        setWelcomeVisible(false);
        Preferences p = Preferences::load();
        p.welcomeDismissed = true;
        p.save();
        m_table->setFocus();
    });
    m_welcome->hide();
    return m_welcome;
}

QWidget *MainWindow::buildEditorPane()
{
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_revertButton = new QPushButton(tr("Re&vert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &MainWindow::saveEdits);
    connect(m_revertButton, &QPushButton::clicked, this, &MainWindow::revertEdits);
    updateEditButtons(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    m_editorPane = new QWidget(this);
    m_editorLayout = new QVBoxLayout(m_editorPane);
    m_editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editorLayout->addLayout(buttons);
    // Empty while the editor waits for the first paint of the list (StartUp::AfterFirstPaint).
    m_noSelectionLabel =
        new QLabel(m_startDeferred ? QString() : tr("Select a use case to see and edit it."), this);
    m_noSelectionLabel->setObjectName(QStringLiteral("noSelectionLabel"));
    m_noSelectionLabel->setTextFormat(Qt::PlainText);
    m_noSelectionLabel->setAlignment(Qt::AlignCenter);
    m_noSelectionLabel->setWordWrap(true);
    m_editorStack = new QStackedWidget(this);
    m_editorStack->addWidget(m_noSelectionLabel);
    m_editorStack->addWidget(m_editorPane);
    return m_editorStack;
}

void MainWindow::createEditor()
{
    // The largest part of the window: made after the first paint when the start defers it.
    m_editor = new UseCaseEditor(m_prompts, m_desktop, this);
    m_editor->setObjectName(QStringLiteral("useCaseEditor"));
    m_editor->setAttachmentStore(m_attachments.get());
    m_editorLayout->insertWidget(0, m_editor, 1);
    // Every tab shows when the screen has room for them beside the filters and the list; where it
    // has not (Russian on a 1024-pixel screen), the tab bar scrolls rather than crushing the filters.
    const int besides = m_sidebar->minimumWidth() + m_search->minimumWidth() + 4 * fontMetrics().height();
    m_editor->fitTabsWithin(WindowGeometry::availableFor(this).width() - besides);
    placeInTabOrder();
    connect(m_editor, &UseCaseEditor::modifiedChanged, this, &MainWindow::updateEditButtons);
    m_sectionsMenu->addActions(m_editor->navigationActions());
    addActions(m_editor->navigationActions());
    m_noSelectionLabel->setText(tr("Select a use case to see and edit it."));
}

void MainWindow::placeInTabOrder()
{
    // Made last, the editor's fields come last in the focus chain: Tab must reach them between the
    // list and the Save button, as when the editor was made with the window.
    QList<QWidget *> fields;
    for (QWidget *w = m_editor; w == m_editor || m_editor->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus)
            fields.append(w);
    }
    QWidget *previous = m_saveButton->previousInFocusChain();
    while (previous != m_saveButton && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    for (QWidget *field : std::as_const(fields)) {
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
}

void MainWindow::updateEditButtons(bool modified)
{
    m_saveButton->setEnabled(modified);
    m_revertButton->setEnabled(modified);
    if (m_saveAction)
        m_saveAction->setEnabled(modified);
    if (m_revertAction)
        m_revertAction->setEnabled(modified);
}

void MainWindow::buildSidebar()
{
    m_sidebar = new FacetSidebar(this);
    m_facetDock = new QDockWidget(tr("Filters"), this);
    m_facetDock->setObjectName(QStringLiteral("facetDock"));
    m_facetDock->setWidget(m_sidebar);
    m_facetDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // The filters sit on the leading side: the left, or the right in Arabic.
    addDockWidget(QGuiApplication::layoutDirection() == Qt::RightToLeft ? Qt::RightDockWidgetArea
                                                                        : Qt::LeftDockWidgetArea,
                  m_facetDock);
    // As wide as its longest label, but never more than a fifth of the screen: the editor needs room.
    // Never so narrow that a filter's name is cut to its first letters.
    m_sidebar->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    const int fifth = WindowGeometry::availableFor(this).width() / 5;
    resizeDocks({m_facetDock}, {std::min(m_sidebar->sizeHint().width(), fifth)}, Qt::Horizontal);
    connect(m_sidebar, &FacetSidebar::filterToggled, this, &MainWindow::toggleFacet);
    connect(m_sidebar, &FacetSidebar::savedViewActivated, this,
            [this](const QString &, const QString &query) { m_search->setText(query); });
    connect(m_sidebar, &FacetSidebar::savedViewDeleteRequested, this, &MainWindow::deleteSavedView);
    connect(m_sidebar, &FacetSidebar::tagRenameRequested, m_tagActions, &TagActions::renameTag);
    connect(m_sidebar, &FacetSidebar::tagMergeRequested, m_tagActions, &TagActions::mergeTag);
    connect(m_sidebar, &FacetSidebar::tagColorRequested, m_tagActions, &TagActions::colorTag);
    m_gapDock = new GapRegisterDock(*this, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_gapDock);
    m_gapDock->hide();
    connect(m_gapDock, &GapRegisterDock::useCaseActivated, this, &MainWindow::selectUseCase);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildRepositoryMenu();
    buildEditMenu();
    buildScoringMenu();
    buildViewMenu();
    buildHelpMenu();
    buildToolBar();
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Bundle or Spreadsheet..."), this, [this] { importFile(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(m_takeBackActions->takeBackAction());
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(m_bundleActions->exportBundleAction());
    exportMenu->addAction(m_bundleActions->shareByEmailAction());
    exportMenu->addAction(m_exchangeActions->exportSpreadsheetAction());
    file->addAction(m_reportActions->reportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildRepositoryMenu()
{
    // The repository as a whole: which one is open, and its sync with the team's.
    QMenu *repository = menuBar()->addMenu(tr("&Repository"));
    repository->setObjectName(QStringLiteral("repositoryMenu"));
    repository->addAction(m_repositoryActions->newRepositoryAction());
    repository->addAction(m_repositoryActions->openRepositoryAction());
    repository->addMenu(m_repositoryActions->recentMenu());
    repository->addSeparator();
    repository->addAction(m_syncActions->syncAction());
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    buildUndoActions();
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_saveAction = edit->addAction(tr("&Save Use Case"), this, &MainWindow::saveEdits);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setEnabled(false);
    m_revertAction = edit->addAction(tr("Re&vert Changes"), this, &MainWindow::revertEdits);
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    m_revertAction->setEnabled(false);
    edit->addSeparator();
    m_newAction = edit->addAction(tr("&New Use Case..."), this, &MainWindow::newUseCase);
    m_newAction->setObjectName(QStringLiteral("newUseCaseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_duplicateAction = edit->addAction(tr("D&uplicate"), this, &MainWindow::duplicateSelected);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelected);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_tagActions->addTagsAction());
    edit->addAction(m_tagActions->removeTagsAction());
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences..."), this, [this] { editPreferences(); });
    prefs->setObjectName(QStringLiteral("preferencesAction"));
    // Ctrl+, (Cmd+, on macOS) on every platform, beside the platform's own binding if it has one.
    QList<QKeySequence> prefsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!prefsKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        prefsKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setShortcuts(prefsKeys);
    prefs->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::buildUndoActions()
{
    // Own undo/redo actions: unsaved edits in the editor are settled before the stack moves.
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setIconText(tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    auto syncUndo = [this] {
        m_undoAction->setEnabled(m_undo->canUndo());
        m_redoAction->setEnabled(m_undo->canRedo());
        m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
        m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
        // The toolbar keeps its short text, so the buttons after it don't move; the full one is
        // in the tooltip and the Edit menu.
        m_undoAction->setToolTip(m_undo->canUndo() ? tr("Undo %1").arg(m_undo->undoText()) : tr("Undo"));
        m_redoAction->setToolTip(m_undo->canRedo() ? tr("Redo %1").arg(m_undo->redoText()) : tr("Redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, syncUndo);
    connect(m_undo, &QUndoStack::cleanChanged, this, syncUndo);
    syncUndo();
}

void MainWindow::buildScoringMenu()
{
    QMenu *scoring = menuBar()->addMenu(tr("&Scoring"));
    scoring->addAction(m_scoringActions->scoreAction());
    scoring->addAction(m_scoringActions->editRubricAction());
    scoring->addSeparator();
    scoring->addAction(m_compareActions->compareAction());
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_saveViewAction = view->addAction(tr("&Save Current View..."), this, &MainWindow::saveCurrentView);
    m_saveViewAction->setObjectName(QStringLiteral("saveViewAction"));
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *clear = view->addAction(tr("&Clear Search and Filters"), this, [this] { m_search->clear(); });
    clear->setObjectName(QStringLiteral("clearSearchAction"));
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_search->addAction(clear);
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("C&olumns"));
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildColumnsMenu);
    m_sectionsMenu = view->addMenu(tr("&Editor Sections")); // filled by createEditor()
    QAction *showFilters = m_facetDock->toggleViewAction();
    showFilters->setText(tr("Show &Filters"));
    showFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(showFilters);
    view->addAction(m_gapDock->showAction());
    QAction *fullScreen =
        view->addAction(tr("&Full Screen"), this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
    // The platform's binding, or F11 where the platform names none (so the menu shows one).
    const QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    fullScreen->setShortcuts(fullScreenKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::Key_F11)}
                                                      : fullScreenKeys);
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
}

void MainWindow::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = m_columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != int(UseCaseListModel::Column::Title)); // the title always shows
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casebook"), this, [this] {
        m_prompts.info(
            this, tr("About Casebook"),
            tr("Casebook %1\n\nA catalogue of IoT and smart-city use cases for interoperability and "
               "standardization work.\n\nRepository: %2")
                .arg(QString::fromLatin1(kAppVersion), QDir::toNativeSeparators(m_db->path())));
    });
}

void MainWindow::buildToolBar()
{
    auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_duplicateAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_tagActions->addTagsAction());
    toolbar->addAction(m_saveViewAction);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::deleteSavedView(const QString &name)
{
    if (!m_prompts.confirm(this, {tr("Delete View"), tr("Delete the saved view \"%1\"?").arg(name)}))
        return;
    if (Status s = SavedViewRepository(*m_db).remove(name); !s)
        reportError(tr("Cannot delete the view"), s.error());
    refreshFacets();
}

void MainWindow::refreshFacets()
{
    m_sidebar->refresh(*m_db, m_search->text());
    m_gapDock->refresh();
}

QString MainWindow::searchText() const
{
    return m_search->text();
}

void MainWindow::showStatus(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

void MainWindow::applyPreferences()
{
    const Preferences p = Preferences::load();
    QString name = p.name;
    if (name.isEmpty())
        name = qEnvironmentVariable("CASEBOOK_CONTRIBUTOR");
    m_db->setContributor(name);
}

void MainWindow::setWelcomeVisible(bool visible)
{
    m_welcome->setVisible(visible);
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    if (m_welcome->isHidden())
        return;
    const UseCaseRepository repository(*m_db);
    const auto total = repository.count();
    const auto examples = repository.count(SearchQuery::parse(QStringLiteral("tag:example")));
    m_welcome->findChild<QLabel *>(QStringLiteral("welcomeLabel"))
        ->setText(WelcomeText::forRepository(total ? *total : 0, examples ? *examples : 0));
}

QString MainWindow::currentUuid() const
{
    const UseCaseSummary *s = m_model->useCaseAt(m_table->currentIndex());
    return s ? s->uuid : QString();
}

QStringList MainWindow::selectedUuids() const
{
    QStringList out;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        out += m_model->uuidsOfRows(range.top(), range.bottom());
    out.removeDuplicates(); // ranges of cells of one row
    if (out.isEmpty() && !currentUuid().isEmpty())
        out.append(currentUuid());
    return out;
}

bool MainWindow::hasSelection() const
{
    return m_table->selectionModel()->hasSelection() || !currentUuid().isEmpty();
}

void MainWindow::selectUseCase(const QString &uuid)
{
    if (uuid.isEmpty())
        return;
    const QModelIndex index = m_model->locate(uuid);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::applySearch()
{
    const QString keep = currentUuid();
    const SearchQuery query = SearchQuery::parse(m_search->text());
    // A new model has loaded the empty search already: at start-up the list is queried once.
    if (!query.isEmpty() || !m_model->query().isEmpty())
        m_model->setQuery(query);
    // The list answers at once; the facet counts follow from a thread of their own (at start-up,
    // after the first paint: reading the tags alone takes a frame at 100,000 use cases).
    if (!m_startDeferred)
        refreshFacets();
    m_searchProblems->showProblems(query);
    updateStatus();
    if (!keep.isEmpty() && m_model->indexOf(keep).isValid())
        selectUseCase(keep);
    else if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
    updateActions();
}

void MainWindow::refreshAfterChange(const QString &uuidToSelect)
{
    const QString keep = uuidToSelect.isEmpty() ? currentUuid() : uuidToSelect;
    if (!m_editor || !m_editor->isModified())
        m_loaded = UseCase(); // reload the editor from the repository
    m_model->reload();
    refreshFacets();
    updateStatus();
    if (!keep.isEmpty())
        selectUseCase(keep);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
    updateActions();
}

void MainWindow::updateStatus()
{
    const int matches = m_model->matchCount();
    const auto all = UseCaseRepository(*m_db).count();
    const int total = all ? *all : matches;
    if (m_model->query().isEmpty())
        m_countLabel->setText(tr("%n use case(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %n use case(s) match", nullptr, total).arg(matches));
    updateWelcome();
    if (total == 0) {
        m_emptyLabel->setText(
            tr("This repository has no use cases yet.\n\nPress Ctrl+N to record one, or import "
               "a bundle or a spreadsheet from the File menu."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else if (matches == 0) {
        m_emptyLabel->setText(
            tr("No use case matches \"%1\".\n\nTry fewer words, a shorter prefix with *, or remove "
               "a filter (Esc clears the search).")
                .arg(m_search->text().trimmed()));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void MainWindow::updateActions()
{
    if (!m_model)
        return;
    const bool any = hasSelection();
    m_duplicateAction->setEnabled(!currentUuid().isEmpty());
    m_deleteAction->setEnabled(any);
    m_tagActions->updateActions();
}

void MainWindow::showSelected()
{
    if (m_restoringSelection || m_startDeferred)
        return;
    const QString uuid = currentUuid();
    if (uuid == m_loaded.uuid && !uuid.isEmpty())
        return;
    if (!maybeSaveEdits()) {
        // Stay on the record being edited.
        m_restoringSelection = true;
        selectUseCase(m_loaded.uuid);
        m_restoringSelection = false;
        return;
    }
    // Saving refreshes the list, which may have moved the selection back: go where the member asked.
    if (currentUuid() != uuid) {
        m_restoringSelection = true;
        selectUseCase(uuid);
        m_restoringSelection = false;
    }
    loadIntoEditor(uuid);
}

void MainWindow::loadIntoEditor(const QString &uuid)
{
    if (uuid.isEmpty()) {
        m_loaded = UseCase();
        m_editor->setModified(false);
        m_editorStack->setCurrentWidget(m_noSelectionLabel);
        return;
    }
    auto u = UseCaseRepository(*m_db).get(uuid);
    if (!u) {
        m_loaded = UseCase();
        m_noSelectionLabel->setText(u.error().message);
        m_editorStack->setCurrentWidget(m_noSelectionLabel);
        return;
    }
    m_loaded = *u;
    m_editor->setUseCase(*u);
    m_editorStack->setCurrentWidget(m_editorPane);
}

bool MainWindow::maybeSaveEdits()
{
    if (!m_editor || !m_editor->isModified() || m_loaded.uuid.isEmpty())
        return true;
    switch (
        m_prompts.askSaveChanges(this, tr("Save the changes to \"%1\"?").arg(m_editor->useCase().title))) {
    case Prompts::SaveChoice::Save: return saveEdits();
    case Prompts::SaveChoice::Discard: m_editor->setModified(false); return true;
    case Prompts::SaveChoice::Cancel: break;
    }
    return false;
}

bool MainWindow::saveEdits()
{
    if (m_loaded.uuid.isEmpty() || !m_editor || !m_editor->isModified())
        return true;
    const QStringList problems = m_editor->validationErrors();
    if (!problems.isEmpty()) {
        reportError(tr("Cannot save the use case"),
                    makeError(ErrorCode::InputRejected, problems.first(), problems.join(QLatin1Char('\n'))));
        return false;
    }
    UseCase after = m_editor->useCase();
    // Tags belong to the window (they may have changed since the record was loaded).
    if (auto current = UseCaseRepository(*m_db).get(m_loaded.uuid))
        after.tags = current->tags;
    const QString uuid = m_loaded.uuid;
    const auto notify = commandNotifier();
    auto command = std::make_unique<EditUseCaseCommand>(*m_db, notify, m_loaded, after,
                                                        tr("Edit \"%1\"").arg(after.title));
    m_editor->setModified(false); // the refresh that follows reloads the record into the editor
    m_loaded = UseCase();
    if (!push(std::move(command))) {
        loadIntoEditor(uuid);
        m_editor->setUseCase(after);
        m_editor->setModified(true);
        return false;
    }
    statusBar()->showMessage(tr("Saved."), 3000);
    return true;
}

void MainWindow::revertEdits()
{
    if (!m_editor)
        return;
    const QString uuid = m_loaded.uuid;
    m_editor->setModified(false);
    m_loaded = UseCase();
    loadIntoEditor(uuid);
}

bool MainWindow::importFile(const QString &rawPath)
{
    if (!maybeSaveEdits())
        return false;
    QString path = rawPath;
    if (path.isEmpty()) {
        path = m_prompts.chooseOpenFile(this, tr("Import"), QFileInfo(m_db->path()).absolutePath(),
                                        ImportFormats::fileDialogFilter());
        if (path.isEmpty())
            return false;
    }
    bool changed = false;
    switch (ImportFormats::detect(path)) {
    case ImportFormat::Csv:
    case ImportFormat::Json: changed = m_exchangeActions->importSpreadsheet(*m_db, path); break;
    case ImportFormat::Bundle:
        changed = m_bundleActions->importBundle(*m_db, path) && m_bundleActions->lastImportResult().changed;
        break;
    case ImportFormat::Xml:
        changed = m_bundleActions->importXml(*m_db, path) && m_bundleActions->lastImportResult().changed;
        break;
    case ImportFormat::Unknown:
        m_prompts.error(this, tr("Import"),
                        ImportFailure::told(
                            makeError(ErrorCode::InputRejected, ImportFormats::unsupportedMessage(path))));
        break;
    }
    if (changed) {
        reloadAfterBulkChange();
        statusBar()->showMessage(
            tr("Imported %1. File > Take Back Last Import undoes it.").arg(QFileInfo(path).fileName()), 8000);
    }
    return changed;
}

void MainWindow::reloadAfterBulkChange()
{
    // Steps recorded before an import, a sync or a take-back may no longer apply to what it changed.
    m_undo->clear();
    m_loaded = UseCase();
    refreshAfterChange({});
}

void MainWindow::undoOrRedo(bool undo)
{
    if (!maybeSaveEdits())
        return;
    m_loaded = UseCase(); // whatever the step changes is reloaded afterwards
    undo ? m_undo->undo() : m_undo->redo();
}

CatalogueCommand::Notify MainWindow::commandNotifier()
{
    return [this](const QString &uuid, const Error *error) {
        if (error)
            reportError(tr("Undo or redo failed"), *error);
        refreshAfterChange(uuid);
    };
}

bool MainWindow::push(std::unique_ptr<CatalogueCommand> command)
{
    if (Status s = command->execute(); !s) {
        reportError(command->text(), s.error());
        return false;
    }
    m_undo->push(command.release());
    return true;
}

void MainWindow::reportError(const QString &title, const Error &error)
{
    m_prompts.error(this, title, error);
}

void MainWindow::newUseCase()
{
    if (!maybeSaveEdits())
        return;
    const auto title = m_prompts.askText(this, tr("New Use Case"), tr("Title of the new use case:"));
    if (!title || title->trimmed().isEmpty())
        return;
    UseCase u;
    u.title = title->trimmed();
    const auto notify = commandNotifier();
    push(std::make_unique<AddUseCaseCommand>(*m_db, notify, u, tr("New use case \"%1\"").arg(u.title)));
}

void MainWindow::duplicateSelected()
{
    const QString uuid = currentUuid();
    if (uuid.isEmpty())
        return;
    auto original = UseCaseRepository(*m_db).get(uuid);
    if (!original) {
        reportError(tr("Cannot duplicate"), original.error());
        return;
    }
    if (!maybeSaveEdits())
        return;
    const UseCase copy = UseCaseEditor::duplicateOf(*original);
    const auto notify = commandNotifier();
    push(std::make_unique<AddUseCaseCommand>(*m_db, notify, copy,
                                             tr("Duplicate \"%1\"").arg(original->title)));
}

void MainWindow::deleteSelected()
{
    const QStringList uuids = selectedUuids();
    if (uuids.isEmpty())
        return;
    if (m_editor && m_editor->isModified() && uuids.contains(m_loaded.uuid))
        m_editor->setModified(false); // the record goes away; undo brings back what was stored
    const auto notify = commandNotifier();
    const QString text = tr("Delete %n use case(s)", nullptr, int(uuids.size()));
    if (push(std::make_unique<DeleteUseCasesCommand>(*m_db, notify, uuids, text)))
        statusBar()->showMessage(
            tr("Deleted %n use case(s). Undo with %1.", nullptr, int(uuids.size()))
                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            8000);
}

void MainWindow::saveCurrentView()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        statusBar()->showMessage(tr("Type a search or choose filters first; a view saves them under a name."),
                                 6000);
        return;
    }
    const auto name = m_prompts.askText(this, tr("Save View"), tr("Name of the view for \"%1\":").arg(query));
    if (!name || name->trimmed().isEmpty())
        return;
    if (Status s = SavedViewRepository(*m_db).save({*name, query}); !s) {
        reportError(tr("Cannot save the view"), s.error());
        return;
    }
    refreshFacets();
    statusBar()->showMessage(tr("Saved the view \"%1\".").arg(name->trimmed()), 5000);
}

void MainWindow::toggleFacet(SearchFilter::Field field, const QString &value)
{
    // Deferred: the sidebar is rebuilt by the search, which must not happen inside its own signal.
    const QString text = SearchQuery::toggleFilter(m_search->text(), field, value);
    QTimer::singleShot(0, this, [this, text] {
        m_search->setText(text);
        m_searchTimer->stop();
        applySearch();
    });
}

bool MainWindow::switchRepository(std::unique_ptr<Database> db)
{
    if (!maybeSaveEdits())
        return false;
    m_loaded = UseCase();
    m_undo->clear();
    m_compareActions->closeWorkspace(); // it reads the repository that is closing
    m_db.swap(db);
    applyPreferences();
    auto *old = m_model;
    installModel();
    delete old;
    m_attachments = std::make_unique<AttachmentStore>(*m_db);
    if (m_editor)
        m_editor->setAttachmentStore(m_attachments.get());
    db.reset(); // closes the previous repository
    setWindowTitle(tr("%1 - Casebook").arg(QFileInfo(m_db->path()).fileName()));
    m_search->clear();
    applySearch();
    rememberRepository();
    startBackgroundCheck();
    m_syncActions->updateStatus(*m_db);
    return true;
}

void MainWindow::editPreferences(const QString &focusField)
{
    PreferencesDialog dialog(Preferences::load(), m_prompts, this);
    if (auto *field = dialog.findChild<QWidget *>(focusField); field && !focusField.isEmpty())
        field->setFocus(Qt::OtherFocusReason);
    if (m_prompts.exec(dialog) != QDialog::Accepted)
        return;
    dialog.preferences().save();
    applyPreferences();
}

void MainWindow::startBackgroundCheck()
{
    stopBackgroundCheck();
    QPointer<MainWindow> self(this);
    m_check = std::make_shared<FileCheck>(m_db->path());
    m_checkThread = QThread::create([self, check = m_check] {
        const Status status = check->run();
        if (!status && status.error().code == ErrorCode::Cancelled)
            return;
        const bool ok = status.ok();
        const Error error = ok ? Error{} : status.error();
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, error] {
                if (!self)
                    return;
                emit self->integrityChecked(ok, error.message);
                if (!ok) {
                    Error shown = error;
                    shown.message += QLatin1Char(' ')
                        + tr("Do not add to it: restore the newest backup, or export what you can.");
                    self->reportError(tr("The repository is damaged"), shown);
                }
            },
            Qt::QueuedConnection);
    });
    // Idle: the check reads the whole file, and must not take a core from the window (on Linux,
    // only this priority has an effect: SCHED_IDLE). At 100,000 use cases, opening a use case while
    // it ran took twice as long.
    m_checkThread->start(QThread::IdlePriority);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveEdits()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    WindowGeometry::restore(
        this, settings.value(QStringLiteral("mainWindow/geometry")).toByteArray(),
        WindowGeometry::share(WindowGeometry::availableFor(this), 0.85, QSize(1280, 760)));
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/tableHeader")).toByteArray());
    const Preferences p = Preferences::load();
    setWelcomeVisible(!p.welcomeDismissed);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tableHeader"), m_table->horizontalHeader()->saveState());
}

} // namespace casebook::ui
