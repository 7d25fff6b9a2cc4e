// PgConnection on Qt's QPSQL driver: addresses as the driver needs them (PgConnInfo), parameters as
// literals that nothing in a value can end (PgStatement), values read back as PostgreSQL writes
// them, migration scripts, SQLSTATEs, and the driver loaded only when a sync connects.
#include "PostgresTestServer.h"

#include "storage/Database.h"
#include "storage/PgConnInfo.h"
#include "storage/PgConnection.h"
#include "storage/PgStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

QString loadedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? QString::fromUtf8(maps.readAll()) : QString();
}

QByteArray everyByte()
{
    QByteArray out;
    for (int i = 0; i < 256; ++i)
        out.append(char(i));
    return out + QByteArray("\\x00'$1\0\\", 9);
}

} // namespace

/// Starts the test's PostgreSQL server on first use (not before: the first tests need a process
/// that has not loaded the driver yet).
#define START_SERVER() \
    do { \
        if (!m_admin) { \
            CASEBOOK_START_POSTGRES(m_server); \
            auto admin = PgConnection::open(m_server.conninfo()); \
            QVERIFY2(admin, qPrintable(admin.error().detail)); \
            m_admin = std::move(*admin); \
        } \
    } while (false)

class tst_PgConnection : public QObject
{
    Q_OBJECT
private slots:
    // These two first: they need a process that has not loaded the driver.
    void missingDriverNamesThePackage();
    void driverLoadedOnlyWhenConnecting();

    void uriBecomesKeywords_data();
    void uriBecomesKeywords();
    void unusableAddressesAreRefused_data();
    void unusableAddressesAreRefused();
    void parametersOnlyOutsideQuotes();
    void valuesCannotEndTheirLiteral();

    void connectsWithUriAndPassword();
    void wrongAddressKeepsPasswordOut();
    void valuesRoundTrip();
    void byteaIsByteExact();
    void scriptRunsEveryStatement();
    void failingScriptStatementIsReported();
    void sqlStatesAreKept();
    void transactionsCommitAndRollBack();

private:
    test::PostgresTestServer m_server;
    std::unique_ptr<PgConnection> m_admin;
};

void tst_PgConnection::missingDriverNamesThePackage()
{
    const QStringList paths = QCoreApplication::libraryPaths();
    QTemporaryDir empty;
    QCoreApplication::setLibraryPaths({empty.path()});
    auto pg = PgConnection::open(QStringLiteral("host=/nonexistent dbname=casebook"));
    QCoreApplication::setLibraryPaths(paths);
    QVERIFY(!pg);
    QVERIFY2(pg.error().message.contains(QLatin1String("libqt6sql6-psql")), qPrintable(pg.error().message));
}

void tst_PgConnection::driverLoadedOnlyWhenConnecting()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("local.sqlite")));
    QVERIFY2(db, qPrintable(db.error().detail));
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    const QString before = loadedLibraries();
    QVERIFY(before.contains(QLatin1String("libqsqlite"))); // the check sees plugins
    QVERIFY2(!before.contains(QLatin1String("libqsqlpsql")), "the QPSQL plugin is loaded without a sync");
    QVERIFY2(!before.contains(QLatin1String("libpq.so")), "libpq is loaded without a sync");

    auto pg = PgConnection::open(
        QStringLiteral("host=%1 dbname=casebook").arg(dir.filePath(QStringLiteral("none"))));
    QVERIFY(!pg);
    QVERIFY(loadedLibraries().contains(QLatin1String("libqsqlpsql")));
    QVERIFY(loadedLibraries().contains(QLatin1String("libpq.so")));
}

void tst_PgConnection::uriBecomesKeywords_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("keywords");
    QTest::newRow("keywords pass") << QStringLiteral(" service=casebook-team ")
                                   << QStringLiteral("service=casebook-team");
    QTest::newRow("full uri") << QStringLiteral(
        "postgresql://amina@db.example.org:5432/casebook?sslmode=require")
                              << QStringLiteral("host='db.example.org' port='5432' user='amina' "
                                                "dbname='casebook' sslmode='require'");
    QTest::newRow("socket and decoding")
        << QStringLiteral("postgres://a%20b:p%27w%5C@%2Frun%2Fpg/case%20book?application_name=x%26y")
        << QStringLiteral("host='/run/pg' user='a b' password='p\\'w\\\\' dbname='case book' "
                          "application_name='x&y'");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://[::1]:5433/db")
                          << QStringLiteral("host='::1' port='5433' dbname='db'");
    QTest::newRow("defaults only") << QStringLiteral("postgresql://") << QString();
    QTest::newRow("ssl=true") << QStringLiteral("postgresql://h/db?ssl=true")
                              << QStringLiteral("host='h' dbname='db' sslmode='require'");
}

