// casebook-cli export and import of spreadsheets and JSON, run as a process.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

using Run = casebook::test::CliRun;

} // namespace

class tst_CliExchange : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void exportImportRoundTrip();
    void exportSelectionAndFormats();
    void exportScores();
    void importSpreadsheetFixtures_data();
    void importSpreadsheetFixtures();
    void rejectedInputChangesNothing_data();
    void rejectedInputChangesNothing();
    void suggestionsAndMapping();
    void dryRunJson();
    void importIecStepTable();
    void importDecidesByContent();
    void hostileSheetsStayInMemoryBounds_data();
    void hostileSheetsStayInMemoryBounds();

private:
    Run cli(const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray listJson(const QString &db);
    QTemporaryDir m_dir;
    QString m_examples;
};

Run tst_CliExchange::cli(const QStringList &args)
{
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI Tester")}});
}

QByteArray tst_CliExchange::listJson(const QString &db)
{
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    return r.exit == 0 ? r.out : QByteArray("list failed");
}

void tst_CliExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_examples = path(QStringLiteral("examples.sqlite"));
    QCOMPARE(
        cli({QStringLiteral("--db"), m_examples, QStringLiteral("init"), QStringLiteral("--examples")}).exit,
        0);
}

void tst_CliExchange::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("export") << "export"
                            << "--scores";
    QTest::newRow("import") << "import"
                            << "--mapping";
}

void tst_CliExchange::help()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    const Run r = cli({command, QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QStringLiteral("casebook-cli [--db PATH] %1").arg(command)));
    QVERIFY(r.outText().contains(expected));
    QVERIFY(cli({QStringLiteral("--help")})
                .outText()
                .contains(QStringLiteral("export --out FILE.casebook|FILE.csv|FILE.json")));
}

void tst_CliExchange::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("export without out") << QStringList{QStringLiteral("export")} << "--out";
    QTest::newRow("lean spreadsheet") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                     QStringLiteral("x.csv"), QStringLiteral("--lean")}
                                      << "--lean";
    QTest::newRow("unknown export type")
        << QStringList{QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.pdf")}
        << "none of these";
    QTest::newRow("scores as json") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                   QStringLiteral("x.json"), QStringLiteral("--scores")}
                                    << "--scores";
    QTest::newRow("bad since") << QStringList{
        QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x.csv"), QStringLiteral("--since"),
        QStringLiteral("soon")} << "--since";
    QTest::newRow("bad separator") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                  QStringLiteral("x.csv"), QStringLiteral("--separator"),
                                                  QStringLiteral("pipe")}
                                   << "separator";
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << "exactly one file";
    QTest::newRow("bad policy") << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"),
                                               QStringLiteral("--policy"), QStringLiteral("mine")}
                                << "unknown policy";
}

void tst_CliExchange::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cli(QStringList{QStringLiteral("--db"), m_examples} + args);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
}

void tst_CliExchange::exportImportRoundTrip()
{
    const QString csv = path(QStringLiteral("all.csv"));
    Run r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), csv});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("10 use cases")));
    QVERIFY(test::readAll(csv).startsWith("\xEF\xBB\xBF"
                                          "uuid,code,title,"));
    // Refuses to replace the file without --force.
    r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), csv});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.errText().contains(QLatin1String("--force")));

    const QString target = path(QStringLiteral("roundtrip.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), target, QStringLiteral("init")}).exit, 0);
    r = cli({QStringLiteral("--db"), target, QStringLiteral("import"), csv});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String("10 added")));
    QCOMPARE(listJson(target), listJson(m_examples));
    for (const QString &code : {QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-010")}) {
        const QStringList show{QStringLiteral("show"), code, QStringLiteral("--format"),
                               QStringLiteral("json")};
        QCOMPARE(cli(QStringList{QStringLiteral("--db"), target} + show).out,
                 cli(QStringList{QStringLiteral("--db"), m_examples} + show).out);
    }
    r = cli({QStringLiteral("--db"), target, QStringLiteral("import"), csv});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("0 added, 0 updated, 10 unchanged"))
            && r.outText().contains(QLatin1String("10 unchanged")));

    // JSON too.
    const QString json = path(QStringLiteral("all.json"));
    QCOMPARE(
        cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), json})
            .exit,
        0);
    const QString fromJson = path(QStringLiteral("fromjson.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), fromJson, QStringLiteral("init")}).exit, 0);
    QCOMPARE(cli({QStringLiteral("--db"), fromJson, QStringLiteral("import"), json}).exit, 0);
    QCOMPARE(listJson(fromJson), listJson(m_examples));
}

void tst_CliExchange::exportSelectionAndFormats()
{
    const QString json = path(QStringLiteral("sel.json"));
    Run r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), json,
                 QStringLiteral("--ids"), QStringLiteral("UC-EX-003,uc-ex-001")});
    QCOMPARE(r.exit, 0);
    QJsonArray array = QJsonDocument::fromJson(test::readAll(json)).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("UC-EX-001"));

    r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), json,
             QStringLiteral("--force"), QStringLiteral("--query"), QStringLiteral("solar"),
             QStringLiteral("--tag"), QStringLiteral("example"), QStringLiteral("--since"),
             QStringLiteral("2000-01-01")});
    QCOMPARE(r.exit, 0);
    array = QJsonDocument::fromJson(test::readAll(json)).array();
    QVERIFY(!array.isEmpty() && array.size() < 10);

    r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), json,
             QStringLiteral("--force"), QStringLiteral("--ids"), QStringLiteral("UC-NOPE")});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.errText().contains(QLatin1String("UC-NOPE")));

    const QString semi = path(QStringLiteral("semi.csv"));
    r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), semi,
             QStringLiteral("--separator"), QStringLiteral("semicolon"), QStringLiteral("--ids"),
             QStringLiteral("UC-EX-001")});
    QCOMPARE(r.exit, 0);
    QVERIFY(test::readAll(semi).contains("uuid;code;title;"));
}

