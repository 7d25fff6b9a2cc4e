#include "mainwindow/MainWindow.h"

#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "model/RubricJson.h"
#include "models/UseCaseListModel.h"
#include "preferences/Preferences.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsExamplesAndSearches();
    void emptyRepositoryShowsEmptyState();
    void modelPassesTesterAndPagesLazily();
    void modelHoldsAFewPagesWhereverItScrolls();
    void scoreColumnShowsTheOverallIndex();
    void otherRepositoriesOpenUnderTheMembersIdentity();

private:
    std::unique_ptr<Database> openDb(const QString &name, bool seed);
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts;
    test::ScriptedDesktop m_desktop;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_MainWindow::openDb(const QString &name, bool seed)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db)
        return nullptr;
    if (seed && !Seeder::seed(**db, true))
        return nullptr;
    return std::move(*db);
}

void tst_MainWindow::showsExamplesAndSearches()
{
    auto db = openDb(QStringLiteral("gui.sqlite"), true);
    QVERIFY(db);
    ui::MainWindow window(std::move(db), m_prompts, m_desktop);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *table = window.findChild<QTableView *>(QStringLiteral("useCaseTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("matchCountLabel"));
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(table && search && count && title);
    QCOMPARE(table->model()->rowCount(), 10);
    QCOMPARE(count->text(), QStringLiteral("10 use case(s)"));
    QCOMPARE(title->text(), QStringLiteral("SmartSantander city-scale IoT testbed"));

    // Ctrl+F focuses the search box; typing filters after a short pause.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("region:africa"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("1 of 10 use case(s) match"));
    QTRY_COMPARE(title->text(), QStringLiteral("M-KOPA pay-as-you-go solar"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("blockchain"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("No use case matches")));

    // The integrity check runs in the background and reports a sound file. It runs at idle priority,
    // so it waits while other processes keep both cores busy (the tests run two at a time).
    QSignalSpy checked(&window, &ui::MainWindow::integrityChecked);
    window.startBackgroundCheck();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 60000);
    QCOMPARE(checked.first().at(0).toBool(), true);
}

void tst_MainWindow::emptyRepositoryShowsEmptyState()
{
    auto db = openDb(QStringLiteral("empty.sqlite"), false);
    QVERIFY(db);
    ui::MainWindow window(std::move(db), m_prompts, m_desktop);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("no use cases yet")));
    // Title text from data is shown as plain text, never as markup.
    QCOMPARE(empty->textFormat(), Qt::PlainText);
}

