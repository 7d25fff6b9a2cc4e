#include "DatabaseDump.h"
#include "DatabaseTestAccess.h"
#include "StatementTrace.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace casebook;

namespace {

QStringList dump(Database &db)
{
    return test::dumpDatabase(db);
}

/// Adds `count` use cases of about 3 KB each: content for a test to damage, check or grow.
bool addUseCases(Database &db, int count)
{
    UseCaseRepository repo(db);
    for (int i = 0; i < count; ++i) {
        UseCase u;
        u.title = QStringLiteral("Use case %1").arg(i);
        u.description = QString(3000, QLatin1Char('a' + i % 26));
        if (!repo.insert(u))
            return false;
    }
    return true;
}

/// The shipped steps, then one more that fails half-way through (after creating a table).
Database::OpenOptions withBrokenLastStep()
{
    Database::OpenOptions options;
    options.migrations = Database::builtinMigrations();
    options.migrations.append(
        {Database::currentSchemaVersion() + 1, QStringLiteral("broken"),
         QStringLiteral("CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);\n")});
    return options;
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsWithPragmas();
    void largerPageCacheIsGivenBack();
    void logIsCheckpointedOffTheWritersThread();
    void upgradesVersion1Fixture();
    void upgradeMovesSearchRowsToTheApplication();
    void upgradeFromVersion3ReadsRecordsAtIecDepth();
    void failedMigrationLeavesFileUnchanged();
    void newFileIsMadeAllOrNothing();
    void transactionFailingHalfWayLeavesNothing();
    void nestedTransactionRollsBackOnlyItsPart();
    void readSnapshotSeesOneState();
    void joinedTransactionFailingFailsTheWhole();
    void joinSavepointIsAllOrNothingInsideASavepointTransaction();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void backupWritesVerifiedCopy();
    void opensAfterUncleanShutdown();
    void opensAfterInterruptedCheckpoint();
    void quickCheckStopsWhenAsked();

private:
    QTemporaryDir m_dir;
};

void tst_Database::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Database::createsWithPragmas()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message));
    QVERIFY((*db)->wasCreated());
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(Database::currentSchemaVersion() >= 2);
    QSqlQuery q(DatabaseTestAccess::connection(**db));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FAST: no page of zeros for every page freed
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
    // Schema 17: the full-text index merges eight segments at a time, not FTS5's default four.
    QVERIFY(q.exec(QStringLiteral("SELECT v FROM use_cases_fts_config WHERE k = 'automerge'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
    q.finish();
    QVERIFY((*db)->quickCheck());
    QVERIFY((*db)->fullCheck());
}

void tst_Database::largerPageCacheIsGivenBack()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
    QVERIFY2(db, qPrintable(db.error().message));
    QSqlQuery q(DatabaseTestAccess::connection(**db));
    const auto cacheSize = [&q] {
        return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toInt() : 0;
    };
    const int before = cacheSize();
    QVERIFY(before != 0);
    {
        const Database::LargerPageCache larger(**db, 64);
        QCOMPARE(cacheSize(), -64 * 1024); // in KiB
        Transaction tx(**db); // an import's transaction, inside it
        QVERIFY(tx.status());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bulk (x)")));
        QVERIFY(tx.commit());
    }
    QCOMPARE(cacheSize(), before);
}

void tst_Database::logIsCheckpointedOffTheWritersThread()
{
    const QString path = m_dir.filePath(QStringLiteral("checkpointed.sqlite"));
    Database::OpenOptions options;
    options.checkpointOffThread = true;
    auto db = Database::open(path, options);
    QVERIFY2(db, qPrintable(db.error().message));
    QSqlQuery q(DatabaseTestAccess::connection(**db));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (b BLOB)")));
    // A commit that leaves fewer pages than a checkpoint waits for starts none.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (zeroblob(100000))")));
    QTest::qWait(100);
    QCOMPARE((*db)->backgroundCheckpoints(), 0);
    const qint64 before = QFileInfo(path).size();
    // One that fills the log past the threshold: the thread copies the log into the file while the
    // connection stays open.
    {
        Transaction tx(**db);
        for (int i = 0; i < 6; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (zeroblob(1000000))")));
        QVERIFY(tx.commit());
    }
    QTRY_VERIFY_WITH_TIMEOUT((*db)->backgroundCheckpoints() >= 1, 10000);
    QVERIFY2(QFileInfo(path).size() > before + 6000000,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(QFileInfo(path).size())));
    q.finish();
    db->reset();
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // folded back on close, as before
    // Without the option (a command), SQLite checkpoints inside the commit, as it always did.
    auto command = Database::open(path);
    QVERIFY(command);
    QSqlQuery c(DatabaseTestAccess::connection(**command));
    QVERIFY(c.exec(QStringLiteral("INSERT INTO filler SELECT b FROM filler")));
    QCOMPARE((*command)->backgroundCheckpoints(), 0);
    QVERIFY(QFileInfo(path).size() > before + 12000000); // copied inside the commit
}

void tst_Database::upgradesVersion1Fixture()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    QVERIFY(test::copyFile(test::dataPath(QStringLiteral("db/v1.sqlite")), path));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QVERIFY(!(*db)->wasCreated());
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());

    // The records of version 1 are intact and now found by full-text search (added in version 2).
    UseCaseRepository repo(**db);
    auto flood = repo.get(QStringLiteral("UC-2025-001"));
    QVERIFY2(flood, qPrintable(flood.error().message));
    QCOMPARE(flood->title, QStringLiteral("Flood sensors on the Nile delta"));
    QCOMPARE(flood->revision, 2);
    QCOMPARE(flood->tags, QStringList{QStringLiteral("flood")});
    QCOMPARE(flood->verticals, (QStringList{QStringLiteral("water"), QStringLiteral("agriculture")}));
    auto hits = repo.find(SearchQuery::parse(QStringLiteral("lorawan")));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().code, QStringLiteral("UC-2025-001"));
    hits = repo.find(SearchQuery::parse(QStringLiteral("tag:flood")));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    hits = repo.find(SearchQuery::parse(QStringLiteral("路灯")));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);

    // Schema 16 dropped the index on the old one-value context column, which no query reads.
    QSqlQuery index(DatabaseTestAccess::connection(**db));
    QVERIFY(
        index.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'use_cases_context'")));
    QVERIFY(index.next());
    QCOMPARE(index.value(0).toInt(), 0);
    index.finish();
    // Schema 17 set the full-text index of an upgraded file to merge eight segments at a time.
    QVERIFY(index.exec(QStringLiteral("SELECT v FROM use_cases_fts_config WHERE k = 'automerge'")));
    QVERIFY(index.next());
    QCOMPARE(index.value(0).toInt(), 8);
    index.finish();

    // A backup of the version-1 file was taken before the upgrade.
    const QString backup = Database::newestBackup(path);
    QVERIFY2(!backup.isEmpty(), "expected a backup before migrating");
    QVERIFY(backup.contains(QLatin1String("before-upgrade-v1")));
    {
        Database::OpenOptions v1Only;
        v1Only.create = false;
        v1Only.migrations = {Database::builtinMigrations().first()};
        auto old = Database::open(backup, v1Only);
        QVERIFY2(old, qPrintable(old.error().message));
        QCOMPARE((*old)->schemaVersion(), 1);
    }
    QVERIFY((*db)->fullCheck());
}