void tst_CliExchange::exportScores()
{
    const QString scores = path(QStringLiteral("scores.csv"));
    const Run r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"),
                       scores, QStringLiteral("--scores")});
    QCOMPARE(r.exit, 0);
    const QByteArray bytes = test::readAll(scores);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "row_type,use_case_uuid,use_case_code,"));
    QCOMPARE(bytes.count("\r\nsummary,"), 10); // no assessments yet: one summary row each
}

void tst_CliExchange::importSpreadsheetFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("excel semicolon") << "excel-utf8-bom-semicolon.csv";
    QTest::newRow("libreoffice") << "libreoffice-comma-lf.csv";
    QTest::newRow("excel utf-16") << "excel-unicode-text-utf16le.txt";
}

void tst_CliExchange::importSpreadsheetFixtures()
{
    QFETCH(QString, file);
    const QString db = path(QStringLiteral("fixture-%1.sqlite").arg(QString::number(qHash(file))));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit, 0);
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                       test::dataPath(QStringLiteral("csv/") + file)});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(r.outText().contains(QLatin1String("3 added")));
    const QJsonArray list = QJsonDocument::fromJson(listJson(db)).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[1].toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("عدادات المياه الذكية"));
}

void tst_CliExchange::rejectedInputChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid utf-8") << "bad-utf8.csv"
                                   << test::readAll(
                                          test::dataPath(QStringLiteral("csv/invalid-utf8-line3.csv")))
                                   << "bad-utf8.csv: line 3:";
    QTest::newRow("unterminated quote")
        << "quote.csv" << test::readAll(test::dataPath(QStringLiteral("csv/unterminated-quote-line12.csv")))
        << "quote.csv: line 12:";
    QByteArray columns("code,title\nUC-1,ok\n");
    columns.append(QByteArray(1000000, ';'));
    columns.replace(';', ",");
    QTest::newRow("a million columns") << "columns.csv" << columns << "columns.csv: line 3:";
    QTest::newRow("bad row") << "rows.csv"
                             << QByteArray("code,title,sdgs\nUC-NEW-1,New,11\nUC-NEW-2,Bad,99\n")
                             << "rows.csv: line 3: sdgs:";
    QTest::newRow("unmapped column") << "unmapped.csv" << QByteArray("title,Budget\nA,100\n")
                                     << "'Budget' (column 2)";
    QTest::newRow("bad json") << "bad.json" << QByteArray("[{\"title\": 1}]") << "record 1: title:";
}

void tst_CliExchange::rejectedInputChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = path(name);
    QVERIFY(test::writeAll(file, content));
    const QByteArray before = listJson(m_examples);
    const QStringList backups = QDir(path(QStringLiteral("examples-backups"))).entryList(QDir::Files);
    const Run r = cli({QStringLiteral("--db"), m_examples, QStringLiteral("import"), file});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QVERIFY(r.errText().contains(QLatin1String("casebook-cli: ")));
    QCOMPARE(listJson(m_examples), before);
    QCOMPARE(QDir(path(QStringLiteral("examples-backups"))).entryList(QDir::Files), backups);
}

