#include "DatabaseTestAccess.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace casebook;

/// The statements prepared through SQLite's own API for the writes an import repeats (issue 13)
/// store every value exactly as Qt SQL's binding did, so that switching a write from one to the
/// other changes no stored byte; and a failure leaves the statement and the data as they were.
/// Queries read every row, NULL and text as Qt SQL gives them, and hold no read open afterwards.
class tst_SqliteStatement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void storesWhatQtSqlStores();
    void failureIsReportedAndTheStatementReusable();
    void preparedOnceAndRefusedSqlIsAnError();
    void queryReadsEveryRowAndIsReset();

private:
    std::unique_ptr<Database> open(const QString &name);
    static QStringList rows(const Database &db, const QString &table);
    QTemporaryDir m_dir;
};

void tst_SqliteStatement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_SqliteStatement::open(const QString &name)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db)
        return nullptr;
    QSqlQuery q(DatabaseTestAccess::connection(**db));
    if (!q.exec(QStringLiteral("CREATE TABLE values_qt (n INTEGER PRIMARY KEY, v)"))
        || !q.exec(QStringLiteral("CREATE TABLE values_raw (n INTEGER PRIMARY KEY, v)")))
        return nullptr;
    return std::move(*db);
}

/// Every row as "n type quoted-value", in order.
QStringList tst_SqliteStatement::rows(const Database &db, const QString &table)
{
    QSqlQuery q(DatabaseTestAccess::connection(db));
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT n, typeof(v), quote(v) FROM %1 ORDER BY n").arg(table)))
        return {q.lastError().text()};
    while (q.next())
        out.append(QStringLiteral("%1 %2 %3")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return out;
}

void tst_SqliteStatement::storesWhatQtSqlStores()
{
    auto db = open(QStringLiteral("values.sqlite"));
    QVERIFY(db);
    const QVariantList values{QVariant(),
                              QVariant(QString()),
                              QVariant(QString(QLatin1String(""))),
                              QVariant(QStringLiteral("Zürich – 東京 😀 \"quoted\" ' and\nlines")),
                              QVariant(QByteArray()),
                              QVariant(QByteArray("")),
                              QVariant(QByteArray("bytes\0with a zero", 17)),
                              QVariant(QByteArray("UTF-8 bound as bytes: é")),
                              QVariant(0),
                              QVariant(-42),
                              QVariant(std::numeric_limits<qlonglong>::max()),
                              QVariant(std::numeric_limits<qlonglong>::min()),
                              QVariant(4000000000u),
                              QVariant(true),
                              QVariant(false),
                              QVariant(0.1),
                              QVariant(-2.5e300),
                              QVariant(3.0),
                              QVariant(QMetaType(QMetaType::Double)), // a null number (ScoreIndex binds one)
                              QVariant(QMetaType(QMetaType::QString))};
    QSqlQuery qt(DatabaseTestAccess::connection(*db));
    QVERIFY(qt.prepare(QStringLiteral("INSERT INTO values_qt (n, v) VALUES (?, ?)")));
    auto raw = DatabaseTestAccess::sqliteStatement(*db, "INSERT INTO values_raw (n, v) VALUES (?, ?)");
    QVERIFY2(raw, qPrintable(raw ? QString() : raw.error().detail));
    for (int n = 0; n < values.size(); ++n) {
        qt.addBindValue(n);
        qt.addBindValue(values[n]);
        QVERIFY2(qt.exec(), qPrintable(qt.lastError().text()));
        (*raw)->bind(1, qint64(n));
        (*raw)->bind(2, values[n]);
        QVERIFY2((*raw)->run(), qPrintable((*raw)->errorText()));
        QCOMPARE((*raw)->lastInsertRowId(), qint64(n));
    }
    const QStringList expected = rows(*db, QStringLiteral("values_qt"));
    QCOMPARE(expected.size(), values.size());
    QCOMPARE(rows(*db, QStringLiteral("values_raw")), expected);
    // The cases that matter most, spelled out.
    QCOMPARE(expected[1], QStringLiteral("1 null NULL"));
    QCOMPARE(expected[2], QStringLiteral("2 text ''"));
    QCOMPARE(expected[6], QStringLiteral("6 blob X'627974657300776974682061207A65726F'"));
    QCOMPARE(expected[13], QStringLiteral("13 integer 1"));

    // The typed overloads store what the QVariant ones do.
    auto typed = DatabaseTestAccess::sqliteStatement(*db, "INSERT INTO values_raw (n, v) VALUES (?, ?)");
    QVERIFY(typed);
    QCOMPARE(*typed, *raw); // the same statement, prepared once
    (*typed)->bind(1, qint64(100));
    (*typed)->bind(2, QString());
    QVERIFY((*typed)->run());
    (*typed)->bind(1, qint64(101));
    (*typed)->bind(2, QStringLiteral("é"));
    QVERIFY((*typed)->run());
    (*typed)->bind(1, qint64(102));
    (*typed)->bindNull(2);
    QVERIFY((*typed)->run());
    QCOMPARE(rows(*db, QStringLiteral("values_raw")).mid(values.size()),
             (QStringList{QStringLiteral("100 null NULL"), QStringLiteral("101 text 'é'"),
                          QStringLiteral("102 null NULL")}));
}

void tst_SqliteStatement::failureIsReportedAndTheStatementReusable()
{
    auto db = open(QStringLiteral("failure.sqlite"));
    QVERIFY(db);
    auto insert = DatabaseTestAccess::sqliteStatement(*db, "INSERT INTO values_raw (n, v) VALUES (?, ?)");
    QVERIFY(insert);
    SqliteStatement &s = **insert;
    s.bind(1, qint64(1));
    s.bind(2, QStringLiteral("first"));
    QVERIFY(s.run());
    QCOMPARE(s.changes(), 1);

    s.bind(1, qint64(1)); // the same key again
    s.bind(2, QStringLiteral("second"));
    QVERIFY(!s.run());
    QVERIFY(s.isConstraint());
    QVERIFY2(s.errorText().contains(QLatin1String("UNIQUE constraint failed")), qPrintable(s.errorText()));
    QCOMPARE(rows(*db, QStringLiteral("values_raw")), QStringList{QStringLiteral("1 text 'first'")});

    // Reset after the failure: it runs again, with no value left over from the failed run.
    s.bind(1, qint64(2));
    QVERIFY2(s.run(), qPrintable(s.errorText()));
    QVERIFY(s.errorText().isEmpty());
    QCOMPARE(rows(*db, QStringLiteral("values_raw")),
             (QStringList{QStringLiteral("1 text 'first'"), QStringLiteral("2 null NULL")}));

    // An insert that inserts nothing changes nothing.
    auto ignore =
        DatabaseTestAccess::sqliteStatement(*db, "INSERT OR IGNORE INTO values_raw (n, v) VALUES (?, ?)");
    QVERIFY(ignore);
    (*ignore)->bind(1, qint64(2));
    (*ignore)->bind(2, QStringLiteral("ignored"));
    QVERIFY((*ignore)->run());
    QCOMPARE((*ignore)->changes(), 0);

    // No statement is left open: the file can be copied and closed cleanly.
    QVERIFY(db->backupTo(m_dir.filePath(QStringLiteral("failure-copy.sqlite"))));
}

void tst_SqliteStatement::preparedOnceAndRefusedSqlIsAnError()
{
    auto db = open(QStringLiteral("refused.sqlite"));
    QVERIFY(db);
    auto bad = DatabaseTestAccess::sqliteStatement(*db, "INSERT INTO no_such_table VALUES (?)");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Storage);
    QVERIFY2(bad.error().detail.contains(QLatin1String("no such table")), qPrintable(bad.error().detail));
    QVERIFY2(bad.error().message.contains(QLatin1String("refused.sqlite")), qPrintable(bad.error().message));
    // Refused SQL is not kept: once the table exists, the same SQL prepares.
    QSqlQuery q(DatabaseTestAccess::connection(*db));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE no_such_table (x)")));
    auto good = DatabaseTestAccess::sqliteStatement(*db, "INSERT INTO no_such_table VALUES (?)");
    QVERIFY2(good, qPrintable(good ? QString() : good.error().detail));
}

