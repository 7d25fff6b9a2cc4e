// SearchTextDeferral: a bulk write's full-text rows written together at its end (issue 13), and
// the search finding every record of it, whatever happened to the records meanwhile.
#include "DatabaseDump.h"
#include "SearchIndexShape.h"
#include "TestSupport.h"

#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/SearchTextDeferral.h"
#include "storage/Seeder.h"
#include "storage/SyncStateRepository.h"
#include "storage/UseCaseOperations.h"
#include "storage/UseCaseRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_SearchTextDeferral : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addingManyInASyncedRepositoryWritesOneSegment();
    void rowsWaitForTheFlush();
    void aRecordRemovedBeforeTheFlushGetsNoRow();
    void aRecordUpdatedBeforeTheFlushGetsItsLastText();
    void outsideAnAllOrNothingTransactionRowsAreWrittenAtOnce();
    void anUnflushedDeferralWritesNothing();
    void anInnerDeferralLeavesTheRowsToTheOuterOne();
    void aLargeBulkWriteIsWrittenInParts();

private:
    /// How many use cases a search for `words` finds.
    int found(const QString &words) const
    {
        auto rows = UseCaseRepository(*m_db).find(SearchQuery::parse(words));
        return rows ? int(rows->size()) : -1;
    }
    UseCase inserted(const QString &title)
    {
        UseCase u;
        u.title = title;
        auto stored = UseCaseRepository(*m_db).insert(u);
        return stored ? *stored : UseCase();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void tst_SearchTextDeferral::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_SearchTextDeferral::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("search%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
}

void tst_SearchTextDeferral::cleanup()
{
    m_db.reset();
}

void tst_SearchTextDeferral::addingManyInASyncedRepositoryWritesOneSegment()
{
    // A repository that synced has triggers on use_cases (sync_changed), so each insert opens a
    // statement journal, at which FTS5 writes the rows it holds as a segment: one per record when
    // the rows were written record by record.
    SyncCursor cursor{QStringLiteral("server-1"), QStringLiteral("host=example.org"), 1,
                      QDateTime::currentDateTimeUtc()};
    QVERIFY(SyncStateRepository(*m_db).advance(cursor));
    QVERIFY(test::stopSearchIndexMerges(*m_db));
    const int before = test::searchIndexSegments(*m_db);
    QVERIFY(before >= 0);
    constexpr int kRecords = 40;
    QList<UseCase> batch;
    for (int i = 0; i < kRecords; ++i) {
        UseCase u;
        u.title = QStringLiteral("Lighthouse %1").arg(i);
        u.summary = QStringLiteral("Fog signal number %1").arg(i);
        u.tags = {QStringLiteral("beacon")};
        batch.append(u);
    }
    QVERIFY(UseCaseOperations(*m_db).add(batch));
    QCOMPARE(test::searchIndexSegments(*m_db) - before, 1);
    QCOMPARE(found(QStringLiteral("lighthouse")), kRecords);
    QCOMPARE(found(QStringLiteral("fog signal")), kRecords);
    QCOMPARE(found(QStringLiteral("beacon")), kRecords); // the tags, read at the flush
}

void tst_SearchTextDeferral::rowsWaitForTheFlush()
{
    Transaction tx(*m_db, Transaction::Nesting::Join);
    SearchTextDeferral deferral(*m_db);
    QVERIFY(!inserted(QStringLiteral("Quayside cranes")).uuid.isEmpty());
    QCOMPARE(found(QStringLiteral("quayside")), 0);
    QVERIFY(deferral.flush());
    QCOMPARE(found(QStringLiteral("quayside")), 1);
    QVERIFY(tx.commit());
    QCOMPARE(found(QStringLiteral("quayside")), 1);
}

void tst_SearchTextDeferral::aRecordRemovedBeforeTheFlushGetsNoRow()
{
    Transaction tx(*m_db, Transaction::Nesting::Join);
    SearchTextDeferral deferral(*m_db);
    const UseCase gone = inserted(QStringLiteral("Orchard zyxquart alarm"));
    const UseCase kept = inserted(QStringLiteral("Orchard qwobble"));
    QVERIFY(UseCaseRepository(*m_db).remove(gone.uuid));
    QVERIFY(deferral.flush());
    QVERIFY(tx.commit());
    QCOMPARE(found(QStringLiteral("orchard")), 1);
    QCOMPARE(found(QStringLiteral("zyxquart")), 0);
    QCOMPARE(found(QStringLiteral("qwobble")), 1);
}

void tst_SearchTextDeferral::aRecordUpdatedBeforeTheFlushGetsItsLastText()
{
    Transaction tx(*m_db, Transaction::Nesting::Join);
    SearchTextDeferral deferral(*m_db);
    UseCase u = inserted(QStringLiteral("Tram stop displays"));
    u.title = QStringLiteral("Ferry pier displays");
    QVERIFY(UseCaseRepository(*m_db).update(u));
    QVERIFY(deferral.flush());
    QVERIFY(tx.commit());
    QCOMPARE(found(QStringLiteral("tram")), 0);
    QCOMPARE(found(QStringLiteral("ferry")), 1);
    QCOMPARE(found(QStringLiteral("displays")), 1);
}

void tst_SearchTextDeferral::outsideAnAllOrNothingTransactionRowsAreWrittenAtOnce()
{
    // In a savepoint-mode transaction a savepoint may roll a record back alone while the rest
    // commits: nothing is noted there.
    Transaction tx(*m_db);
    SearchTextDeferral deferral(*m_db);
    {
        Transaction savepoint(*m_db);
        QVERIFY(!inserted(QStringLiteral("Glacier melt gauge")).uuid.isEmpty());
    } // not committed: rolled back
    QVERIFY(!inserted(QStringLiteral("Harbour tide gauge")).uuid.isEmpty());
    QCOMPARE(found(QStringLiteral("harbour")), 1);
    QVERIFY(deferral.flush());
    QVERIFY(tx.commit());
    QCOMPARE(found(QStringLiteral("glacier")), 0);
    QCOMPARE(found(QStringLiteral("gauge")), 1);
}

void tst_SearchTextDeferral::anUnflushedDeferralWritesNothing()
{
    const QStringList before = test::dumpDatabase(*m_db);
    {
        Transaction tx(*m_db, Transaction::Nesting::Join);
        SearchTextDeferral deferral(*m_db);
        QVERIFY(!inserted(QStringLiteral("Abandoned write")).uuid.isEmpty());
    } // neither flushed nor committed
    QCOMPARE(test::dumpDatabase(*m_db), before);
    QCOMPARE(found(QStringLiteral("abandoned")), 0);
    // The database's deferral ended with it: the next write indexes its row at once.
    QVERIFY(!inserted(QStringLiteral("Written alone")).uuid.isEmpty());
    QCOMPARE(found(QStringLiteral("alone")), 1);
}

void tst_SearchTextDeferral::anInnerDeferralLeavesTheRowsToTheOuterOne()
{
    Transaction tx(*m_db, Transaction::Nesting::Join);
    SearchTextDeferral outer(*m_db);
    {
        SearchTextDeferral inner(*m_db);
        QVERIFY(!inserted(QStringLiteral("Nested bulk write")).uuid.isEmpty());
        QVERIFY(inner.flush());
    }
    QCOMPARE(found(QStringLiteral("nested")), 0);
    QVERIFY(!inserted(QStringLiteral("Second nested record")).uuid.isEmpty());
    QCOMPARE(found(QStringLiteral("nested")), 0);
    QVERIFY(outer.flush());
    QCOMPARE(found(QStringLiteral("nested")), 2);
    QVERIFY(tx.commit());
}

void tst_SearchTextDeferral::aLargeBulkWriteIsWrittenInParts()
{
    // The rows noted are bounded: past a few megabytes they are written before the flush.
    Transaction tx(*m_db, Transaction::Nesting::Join);
    SearchTextDeferral deferral(*m_db);
    const QString text = QStringLiteral("Turbine vibration log. ").repeated(200); // 4.6 KB
    constexpr int kRecords = 1000; // 4.6 MB
    for (int i = 0; i < kRecords; ++i) {
        UseCase u;
        u.title = QStringLiteral("Wind farm %1").arg(i);
        u.summary = text;
        QVERIFY(UseCaseRepository(*m_db).insert(u));
    }
    const int early = found(QStringLiteral("turbine"));
    QVERIFY2(early > 0 && early < kRecords, qPrintable(QString::number(early)));
    QVERIFY(deferral.flush());
    QVERIFY(tx.commit());
    QCOMPARE(found(QStringLiteral("turbine")), kRecords);
}

QTEST_GUILESS_MAIN(tst_SearchTextDeferral)
#include "tst_SearchTextDeferral.moc"