void tst_Database::upgradeMovesSearchRowsToTheApplication()
{
    // A file of schema 4 (the built-in migrations before "write_path"), its rows
    // written by the old triggers, upgraded: the rows stay, searching still finds them, and the
    // application now writes rows equal to the view that defines them.
    const QString path = m_dir.filePath(QStringLiteral("previous.sqlite"));
    QList<Migration> previous = Database::builtinMigrations();
    previous.removeIf([](const Migration &m) { return m.version >= 5; });
    QCOMPARE(previous.last().version, 4);
    const QString document = QStringLiteral(
        R"({"uuid":"6f1c1d36-3b37-4c58-9a54-4a8e0b3f0c11","code":"UC-2026-007","title":"Street lights",)"
        R"("summary":"LoRaWAN dimming","description":"Lamps report faults 路灯 مصابيح",)"
        R"("actors":[{"name":"Operator","role":"runs the network"}],"sdgs":[11],"verticals":["energy"]})");
    {
        Database::OpenOptions options;
        options.migrations = previous;
        auto db = Database::open(path, options);
        QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
        QSqlQuery q(DatabaseTestAccess::connection(**db));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO use_cases (uuid, code, title, created_at, modified_at, "
                                      "document) VALUES ('6f1c1d36-3b37-4c58-9a54-4a8e0b3f0c11', "
                                      "'UC-2026-007', 'Street lights', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z', '")
                       + document + QStringLiteral("')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('lighting')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO use_case_tags SELECT u.id, t.id FROM use_cases AS u, tags AS t")));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    UseCaseRepository repo(**db);
    for (const QString &query : {QStringLiteral("lorawan dimming"), QStringLiteral("路灯"),
                                 QStringLiteral("operator"), QStringLiteral("lighting")}) {
        auto hits = repo.find(SearchQuery::parse(query));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
    }
    auto lights = repo.get(QStringLiteral("UC-2026-007"));
    QVERIFY(lights);
    lights->summary = QStringLiteral("Adaptive dimming");
    QVERIFY(repo.update(*lights));
    UseCase added;
    added.title = QStringLiteral("Water meters");
    added.description = QStringLiteral("Smart meters in Cairo");
    added.tags = {QStringLiteral("metering")};
    QVERIFY(repo.insert(added));

    QSqlQuery q(DatabaseTestAccess::connection(**db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                  "name IN ('use_cases_fts_insert', 'use_cases_fts_update')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FROM use_case_fts_source AS s JOIN use_cases_fts AS f ON f.rowid = s.id "
        "WHERE f.code = s.code AND f.title = s.title AND f.summary = s.summary AND f.body = s.body "
        "AND f.tags = s.tags")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    q.finish();
    QCOMPARE(repo.find(SearchQuery::parse(QStringLiteral("dimming")))->size(), 1);
    QCOMPARE(repo.find(SearchQuery::parse(QStringLiteral("lorawan")))->size(), 0);
    QCOMPARE(repo.find(SearchQuery::parse(QStringLiteral("cairo metering")))->size(), 1);
    QVERIFY((*db)->fullCheck());
}

