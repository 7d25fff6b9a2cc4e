// Runs casebook-cli as a process, as scripts and secretariats do.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace casebook;

namespace {

using Run = casebook::test::CliRun;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion_data();
    void helpAndVersion();
    void helpListsEveryCommandInOrder();
    void usageErrors_data();
    void usageErrors();
    void initExamplesThenListJson();
    void listFormats();
    void addPrintsUuidAndValidates();
    void addRejectsBadInput_data();
    void addRejectsBadInput();
    void showByCodeAndUuid();
    void searchJsonAndOddInput();
    void tagAndUntag();
    void checkAndBackup();
    void missingDatabase();

private:
    Run cli(const QStringList &args, const QByteArray &input = {});
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QString writeFile(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

Run tst_Cli::cli(const QStringList &args, const QByteArray &input)
{
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI Tester")}},
                        input);
}

QString tst_Cli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    test::writeAll(path, content);
    return path;
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(test::cliPath()));
}

void tst_Cli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << "Usage: casebook-cli";
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << "Exit status";
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << "casebook-cli 0.";
    for (const char *c : {"init", "add", "list", "show", "search", "tag", "untag", "check", "backup"}) {
        QTest::newRow(c) << QStringList{QString::fromLatin1(c), QStringLiteral("--help")}
                         << QStringLiteral("casebook-cli [--db PATH] %1").arg(QString::fromLatin1(c));
        QTest::newRow(qPrintable(QStringLiteral("%1 --version").arg(QLatin1String(c))))
            << QStringList{QString::fromLatin1(c), QStringLiteral("--version")} << "casebook-cli 0.";
    }
}

void tst_Cli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(args);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(expected), qPrintable(r.outText()));
    QVERIFY(r.err.isEmpty());
}

void tst_Cli::helpListsEveryCommandInOrder()
{
    // The order of docs/cli.md; every command once, whatever order the command files are linked in.
    const QStringList names =
        QStringLiteral("init add list show search tag untag check backup rubric assess "
                       "scores compare gaps report export import imports undo-import workshop sync server")
            .split(QLatin1Char(' '));
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QStringList listed;
    for (const QString &line : r.outText().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  ")) && line.size() > 2 && line.at(2).isLetter())
            listed.append(line.mid(2).section(QLatin1Char(' '), 0, 0));
    }
    QCOMPARE(listed, names);
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList{} << "Usage:";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << "unknown command 'frobnicate'";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")}
                                    << "colour";
    QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << "unknown format 'xml'";
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << "exactly one";
    QTest::newRow("search without query") << QStringList{QStringLiteral("search")} << "needs a query";
    QTest::newRow("tag without tags")
        << QStringList{QStringLiteral("tag"), QStringLiteral("UC-1")} << "at least one tag";
    QTest::newRow("add without json") << QStringList{QStringLiteral("add")} << "--json";
    QTest::newRow("backup without out") << QStringList{QStringLiteral("backup")} << "--out";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("list"), QStringLiteral("extra")}
                                    << "does not take 'extra'";
    QTest::newRow("db without value") << QStringList{QStringLiteral("list"), QStringLiteral("--db")} << "db";
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r =
        cli(QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("never.sqlite"))} + args);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.sqlite"))));
}

void tst_Cli::initExamplesThenListJson()
{
    Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("init"), QStringLiteral("--examples")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("10 example use cases")));
    // init again adds nothing and does not fail
    r = cli({QStringLiteral("init"), QStringLiteral("--examples"), QStringLiteral("--db"), db()});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("0 example use cases")), qPrintable(r.outText()));

    r = cli({QStringLiteral("--db"), db(), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 10);
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"uuid", "code", "title", "tags", "modified_at"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!QUuid::fromString(o.value(QStringLiteral("uuid")).toString()).isNull());
        QVERIFY(o.value(QStringLiteral("tags")).isArray());
        QVERIFY(o.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("example")));
    }
    QCOMPARE(array.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("UC-EX-001"));
    QCOMPARE(array.first().toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("SmartSantander city-scale IoT testbed"));
}

void tst_Cli::listFormats()
{
    Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("list")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().startsWith(QLatin1String("CODE")));
    QVERIFY(r.outText().contains(QLatin1String("M-KOPA pay-as-you-go solar")));
    r = cli(
        {QStringLiteral("--db"), db(), QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("csv")});
    QCOMPARE(r.exit, 0);
    const QStringList lines = r.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QVERIFY(lines.first().startsWith(QLatin1String("uuid,code,title,tags")));
    QVERIFY2(r.outText().contains(QLatin1String("\"Hamburg smartPORT (smartROAD, MOZART)\"")),
             "commas are quoted");
}

