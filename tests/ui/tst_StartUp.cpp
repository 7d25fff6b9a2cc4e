#include "mainwindow/MainWindow.h"

#include "mainwindow/FacetSidebar.h"

#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "preferences/Preferences.h"
#include "storage/Database.h"
#include "storage/Seeder.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

/// The application's start (issue 13): only the list is on the path to the first paint; the facets,
/// the editor and the recent files follow right after it.
class tst_StartUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editorFollowsTheFirstPaint();
    void tabOrderIsTheSameEitherWay();

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_StartUp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_StartUp::editorFollowsTheFirstPaint()
{
    const QString path = m_dir.filePath(QStringLiteral("start.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db);
    QVERIFY(Seeder::seed(**db, true));
    ui::Preferences before = ui::Preferences::load();
    before.recentRepositories.clear();
    before.save();

    ui::MainWindow window(std::move(*db), m_prompts, m_desktop, nullptr,
                          ui::MainWindow::StartUp::AfterFirstPaint);
    QSignalSpy painted(&window, &ui::MainWindow::firstPainted);
    auto *table = window.findChild<QTableView *>(QStringLiteral("useCaseTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 10); // the list is there before the paint
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(!window.editor()); // the editor is not
    QVERIFY(ui::Preferences::load().recentRepositories.isEmpty());
    QCOMPARE(window.sidebar()->model()->rowCount(), 0); // no facets read yet
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QVERIFY(!search->isClearButtonEnabled()); // its icon comes from the icon theme

    window.show();
    QVERIFY(painted.wait(5000));
    QCOMPARE(painted.size(), 1);
    QTRY_VERIFY(window.editor());
    QVERIFY(search->isClearButtonEnabled());
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(title);
    QCOMPARE(title->text(), table->model()->index(table->currentIndex().row(), 1).data().toString());
    QCOMPARE(ui::Preferences::load().recentRepositories, QStringList{QFileInfo(path).absoluteFilePath()});
    QVERIFY(window.sidebar()->model()->rowCount() > 0);
    QTRY_VERIFY(!window.sidebar()->isCounting());

    // Painting again changes nothing.
    window.update();
    QTest::qWait(50);
    QCOMPARE(painted.size(), 1);
}

namespace {

/// The object names of the controls Tab reaches, in order.
QStringList tabChain(QWidget &window)
{
    QStringList chain;
    for (QWidget *w = window.nextInFocusChain(); w != &window; w = w->nextInFocusChain()) {
        if (window.isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus && !w->focusProxy())
            chain.append(w->objectName() + QLatin1Char('/') + QLatin1String(w->metaObject()->className()));
    }
    return chain;
}

} // namespace

void tst_StartUp::tabOrderIsTheSameEitherWay()
{
    auto first = Database::open(m_dir.filePath(QStringLiteral("tab1.sqlite")));
    auto second = Database::open(m_dir.filePath(QStringLiteral("tab2.sqlite")));
    QVERIFY(first && second);
    QVERIFY(Seeder::seed(**first, true) && Seeder::seed(**second, true));
    ui::MainWindow immediate(std::move(*first), m_prompts, m_desktop);
    ui::MainWindow deferred(std::move(*second), m_prompts, m_desktop, nullptr,
                            ui::MainWindow::StartUp::AfterFirstPaint);
    QSignalSpy painted(&deferred, &ui::MainWindow::firstPainted);
    deferred.show();
    QVERIFY(painted.wait(5000));
    QTRY_VERIFY(deferred.editor());
    const QStringList chain = tabChain(immediate);
    QVERIFY(chain.indexOf(QStringLiteral("useCaseTable/QTableView"))
            < chain.indexOf(QStringLiteral("titleEdit/QLineEdit")));
    QVERIFY(chain.indexOf(QStringLiteral("titleEdit/QLineEdit"))
            < chain.indexOf(QStringLiteral("saveButton/QPushButton")));
    QCOMPARE(tabChain(deferred), chain);
    for (ui::MainWindow *w : {&immediate, &deferred})
        QVERIFY(w->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->isClearButtonEnabled());
}

QTEST_MAIN(tst_StartUp)
#include "tst_StartUp.moc"
