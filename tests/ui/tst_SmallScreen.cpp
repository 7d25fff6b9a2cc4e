// Every window and dialog fits a 1024×700 screen: the offscreen platform is given one screen of that
// size before the application starts (see main() below).
#include "OffscreenScreen.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "bundle/ExportBundleDialog.h"
#include "editor/UseCaseEditor.h"
#include "exchange/CsvImportWizard.h"
#include "exchange/ExportDialog.h"
#include "mainwindow/MainWindow.h"
#include "preferences/PreferencesDialog.h"
#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "widgets/WindowGeometry.h"

#include <QApplication>
#include <QDockWidget>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace casebook;
using namespace casebook::ui;

namespace {
const QSize kLaptop(1024, 700);
}

class tst_SmallScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fittedKeepsWithinTheScreen_data();
    void fittedKeepsWithinTheScreen();
    void shareGrowsWithTheScreen();
    void clampedMovesAndShrinks();
    void mainWindowFits();
    void savedLargerGeometryIsClamped();
    void editorShowsEveryTabWithoutHorizontalScrolling();
    void longTranslationKeepsTheFiltersReadable();
    void scoreSheetFits();
    void tooltipsCarryFullTexts();
    void rubricEditorFits();
    void preferencesFit();
    void exchangeDialogsFit();

private:
    void verifyFits(QWidget &window);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_useCase;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_SmallScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), kLaptop);
    auto db = Database::open(m_dir.filePath(QStringLiteral("small.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_useCase = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-003"))->uuid;
}

void tst_SmallScreen::fittedKeepsWithinTheScreen_data()
{
    QTest::addColumn<QSize>("preferred");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("large screen keeps the size")
        << QSize(1200, 760) << QRect(0, 0, 1920, 1040) << QSize(1200, 760);
    QTest::newRow("laptop shrinks both") << QSize(1200, 760) << QRect(0, 0, 1024, 700) << QSize(1008, 660);
    QTest::newRow("panel on top") << QSize(1000, 720) << QRect(0, 28, 1024, 672) << QSize(1000, 632);
    QTest::newRow("small stays small") << QSize(420, 200) << QRect(0, 0, 1024, 700) << QSize(420, 200);
}

void tst_SmallScreen::fittedKeepsWithinTheScreen()
{
    QFETCH(QSize, preferred);
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    QCOMPARE(WindowGeometry::fitted(preferred, available), expected);
}

void tst_SmallScreen::shareGrowsWithTheScreen()
{
    const QSize least(1280, 760);
    QCOMPARE(WindowGeometry::share(QRect(0, 0, 1920, 1080), 0.85, least), QSize(1632, 918));
    QCOMPARE(WindowGeometry::share(QRect(0, 0, 1024, 700), 0.85, least), QSize(1008, 660));
}

void tst_SmallScreen::clampedMovesAndShrinks()
{
    const QRect laptop(0, 0, 1024, 700);
    // Saved on a 1920×1080 monitor, right half: it comes back whole on the laptop.
    const QRect r = WindowGeometry::clamped(QRect(900, 300, 1000, 700), laptop);
    QCOMPARE(r.size(), QSize(1000, 660));
    QVERIFY(laptop.contains(r.adjusted(0, 0, 16, 40)));
    // A window that fits stays where it was.
    QCOMPARE(WindowGeometry::clamped(QRect(10, 20, 600, 400), laptop), QRect(10, 20, 600, 400));
}

void tst_SmallScreen::verifyFits(QWidget &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize room = WindowGeometry::maximumFor(QRect(QPoint(), kLaptop));
    const QSize least = window.minimumSizeHint();
    QVERIFY2(least.width() <= room.width() && least.height() <= room.height(),
             qPrintable(QStringLiteral("%1 needs at least %2×%3")
                            .arg(window.objectName())
                            .arg(least.width())
                            .arg(least.height())));
}

void tst_SmallScreen::mainWindowFits()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("main.sqlite")));
    QVERIFY(db && Seeder::seed(**db, true));
    MainWindow window(std::move(*db), m_prompts, m_desktop);
    verifyFits(window);
}

void tst_SmallScreen::savedLargerGeometryIsClamped()
{
    QWidget big;
    big.setGeometry(1000, 400, 1800, 1000); // as if on a large monitor: saved like that
    const QByteArray saved = big.saveGeometry();
    QWidget window;
    WindowGeometry::restore(&window, saved, QSize(640, 480));
    QVERIFY2(window.width() <= 1008 && window.height() <= 660,
             qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
    QVERIFY(window.geometry().right() < kLaptop.width());
    QVERIFY(window.geometry().bottom() < kLaptop.height());
    QWidget fresh;
    WindowGeometry::restore(&fresh, {}, QSize(640, 480));
    QCOMPARE(fresh.size(), QSize(640, 480));
}

void tst_SmallScreen::editorShowsEveryTabWithoutHorizontalScrolling()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("editor.sqlite")));
    QVERIFY(db && Seeder::seed(**db, true));
    MainWindow window(std::move(*db), m_prompts, m_desktop);
    window.selectUseCase(UseCaseRepository(window.database()).get(QStringLiteral("UC-EX-003"))->uuid);
    verifyFits(window);
    auto *tabs = window.editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        const QRect tab = tabs->tabBar()->tabRect(i);
        QVERIFY2(tabs->tabBar()->rect().contains(tab),
                 qPrintable(tabs->tabText(i) + QStringLiteral(" is cut")));
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QList<QScrollArea *> areas = tabs->currentWidget()->findChildren<QScrollArea *>();
        for (QScrollArea *area : areas)
            QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                     qPrintable(tabs->tabText(i) + QStringLiteral(" scrolls sideways")));
    }
}