void tst_Cli::addPrintsUuidAndValidates()
{
    const QString file = writeFile(QStringLiteral("draft.json"), R"({"title": "Only a title"})");
    Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("add"), QStringLiteral("--json"), file});
    QCOMPARE(r.exit, 0);
    const QString uuid = r.outText().trimmed();
    QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(r.outText()));

    const QByteArray full =
        QStringLiteral(R"({"title": "مدينة ذكية 智慧城市 🌍", "verticals": ["energy"], "sdgs": [7],
        "tags": ["sdo/oneM2M"], "regions": ["Arab States"], "deployment_stage": "pilot", "x_extension": 1})")
            .toUtf8();
    r = cli(
        {QStringLiteral("--db"), db(), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
        full);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.errText().contains(QLatin1String("x_extension")), "unknown fields are reported");
    const QString uuid2 = r.outText().trimmed();
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("show"), uuid2, QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("مدينة ذكية 智慧城市 🌍"));
    QCOMPARE(o.value(QStringLiteral("modified_by")).toString(), QStringLiteral("CLI Tester"));
    QCOMPARE(o.value(QStringLiteral("x_extension")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("revision")).toInt(), 1);
}

void tst_Cli::addRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("title: x") << "is not valid JSON";
    QTest::newRow("no title") << QByteArray(R"({"summary": "x"})") << "title: is required";
    QTest::newRow("empty title") << QByteArray(R"({"title": "  "})") << "title: must not be empty";
    QTest::newRow("title not text") << QByteArray(R"({"title": 5})") << "title: must be a text value";
    QTest::newRow("unknown vertical") << QByteArray(R"({"title": "x", "verticals": ["smart city"]})")
                                      << "did you mean 'smart_city_services'";
    QTest::newRow("bad sdg") << QByteArray(R"({"title": "x", "sdgs": [18]})")
                             << "sdgs[0]: must be a goal number";
    QTest::newRow("bad country") << QByteArray(R"({"title": "x", "countries": ["XX"]})") << "countries[0]";
    QTest::newRow("bad url") << QByteArray(R"({"title": "x", "source_documents": [{"url": "not a link"}]})")
                             << "source_documents[0].url";
    QTest::newRow("bad email") << QByteArray(R"({"title": "x", "submitters": [{"email": "nobody"}]})")
                               << "submitters[0].email";
    QTest::newRow("bad date") << QByteArray(R"({"title": "x", "created_at": "yesterday"})") << "created_at";
    QTest::newRow("bad uuid") << QByteArray(R"({"title": "x", "uuid": "123"})") << "is not a UUID";
    QTest::newRow("control chars") << QByteArray("{\"title\": \"a\\u0000b\"}") << "control characters";
    QTest::newRow("duplicate in list")
        << QByteArray(R"({"title": "x", "tags": ["a", "a"]})") << "listed twice";
    QTest::newRow("bad tag") << QByteArray(R"({"title": "x", "tags": ["a//b"]})") << "empty level";
    QTest::newRow("title too long") << QByteArray("{\"title\": \"" + QByteArray(600, 'x') + "\"}")
                                    << "the limit is 500";
    QTest::newRow("list of non-objects") << QByteArray(R"([1, 2])") << "must hold a use case object";
    QTest::newRow("empty list") << QByteArray(R"([])") << "holds no use case";
    QTest::newRow("duplicate key") << QByteArray(
        R"([{"title": "ok"}, {"title": "a", "summary": "x", "title": "b"}])")
                                   << "the key [1].title appears twice";
    QTest::newRow("unknown field too large")
        << QByteArray("{\"title\": \"x\", \"x_big\": \"" + QByteArray(70000, 'x') + "\"}")
        << "more than 64 KB";
    QTest::newRow("nested 1,000 deep")
        << QByteArray("{\"title\": \"x\", \"future\": " + QByteArray(1000, '[') + QByteArray(1000, ']') + "}")
        << "deeper than 64 levels";
    QTest::newRow("second of two bad") << QByteArray(R"([{"title": "ok"}, {"title": ""}])") << "[1]";
}