void tst_MainWindow::modelPassesTesterAndPagesLazily()
{
    auto db = openDb(QStringLiteral("many.sqlite"), false);
    QVERIFY(db);
    {
        Transaction tx(*db);
        UseCaseRepository repo(*db);
        for (int i = 0; i < 650; ++i) {
            UseCase u;
            u.title = QStringLiteral("<b>Bulk</b> n%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(repo.insert(u));
        }
        QVERIFY(tx.commit());
    }
    ui::UseCaseListModel model(*db);
    using M = ui::UseCaseListModel;
    const int title = int(M::Column::Title);
    QCOMPARE(model.matchCount(), 650);
    QCOMPARE(model.rowCount(), 650); // a row for every match,
    QCOMPARE(model.heldRowCount(), M::kPageSize); // only the first page read
    // A row far down reads its own page, not the ones above it.
    QCOMPARE(model.index(612, title).data().toString(), QStringLiteral("<b>Bulk</b> n0612"));
    QCOMPARE(model.heldRowCount(), 2 * M::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(title, Qt::DescendingOrder);
    QCOMPARE(model.heldRowCount(), M::kPageSize);
    QCOMPARE(model.index(0, title).data().toString(), QStringLiteral("<b>Bulk</b> n0649"));
    QCOMPARE(model.index(649, title).data().toString(), QStringLiteral("<b>Bulk</b> n0000"));
    model.setQuery(SearchQuery::parse(QStringLiteral("n0042")));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex found = model.indexOf(model.useCaseAt(model.index(0, 0))->uuid);
    QCOMPARE(found.row(), 0);

    // Locating a row reads its page alone; a row the search does not list reads nothing.
    const auto uuidAt = [&db](int offset) { // in code order: "Bulk n0000" first
        ListOptions one;
        one.offset = offset;
        one.limit = 1;
        return UseCaseRepository(*db).find(SearchQuery(), one).value().value(0).uuid;
    };
    // The "n" keeps the prefix off the codes (UC-2026-001) and the indexed dates (12:00:05Z).
    model.setQuery(SearchQuery::parse(QStringLiteral("n00*"))); // n0000 to n0099
    QCOMPARE(model.matchCount(), 100);
    QVERIFY(!model.locate(uuidAt(649)).isValid());
    // The list is in descending title order: "Bulk n0000" comes last.
    QCOMPARE(model.locate(uuidAt(0)).row(), 99);
    model.setQuery(SearchQuery());
    QVERIFY(!model.indexOf(uuidAt(49)).isValid());
    const QModelIndex deep = model.locate(uuidAt(49));
    QCOMPARE(deep.row(), 600);
    QCOMPARE(model.useCaseAt(deep)->uuid, uuidAt(49));
    QCOMPARE(model.heldRowCount(), 2 * M::kPageSize);
    QCOMPARE(model.indexOf(uuidAt(48)).row(), 601);
    const int pageTop = 600 / M::kPageSize * M::kPageSize;
    QCOMPARE(model.indexOf(uuidAt(649 - pageTop)).row(), pageTop); // its page is read,
    QVERIFY(!model.indexOf(uuidAt(649 - pageTop + 1)).isValid()); // the one above is not
    QCOMPARE(model.uuidsOfRows(598, 601), (QStringList{uuidAt(51), uuidAt(50), uuidAt(49), uuidAt(48)}));

    // A view's type-ahead looks among the rows held and reads no other page.
    const auto typeAhead = [&model, title](const QString &text) {
        return model.match(model.index(0, title), Qt::DisplayRole, text, 1,
                           Qt::MatchStartsWith | Qt::MatchWrap);
    };
    QCOMPARE(typeAhead(QStringLiteral("<b>Bulk</b> n0049")).value(0).row(), 600);
    QVERIFY(typeAhead(QStringLiteral("<b>Bulk</b> n03")).isEmpty());
    QCOMPARE(model.heldRowCount(), 2 * M::kPageSize);

    // A view reads the pages it shows, wherever it scrolls.
    model.setQuery(SearchQuery());
    QTableView view;
    view.setModel(&model);
    view.resize(600, view.verticalHeader()->defaultSectionSize() * 20);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.heldRowCount(), M::kPageSize);
    view.scrollToBottom();
    QTRY_VERIFY(model.indexOf(uuidAt(0)).isValid()); // the last row, "Bulk n0000"
    QCOMPARE(view.indexAt(QPoint(1, view.viewport()->height() - 2)).row(), 649);
    QVERIFY(!model.indexOf(uuidAt(649 - 300)).isValid()); // nothing between was read
    QVERIFY(model.heldRowCount() <= 3 * M::kPageSize);
}

void tst_MainWindow::modelHoldsAFewPagesWhereverItScrolls()
{
    using M = ui::UseCaseListModel;
    const int count = M::kPagesKept * M::kPageSize + M::kPageSize / 2;
    auto db = openDb(QStringLiteral("pages.sqlite"), false);
    QVERIFY(db);
    {
        Transaction tx(*db);
        UseCaseRepository repo(*db);
        for (int i = 0; i < count; ++i) {
            UseCase u;
            u.title = QStringLiteral("Page test %1").arg(i);
            QVERIFY(repo.insert(u));
        }
        QVERIFY(tx.commit());
    }
    ListOptions all;
    auto expected = UseCaseRepository(*db).find(SearchQuery(), all);
    QVERIFY(expected);
    ui::UseCaseListModel model(*db);
    QCOMPARE(model.rowCount(), count);
    for (int row = 0; row < count; ++row) {
        QCOMPARE(model.index(row, 0).data(M::UuidRole).toString(), expected->at(row).uuid);
        QVERIFY(model.heldRowCount() <= M::kPagesKept * M::kPageSize);
    }
    // The first page went when the last came; a row read lately is still held.
    QCOMPARE(model.heldRowCount(), (M::kPagesKept - 1) * M::kPageSize + M::kPageSize / 2);
    QVERIFY(!model.indexOf(expected->first().uuid).isValid());
    QCOMPARE(model.indexOf(expected->at(count - 1).uuid).row(), count - 1);
    // Reading a page again makes it the last one to go.
    QCOMPARE(model.index(0, 0).data(M::UuidRole).toString(), expected->first().uuid);
    QVERIFY(!model.indexOf(expected->at(M::kPageSize).uuid).isValid()); // the oldest went
    QCOMPARE(model.index(150, 0).data(M::UuidRole).toString(), expected->at(150).uuid);
    QCOMPARE(model.indexOf(expected->first().uuid).row(), 0);
    // Every row at once comes in one read, in order.
    QStringList uuids;
    for (const UseCaseSummary &s : std::as_const(*expected))
        uuids.append(s.uuid);
    QCOMPARE(model.uuidsOfRows(0, count - 1), uuids);
    QVERIFY(model.uuidsOfRows(5, 4).isEmpty());

    // Once another connection changed the repository, the rows' positions may name other records:
    // only the rows held (the ones shown) count, and the reload reads the new list.
    {
        auto other = Database::open(db->path());
        QVERIFY(other);
        UseCase u;
        u.title = QStringLiteral("Page test from elsewhere");
        u.code = QStringLiteral("UC-0000-000"); // first in code order: every position moves down
        QVERIFY(UseCaseRepository(**other).insert(u));
    }
    const QStringList held = model.uuidsOfRows(0, count - 1);
    QCOMPARE(held.size(), model.heldRowCount());
    QCOMPARE(held.first(), uuids.first());
    model.reload();
    QCOMPARE(model.rowCount(), count + 1);
    QCOMPARE(model.uuidsOfRows(1, count), uuids);
}

void tst_MainWindow::scoreColumnShowsTheOverallIndex()
{
    auto db = openDb(QStringLiteral("scores.sqlite"), true);
    QVERIFY(db);
    const Rubric rubric = RubricJson::defaultRubric();
    const QString useCase = UseCaseRepository(*db).get(QStringLiteral("UC-EX-003"))->uuid;
    for (const QString &assessor : {QStringLiteral("Ana"), QStringLiteral("Bo")}) {
        Assessment a;
        a.useCaseUuid = useCase;
        a.rubricUuid = rubric.uuid;
        a.assessorName = assessor;
        for (const auto &d : rubric.dimensions) {
            for (const auto &c : d.criteria)
                a.scores.append(
                    {c.id, ScoreState::Level, assessor == QLatin1String("Ana") ? 4 : 2, {}, {}, {}});
        }
        QVERIFY(AssessmentRepository(*db).save(a));
    }
    // A partial assessment: A1 alone, 6 of the rubric's 100 weight points.
    Assessment partial;
    partial.useCaseUuid = UseCaseRepository(*db).get(QStringLiteral("UC-EX-002"))->uuid;
    partial.rubricUuid = rubric.uuid;
    partial.assessorName = QStringLiteral("Ana");
    partial.scores.append({QStringLiteral("A1"), ScoreState::Level, 4, {}, {}, {}});
    QVERIFY(AssessmentRepository(*db).save(partial));
    ui::UseCaseListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int column = int(ui::UseCaseListModel::Column::Score);
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), QStringLiteral("Score"));
    const QModelIndex assessed = model.indexOf(useCase).siblingAtColumn(column);
    QCOMPARE(assessed.data().toString(), QStringLiteral("75.0")); // medians of 4 and 2 are 3: 3/4
    QVERIFY(assessed.data(Qt::ToolTipRole).toString().contains(QLatin1String("2 assessor")));
    QCOMPARE(model.index(0, column).data().toString(), QString()); // UC-EX-001: not assessed
    QCOMPARE(model.indexOf(partial.useCaseUuid).siblingAtColumn(column).data().toString(),
             QStringLiteral("100.0 (partial, 6% covered)"));
}