void tst_PgConnection::uriBecomesKeywords()
{
    QFETCH(QString, address);
    QFETCH(QString, keywords);
    auto converted = PgConnInfo::toKeywords(address);
    QVERIFY2(converted, qPrintable(converted.error().message));
    QCOMPARE(*converted, keywords);
}

void tst_PgConnection::unusableAddressesAreRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("why");
    QTest::newRow("semicolon in keywords") << QStringLiteral("host=h dbname='a;b'") << QStringLiteral("';'");
    QTest::newRow("semicolon in uri") << QStringLiteral("postgresql://h/a%3Bb") << QStringLiteral("';'");
    QTest::newRow("several hosts") << QStringLiteral("postgresql://u:secret@h1:5432,h2:5433/db")
                                   << QStringLiteral("several hosts");
    QTest::newRow("bad port") << QStringLiteral("postgresql://h:x5/db") << QStringLiteral("port");
    QTest::newRow("bad parameter") << QStringLiteral("postgresql://h/db?sslmode")
                                   << QStringLiteral("sslmode");
}

void tst_PgConnection::unusableAddressesAreRefused()
{
    QFETCH(QString, address);
    QFETCH(QString, why);
    auto pg = PgConnection::open(address);
    QVERIFY(!pg);
    QCOMPARE(pg.error().code, ErrorCode::Usage);
    QVERIFY2(pg.error().message.contains(why), qPrintable(pg.error().message));
    QVERIFY2(!pg.error().message.contains(QLatin1String("secret")), qPrintable(pg.error().message));
}

void tst_PgConnection::parametersOnlyOutsideQuotes()
{
    const QString sql = QStringLiteral(
        "SELECT $1, '$1''$2', E'\\'$1', \"$1\", a$1, $$ $1 $$, $f$ $1 $$ $f$, $2::int -- $1\n/* $2 */ $10");
    QVariantList params{QStringLiteral("x"), 7};
    for (int i = 3; i <= 10; ++i)
        params.append(i);
    auto bound = PgStatement::bind(sql, params);
    QVERIFY2(bound, qPrintable(bound.error().detail));
    QCOMPARE(*bound,
             QStringLiteral("SELECT 'x', '$1''$2', E'\\'$1', \"$1\", a$1, $$ $1 $$, $f$ $1 $$ $f$, "
                            "'7'::int -- $1\n/* $2 */ '10'"));
    QVERIFY(!PgStatement::bind(QStringLiteral("SELECT $2"), {1}));
    QVERIFY(!PgStatement::bind(QStringLiteral("SELECT $1"),
                               {QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))}));
}

