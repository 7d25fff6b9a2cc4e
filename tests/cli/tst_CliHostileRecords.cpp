// Hostile records through casebook-cli end to end: revisions out of range, documents that no longer
// read back, search queries FTS5 would refuse. Every hostile file is generated here.
#include "DatabaseDump.h"
#include "TestSupport.h"

#include "bundle/BundleWriter.h"
#include "merge/IncomingRecords.h"
#include "model/Revision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_CliHostileRecords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hostileRevisionIsRefused();
    void highestRevisionSurvivesLocalEdits();
    void checkReadsEveryStoredDocument();
    void documentedSearchSyntaxWorks();
    void oversizedSearchIsCappedNotAStorageFailure();
    void titlesCannotFakeOutput_data();
    void titlesCannotFakeOutput();
    void storedHostileTitleIsShownOnOneLine();

private:
    using Run = test::CliRun;
    Run cli(const QStringList &args);
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString freshDb(const QString &name);
    QString bundleWithRevision(const QString &name, int revision, const QString &title = {});
    bool execSql(const QString &db, const QString &sql);
    QTemporaryDir m_dir;
};

void tst_CliHostileRecords::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

tst_CliHostileRecords::Run tst_CliHostileRecords::cli(const QStringList &args)
{
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI")}});
}

QString tst_CliHostileRecords::freshDb(const QString &name)
{
    const QString db = file(name);
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--examples")});
    return r.exit == 0 ? db : QString();
}

QString tst_CliHostileRecords::bundleWithRevision(const QString &name, int revision, const QString &title)
{
    UseCase u;
    u.uuid = QStringLiteral("7e1f3a52-9c4d-4b8e-a1f0-3d2c5b6a7e81");
    u.code = QStringLiteral("UC-HOSTILE-1");
    u.title = title.isEmpty() ? QStringLiteral("Revision at the edge") : title;
    u.createdAt = u.modifiedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    u.revision = revision;
    IncomingRecords records;
    records.useCases.append(IncomingUseCase{u, {}, {}, {}});
    const QString path = file(name);
    auto written = BundleWriter::write(records, path, BundleWriter::Options());
    return written ? path : QString();
}

bool tst_CliHostileRecords::execSql(const QString &db, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << q.lastError().text();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

void tst_CliHostileRecords::hostileRevisionIsRefused()
{
    const QString db = freshDb(QStringLiteral("refuse.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString bundle = bundleWithRevision(QStringLiteral("overflow.casebook"), 2147483647);
    QVERIFY(!bundle.isEmpty());
    const QByteArray before = test::readAll(db);
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), bundle});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QLatin1String("Revision at the edge")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("revision: must be a whole number from 0 to 1000000000")),
             r.err.constData());
    QCOMPARE(test::readAll(db), before);
}

void tst_CliHostileRecords::highestRevisionSurvivesLocalEdits()
{
    const QString db = freshDb(QStringLiteral("edge.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString bundle = bundleWithRevision(QStringLiteral("edge.casebook"), Revision::kMax);
    QVERIFY(!bundle.isEmpty());
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), bundle});
    QVERIFY2(r.exit == 0, r.err.constData());
    for (const QString &tag : {QStringLiteral("one"), QStringLiteral("two")}) {
        r = cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("UC-HOSTILE-1"), tag});
        QVERIFY2(r.exit == 0, r.err.constData());
    }
    r = cli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("UC-HOSTILE-1"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("revision")).toInt(),
             Revision::kMax);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"),
             file(QStringLiteral("again.casebook"))});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    QVERIFY2(r.exit == 0, r.err.constData());
    // What it exported, another repository accepts.
    const QString other = freshDb(QStringLiteral("other.sqlite"));
    r = cli(
        {QStringLiteral("--db"), other, QStringLiteral("import"), file(QStringLiteral("again.casebook"))});
    QVERIFY2(r.exit == 0, r.err.constData());
}

void tst_CliHostileRecords::checkReadsEveryStoredDocument()
{
    const QString db = freshDb(QStringLiteral("damaged.sqlite"));
    QVERIFY(!db.isEmpty());
    QVERIFY2(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exit == 0, "sound to start with");
    // The state an overflowed revision left behind, and a document that no longer reads.
    QVERIFY(execSql(db,
                    QStringLiteral("UPDATE use_cases SET revision = -2147483648, "
                                   "document = json_set(document, '$.revision', -2147483648) "
                                   "WHERE code = 'UC-EX-001'")));
    QVERIFY(execSql(db,
                    QStringLiteral("UPDATE use_cases SET document = json_set(document, '$.sdgs', "
                                   "json_array(99)) WHERE code = 'UC-EX-002'")));
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    QCOMPARE(r.exit, 3);
    QVERIFY2(r.errText().contains(QLatin1String("2 records that cannot be read")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("use case UC-EX-001")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("revision -2147483648")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("use case UC-EX-002")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("sdgs[0]")), r.err.constData());
    QVERIFY2(!r.errText().contains(QLatin1String("UC-EX-003")), r.err.constData());
}

void tst_CliHostileRecords::documentedSearchSyntaxWorks()
{
    const QString db = freshDb(QStringLiteral("search.sqlite"));
    QVERIFY(!db.isEmpty());
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("smart"),
                 QStringLiteral("city"), QStringLiteral("OR"), QStringLiteral("water")});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"),
             file(QStringLiteral("query.casebook")), QStringLiteral("--query"),
             QStringLiteral("smart city OR water")});
    QVERIFY2(r.exit == 0, r.err.constData());
    r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--"),
             QStringLiteral("telehealth"), QStringLiteral("OR"), QStringLiteral("slaughterhouses"),
             QStringLiteral("-tag:example")});
    QVERIFY2(r.exit == 0, r.err.constData());
}