void tst_MainWindow::otherRepositoriesOpenUnderTheMembersIdentity()
{
    // Preferences creates the member's assessor identity once; the window opened at start-up uses it.
    const QString me = ui::Preferences::load().assessorId;
    QVERIFY(!me.isEmpty());
    Database::OpenOptions options;
    options.assessorId = me;
    auto first = Database::open(m_dir.filePath(QStringLiteral("mine-first.sqlite")), options);
    QVERIFY(first);
    QVERIFY(openDb(QStringLiteral("mine-second.sqlite"), true));
    ui::MainWindow window(std::move(*first), m_prompts, m_desktop);
    QVERIFY(window.database().isOwnAssessor(me));

    // So does every repository opened or created from the window afterwards.
    m_prompts.openFileWith(m_dir.filePath(QStringLiteral("mine-second.sqlite")));
    window.findChild<QAction *>(QStringLiteral("openRepositoryAction"))->trigger();
    QCOMPARE(QFileInfo(window.database().path()).fileName(), QStringLiteral("mine-second.sqlite"));
    QVERIFY(window.database().isOwnAssessor(me));
    m_prompts.saveFileWith(m_dir.filePath(QStringLiteral("mine-new.sqlite")));
    window.findChild<QAction *>(QStringLiteral("newRepositoryAction"))->trigger();
    QCOMPARE(QFileInfo(window.database().path()).fileName(), QStringLiteral("mine-new.sqlite"));
    QVERIFY(window.database().isOwnAssessor(me));
    QCOMPARE(m_prompts.pending(), 0);
    QVERIFY(m_prompts.shown.isEmpty());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