void tst_CliExchange::suggestionsAndMapping()
{
    const QString db = path(QStringLiteral("suggest.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit, 0);
    const QString sheet = path(QStringLiteral("members.csv"));
    QVERIFY(
        test::writeAll(sheet, QByteArray("Nom du projet;Secteur;Budget\r\nBus rapides;Smart city;12\r\n")));

    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), sheet});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.errText().contains(QLatin1String("'Budget'")));

    const QString mapping = path(QStringLiteral("mapping.json"));
    QVERIFY(test::writeAll(mapping, QByteArray(R"({"format": "casebook-csv-mapping", "version": 1,
        "columns": {"Nom du projet": "title", "Budget": null}})")));
    r = cli(
        {QStringLiteral("--db"), db, QStringLiteral("import"), sheet, QStringLiteral("--mapping"), mapping});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QLatin1String("line 2: verticals:")), qPrintable(r.errText()));
    QVERIFY(r.errText().contains(QLatin1String("--accept-suggestions")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), sheet, QStringLiteral("--mapping"),
             mapping, QStringLiteral("--accept-suggestions")});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    const QJsonArray list = QJsonDocument::fromJson(listJson(db)).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("verticals")).toArray(),
             QJsonArray{QStringLiteral("smart_city_services")});

    const QString badMapping = path(QStringLiteral("bad-mapping.json"));
    QVERIFY(test::writeAll(badMapping, QByteArray(R"({"format": "casebook-csv-mapping", "version": 1,
        "columns": {"Budget": "budget"}})")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), sheet, QStringLiteral("--mapping"),
             badMapping});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QLatin1String("bad-mapping.json: columns.Budget")),
             qPrintable(r.errText()));
}

