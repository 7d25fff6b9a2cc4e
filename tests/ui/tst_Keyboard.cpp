// The main window by keyboard: the filters tick with Space and keep the focus, the shortcuts that
// every platform should have, a toolbar that stays put.
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "mainwindow/FacetSidebar.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"
#include "storage/Seeder.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardItem>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

using namespace casebook;
using F = SearchFilter::Field;

class tst_Keyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void spaceTicksTheFocusedFilterAndKeepsTheFocus();
    void preferencesHaveCtrlComma();
    void fullScreenShowsItsShortcut();
    void toolbarStaysPutWhenTheUndoTextChanges();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_Keyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Keyboard::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("keys%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    QVERIFY(Seeder::seed(**db, true));
    m_window = std::make_unique<ui::MainWindow>(std::move(*db), m_prompts, m_desktop);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_Keyboard::cleanup()
{
    m_window.reset();
}

void tst_Keyboard::spaceTicksTheFocusedFilterAndKeepsTheFocus()
{
    auto *sidebar = m_window->findChild<ui::FacetSidebar *>(QStringLiteral("facetSidebar"));
    QVERIFY(sidebar);
    QTRY_VERIFY(!sidebar->isCounting());
    QTreeView *tree = sidebar->view();
    QStandardItem *energy = sidebar->findFacet(F::Vertical, QStringLiteral("energy"));
    QVERIFY(energy);
    tree->setFocus(Qt::TabFocusReason);
    tree->setCurrentIndex(energy->index());
    QVERIFY(tree->hasFocus());

    QTest::keyClick(tree, Qt::Key_Space);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTRY_VERIFY(search->text().contains(QLatin1String("vertical:energy")));
    QTRY_VERIFY(!sidebar->isCounting());
    // The value is ticked, the focus and the keyboard's place stay on it.
    QVERIFY(tree->hasFocus());
    QCOMPARE(tree->currentIndex().data(ui::FacetSidebar::ValueRole).toString(), QStringLiteral("energy"));
    QCOMPARE(tree->currentIndex().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // The arrow keys go on to the next value, and Space there ticks it too.
    QTest::keyClick(tree, Qt::Key_Down);
    const QModelIndex next = tree->currentIndex();
    QCOMPARE(next.data(ui::FacetSidebar::KindRole).toInt(), int(ui::FacetSidebar::Kind::Facet));
    QVERIFY(next.data(ui::FacetSidebar::ValueRole).toString() != QLatin1String("energy"));
    const QString value = next.data(ui::FacetSidebar::ValueRole).toString();
    QTest::keyClick(tree, Qt::Key_Space);
    QTRY_VERIFY(search->text().contains(value));
    QTRY_VERIFY(!sidebar->isCounting());
    QVERIFY(tree->hasFocus());
    QCOMPARE(tree->currentIndex().data(ui::FacetSidebar::ValueRole).toString(), value);
}

void tst_Keyboard::preferencesHaveCtrlComma()
{
    auto *prefs = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(prefs);
    QVERIFY(prefs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
}

void tst_Keyboard::fullScreenShowsItsShortcut()
{
    auto *fullScreen = m_window->findChild<QAction *>(QStringLiteral("fullScreenAction"));
    QVERIFY(fullScreen);
    QVERIFY(!fullScreen->shortcut().isEmpty());
}

void tst_Keyboard::toolbarStaysPutWhenTheUndoTextChanges()
{
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *saveView = m_window->findChild<QAction *>(QStringLiteral("saveViewAction"));
    QVERIFY(toolbar && undo && saveView);
    QWidget *last = toolbar->widgetForAction(saveView);
    const int before = last->x();
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("a rather long description of an edit")));
    QCoreApplication::processEvents();
    QCOMPARE(last->x(), before);
    QVERIFY(undo->toolTip().contains(QLatin1String("a rather long description")));
    QVERIFY(undo->text().contains(QLatin1String("a rather long description"))); // in the Edit menu
}

QTEST_MAIN(tst_Keyboard)
#include "tst_Keyboard.moc"