void tst_Database::upgradeFromVersion3ReadsRecordsAtIecDepth()
{
    // A version-3 file holding a record of the earlier form (one development context, free-text
    // step actors), upgraded: nothing is lost, references resolve where names match, the context
    // is searchable per country, and the upgrade wrote no history.
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    QList<Migration> v3 = Database::builtinMigrations();
    v3.removeIf([](const Migration &m) { return m.version > 3; });
    QCOMPARE(v3.last().version, 3);
    const QString document = QStringLiteral(
        R"({"uuid":"0d7c5f7e-8a51-4bb4-9d0e-1d6f2b3c4a5e","code":"UC-2025-003","title":"Flood sensors",)"
        R"("countries":["EG","SD"],"development_context":"developing",)"
        R"("actors":[{"name":"Sensor","type":"device"},{"name":"Authority"}],)"
        R"("information_exchanged":[{"name":"Level"}],)"
        R"("scenarios":[{"name":"Alert","steps":[{"from":"sensor","to":"Gateway","action":"reports","information":"level"}]}]})");
    {
        Database::OpenOptions options;
        options.migrations = v3;
        auto db = Database::open(path, options);
        QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
        QSqlQuery q(DatabaseTestAccess::connection(**db));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO use_cases (uuid, code, title, development_context, created_at, "
                           "modified_at, document) VALUES ('0d7c5f7e-8a51-4bb4-9d0e-1d6f2b3c4a5e', "
                           "'UC-2025-003', 'Flood sensors', 'developing', '2025-01-01T00:00:00Z', "
                           "'2025-01-01T00:00:00Z', '")
            + document + QStringLiteral("')")));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    UseCaseRepository repo(**db);
    auto u = repo.get(QStringLiteral("UC-2025-003"));
    QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
    QCOMPARE(u->developmentContexts.size(), 2);
    QCOMPARE(u->developmentContexts.at(1),
             (CountryContext{QStringLiteral("SD"), QStringLiteral("developing")}));
    const ScenarioStep step = u->scenarios.at(0).steps.at(0);
    QCOMPARE(step.producer, QStringLiteral("Sensor"));
    QCOMPARE(step.legacy.receiver, QStringLiteral("Gateway"));
    QCOMPARE(step.information, QStringList{QStringLiteral("I-1")});
    QCOMPARE(step.description, QStringLiteral("reports"));
    QCOMPARE(repo.find(SearchQuery::parse(QStringLiteral("context:developing")))->size(), 1);
    QCOMPARE(repo.find(SearchQuery::parse(QStringLiteral("context:ldc")))->size(), 0);

    QSqlQuery q(DatabaseTestAccess::connection(**db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM use_case_history")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();

    // Saved in today's form, the record's contexts are counted from the document.
    u->developmentContexts[1].context = QStringLiteral("ldc");
    QVERIFY(repo.update(*u));
    const auto counts = repo.facetCounts(SearchFilter::Field::Context, SearchQuery::parse(QString()));
    QVERIFY(counts);
    QCOMPARE(counts->size(), 2);
    QCOMPARE(repo.find(SearchQuery::parse(QStringLiteral("context:ldc")))->size(), 1);
    const auto stored = repo.get(QStringLiteral("UC-2025-003"));
    QVERIFY(stored);
    QCOMPARE(stored->developmentContexts, u->developmentContexts);
    QCOMPARE(stored->scenarios, u->scenarios);
    QVERIFY((*db)->fullCheck());
}

void tst_Database::newFileIsMadeAllOrNothing()
{
    // A new file takes every step in one transaction: a failing last step leaves none of them.
    const QString path = m_dir.filePath(QStringLiteral("new-fail.sqlite"));
    auto db = Database::open(path, withBrokenLastStep());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Storage);
    QVERIFY2(db.error().message.contains(QLatin1String("left unchanged at version 0")),
             qPrintable(db.error().message));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("new-fail"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("new-fail"));

    // With the shipped steps, the same file is then made whole, at the current version.
    auto made = Database::open(path);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QCOMPARE((*made)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY((*made)->fullCheck());
}

void tst_Database::failedMigrationLeavesFileUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("v1-fail.sqlite"));
    QVERIFY(test::copyFile(test::dataPath(QStringLiteral("db/v1.sqlite")), path));
    const QByteArray before = test::readAll(path);

    // The shipped steps, then one that fails half-way through.
    auto db = Database::open(path, withBrokenLastStep());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Storage);
    QVERIFY2(db.error().message.contains(QLatin1String("left unchanged")), qPrintable(db.error().message));

    // Steps are applied one by one: the file is at the last good step (2), with nothing of step 3.
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->schemaVersion(), Database::currentSchemaVersion());
    QSqlQuery q(DatabaseTestAccess::connection(**reopened));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    reopened->reset();

    // A failing first step leaves a version-1 file exactly at version 1 with its content.
    const QString path2 = m_dir.filePath(QStringLiteral("v1-fail2.sqlite"));
    QVERIFY(test::copyFile(test::dataPath(QStringLiteral("db/v1.sqlite")), path2));
    QList<Migration> broken{
        Database::builtinMigrations().first(),
        {2, QStringLiteral("broken"),
         QStringLiteral("CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);\n")}};
    Database::OpenOptions brokenOptions;
    brokenOptions.migrations = broken;
    auto failed = Database::open(path2, brokenOptions);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QLatin1String("version 1")));
    Database::OpenOptions v1Only;
    v1Only.migrations = {Database::builtinMigrations().first()};
    auto v1 = Database::open(path2, v1Only);
    QVERIFY(v1);
    QCOMPARE((*v1)->schemaVersion(), 1);
    QSqlQuery q2(DatabaseTestAccess::connection(**v1));
    QVERIFY(q2.exec(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('half_done', 'use_cases_fts')")));
    QVERIFY(q2.next());
    QCOMPARE(q2.value(0).toInt(), 0);
    QVERIFY(q2.exec(QStringLiteral("SELECT group_concat(code) FROM use_cases")) && q2.next());
    QCOMPARE(q2.value(0).toString(), QStringLiteral("UC-2025-001,UC-2025-002"));
    Q_UNUSED(before);
}

void tst_Database::transactionFailingHalfWayLeavesNothing()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("tx.sqlite")));
    QVERIFY(db);
    UseCaseRepository repo(**db);
    UseCase first;
    first.title = QStringLiteral("Kept");
    QVERIFY(repo.insert(first));
    const QStringList before = dump(**db);
    {
        Transaction tx(**db);
        QVERIFY(tx.status());
        UseCase a;
        a.title = QStringLiteral("Half way");
        a.tags = {QStringLiteral("new-tag")};
        QVERIFY(repo.insert(a));
        auto stored = repo.find({});
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        UseCase b;
        b.title = QStringLiteral("Duplicate code");
        b.code = stored->first().code; // already used: the second write of the transaction fails
        auto failed = repo.insert(b);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::InputRejected);
        // no commit: the destructor rolls back everything of this transaction
        // no commit: the destructor rolls back everything of this transaction
    }
    QCOMPARE(dump(**db), before);
    auto all = repo.count();
    QVERIFY(all);
    QCOMPARE(*all, 1);
}