void tst_CliExchange::dryRunJson()
{
    const QString db = path(QStringLiteral("dry.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit, 0);
    const QString sheet = path(QStringLiteral("dry.csv"));
    QVERIFY(test::writeAll(sheet, QByteArray("code,title\nUC-D-1,One\nUC-D-2,Two\n")));
    const QByteArray before = listJson(db);
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), sheet,
                       QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(plan.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("use_case"))
                 .toObject()
                 .value(QStringLiteral("new")),
             2);
    QCOMPARE(plan.value(QStringLiteral("writes")).toInt(), 2);
    QCOMPARE(plan.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(plan.value(QStringLiteral("records"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInt(),
             3);
    QCOMPARE(listJson(db), before);
}

void tst_CliExchange::importIecStepTable()
{
    // The same mapping as the window's wizard: template headings, one row per step.
    const QString db = path(QStringLiteral("steps.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit, 0);
    const QString sheet = path(QStringLiteral("steps.csv"));
    QVERIFY(test::writeAll(sheet,
                           QByteArray("ID,Name of use case,Actors,Reference,Scenario name,Step No.,Event,"
                                      "Information producer (actor),Information receiver (actor)\n"
                                      "UC-T-1,Flood warning,\"Gauge; Centre\",SG20-C-9,Normal,1,Rises,"
                                      "Gauge,Centre\n"
                                      ",,,,,2,Crossed,centre,Radio station\n")));
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), sheet});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY2(r.outText().contains(QLatin1String("1 added")), qPrintable(r.outText()));
    const Run show = cli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("UC-T-1"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(show.exit, 0);
    const QJsonObject u = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(u.value(QStringLiteral("source_documents"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("reference")),
             QStringLiteral("SG20-C-9"));
    const QJsonArray steps = u.value(QStringLiteral("scenarios"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("steps"))
                                 .toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[1].toObject().value(QStringLiteral("producer")), QStringLiteral("Centre"));
    QCOMPARE(
        steps[1].toObject().value(QStringLiteral("unresolved")).toObject().value(QStringLiteral("receiver")),
        QStringLiteral("Radio station"));
}

void tst_CliExchange::importDecidesByContent()
{
    // A JSON export saved as .txt is read as JSON, not as a sheet.
    const QString json = path(QStringLiteral("content.txt"));
    QVERIFY(cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"),
                 path(QStringLiteral("content.json"))})
                .exit
            == 0);
    QVERIFY(test::copyFile(path(QStringLiteral("content.json")), json));
    const QString fromJson = path(QStringLiteral("content-json.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), fromJson, QStringLiteral("init")}).exit, 0);
    Run r = cli({QStringLiteral("--db"), fromJson, QStringLiteral("import"), json});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QCOMPARE(listJson(fromJson), listJson(m_examples));

    // A bundle saved as .csv is read as a bundle.
    const QString bundle = path(QStringLiteral("content.casebook"));
    QCOMPARE(
        cli({QStringLiteral("--db"), m_examples, QStringLiteral("export"), QStringLiteral("--out"), bundle})
            .exit,
        0);
    QVERIFY(test::copyFile(bundle, path(QStringLiteral("bundle.csv"))));
    const QString fromBundle = path(QStringLiteral("content-bundle.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), fromBundle, QStringLiteral("init")}).exit, 0);
    r = cli({QStringLiteral("--db"), fromBundle, QStringLiteral("import"), path(QStringLiteral("bundle.csv")),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("added")).toInt() >= 10);
    QCOMPARE(listJson(fromBundle), listJson(m_examples));
}

void tst_CliExchange::hostileSheetsStayInMemoryBounds_data()
{
    // Sheets under 10 MB shaped to take memory; each must import (dry run) or be refused in < 300 MB.
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("expected");
    QByteArray wide;
    for (int c = 0; c < 500; ++c)
        wide += "column" + QByteArray::number(c) + ',';
    wide.chop(1);
    // The review's file: 500 header columns and 200,000 one-cell rows took 3 GB.
    QTest::newRow("wide header, short rows") << QByteArray(wide + '\n' + QByteArray("x\n").repeated(200000))
                                             << 2 << QStringLiteral("the header has more than 256 columns");
    QByteArray titles = "title\n";
    for (int r = 0; titles.size() < 9800000; ++r)
        titles += "Use case " + QByteArray::number(r) + ' ' + QByteArray(180, 'w') + '\n';
    QTest::newRow("most rows, long titles") << titles << 2 << QStringLiteral("more than 50000 rows");
    QByteArray ok = "title\n";
    for (int r = 0; r < 50000; ++r)
        ok += "Use case " + QByteArray::number(r) + ' ' + QByteArray(180, 'w') + '\n';
    QTest::newRow("50,000 new use cases") << ok << 0 << QStringLiteral("50000 new");
    // (Vocabulary suggestions make this one slow per row, so it is kept small; its problems are capped.)
    QTest::newRow("a problem in every cell") << QByteArray(
        "title,countries,sdgs,verticals\n" + QByteArray("x,XX;YY;ZZ,99;98,zz;yy\n").repeated(4000))
                                             << 2 << QStringLiteral("problem");
    QByteArray cells = "title";
    for (int c = 1; c < 256; ++c)
        cells += ",c" + QByteArray::number(c);
    QTest::newRow("256 cells in every row")
        << QByteArray(cells + '\n' + QByteArray("x,").repeated(255).append("x\n").repeated(18000)) << 2
        << QStringLiteral("name no field");
}

void tst_CliExchange::hostileSheetsStayInMemoryBounds()
{
    if (!test::canMeasureMemory())
        QSKIP("GNU time (Debian package time) measures the peak memory of casebook-cli");
    QFETCH(QByteArray, content);
    QFETCH(int, exit);
    QFETCH(QString, expected);
    QVERIFY(content.size() < 10 * 1024 * 1024);
    const QString file = path(QStringLiteral("hostile.csv"));
    QVERIFY(test::writeAll(file, content));
    const QByteArray before = listJson(m_examples);
    const QByteArray bytesBefore = test::readAll(m_examples);
    const Run r = test::runCliMeasured(
        {QStringLiteral("--db"), m_examples, QStringLiteral("import"), file, QStringLiteral("--dry-run")},
        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI Tester")}});
    QCOMPARE(r.exit, exit);
    const QString output = r.outText() + r.errText();
    QVERIFY2(output.contains(expected), qPrintable(output.left(2000)));
    QCOMPARE(test::readAll(m_examples), bytesBefore);
    QCOMPARE(listJson(m_examples), before);
    const qint64 peakMb = r.peakMb;
    qInfo("peak memory of casebook-cli: %lld MB", peakMb);
    QVERIFY(peakMb > 0);
    QVERIFY2(peakMb < 300, qPrintable(QStringLiteral("%1 MB").arg(peakMb)));
}

QTEST_GUILESS_MAIN(tst_CliExchange)
#include "tst_CliExchange.moc"