void tst_CliHostileRecords::oversizedSearchIsCappedNotAStorageFailure()
{
    const QString db = freshDb(QStringLiteral("caps.sqlite"));
    QVERIFY(!db.isEmpty());
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("search")};
    for (int i = 0; i < 1200; ++i)
        args.append(QStringLiteral("tag:t%1").arg(i));
    Run r = cli(args);
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("note: ignored tag:t64 tag:t65")), r.err.constData());
    // The note names the first ten ignored parts and counts the rest, so it does not bury the results.
    QVERIFY2(r.errText().contains(QLatin1String("tag:t73 and 1126 more")), r.err.constData());
    QVERIFY2(!r.errText().contains(QLatin1String("tag:t74")), r.err.constData());
    QStringList query;
    for (int i = 0; i < 300; ++i)
        query.append(QStringLiteral("w%1 OR v%1").arg(i));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"),
             file(QStringLiteral("caps.casebook")), QStringLiteral("--query"), query.join(QLatin1Char(' '))});
    QVERIFY2(r.exit == 0 || r.exit == 1, r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("note: ignored")), r.err.constData());
}

void tst_CliHostileRecords::titlesCannotFakeOutput_data()
{
    QTest::addColumn<QString>("kind"); // bundle, json, csv, add
    QTest::addColumn<QString>("title");
    const QString fakeLine = QStringLiteral("UC-EX-001  Totally trusted  operational");
    QTest::newRow("bundle LF") << "bundle" << QStringLiteral("Innocent\n") + fakeLine;
    QTest::newRow("bundle CR") << "bundle" << QStringLiteral("Innocent\r") + fakeLine;
    QTest::newRow("json C1 NEL") << "json" << QStringLiteral("Innocent\u0085") + fakeLine;
    QTest::newRow("json escape") << "json" << QStringLiteral("Innocent\u001b[2K\r") + fakeLine;
    QTest::newRow("add RLO") << "add" << QStringLiteral("Invoice \u202Egnp.exe");
    QTest::newRow("add isolate") << "add" << QStringLiteral("Title \u2066hidden\u2069");
    QTest::newRow("csv LF") << "csv" << QStringLiteral("Innocent\n") + fakeLine;
    QTest::newRow("csv tab") << "csv" << QStringLiteral("Innocent\tcolumns");
}

void tst_CliHostileRecords::titlesCannotFakeOutput()
{
    QFETCH(QString, kind);
    QFETCH(QString, title);
    const QString db = freshDb(QStringLiteral("titles-%1.sqlite")
                                   .arg(QString::fromUtf8(QTest::currentDataTag()))
                                   .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(!db.isEmpty());
    const QJsonObject record{{QStringLiteral("code"), QStringLiteral("UC-FAKE-1")},
                             {QStringLiteral("title"), title}};
    QString input;
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("import")};
    if (kind == QLatin1String("bundle")) {
        input = bundleWithRevision(QStringLiteral("fake.casebook"), 1, title);
    } else if (kind == QLatin1String("json") || kind == QLatin1String("add")) {
        input = file(QStringLiteral("fake.json"));
        QVERIFY(test::writeAll(input, QJsonDocument(QJsonArray{record}).toJson()));
        if (kind == QLatin1String("add"))
            args = {QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--json")};
    } else {
        input = file(QStringLiteral("fake.csv"));
        QString quoted = title;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        QVERIFY(test::writeAll(input, QStringLiteral("code,title\nUC-FAKE-1,\"%1\"\n").arg(quoted).toUtf8()));
    }
    QVERIFY(!input.isEmpty());
    const QByteArray before = test::readAll(db);
    const Run r = cli(args << input);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QLatin1String("title: must be one line without control characters")),
             r.err.constData());
    QCOMPARE(test::readAll(db), before);
    const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("list")});
    QCOMPARE(list.exit, 0);
    QVERIFY(!list.out.contains("Totally trusted"));
}

void tst_CliHostileRecords::storedHostileTitleIsShownOnOneLine()
{
    // A record stored before the single-line rule (or written into the file by other means) stays
    // readable, is shown on one line, and `check` names it.
    const QString db = freshDb(QStringLiteral("legacy.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString sql =
        QStringLiteral("UPDATE use_cases SET title = '%1', document = json_set(document, '$.title', "
                       "'%1') WHERE code = 'UC-EX-003'")
            .arg(QStringLiteral("Legacy\nUC-EX-999  Fake line\u202E"));
    QVERIFY(execSql(db, sql));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("list")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(!r.outText().contains(QLatin1String("\nUC-EX-999")), r.out.constData());
    QVERIFY(!r.outText().contains(QChar(0x202E)));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("UC-EX-003")});
    QVERIFY2(r.exit == 0, r.err.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("Title: Legacy UC-EX-999 Fake line\uFFFD\n")),
             r.out.constData());
    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    QCOMPARE(r.exit, 3);
    QVERIFY2(r.errText().contains(QLatin1String("use case UC-EX-003")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("title: must be one line")), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliHostileRecords)
#include "tst_CliHostileRecords.moc"