void tst_Database::nestedTransactionRollsBackOnlyItsPart()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("nested.sqlite")));
    QVERIFY(db);
    UseCaseRepository repo(**db);
    Transaction outer(**db);
    UseCase a;
    a.title = QStringLiteral("Outer");
    QVERIFY(repo.insert(a));
    {
        Transaction inner(**db);
        UseCase b;
        b.title = QStringLiteral("Inner");
        QVERIFY(repo.insert(b));
        inner.rollback();
    }
    QVERIFY(outer.commit());
    auto rows = repo.find({});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().title, QStringLiteral("Outer"));
}

/// A ReadSnapshot's reads see the repository as it was when it began, whatever another connection
/// commits meanwhile; inside a transaction it changes nothing.
void tst_Database::readSnapshotSeesOneState()
{
    const QString path = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
    auto reader = Database::open(path);
    auto writer = Database::open(path);
    QVERIFY(reader && writer);
    const auto count = [&reader] { return UseCaseRepository(**reader).count({}).value(); };
    const auto add = [&writer](const QString &title) {
        UseCase u;
        u.title = title;
        return bool(UseCaseRepository(**writer).insert(u));
    };
    QVERIFY(add(QStringLiteral("Before")));
    {
        const ReadSnapshot snapshot(**reader);
        QCOMPARE(count(), 1);
        QVERIFY(add(QStringLiteral("During"))); // a reader does not hold a writer back
        QCOMPARE(count(), 1);
    }
    QCOMPARE(count(), 2);
    {
        Transaction tx(**reader);
        const ReadSnapshot inside(**reader); // nothing of its own
        UseCase u;
        u.title = QStringLiteral("Written in the transaction");
        QVERIFY(UseCaseRepository(**reader).insert(u));
        QVERIFY(tx.commit());
    }
    QCOMPARE(count(), 3);
}

