// The main window by keyboard: the filters tick with Space and keep the focus, the shortcuts that
// every platform should have, a toolbar that stays put.
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "bundle/ExportBundleDialog.h"
#include "compare/CompareWindow.h"
#include "editor/UseCaseEditor.h"
#include "exchange/ExportDialog.h"
#include "mainwindow/FacetSidebar.h"
#include "mainwindow/MainWindow.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesDialog.h"
#include "report/ReportDialog.h"
#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "widgets/FocusFrameStyle.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardItem>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

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
    void tabOrderFollowsTheVisualOrder();
    void focusIsVisibleOnEveryControl();

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
    ui::FocusFrameStyle::install(); // as main() does
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

namespace {

/// The controls Tab reaches in a window, in the order it reaches them.
QList<QWidget *> tabChain(QWidget &window)
{
    QList<QWidget *> chain;
    QWidget *w = &window;
    for (int guard = 0; guard < 500; ++guard) {
        w = w->nextInFocusChain();
        if (w == &window)
            break;
        if (window.isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy())
            chain.append(w);
    }
    return chain;
}

/// Where a control shows in the window: a control scrolled out of its scroll area counts as at
/// the area's edge.
QRect placeOf(const QWidget *w, QWidget &window)
{
    QRect r(w->mapTo(&window, QPoint()), w->size());
    for (const QWidget *p = w->parentWidget(); p && p != &window; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p)) {
            const QRect view(area->viewport()->mapTo(&window, QPoint()), area->viewport()->size());
            const QRect shown = r & view;
            r = shown.isEmpty()
                ? QRect(r.left(), r.top() < view.top() ? view.top() : view.bottom(), r.width(), 1)
                : shown;
        }
    }
    return r;
}

/// Lists where Tab goes back up or to the left in the same row, in window coordinates.
QStringList backwardSteps(QWidget &window)
{
    QStringList out;
    QList<QWidget *> chain = tabChain(window);
    // Tab goes round: start the round at the left of the top row (controls of different heights in a
    // row have different tops: the row is what overlaps the topmost control).
    const auto top = [&window](const QWidget *a, const QWidget *b) {
        return placeOf(a, window).top() < placeOf(b, window).top();
    };
    const auto topmost = std::min_element(chain.cbegin(), chain.cend(), top);
    const int rowBottom = topmost != chain.cend() ? placeOf(*topmost, window).bottom() : 0;
    const auto first =
        std::min_element(chain.cbegin(), chain.cend(), [&](const QWidget *a, const QWidget *b) {
            const QRect ra = placeOf(a, window), rb = placeOf(b, window);
            const bool aInRow = ra.top() <= rowBottom, bInRow = rb.top() <= rowBottom;
            return aInRow != bInRow ? aInRow : ra.left() < rb.left();
        });
    if (first != chain.cend())
        std::rotate(chain.begin(), chain.begin() + (first - chain.cbegin()), chain.end());
    for (int i = 1; i < chain.size(); ++i) {
        const QRect a = placeOf(chain[i - 1], window);
        const QRect b = placeOf(chain[i], window);
        // Back is to the left (unless on a later row) or up (unless in a column to the right).
        const bool left = b.right()<a.left(), right = b.left()> a.right();
        const bool above = b.bottom()<a.top(), below = b.top()> a.bottom();
        if ((left && !below) || (above && !right))
            out.append(
                chain[i - 1]->objectName() + QStringLiteral(" -> ") + chain[i]->objectName()
                + QStringLiteral(" %1,%2 %3,%4").arg(a.left()).arg(a.top()).arg(b.left()).arg(b.top()));
    }
    return out;
}

} // namespace

