// The gap register in the window: groups and counts on hand-made use cases, sorting, plain text,
// following the search box, opening a use case from a row, and the empty state.
#include "gaps/GapRegisterDock.h"
#include "gaps/GapRegisterModel.h"
#include "gaps/GapRegisterView.h"
#include "mainwindow/MainWindow.h"

#include "GapFixtures.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "editor/UseCaseEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace casebook;
using ui::GapRegisterModel;
using ui::GapRegisterView;

namespace {

/// Loads the register of `searchText` and waits until it is shown (it is read on a worker thread).
bool loadAndWait(GapRegisterView &view, const QString &path, const QString &searchText)
{
    QSignalSpy loaded(&view, &GapRegisterView::loaded);
    view.load(path, searchText);
    return loaded.wait(5000);
}

bool setModeAndWait(GapRegisterView &view, GapRegisterView::Mode mode)
{
    QSignalSpy loaded(&view, &GapRegisterView::loaded);
    view.setMode(mode);
    return loaded.wait(5000);
}

/// The first column of the top-level rows as the tree shows them (after sorting).
QStringList topRows(const QTreeView *tree)
{
    QStringList out;
    const QAbstractItemModel *m = tree->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, 0).data().toString());
    return out;
}

QStringList column(const QTreeView *tree, GapRegisterModel::Column c, const QModelIndex &parent = {})
{
    QStringList out;
    const QAbstractItemModel *m = tree->model();
    for (int r = 0; r < m->rowCount(parent); ++r)
        out.append(m->index(r, int(c), parent).data().toString());
    return out;
}

/// The tree's index of the gap row of use case `code` (the first one).
QModelIndex rowOf(const QTreeView *tree, const QString &code)
{
    const QAbstractItemModel *m = tree->model();
    const auto find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data().toString().startsWith(code))
                return i;
        }
        return {};
    };
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex group = m->index(g, 0);
        if (group.data(GapRegisterModel::GroupRole).toBool()) {
            if (QModelIndex i = find(group); i.isValid())
                return i;
        }
    }
    return find({});
}

} // namespace

class tst_GapRegisterView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void groupsAndCounts();
    void sortsByEachColumnInItsOwnOrder();
    void showsRecordTextAsPlainText();
    void sharedGapsWithTheirUseCases();
    void followsTheSearchAndOpensTheUseCase();
    void emptyState();

private:
    std::unique_ptr<Database> openDb(const QString &name, bool withGaps);
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
    QHash<QString, QString> m_uuids;
};

void tst_GapRegisterView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_GapRegisterView::openDb(const QString &name, bool withGaps)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db)
        return nullptr;
    if (withGaps)
        m_uuids = test::addGapUseCases(**db);
    return std::move(*db);
}

void tst_GapRegisterView::groupsAndCounts()
{
    auto db = openDb(QStringLiteral("groups.sqlite"), true);
    QVERIFY(db);
    const QString path = db->path();
    GapRegisterView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view.tree()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAndWait(view, path, QString()));

    // By facet (the default), with the vocabulary's labels; a group's gaps beneath it.
    QCOMPARE(view.mode(), GapRegisterView::Mode::Facet);
    QCOMPARE(topRows(view.tree()),
             (QStringList{QStringLiteral("Behavioural (1)"), QStringLiteral("Policy (1)"),
                          QStringLiteral("Semantic (2)")}));
    const QModelIndex semantic = view.tree()->model()->index(2, 0);
    QCOMPARE(
        column(view.tree(), GapRegisterModel::Column::UseCase, semantic),
        (QStringList{QStringLiteral("UC-T-001 Street lights"), QStringLiteral("UC-T-002 Water meters")}));
    QCOMPARE(column(view.tree(), GapRegisterModel::Column::Facet, semantic),
             (QStringList{QStringLiteral("Semantic"), QStringLiteral("Semantic")}));
    QVERIFY(view.tree()->isFirstColumnSpanned(2, {}));
    QVERIFY(view.tree()->isExpanded(semantic));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("gapSummaryLabel"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("4 gap(s), 3 use case(s)"));

    QVERIFY(setModeAndWait(view, GapRegisterView::Mode::Sdo));
    QCOMPARE(topRows(view.tree()),
             (QStringList{QStringLiteral("ETSI (2)"), QStringLiteral("oneM2M (1)"),
                          QStringLiteral("No candidate SDO (1)")}));
    QVERIFY(setModeAndWait(view, GapRegisterView::Mode::Question));
    QCOMPARE(topRows(view.tree()),
             (QStringList{QStringLiteral("Q2/20 (2)"), QStringLiteral("Q4/20 (1)"),
                          QStringLiteral("No Question (1)")}));
    QVERIFY(setModeAndWait(view, GapRegisterView::Mode::Status));
    QCOMPARE(topRows(view.tree()),
             (QStringList{QStringLiteral("Identified (3)"), QStringLiteral("Liaised (1)")}));

    // Ungrouped: the gaps themselves, in code order.
    QVERIFY(setModeAndWait(view, GapRegisterView::Mode::None));
    QCOMPARE(view.tree()->model()->rowCount(), 4);
    QCOMPARE(view.model()->gapCount(), 4);
    QVERIFY(!view.tree()->model()->hasChildren(view.tree()->model()->index(0, 0)));
    QCOMPARE(
        column(view.tree(), GapRegisterModel::Column::Question),
        (QStringList{QStringLiteral("Q2/20"), QStringLiteral("Q2/20"), QStringLiteral("Q4/20"), QString()}));

    // The search's gap filters keep the gaps that satisfy them, not every gap of the use case.
    QVERIFY(setModeAndWait(view, GapRegisterView::Mode::Facet));
    QVERIFY(loadAndWait(view, path, QStringLiteral("sdo:oneM2M")));
    QCOMPARE(topRows(view.tree()), QStringList{QStringLiteral("Behavioural (1)")});
    QCOMPARE(summary->text(), QStringLiteral("1 gap(s), 1 use case(s)"));
}