void tst_Database::joinedTransactionFailingFailsTheWhole()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("joined.sqlite")));
    QVERIFY(db);
    UseCaseRepository repo(**db);
    UseCase kept;
    kept.title = QStringLiteral("Kept");
    QVERIFY(repo.insert(kept));
    const QStringList before = dump(**db);
    {
        Transaction outer(**db, Transaction::Nesting::Join);
        QVERIFY(outer.status());
        UseCase a;
        a.title = QStringLiteral("Joined");
        QVERIFY(repo.insert(a)); // its own transaction joins the outer one and commits
        {
            Transaction inner(**db);
            UseCase b;
            b.title = QStringLiteral("Inner");
            QVERIFY(repo.insert(b));
            inner.rollback(); // no savepoint to roll back to: the whole outer transaction must fail
        }
        const Status committed = outer.commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().code, ErrorCode::Storage);
    }
    QCOMPARE(dump(**db), before);
    // The next transaction nests with savepoints again.
    Transaction outer(**db);
    {
        Transaction inner(**db);
        UseCase c;
        c.title = QStringLiteral("Rolled back alone");
        QVERIFY(repo.insert(c));
    }
    QVERIFY(outer.commit());
    auto all = repo.count();
    QVERIFY(all);
    QCOMPARE(*all, 1);
}

void tst_Database::joinSavepointIsAllOrNothingInsideASavepointTransaction()
{
    // An import inside a sync: the sync's transaction nests with savepoints, the import's (Join)
    // is one savepoint whose own writes join it, and a failed step fails the import alone.
    auto db = Database::open(m_dir.filePath(QStringLiteral("joinscope.sqlite")));
    QVERIFY(db);
    UseCaseRepository repo(**db);
    const auto insert = [&repo](const QString &title) {
        UseCase u;
        u.title = title;
        return bool(repo.insert(u));
    };
    Transaction sync(**db);
    QVERIFY(insert(QStringLiteral("Before the import")));
    const QStringList statements = test::statementsOf(**db, [&] {
        Transaction import(**db, Transaction::Nesting::Join);
        QVERIFY(import.status());
        for (int i = 0; i < 5; ++i)
            QVERIFY(insert(QStringLiteral("Imported %1").arg(i)));
        QVERIFY(import.commit());
    });
    const auto savepoints = std::count_if(statements.cbegin(), statements.cend(), [](const QString &sql) {
        return sql.startsWith(QLatin1String("SAVEPOINT"));
    });
    QCOMPARE(savepoints, 1); // the import's own, none per record
    {
        Transaction failing(**db, Transaction::Nesting::Join);
        QVERIFY(insert(QStringLiteral("Joined, then undone")));
        {
            Transaction step(**db);
            QVERIFY(insert(QStringLiteral("A step not committed")));
            step.rollback();
        }
        QVERIFY(!failing.commit()); // rolled back to its savepoint, and the sync goes on
    }
    {
        Transaction alone(**db); // savepoint mode again: a step may fail alone
        QVERIFY(insert(QStringLiteral("Rolled back alone")));
    }
    QVERIFY(insert(QStringLiteral("After the import")));
    QVERIFY(sync.commit());
    auto all = repo.count();
    QVERIFY(all);
    QCOMPARE(*all, 7); // before, five imported, after
}