void tst_PgConnection::valuesCannotEndTheirLiteral()
{
    QCOMPARE(PgStatement::literal(QVariant()), QStringLiteral("NULL"));
    QCOMPARE(PgStatement::literal(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    QCOMPARE(PgStatement::literal(QStringLiteral("a\\'; DROP TABLE x; --")),
             QStringLiteral("E'a\\\\''; DROP TABLE x; --'"));
    QCOMPARE(PgStatement::literal(QByteArray("\x01\xff", 2)), QStringLiteral("E'\\\\x01ff'::bytea"));
    QCOMPARE(PgStatement::literal(qint64(-5)), QStringLiteral("'-5'"));
}

void tst_PgConnection::connectsWithUriAndPassword()
{
    START_SERVER();
    const QString socket = QString::fromLatin1(QUrl::toPercentEncoding(m_server.socketDir()));
    auto pg = PgConnection::open(QStringLiteral("postgresql://casebook_admin@") + socket
                                     + QStringLiteral("/casebook?application_name=cb%3Dx"),
                                 QStringLiteral("not needed with trust"));
    QVERIFY2(pg, qPrintable(pg.error().detail));
    QCOMPARE((*pg)->user(), QStringLiteral("casebook_admin"));
    auto name = (*pg)->exec(QStringLiteral("SELECT current_setting('application_name') AS a, "
                                           "current_database() AS d"));
    QVERIFY(name);
    QCOMPARE(name->text(0, QStringLiteral("a")), QStringLiteral("cb=x"));
    QCOMPARE(name->text(0, QStringLiteral("d")), QStringLiteral("casebook"));
    // Each connection has a name of its own, removed with it (no "still in use" warning).
    auto second = PgConnection::open(m_server.conninfo());
    QVERIFY(second);
    const int before = QSqlDatabase::connectionNames().size();
    second->reset();
    QCOMPARE(QSqlDatabase::connectionNames().size(), before - 1);
}

void tst_PgConnection::wrongAddressKeepsPasswordOut()
{
    QTemporaryDir dir;
    const QString secret = QStringLiteral("s3cret-from-keychain");
    auto pg = PgConnection::open(
        QStringLiteral("host=%1 dbname=casebook user=amina").arg(dir.filePath(QStringLiteral("none"))),
        secret);
    QVERIFY(!pg);
    QVERIFY2(pg.error().message.contains(QLatin1String("dbname=casebook")), qPrintable(pg.error().message));
    QVERIFY(!pg.error().message.contains(secret));
    QVERIFY(!pg.error().detail.contains(secret));
    auto uri = PgConnection::open(
        QStringLiteral("postgresql://amina:%1@%2/casebook")
            .arg(secret,
                 dir.filePath(QStringLiteral("none")).replace(QLatin1Char('/'), QLatin1String("%2F"))));
    QVERIFY(!uri);
    QVERIFY2(!uri.error().message.contains(secret), qPrintable(uri.error().message));
    QVERIFY(!uri.error().detail.contains(secret));
}

void tst_PgConnection::valuesRoundTrip()
{
    START_SERVER();
    const QString hostile = QStringLiteral("l'été \\ $1 $$ ; -- \"x\" \u263A");
    auto r = m_admin->exec(
        QStringLiteral(
            "SELECT $1 AS s, $2::bigint AS big, $3::numeric AS exact, $4::int IS NULL AS gone, "
            "true AS yes, 1.5::float8 AS f, '2026-12-02 19:36:51.250+01'::timestamptz AS at, "
            "NULL::text AS nothing, '' AS empty, ARRAY['a','b'] AS list, '{\"k\": 1}'::jsonb AS doc"),
        {hostile, qint64(-9007199254740993), QStringLiteral("12345678901234567890.000000001"), QVariant()});
    QVERIFY2(r, qPrintable(r.error().detail));
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->text(0, QStringLiteral("s")), hostile);
    QCOMPARE(r->number(0, QStringLiteral("big")), qint64(-9007199254740993));
    QCOMPARE(r->text(0, QStringLiteral("exact")), QStringLiteral("12345678901234567890.000000001"));
    QCOMPARE(r->text(0, QStringLiteral("gone")), QStringLiteral("t"));
    QCOMPARE(r->text(0, QStringLiteral("yes")), QStringLiteral("t"));
    QCOMPARE(r->text(0, QStringLiteral("f")), QStringLiteral("1.5"));
    QCOMPARE(r->text(0, QStringLiteral("at")), QStringLiteral("2026-12-02T18:36:51.250Z"));
    QVERIFY(r->isNull(0, QStringLiteral("nothing")));
    QVERIFY(!r->isNull(0, QStringLiteral("empty")));
    QCOMPARE(r->text(0, QStringLiteral("empty")), QString());
    QCOMPARE(r->text(0, QStringLiteral("list")), QStringLiteral("{a,b}"));
    QCOMPARE(r->text(0, QStringLiteral("doc")), QStringLiteral("{\"k\": 1}"));

    QVERIFY(m_admin->exec(QStringLiteral("CREATE TABLE rt (id int, t text)")));
    auto inserted =
        m_admin->exec(QStringLiteral("INSERT INTO rt SELECT g, $1 FROM generate_series(1, 3) g"), {hostile});
    QVERIFY(inserted);
    QCOMPARE(inserted->affected(), 3);
    auto updated = m_admin->exec(QStringLiteral("UPDATE rt SET t = $2 WHERE id >= $1 RETURNING id"),
                                 {2, QStringLiteral("x")});
    QVERIFY(updated);
    QCOMPARE(updated->affected(), 2);
    QCOMPARE(updated->size(), 2);
}

void tst_PgConnection::byteaIsByteExact()
{
    START_SERVER();
    QVERIFY(m_admin->exec(QStringLiteral("CREATE TABLE blobs (id int, data bytea)")));
    const QByteArray bytes = everyByte();
    QVERIFY(m_admin->exec(QStringLiteral("INSERT INTO blobs VALUES ($1, $2), (2, $3)"),
                          {1, bytes, QByteArray("")}));
    auto r = m_admin->exec(QStringLiteral("SELECT data, length(data) AS n FROM blobs ORDER BY id"));
    QVERIFY2(r, qPrintable(r.error().detail));
    QCOMPARE(r->bytes(0, QStringLiteral("data")), bytes);
    QCOMPARE(r->number(0, QStringLiteral("n")), bytes.size());
    QCOMPARE(r->bytes(1, QStringLiteral("data")), QByteArray());
    QVERIFY(!r->isNull(1, QStringLiteral("data")));
    // Sent as hex (half the escape format's size for binary files); the driver reads both.
    auto format = m_admin->exec(QStringLiteral("SELECT current_setting('bytea_output') AS f"));
    QVERIFY(format);
    QCOMPARE(format->text(0, QStringLiteral("f")), QStringLiteral("hex"));
}

void tst_PgConnection::scriptRunsEveryStatement()
{
    START_SERVER();
    const QString script =
        QStringLiteral("-- a comment; with a semicolon\n"
                       "CREATE TABLE s1 (v text);\n"
                       "CREATE FUNCTION s1_add(x text) RETURNS void LANGUAGE plpgsql AS $$\n"
                       "BEGIN INSERT INTO s1 VALUES (x || ';'); END\n$$;\n"
                       "SELECT s1_add('a'); INSERT INTO s1 VALUES ('b;c');\n"
                       "CREATE TABLE IF NOT EXISTS s1 (v text);\n"); // a notice, not printed
    QVERIFY(m_admin->execScript(script));
    auto r = m_admin->exec(QStringLiteral("SELECT string_agg(v, '|' ORDER BY v) AS all FROM s1"));
    QVERIFY(r);
    QCOMPARE(r->text(0, QStringLiteral("all")), QStringLiteral("a;|b;c"));
}

void tst_PgConnection::failingScriptStatementIsReported()
{
    START_SERVER();
    QVERIFY(m_admin->begin());
    auto s = m_admin->execScript(QStringLiteral("CREATE TABLE s2 (v int); INSERT INTO s2 VALUES ('x'); "
                                                "CREATE TABLE s3 (v int);"));
    QVERIFY(!s);
    QCOMPARE(m_admin->lastSqlState(), QStringLiteral("22P02")); // invalid_text_representation
    QVERIFY2(s.error().message.contains(QLatin1String("integer")), qPrintable(s.error().message));
    m_admin->rollback();
    auto r = m_admin->exec(
        QStringLiteral("SELECT to_regclass('s2') IS NULL AND to_regclass('s3') IS NULL AS none"));
    QVERIFY(r);
    QCOMPARE(r->text(0, QStringLiteral("none")), QStringLiteral("t"));
    QCOMPARE(m_admin->lastSqlState(), QString());
}

void tst_PgConnection::sqlStatesAreKept()
{
    START_SERVER();
    QVERIFY(m_admin->execScript(
        QStringLiteral("CREATE TABLE u (k text PRIMARY KEY); "
                       "CREATE ROLE nobody_here LOGIN; GRANT SELECT ON u TO nobody_here;")));
    QVERIFY(m_admin->exec(QStringLiteral("INSERT INTO u VALUES ($1)"), {QStringLiteral("a")}));
    auto twice = m_admin->exec(QStringLiteral("INSERT INTO u VALUES ($1)"), {QStringLiteral("a")});
    QVERIFY(!twice);
    QCOMPARE(m_admin->lastSqlState(), QString::fromLatin1(PgConnection::kUniqueViolation));
    QCOMPARE(twice.error().code, ErrorCode::Storage);
    QVERIFY(twice.error().detail.contains(QLatin1String("INSERT INTO u")));

    auto other = PgConnection::open(m_server.conninfo(QStringLiteral("nobody_here")));
    QVERIFY2(other, qPrintable(other.error().detail));
    auto refused = (*other)->exec(QStringLiteral("DELETE FROM u"));
    QVERIFY(!refused);
    QCOMPARE((*other)->lastSqlState(), QString::fromLatin1(PgConnection::kInsufficientPrivilege));
    QCOMPARE(refused.error().code, ErrorCode::InputRejected);
    QVERIFY2(refused.error().message.startsWith(
                 QLatin1String("The team repository refused it: permission denied")),
             qPrintable(refused.error().message));
}

void tst_PgConnection::transactionsCommitAndRollBack()
{
    START_SERVER();
    QVERIFY(m_admin->exec(QStringLiteral("CREATE TABLE tx (v int)")));
    {
        PgTransaction tx(*m_admin, QStringLiteral("ISOLATION LEVEL REPEATABLE READ"));
        QVERIFY(tx.status());
        QVERIFY(m_admin->inTransaction());
        QVERIFY(m_admin->exec(QStringLiteral("INSERT INTO tx VALUES (1)")));
    } // rolled back
    QVERIFY(!m_admin->inTransaction());
    {
        PgTransaction tx(*m_admin);
        QVERIFY(m_admin->exec(QStringLiteral("INSERT INTO tx VALUES (2)")));
        QVERIFY(tx.commit());
    }
    {
        // A transaction that failed ends in ROLLBACK: its COMMIT is reported as failed.
        PgTransaction tx(*m_admin);
        QVERIFY(m_admin->exec(QStringLiteral("INSERT INTO tx VALUES (3)")));
        QVERIFY(!m_admin->exec(QStringLiteral("INSERT INTO tx VALUES ('x')")));
        QVERIFY(!tx.commit());
    }
    auto r = m_admin->exec(QStringLiteral("SELECT string_agg(v::text, ',') AS v FROM tx"));
    QVERIFY(r);
    QCOMPARE(r->text(0, QStringLiteral("v")), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(tst_PgConnection)
#include "tst_PgConnection.moc"