void tst_SmallScreen::tooltipsCarryFullTexts()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("tips.sqlite")));
    QVERIFY(db && Seeder::seed(**db, true));
    MainWindow window(std::move(*db), m_prompts, m_desktop);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The list's cells.
    auto *list = window.findChild<QTableView *>(QStringLiteral("useCaseTable"));
    QVERIFY(list);
    const QModelIndex title = list->model()->index(0, 1);
    QCOMPARE(title.data(Qt::ToolTipRole).toString(), title.data().toString());
    window.selectUseCase(UseCaseRepository(window.database()).get(QStringLiteral("UC-EX-003"))->uuid);
    // Every header of the editor's tables (the KPIs' among them) and every filled cell, source
    // links included, carries its full text: a narrow column cuts them.
    const QStringList tables{QStringLiteral("kpisTable"), QStringLiteral("sourceDocumentsTable")};
    for (const QString &name : tables) {
        auto *table = window.editor()->findChild<QTableView *>(name);
        QVERIFY2(table, qPrintable(name));
        const QAbstractItemModel *model = table->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(header),
                     qPrintable(header));
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString text = model->index(r, c).data(Qt::EditRole).toString();
                if (!text.isEmpty() && !text.contains(QLatin1Char('\n')) && text.size() < 200)
                    QVERIFY2(model->index(r, c).data(Qt::ToolTipRole).toString().contains(text),
                             qPrintable(text));
            }
        }
    }
}

void tst_SmallScreen::scoreSheetFits()
{
    ScoreSheetDialog sheet(*m_db, m_prompts);
    QVERIFY(sheet.load(m_useCase, {}, QStringLiteral("Ana")));
    verifyFits(sheet);
    // Every criterion name shows whole: it wraps within its cell rather than being cut.
    auto *table = sheet.findChild<QTableView *>(QStringLiteral("criteriaTable"));
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        const QString name = index.data().toString();
        const QRect cell = table->visualRect(index).adjusted(3, 0, -3, 0); // less the text margins
        const QRect needed = table->fontMetrics().boundingRect(cell, Qt::TextWordWrap, name);
        QVERIFY2(needed.height() <= cell.height(), qPrintable(name));
    }
}

void tst_SmallScreen::rubricEditorFits()
{
    RubricEditorDialog editor(*m_db, m_prompts);
    QVERIFY(editor.loadRubric());
    verifyFits(editor);
}

void tst_SmallScreen::preferencesFit()
{
    PreferencesDialog dialog(Preferences::load(), m_prompts);
    verifyFits(dialog);
}

void tst_SmallScreen::exchangeDialogsFit()
{
    CsvImportWizard wizard(*m_db, m_prompts);
    verifyFits(wizard);
    ExportBundleDialog bundle(*m_db, {m_useCase});
    verifyFits(bundle);
    ExportDialog sheet(*m_db, m_prompts, {m_useCase}, QString());
    verifyFits(sheet);
}

void tst_SmallScreen::longTranslationKeepsTheFiltersReadable()
{
    // Russian names the editor's tabs at about 640 pixels: on a 1024-pixel screen the tab bar
    // scrolls rather than squeezing the filters to their first letters.
    QTranslator russian;
    QVERIFY(russian.load(QStringLiteral("casebook_ru"), QStringLiteral(CASEBOOK_QM_DIR)));
    QCoreApplication::installTranslator(&russian);
    auto db = Database::open(m_dir.filePath(QStringLiteral("russian.sqlite")));
    QVERIFY(db && Seeder::seed(**db, true));
    MainWindow window(std::move(*db), m_prompts, m_desktop);
    window.selectUseCase(UseCaseRepository(window.database()).get(QStringLiteral("UC-EX-003"))->uuid);
    verifyFits(window);
    QCoreApplication::removeTranslator(&russian);
    auto *filters = window.findChild<QDockWidget *>(QStringLiteral("facetDock"));
    auto *tabs = window.editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QVERIFY(filters && tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Идентификация"));
    const int readable = filters->fontMetrics().averageCharWidth() * 20;
    QVERIFY2(filters->width() >= readable,
             qPrintable(QStringLiteral("filters %1 px wide, under %2").arg(filters->width()).arg(readable)));
    // Every tab is still reached: the bar scrolls to the last one.
    tabs->setCurrentIndex(tabs->count() - 1);
    QCoreApplication::processEvents();
    QVERIFY(tabs->tabBar()->rect().intersects(tabs->tabBar()->tabRect(tabs->count() - 1)));
}

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    test::useOffscreenScreen(kLaptop, config.filePath(QStringLiteral("screens.json")));
    QApplication app(argc, argv);
    tst_SmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_SmallScreen.moc"