void tst_Database::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("cliExit");
    QTest::newRow("not a database") << "text" << int(ErrorCode::NotCasebook) << "not an SQLite database" << 2;
    QTest::newRow("other application")
        << "foreign" << int(ErrorCode::NotCasebook) << "another application" << 2;
    QTest::newRow("newer version") << "newer" << int(ErrorCode::NewerVersion) << "newer version of Casebook"
                                   << 2;
    QTest::newRow("truncated") << "truncated" << int(ErrorCode::Corrupt) << "damaged" << 3;
    QTest::newRow("bytes flipped") << "flipped" << int(ErrorCode::Corrupt) << "damaged" << 3;
    QTest::newRow("header flipped") << "header" << int(ErrorCode::Corrupt) << "damaged" << 3;
}

void tst_Database::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, errorCode);
    QFETCH(QString, messagePart);
    QFETCH(int, cliExit);

    const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    // A sound repository with some content to damage.
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(addUseCases(**db, 60));
    }
    QByteArray bytes = test::readAll(path);
    QVERIFY(bytes.size() > 8192);
    if (kind == QLatin1String("text")) {
        bytes = "uuid,title\n1,not a database\n";
    } else if (kind == QLatin1String("foreign")) {
        QFile::remove(path);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 42")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        bytes = test::readAll(path);
    } else if (kind == QLatin1String("newer")) {
        // user_version lives at offset 60, big-endian.
        const qint32 v = Database::currentSchemaVersion() + 5;
        bytes[60] = char(v >> 24);
        bytes[61] = char(v >> 16);
        bytes[62] = char(v >> 8);
        bytes[63] = char(v);
    } else if (kind == QLatin1String("truncated")) {
        bytes.truncate(bytes.size() / 2 + 100);
    } else if (kind == QLatin1String("flipped")) {
        for (int i = 4096 * 3; i < bytes.size() - 4096; i += 997)
            bytes[i] = char(~bytes[i]);
    } else if (kind == QLatin1String("header")) {
        bytes[16] = 3; // page size 0x03xx: not a power of two
    }
    QVERIFY(test::writeAll(path, bytes));
    const QByteArray before = test::readAll(path);

    auto db = Database::open(path);
    QVERIFY2(!db, "a bad file must be refused");
    QCOMPARE(int(db.error().code), errorCode);
    QVERIFY2(db.error().message.contains(messagePart), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(path), "the message names the file");
    QCOMPARE(test::readAll(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
            || QFileInfo(path + QStringLiteral("-wal")).size() == 0);

    const auto listed = test::runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    const QByteArray &stdErr = listed.err;
    QCOMPARE(listed.exit, cliExit);
    QVERIFY2(stdErr.contains(messagePart.toUtf8()), stdErr.constData());
    QCOMPARE(stdErr.count('\n'), 1); // one sentence
    QCOMPARE(test::readAll(path), before);
    QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("check")}).exit, cliExit);
    QCOMPARE(test::readAll(path), before);
}

