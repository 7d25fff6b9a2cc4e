#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/FacetCounter.h"
#include "storage/Seeder.h"
#include "storage/UseCaseOperations.h"
#include "storage/UseCaseRepository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace casebook;
using F = SearchFilter::Field;

class tst_FacetCounter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAsTheWindowsConnection_data();
    void sameAsTheWindowsConnection();
    void runsOnAnotherThreadBesideAnOpenWriter();
    void cancelledBetweenFacets();
    void cancelStopsACountInsideAFacet();
    void missingFileIsAnError();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QList<F> m_fields{F::Tag, F::Vertical, F::Sdg, F::Region, F::Context, F::Stage, F::Status};
};

void tst_FacetCounter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("facets.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    UseCase extra;
    extra.code = QStringLiteral("UC-T-NEST");
    extra.title = QStringLiteral("Nested tags");
    extra.tags = {QStringLiteral("sdo/ITU-T/SG20")};
    extra.regions = {QStringLiteral("Africa")};
    QVERIFY(UseCaseRepository(*m_db).insert(extra));
}

void tst_FacetCounter::sameAsTheWindowsConnection_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("everything") << QString();
    QTest::newRow("words") << QStringLiteral("energy");
    QTest::newRow("filters") << QStringLiteral("region:Africa stage:scaled");
    QTest::newRow("tag") << QStringLiteral("tag:sdo");
    QTest::newRow("nothing matches") << QStringLiteral("zzzqqq");
}

void tst_FacetCounter::sameAsTheWindowsConnection()
{
    QFETCH(QString, search);
    const SearchQuery query = SearchQuery::parse(search);
    auto counted = FacetCounter::count(m_db->path(), query, m_fields);
    QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().detail));
    QCOMPARE(counted->size(), m_fields.size());
    UseCaseRepository repo(*m_db);
    bool someCount = false;
    for (const F field : m_fields) {
        auto expected = repo.facetCounts(field, query);
        QVERIFY(expected);
        const QList<FacetCount> got = counted->value(field);
        QCOMPARE(got.size(), expected->size());
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).value, expected->at(i).value);
            QCOMPARE(got.at(i).count, expected->at(i).count);
            someCount = someCount || got.at(i).count > 0;
        }
    }
    QCOMPARE(someCount, search != QLatin1String("zzzqqq"));
}

void tst_FacetCounter::runsOnAnotherThreadBesideAnOpenWriter()
{
    // The window's connection holds an open read transaction while the count runs elsewhere.
    UseCaseRepository repo(*m_db);
    auto expected = repo.facetCounts(F::Region, {});
    QVERIFY(expected);
    Result<FacetCountSet> counted = makeError(ErrorCode::Storage, QStringLiteral("not run"));
    std::unique_ptr<QThread> thread(
        QThread::create([this, &counted] { counted = FacetCounter::count(m_db->path(), {}, {F::Region}); }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().detail));
    QCOMPARE(counted->value(F::Region).size(), expected->size());
    // Nothing was written: the writer still works and the counts follow what it commits.
    UseCase more;
    more.code = QStringLiteral("UC-T-MORE");
    more.title = QStringLiteral("One more in Africa");
    more.regions = {QStringLiteral("Africa")};
    QVERIFY(repo.insert(more));
    auto after =
        FacetCounter::count(m_db->path(), SearchQuery::parse(QStringLiteral("region:Africa")), {F::Region});
    QVERIFY(after);
    auto direct = repo.facetCounts(F::Region, SearchQuery::parse(QStringLiteral("region:Africa")));
    QVERIFY(direct);
    QCOMPARE(after->value(F::Region).size(), direct->size());
    for (int i = 0; i < direct->size(); ++i)
        QCOMPARE(after->value(F::Region).at(i).count, direct->at(i).count);
}

void tst_FacetCounter::cancelledBetweenFacets()
{
    int asked = 0;
    auto counted = FacetCounter::count(m_db->path(), {}, m_fields, [&asked] { return ++asked > 3; });
    QVERIFY(!counted);
    QCOMPARE(counted.error().code, ErrorCode::Cancelled);
    QVERIFY(asked >= 4); // before opening, before each facet, and while SQLite counts
    auto never = FacetCounter::count(m_db->path(), {}, m_fields, [] { return true; });
    QVERIFY(!never);
    QCOMPARE(never.error().code, ErrorCode::Cancelled);
}

void tst_FacetCounter::cancelStopsACountInsideAFacet()
{
    // A repository large enough that one facet takes many thousand SQLite steps.
    const QString path = m_dir.filePath(QStringLiteral("long.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QList<UseCase> many;
        for (int i = 0; i < 400; ++i) {
            UseCase u;
            u.title = QStringLiteral("Counted %1").arg(i);
            u.tags = {QStringLiteral("group/%1").arg(i % 40), QStringLiteral("all")};
            u.regions = {QStringLiteral("Africa")};
            many.append(u);
        }
        QVERIFY(UseCaseOperations(**db).add(many));
    }
    auto whole = FacetCounter::count(path, {}, {F::Tag}, [] { return false; });
    QVERIFY(whole);
    QVERIFY(!whole->value(F::Tag).isEmpty());

    // Not cancelled before the facet (asked before opening and before the facet), cancelled
    // from then on: only a question asked inside the facet's query can stop it.
    int asked = 0;
    auto counted = FacetCounter::count(path, {}, {F::Tag}, [&asked] { return ++asked > 2; });
    QVERIFY2(!counted, "the facet was counted to its end");
    QCOMPARE(counted.error().code, ErrorCode::Cancelled);
    QCOMPARE(counted.error().message, QStringLiteral("Counting the facets was cancelled."));
    QCOMPARE(asked, 4); // the first question inside the query stopped it (the last one names why)
}

void tst_FacetCounter::missingFileIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    auto counted = FacetCounter::count(path, {}, m_fields);
    QVERIFY(!counted);
    QCOMPARE(counted.error().code, ErrorCode::Storage);
    QVERIFY(!QFile::exists(path)); // read-only: never creates a file
}

QTEST_GUILESS_MAIN(tst_FacetCounter)
#include "tst_FacetCounter.moc"