void tst_Cli::addRejectsBadInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = writeFile(QStringLiteral("bad.json"), content);
    const Run list1 = cli({QStringLiteral("--db"), db(), QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("add"), QStringLiteral("--json"), file});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QVERIFY2(r.errText().contains(file), "the message names the file");
    QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
    const Run list2 = cli({QStringLiteral("--db"), db(), QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    QCOMPARE(list2.out, list1.out);
}

void tst_Cli::showByCodeAndUuid()
{
    Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("show"), QStringLiteral("uc-ex-008")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("Title: M-KOPA pay-as-you-go solar")));
    QVERIFY(r.outText().contains(QLatin1String("Countries: Kenya, United Republic of Tanzania, Uganda")));
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("show"), QStringLiteral("UC-EX-008"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString uuid = o.value(QStringLiteral("uuid")).toString();
    QCOMPARE(o.value(QStringLiteral("countries")).toArray().size(), 3);
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("show"),
             QLatin1Char('{') + uuid.toUpper() + QLatin1Char('}')});
    QCOMPARE(r.exit, 0);
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("show"), QStringLiteral("UC-NOPE")});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.errText().contains(QLatin1String("There is no use case UC-NOPE")));
}

void tst_Cli::searchJsonAndOddInput()
{
    Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("region:Africa"),
                 QStringLiteral("solar"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("UC-EX-008"));
    for (const char *odd : {"\"unbalanced", "AND OR", "*", "🙂", "NEAR(", "tag:", "sdg:99"}) {
        r = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QString::fromUtf8(odd),
                 QStringLiteral("-f"), QStringLiteral("json")});
        QVERIFY2(r.exit == 0, odd);
        QVERIFY2(QJsonDocument::fromJson(r.out).isArray(), odd);
    }
    // An unknown filter name or value is said on stderr with the nearest valid one; foo:bar is words.
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("stge:pilot"),
             QStringLiteral("stage:bogus"), QStringLiteral("foo:bar")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(
        r.errText().contains(QStringLiteral("“stge:” is not a filter, so “stge:pilot” was left out. Did you "
                                            "mean stage:pilot?")),
        r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("“bogus” is not a value of the stage filter")),
             r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Try one of stage:concept, stage:lab, stage:pilot")),
             r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("“foo:bar” was searched as words")), r.err.constData());
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("http://x.org")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(!r.errText().contains(QLatin1String("note")), r.err.constData());
}

void tst_Cli::tagAndUntag()
{
    Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("tag"), QStringLiteral("UC-EX-007"),
                 QStringLiteral("sdo/IEC"), QStringLiteral("review")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("review")), qPrintable(r.outText()));
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("tag:sdo"),
             QStringLiteral("-f"), QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    QStringList codes;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        codes.append(v.toObject().value(QStringLiteral("code")).toString());
    QVERIFY(codes.contains(QStringLiteral("UC-EX-007")));
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("untag"), QStringLiteral("UC-EX-007"),
             QStringLiteral("review")});
    QCOMPARE(r.exit, 0);
    QVERIFY(!r.outText().contains(QLatin1String("review")));
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("untag"), QStringLiteral("UC-EX-007"),
             QStringLiteral("review")});
    QCOMPARE(r.exit, 2);
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("tag"), QStringLiteral("UC-NOPE"),
             QStringLiteral("x")});
    QCOMPARE(r.exit, 1);
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("tag"), QStringLiteral("UC-EX-007"),
             QStringLiteral("a//b")});
    QCOMPARE(r.exit, 2);
}

void tst_Cli::checkAndBackup()
{
    Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("is sound")));
    const QString out = m_dir.filePath(QStringLiteral("copy.sqlite"));
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), QStringLiteral("--out"), out});
    QCOMPARE(r.exit, 0);
    r = cli(
        {QStringLiteral("--db"), out, QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 10);
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), QStringLiteral("--out"), out});
    QCOMPARE(r.exit, 1); // exists
    QVERIFY(r.errText().contains(QLatin1String("--force")));
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), QStringLiteral("--out"), out,
             QStringLiteral("--force")});
    QCOMPARE(r.exit, 0);
    r = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("no/such/dir/x.sqlite"))});
    QCOMPARE(r.exit, 1);
}

void tst_Cli::missingDatabase()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    for (const QStringList &args : {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("check")},
                                    QStringList{QStringLiteral("show"), QStringLiteral("X")}}) {
        const Run r = cli(QStringList{QStringLiteral("--db"), missing} + args);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.errText().contains(QLatin1String("does not exist")), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(missing));
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