void tst_Database::backupWritesVerifiedCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("backup-src.sqlite"));
    auto db = Database::open(path);
    QVERIFY(db);
    UseCase u;
    u.title = QStringLiteral("Backed up");
    QVERIFY(UseCaseRepository(**db).insert(u));
    const QString out = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY((*db)->backupTo(out));
    QVERIFY(!(*db)->backupTo(path)); // never over the open database
    QVERIFY(!(*db)->backupTo(m_dir.filePath(QStringLiteral("missing-folder/x.sqlite"))));
    {
        Transaction tx(**db); // a copy inside a transaction would hold what it has not committed
        QVERIFY(!(*db)->backupTo(m_dir.filePath(QStringLiteral("in-transaction.sqlite"))));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("in-transaction.sqlite"))));
    // The copy is one file: nothing of it is left in a write-ahead log beside it.
    QVERIFY(!QFile::exists(out + QStringLiteral("-wal")));
    auto copy = Database::open(out);
    QVERIFY(copy);
    auto got = UseCaseRepository(**copy).get(QStringLiteral("UC-%1-001").arg(QDate::currentDate().year()));
    QVERIFY2(got, qPrintable(got.error().message));
    QCOMPARE(got->title, QStringLiteral("Backed up"));
    const QStringList leftovers =
        QDir(m_dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void tst_Database::opensAfterUncleanShutdown()
{
    // A new repository whose first changes are still in the write-ahead log when the application
    // stops (killed, power cut): the main file's header does not carry Casebook's id yet.
    const QString path = m_dir.filePath(QStringLiteral("unclean.sqlite"));
    const QString copy = m_dir.filePath(QStringLiteral("unclean-copy.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        UseCase u;
        u.title = QStringLiteral("Only in the log");
        QVERIFY(UseCaseRepository(**db).insert(u));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        // Copy the files as they are on disk while the database is open, as a crash leaves them.
        QVERIFY(test::copyFile(path, copy));
        QVERIFY(test::copyFile(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    const QByteArray header = test::readAll(copy).left(100);
    QCOMPARE(header.mid(68, 4), QByteArray(4, '\0')); // the id is not in the main file yet
    auto reopened = Database::open(copy);
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    auto rows = UseCaseRepository(**reopened).find({});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().title, QStringLiteral("Only in the log"));
}

void tst_Database::opensAfterInterruptedCheckpoint()
{
    // Killed while a checkpoint copies the log into the main file: page 1 (with the new page count)
    // is written, the last page is not. The log still holds every page; nothing is damaged.
    const QString path = m_dir.filePath(QStringLiteral("checkpoint.sqlite"));
    const QString copy = m_dir.filePath(QStringLiteral("checkpoint-copy.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q(DatabaseTestAccess::connection(**db));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(addUseCases(**db, 40));
        // Fold the log in but keep it: the state of a checkpoint just before it resets the log.
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(test::copyFile(path, copy));
        QVERIFY(test::copyFile(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    QByteArray bytes = test::readAll(copy);
    const int pageSize = qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(bytes.constData()) + 16);
    QCOMPARE(qint64(qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(bytes.constData()) + 28))
                 * pageSize,
             qint64(bytes.size()));
    bytes.chop(pageSize); // the last page was not written yet
    QVERIFY(test::writeAll(copy, bytes));

    auto reopened = Database::open(copy);
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    auto count = UseCaseRepository(**reopened).count();
    QVERIFY(count);
    QCOMPARE(*count, 40);
    QVERIFY((*reopened)->fullCheck());
}

void tst_Database::quickCheckStopsWhenAsked()
{
    const QString path = m_dir.filePath(QStringLiteral("stopped-check.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(addUseCases(**db, 30));
    }
    // Stopped before it starts: it does not check.
    FileCheck early(path);
    early.stop();
    const Status notRun = early.run();
    QVERIFY(!notRun);
    QCOMPARE(notRun.error().code, ErrorCode::Cancelled);
    QVERIFY2(notRun.error().message.contains(path), qPrintable(notRun.error().message));

    // Stopped from another thread while it runs: the check of a file this size takes long enough
    // only when it is repeated, so the check runs until it has been stopped (bounded).
    FileCheck running(path);
    std::atomic<bool> done{false};
    Status last;
    int runs = 0;
    std::thread checker([&] {
        for (; runs < 100000 && !done; ++runs) {
            last = running.run();
            if (!last)
                break;
        }
        done = true;
    });
    QThread::msleep(50);
    running.stop();
    checker.join();
    QVERIFY2(!last, "a stopped check answers so");
    QCOMPARE(last.error().code, ErrorCode::Cancelled);
    QVERIFY(runs < 100000);

    // Never stopped, it answers as before.
    QVERIFY(FileCheck(path).run());
    QVERIFY(Database::quickCheckFile(path));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