void tst_SqliteStatement::queryReadsEveryRowAndIsReset()
{
    auto db = open(QStringLiteral("query.sqlite"));
    QVERIFY(db);
    QSqlQuery fill(DatabaseTestAccess::connection(*db));
    QVERIFY(fill.exec(QStringLiteral(
        "INSERT INTO values_raw (n, v) VALUES (1, 'eins'), (2, NULL), (3, 'dreißig ✓'), (4, 'vier')")));
    auto select =
        DatabaseTestAccess::sqliteStatement(*db, "SELECT n, v FROM values_raw WHERE n >= ? ORDER BY n");
    QVERIFY(select);
    SqliteStatement &q = **select;
    const auto readFrom = [&q](qint64 first) {
        QStringList out;
        q.bind(1, first);
        const bool ok = q.eachRow([&] {
            out.append(QString::number(q.columnInt64(0)) + QLatin1Char(' ')
                       + (q.columnIsNull(1) ? QStringLiteral("NULL") : q.columnText(1)));
        });
        return ok ? out : QStringList{q.errorText()};
    };
    QCOMPARE(
        readFrom(2),
        (QStringList{QStringLiteral("2 NULL"), QStringLiteral("3 dreißig ✓"), QStringLiteral("4 vier")}));
    // Reset after the last row: the same statement reads again, with the new binding only.
    QCOMPARE(readFrom(4), QStringList{QStringLiteral("4 vier")});
    QCOMPARE(readFrom(5), QStringList());
    // A NULL read as text is a null string, as QSqlQuery gives it.
    auto null = DatabaseTestAccess::sqliteStatement(*db, "SELECT v FROM values_raw WHERE n = 2");
    QVERIFY(null);
    bool wasNull = false;
    QVERIFY((*null)->eachRow([&] { wasNull = (*null)->columnText(0).isNull(); }));
    QVERIFY(wasNull);
    // A query that fails while stepping says so, and runs again afterwards.
    auto abs = DatabaseTestAccess::sqliteStatement(*db, "SELECT abs(?)");
    QVERIFY(abs);
    qint64 value = 0;
    (*abs)->bind(1, std::numeric_limits<qint64>::min());
    QVERIFY(!(*abs)->eachRow([&] { value = (*abs)->columnInt64(0); }));
    QVERIFY2((*abs)->errorText().contains(QLatin1String("integer overflow")),
             qPrintable((*abs)->errorText()));
    (*abs)->bind(1, qint64(-7));
    QVERIFY((*abs)->eachRow([&] { value = (*abs)->columnInt64(0); }));
    QCOMPARE(value, qint64(7));
    // No read is left open: the file can be copied.
    QVERIFY(db->backupTo(m_dir.filePath(QStringLiteral("query-copy.sqlite"))));
}

QTEST_GUILESS_MAIN(tst_SqliteStatement)
#include "tst_SqliteStatement.moc"