void tst_Keyboard::tabOrderFollowsTheVisualOrder()
{
    // The main window: toolbar aside, filters, search, list, editor, in that order.
    QStringList backward = backwardSteps(*m_window);
    QVERIFY2(backward.isEmpty(), qPrintable(backward.join(QStringLiteral(", "))));

    // Each tab of the editor.
    auto *tabs = m_window->editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        backward = backwardSteps(*tabs->currentWidget());
        QVERIFY2(backward.isEmpty(),
                 qPrintable(tabs->tabText(i) + QStringLiteral(": ") + backward.join(QStringLiteral(", "))));
    }

    // The dialogs.
    ui::ScoreSheetDialog sheet(m_window->database(), m_prompts);
    QVERIFY(sheet.load(QStringLiteral("UC-EX-003"), {}, QStringLiteral("Ana")));
    ui::RubricEditorDialog rubrics(m_window->database(), m_prompts);
    QVERIFY(rubrics.loadRubric());
    ui::PreferencesDialog preferences(ui::Preferences::load(), m_prompts);
    const QStringList selected{QStringLiteral("UC-EX-001")};
    ui::ExportBundleDialog bundle(m_window->database(), selected);
    ui::ExportDialog exportDialog(m_window->database(), m_prompts, selected, QString());
    ui::ReportDialog report(m_window->database(), m_prompts, selected, QString(), ContributionCover());
    for (QDialog *dialog :
         std::initializer_list<QDialog *>{&sheet, &rubrics, &preferences, &bundle, &exportDialog, &report}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        backward = backwardSteps(*dialog);
        QVERIFY2(
            backward.isEmpty(),
            qPrintable(dialog->objectName() + QStringLiteral(": ") + backward.join(QStringLiteral(", "))));
        dialog->hide();
    }

    // The comparison: chooser, weights down their panel, then the views.
    ui::CompareWindow compare(m_window->database(), m_prompts);
    compare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&compare));
    QVERIFY(
        compare
            .compare({QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-003")})
            .ok());
    QCoreApplication::processEvents();
    backward = backwardSteps(compare);
    QVERIFY2(backward.isEmpty(), qPrintable(backward.join(QStringLiteral(", "))));
}

namespace {

/// The controls the keyboard reaches in `window` that look the same with the focus as without it,
/// as "objectName (Class)"; `checked` counts the controls compared.
QStringList focusUnseen(QWidget &window, int *checked)
{
    // Qt sets this on the window when the member moves the focus with the keyboard (Tab); styles
    // draw focus frames for keyboard users.
    window.setAttribute(Qt::WA_KeyboardFocusChange);
    QStringList unseen;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->size().isEmpty()
            || w->focusProxy() || w->visibleRegion().isEmpty())
            continue;
        window.setFocus(Qt::OtherFocusReason);
        QCoreApplication::processEvents();
        const QImage without = w->grab().toImage();
        w->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        if (!w->hasFocus())
            continue;
        const QImage with = w->grab().toImage();
        ++*checked;
        if (with == without)
            unseen.append(QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                        QString::fromLatin1(w->metaObject()->className())));
    }
    return unseen;
}

} // namespace

void tst_Keyboard::focusIsVisibleOnEveryControl()
{
    // Every control the keyboard reaches in the main window (list, filters, search, editor), in the
    // comparison (chooser, tables beside the charts, weights) and in the dialogs looks different
    // when it has the focus: its picture with the focus differs from its picture without.
    int checked = 0;
    QStringList unseen = focusUnseen(*m_window, &checked);
    QVERIFY2(checked > 10, qPrintable(QString::number(checked)));

    ui::CompareWindow compare(m_window->database(), m_prompts);
    compare.show();
    QApplication::setActiveWindow(&compare);
    QVERIFY(QTest::qWaitForWindowActive(&compare));
    QVERIFY(
        compare
            .compare({QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-003")})
            .ok());
    for (int i = 0; i < ui::CompareWindow::viewCount; ++i) {
        compare.setCurrentView(ui::CompareWindow::View(i));
        checked = 0;
        unseen += focusUnseen(compare, &checked);
        QVERIFY2(checked > 5, qPrintable(QString::number(checked)));
    }
    // The dialogs, their default button included.
    ui::ScoreSheetDialog sheet(m_window->database(), m_prompts);
    QVERIFY(sheet.load(QStringLiteral("UC-EX-003"), {}, QStringLiteral("Ana")));
    ui::RubricEditorDialog rubrics(m_window->database(), m_prompts);
    QVERIFY(rubrics.loadRubric());
    ui::PreferencesDialog preferences(ui::Preferences::load(), m_prompts);
    const QStringList selected{QStringLiteral("UC-EX-001")};
    ui::ExportBundleDialog bundle(m_window->database(), selected);
    ui::ExportDialog exportDialog(m_window->database(), m_prompts, selected, QString());
    ui::ReportDialog report(m_window->database(), m_prompts, selected, QString(), ContributionCover());
    for (QDialog *dialog :
         std::initializer_list<QDialog *>{&sheet, &rubrics, &preferences, &bundle, &exportDialog, &report}) {
        dialog->show();
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        checked = 0;
        for (const QString &name : focusUnseen(*dialog, &checked))
            unseen.append(dialog->objectName() + QStringLiteral(": ") + name);
        QVERIFY2(checked > 2, qPrintable(dialog->objectName()));
        dialog->hide();
    }
    unseen.removeDuplicates();
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(QLatin1String(", "))));
}

QTEST_MAIN(tst_Keyboard)
#include "tst_Keyboard.moc"