void tst_GapRegisterView::sortsByEachColumnInItsOwnOrder()
{
    auto db = openDb(QStringLiteral("sort.sqlite"), true);
    QVERIFY(db);
    const QString path = db->path();
    GapRegisterView view;
    view.setMode(GapRegisterView::Mode::None);
    QVERIFY(loadAndWait(view, path, QString()));
    QTreeView *tree = view.tree();
    QVERIFY(tree->isSortingEnabled());
    // Priorities sort low, medium, high (the vocabulary's order), not alphabetically.
    tree->sortByColumn(int(GapRegisterModel::Column::Priority), Qt::AscendingOrder);
    QCOMPARE(column(tree, GapRegisterModel::Column::Priority),
             (QStringList{QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High"),
                          QStringLiteral("High")}));
    tree->sortByColumn(int(GapRegisterModel::Column::UseCase), Qt::DescendingOrder);
    QCOMPARE(column(tree, GapRegisterModel::Column::UseCase).first(), QStringLiteral("UC-T-003 Parking"));
    tree->sortByColumn(int(GapRegisterModel::Column::Sdo), Qt::AscendingOrder);
    QCOMPARE(
        column(tree, GapRegisterModel::Column::Sdo),
        (QStringList{QString(), QStringLiteral("ETSI"), QStringLiteral("ETSI"), QStringLiteral("oneM2M")}));

    // Grouped, the gaps sort within their group and the groups keep the register's order.
    QVERIFY(setModeAndWait(view, GapRegisterView::Mode::Facet));
    tree->sortByColumn(int(GapRegisterModel::Column::Description), Qt::AscendingOrder);
    QCOMPARE(topRows(tree).last(), QStringLiteral("Semantic (2)"));
    QCOMPARE(column(tree, GapRegisterModel::Column::Description, tree->model()->index(2, 0)),
             (QStringList{QStringLiteral("No common data model for meter readings of lamps"),
                          QStringLiteral("No common data model for water meter readings")}));
}

void tst_GapRegisterView::showsRecordTextAsPlainText()
{
    auto db = openDb(QStringLiteral("plain.sqlite"), true);
    QVERIFY(db);
    const QString path = db->path();
    GapRegisterView view;
    view.setMode(GapRegisterView::Mode::None);
    QVERIFY(loadAndWait(view, path, QStringLiteral("parking")));
    const QModelIndex description =
        view.tree()->model()->index(0, int(GapRegisterModel::Column::Description));
    // One line in the cell, the full text in the tooltip; markup stays characters.
    QCOMPARE(description.data().toString(), QStringLiteral("<b>Tariff</b> data is not published"));
    QCOMPARE(description.data(Qt::ToolTipRole).toString(),
             QStringLiteral("<b>Tariff</b> data\nis not published"));
    QCOMPARE(view.tree()->textElideMode(), Qt::ElideRight);
    QVERIFY(!view.tree()->wordWrap());
    QCOMPARE(view.tree()->model()->index(0, int(GapRegisterModel::Column::Facet)).data().toString(),
             QStringLiteral("Policy"));
}

