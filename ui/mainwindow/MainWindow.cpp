#include "mainwindow/MainWindow.h"

#include "casebook/Version.h"
#include "models/UseCaseListModel.h"
#include "report/UseCaseText.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>

namespace casebook::ui {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildUi();
    buildMenus();
    setDatabase(std::move(m_db));
    restoreSettings();
}

MainWindow::~MainWindow()
{
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
}

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: words, \"phrases\", prefix*, tag:energy, vertical:health, sdg:11, "
                                    "region:Africa, stage:pilot"));
    m_search->setAccessibleName(tr("Search use cases"));
    toolbar->addWidget(m_search);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("useCaseTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Details of the selected use case"));
    m_detail->setPlaceholderText(tr("Select a use case to see its details."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("matchCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    resize(1200, 720);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Repository..."), this, &MainWindow::openRepository);
    open->setObjectName(QStringLiteral("openRepositoryAction"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casebook"), this, [this] {
        QMessageBox::about(this, tr("About Casebook"),
                           tr("Casebook %1\n\nA catalogue of IoT and smart-city use cases for interoperability and "
                              "standardization work.\n\nRepository: %2")
                               .arg(QString::fromLatin1(kAppVersion), QDir::toNativeSeparators(m_db->path())));
    });
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    auto *old = m_model;
    m_model = new UseCaseListModel(*m_db, this);
    m_table->setModel(m_model);
    m_table->sortByColumn(int(UseCaseListModel::Column::Code), Qt::AscendingOrder);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Code), 110);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Title), 320);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Verticals), 170);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Regions), 120);
    m_table->setColumnWidth(int(UseCaseListModel::Column::Stage), 150);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_model, &UseCaseListModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &UseCaseListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    delete old;
    setWindowTitle(tr("%1 - Casebook").arg(QFileInfo(m_db->path()).fileName()));
    applySearch();
}

void MainWindow::applySearch()
{
    const SearchQuery query = SearchQuery::parse(m_search->text());
    m_model->setQuery(query);
    if (!query.ignored.isEmpty())
        statusBar()->showMessage(tr("Ignored: %1").arg(query.ignored.join(QLatin1Char(' '))), 5000);
    updateStatus();
    if (m_model->rowCount() > 0 && m_table->currentIndex().row() < 0)
        m_table->selectRow(0);
    showSelected();
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
    if (total == 0) {
        m_emptyLabel->setText(tr("This repository has no use cases yet.\n\nUse cases you add, or receive in a "
                                 "bundle, will be listed here."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else if (matches == 0) {
        m_emptyLabel->setText(tr("No use case matches \"%1\".\n\nTry fewer words, a shorter prefix with *, or remove "
                                 "a filter.")
                                  .arg(m_search->text().trimmed()));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void MainWindow::showSelected()
{
    const UseCaseSummary *s = m_model->useCaseAt(m_table->currentIndex());
    if (!s) {
        m_detail->clear();
        return;
    }
    auto u = UseCaseRepository(*m_db).getById(s->id);
    m_detail->setPlainText(u ? UseCaseText::toPlainText(*u) : u.error().message);
}

void MainWindow::openRepository()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Repository"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("Casebook repositories (*.sqlite *.casebookdb);;All files (*)"));
    if (path.isEmpty())
        return;
    Database::OpenOptions options;
    options.create = false;
    options.integrityCheck = Database::IntegrityCheck::None;
    options.contributor = m_db->contributor();
    auto db = Database::open(path, options);
    if (!db) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the repository"), db.error().message,
                        QMessageBox::Ok, this);
        box.setDetailedText(db.error().detail);
        box.exec();
        return;
    }
    m_search->clear();
    setDatabase(std::move(*db));
    startBackgroundCheck();
}

void MainWindow::startBackgroundCheck()
{
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
        m_checkThread = nullptr;
    }
    const QString path = m_db->path();
    QPointer<MainWindow> self(this);
    m_checkThread = QThread::create([self, path] {
        const Status status = Database::quickCheckFile(path);
        const bool ok = status.ok();
        const QString message = ok ? QString() : status.error().message;
        const QString detail = ok ? QString() : status.error().detail;
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, ok, message, detail] {
            if (!self)
                return;
            emit self->integrityChecked(ok, message);
            if (!ok) {
                QMessageBox box(QMessageBox::Critical, tr("The repository is damaged"), message, QMessageBox::Ok, self);
                box.setInformativeText(tr("Do not add to it. Restore the newest backup, or export what you can."));
                box.setDetailedText(detail);
                box.exec();
            }
        }, Qt::QueuedConnection);
    });
    m_checkThread->start(QThread::LowPriority);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/tableHeader")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/tableHeader"), m_table->horizontalHeader()->saveState());
}

} // namespace casebook::ui