void tst_GapRegisterView::sharedGapsWithTheirUseCases()
{
    auto db = openDb(QStringLiteral("shared.sqlite"), true);
    QVERIFY(db);
    const QString path = db->path();
    GapRegisterView view;
    view.setMode(GapRegisterView::Mode::Shared);
    QVERIFY(loadAndWait(view, path, QString()));
    QCOMPARE(view.tree()->model()->rowCount(), 1);
    const QModelIndex cluster = view.tree()->model()->index(0, 0);
    QCOMPARE(cluster.data().toString(),
             QStringLiteral("Semantic, ETSI: raised by 2 use case(s) (UC-T-001, UC-T-002)"));
    QCOMPARE(
        column(view.tree(), GapRegisterModel::Column::UseCase, cluster),
        (QStringList{QStringLiteral("UC-T-001 Street lights"), QStringLiteral("UC-T-002 Water meters")}));

    // A gap shared by many use cases names the first six and counts the others.
    SharedGap many{QStringLiteral("semantic"), QStringLiteral("ETSI"), {}};
    for (int i = 1; i <= 8; ++i)
        many.gaps.append({QString::number(i), QStringLiteral("UC-%1").arg(i), QStringLiteral("Meters"), {}});
    GapRegisterModel model;
    model.setShared({many});
    QCOMPARE(
        model.index(0, 0).data().toString(),
        QStringLiteral("Semantic, ETSI: raised by 8 use case(s) (UC-1, UC-2, UC-3, UC-4, UC-5, UC-6 and 2 "
                       "more)"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 8);

    // A search that leaves one of them: nothing shared, and the view says why.
    QVERIFY(loadAndWait(view, path, QStringLiteral("water")));
    auto *empty = view.findChild<QLabel *>(QStringLiteral("gapEmptyLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisibleTo(&view));
    QVERIFY(!view.tree()->isVisibleTo(&view));
    QVERIFY(empty->text().startsWith(QLatin1String("No gap is raised by more than one")));
}

void tst_GapRegisterView::followsTheSearchAndOpensTheUseCase()
{
    auto db = openDb(QStringLiteral("window.sqlite"), true);
    QVERIFY(db);
    ui::MainWindow window(std::move(db), m_prompts, m_desktop);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<ui::GapRegisterDock *>(QStringLiteral("gapRegisterDock"));
    auto *action = window.findChild<QAction *>(QStringLiteral("gapRegisterAction"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(dock && action && search);
    QVERIFY(!dock->isVisible());

    // View > Gap Register (Ctrl+2) shows it with the keyboard in its list.
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    action->trigger();
    QTRY_VERIFY(dock->isVisible());
    QTreeView *tree = dock->view()->tree();
    QTRY_VERIFY(tree->hasFocus());
    QTRY_COMPARE(dock->view()->model()->gapCount(), 4);

    // It follows the search box.
    QTest::keyClicks(search, QStringLiteral("gap:semantic"));
    QTRY_COMPARE(dock->view()->model()->gapCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("parking"));
    QTRY_COMPARE(dock->view()->model()->gapCount(), 1);
    search->clear();
    QTRY_COMPARE(dock->view()->model()->gapCount(), 4);

    // Enter on a gap row opens its use case, as choosing it in the list does.
    window.selectUseCase(m_uuids.value(QStringLiteral("UC-T-002")));
    QCOMPARE(window.currentUuid(), m_uuids.value(QStringLiteral("UC-T-002")));
    const QModelIndex parking = rowOf(tree, QStringLiteral("UC-T-003"));
    QVERIFY(parking.isValid());
    tree->setFocus();
    tree->setCurrentIndex(parking);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(window.currentUuid(), m_uuids.value(QStringLiteral("UC-T-003")));
    auto *title = window.editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Parking"));

    // Enter on a group row closes and opens the group.
    const QModelIndex group = tree->model()->index(0, 0);
    QVERIFY(tree->isExpanded(group));
    tree->setCurrentIndex(group);
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(!tree->isExpanded(group));
    QCOMPARE(window.currentUuid(), m_uuids.value(QStringLiteral("UC-T-003")));

    // Hidden, it stops reading; shown again, it catches up with the search.
    action->trigger();
    QTRY_VERIFY(!dock->isVisible());
    QTest::keyClicks(search, QStringLiteral("gap:behavioural"));
    QTest::qWait(300);
    QCOMPARE(dock->view()->model()->gapCount(), 4);
    action->trigger();
    QTRY_COMPARE(dock->view()->model()->gapCount(), 1);
}

void tst_GapRegisterView::emptyState()
{
    auto db = openDb(QStringLiteral("nogaps.sqlite"), false);
    QVERIFY(db);
    const QString path = db->path();
    UseCase u;
    u.title = QStringLiteral("Air quality");
    QVERIFY(UseCaseRepository(*db).insert(u));
    GapRegisterView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(loadAndWait(view, path, QString()));
    auto *empty = view.findChild<QLabel *>(QStringLiteral("gapEmptyLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!view.tree()->isVisible());
    QCOMPARE(empty->textFormat(), Qt::PlainText);
    QVERIFY(empty->text().startsWith(QLatin1String("No standardization gaps in these use cases yet")));
    QVERIFY(empty->text().contains(QLatin1String("Outcomes and gaps")));

    // A search that finds no gap says so, and how to see them all.
    QVERIFY(loadAndWait(view, path, QStringLiteral("gap:semantic")));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("matching this search")));
}

QTEST_MAIN(tst_GapRegisterView)
#include "tst_GapRegisterView.moc"
