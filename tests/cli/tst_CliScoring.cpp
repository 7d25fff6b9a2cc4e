// casebook-cli rubric / assess / scores, run as a process with hand-computed expectations.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace casebook;

namespace {

using Run = casebook::test::CliRun;

const QString kDefaultRubric = QStringLiteral("78e5da43-85bd-4206-90a1-406f1b6c1535"); // version 2
const QString kDefaultSeries = QStringLiteral("9b4292a1-f888-4ba1-956c-5972a63dedfd");

} // namespace

class tst_CliScoring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void rubricListExportImport();
    void assessAndScores();
    void assessMergesAndKeepsOthers();
    void assessRejects_data();
    void assessRejects();
    void assessUnderTheAssessorIdentity();
    void knockoutNotHiddenByTheMedian();

private:
    Run cli(const QStringList &args, const QString &contributor = QStringLiteral("CLI Tester"));
    QString db() const { return m_dir.filePath(QStringLiteral("scoring.sqlite")); }
    QJsonObject scoresJson();
    QJsonObject scoresOf(const QString &code);
    QTemporaryDir m_dir;
};

Run tst_CliScoring::cli(const QStringList &args, const QString &contributor)
{
    return test::runCli(QStringList{QStringLiteral("--db"), db()} + args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), contributor}});
}

QJsonObject tst_CliScoring::scoresOf(const QString &code)
{
    const QJsonArray rows = scoresJson().value(QStringLiteral("use_cases")).toArray();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("code")).toString() == code)
            return row.toObject();
    }
    return {};
}

QJsonObject tst_CliScoring::scoresJson()
{
    const Run r = cli({QStringLiteral("scores"), QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exit != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object();
}

void tst_CliScoring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--examples")});
    QCOMPARE(r.exit, 0);
}

void tst_CliScoring::help_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"rubric", "assess", "scores"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void tst_CliScoring::help()
{
    QFETCH(QString, command);
    const Run r = cli({command, QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("casebook-cli [--db PATH] %1").arg(command)),
             qPrintable(r.outText()));
    const Run general = cli({QStringLiteral("--help")});
    QVERIFY(general.outText().contains(command + QLatin1Char(' ')));
}

void tst_CliScoring::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("contributor");
    const QString t = QStringLiteral("CLI Tester");
    QTest::newRow("rubric alone") << QStringList{QStringLiteral("rubric")} << "needs a subcommand" << t;
    QTest::newRow("rubric unknown") << QStringList{QStringLiteral("rubric"), QStringLiteral("frob")}
                                    << "unknown rubric subcommand 'frob'" << t;
    QTest::newRow("import without file")
        << QStringList{QStringLiteral("rubric"), QStringLiteral("import")} << "exactly one FILE" << t;
    QTest::newRow("export without out")
        << QStringList{QStringLiteral("rubric"), QStringLiteral("export"), kDefaultRubric} << "--out" << t;
    QTest::newRow("assess without rubric")
        << QStringList{QStringLiteral("assess"), QStringLiteral("UC-EX-001")} << "--rubric" << t;
    QTest::newRow("assess without assessor")
        << QStringList{QStringLiteral("assess"), QStringLiteral("UC-EX-001"), QStringLiteral("--rubric"),
                       kDefaultRubric,           QStringLiteral("--score"),   QStringLiteral("A1=1")}
        << "--assessor" << QString();
    QTest::newRow("malformed score") << QStringList{QStringLiteral("assess"),   QStringLiteral("UC-EX-001"),
                                                    QStringLiteral("--rubric"), kDefaultRubric,
                                                    QStringLiteral("--score"),  QStringLiteral("A1")}
                                     << "CRITERION=LEVEL" << t;
    QTest::newRow("level not a number")
        << QStringList{QStringLiteral("assess"), QStringLiteral("UC-EX-001"), QStringLiteral("--rubric"),
                       kDefaultRubric,           QStringLiteral("--score"),   QStringLiteral("A1=high")}
        << "is not a level" << t;
    QTest::newRow("criterion twice") << QStringList{QStringLiteral("assess"),   QStringLiteral("UC-EX-001"),
                                                    QStringLiteral("--rubric"), kDefaultRubric,
                                                    QStringLiteral("--score"),  QStringLiteral("A1=1"),
                                                    QStringLiteral("--na"),     QStringLiteral("A1")}
                                     << "given twice" << t;
    QTest::newRow("bad confidence")
        << QStringList{QStringLiteral("assess"),       QStringLiteral("UC-EX-001"),
                       QStringLiteral("--rubric"),     kDefaultRubric,
                       QStringLiteral("--score"),      QStringLiteral("A1=1"),
                       QStringLiteral("--confidence"), QStringLiteral("A1=sure")}
        << "low, medium or high" << t;
    QTest::newRow("scores bad format")
        << QStringList{QStringLiteral("scores"), QStringLiteral("-f"), QStringLiteral("xml")}
        << "unknown format 'xml'" << t;
    QTest::newRow("scores unknown rubric")
        << QStringList{QStringLiteral("scores"), QStringLiteral("--rubric"), QStringLiteral("nope")}
        << "There is no rubric nope" << t;
    QTest::newRow("assess unknown use case")
        << QStringList{QStringLiteral("assess"), QStringLiteral("UC-NOPE"), QStringLiteral("--rubric"),
                       kDefaultRubric,           QStringLiteral("--score"), QStringLiteral("A1=1")}
        << "There is no use case UC-NOPE" << t;
}

void tst_CliScoring::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QFETCH(QString, contributor);
    const Run r = cli(args, contributor);
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
}

void tst_CliScoring::rubricListExportImport()
{
    Run r = cli({QStringLiteral("rubric"), QStringLiteral("list"), QStringLiteral("--format"),
                 QStringLiteral("json")});
    QCOMPARE(r.exit, 0);
    QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    QJsonObject first = list.first().toObject();
    QCOMPARE(first.value(QStringLiteral("uuid")).toString(), kDefaultRubric);
    QCOMPARE(first.value(QStringLiteral("criteria")).toInt(), 12);
    QCOMPARE(first.value(QStringLiteral("total_weight")).toDouble(), 100.0);
    QCOMPARE(first.value(QStringLiteral("latest")).toBool(), true);

    r = cli({QStringLiteral("rubric"), QStringLiteral("list")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().startsWith(QLatin1String("UUID")));

    // Export by name, then import the same file: nothing changes.
    const QString file = m_dir.filePath(QStringLiteral("rubric.json"));
    r = cli({QStringLiteral("rubric"), QStringLiteral("export"),
             QStringLiteral("Interoperability and standardization (Resolution 98)"), QStringLiteral("--out"),
             file});
    QCOMPARE(r.exit, 0);
    const QJsonObject exported = QJsonDocument::fromJson(test::readAll(file)).object();
    QCOMPARE(exported.value(QStringLiteral("format")).toString(), u"casebook-rubric");
    QCOMPARE(exported.value(QStringLiteral("dimensions")).toArray().size(), 4);
    r = cli(
        {QStringLiteral("rubric"), QStringLiteral("export"), kDefaultRubric, QStringLiteral("--out"), file});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.errText().contains(QLatin1String("--force")));
    r = cli({QStringLiteral("rubric"), QStringLiteral("import"), file});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("nothing changed")), qPrintable(r.outText()));

    // The same UUID with another definition is refused; a file without UUIDs becomes a new rubric.
    QJsonObject changed = exported;
    QJsonArray dims = changed.value(QStringLiteral("dimensions")).toArray();
    QJsonObject dimA = dims[0].toObject();
    QJsonArray crits = dimA.value(QStringLiteral("criteria")).toArray();
    QJsonObject a1 = crits[0].toObject();
    a1.insert(QStringLiteral("weight"), 16);
    crits[0] = a1;
    dimA.insert(QStringLiteral("criteria"), crits);
    dims[0] = dimA;
    changed.insert(QStringLiteral("dimensions"), dims);
    const QString conflicting = m_dir.filePath(QStringLiteral("conflicting.json"));
    QVERIFY(test::writeAll(conflicting, QJsonDocument(changed).toJson()));
    r = cli({QStringLiteral("rubric"), QStringLiteral("import"), conflicting});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.errText().contains(conflicting));
    QVERIFY(r.errText().contains(QLatin1String("needs a new version")));

    changed.remove(QStringLiteral("uuid"));
    changed.remove(QStringLiteral("series_uuid"));
    changed.insert(QStringLiteral("name"), QStringLiteral("Imported copy"));
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.json"));
    QVERIFY(test::writeAll(fresh, QJsonDocument(changed).toJson()));
    r = cli({QStringLiteral("rubric"), QStringLiteral("import"), fresh});
    QCOMPARE(r.exit, 0);
    QVERIFY(!QUuid::fromString(r.outText().trimmed()).isNull());

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeAll(broken, R"({"name": "x", "dimensions": [{"name": "d", "criteria": [{"id": "X1",
        "name": "c", "weight": 1, "levels": ["only one"]}]}]})"));
    r = cli({QStringLiteral("rubric"), QStringLiteral("import"), broken});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QLatin1String("level descriptors")), qPrintable(r.errText()));
    // A repeated key is refused with its path, not resolved to the last value.
    const QString twice = m_dir.filePath(QStringLiteral("twice.json"));
    QVERIFY(test::writeAll(twice,
                           R"({"name": "x", "dimensions": [{"name": "d", "name": "e", "criteria": []}]})"));
    r = cli({QStringLiteral("rubric"), QStringLiteral("import"), twice});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(QLatin1String("dimensions[0].name appears twice")),
             qPrintable(r.errText()));
    r = cli({QStringLiteral("rubric"), QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
}

void tst_CliScoring::assessAndScores()
{
    // Ana: A1 4, A2 4, B1 2 → (6·4 + 9·4 + 10·2) / 25 / 4 · 100 = 80; partial.
    Run r = cli({QStringLiteral("assess"), QStringLiteral("UC-EX-001"), QStringLiteral("--rubric"),
                 kDefaultSeries, QStringLiteral("--assessor"), QStringLiteral("Ana"),
                 QStringLiteral("--organization"), QStringLiteral("ITU-T SG20"), QStringLiteral("--score"),
                 QStringLiteral("A1=4,A2=4"), QStringLiteral("--score"), QStringLiteral("B1=2"),
                 QStringLiteral("--rationale"), QStringLiteral("A1=LoRaWAN, end to end"),
                 QStringLiteral("--confidence"), QStringLiteral("A1=high")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("3 of 12 criteria scored, index 80.0 (incomplete)")),
             qPrintable(r.outText()));
    // Bo (from CASEBOOK_CONTRIBUTOR): A1 2, A2 4, B1 2 → (12 + 36 + 20) / 25 / 4 · 100 = 68.
    r = cli({QStringLiteral("assess"), QStringLiteral("uc-ex-001"), QStringLiteral("--rubric"),
             kDefaultRubric, QStringLiteral("--score"), QStringLiteral("A1=2,A2=4,B1=2")},
            QStringLiteral("Bo"));
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("by Bo")), qPrintable(r.outText()));
    // Cy: every criterion at 2 → 50, complete.
    r = cli({QStringLiteral("assess"), QStringLiteral("UC-EX-002"), QStringLiteral("--rubric"),
             kDefaultRubric, QStringLiteral("--assessor"), QStringLiteral("Cy"), QStringLiteral("--score"),
             QStringLiteral("A1=2,A2=2,A3=2,A4=2,A5=2,B1=2,B2=2,C1=2,C2=2,C3=2,D1=2,D2=2")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("12 of 12 criteria scored, index 50.0.")),
             qPrintable(r.outText()));

    const QJsonObject json = scoresJson();
    QCOMPARE(json.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("uuid")).toString(),
             kDefaultRubric);
    const QJsonObject agreement = json.value(QStringLiteral("agreement")).toObject();
    // Units A1 (4,2), A2 (4,4), B1 (2,2): n = 6, D_o = 8/6, D_e = 72/30 → alpha = 1 − (8/6)/2.4 = 4/9.
    QCOMPARE(agreement.value(QStringLiteral("pairable_values")).toInt(), 6);
    QCOMPARE(agreement.value(QStringLiteral("alpha_interval")).toDouble(), 0.4444);
    QVERIFY(agreement.contains(QStringLiteral("alpha_ordinal")));
    QCOMPARE(agreement.value(QStringLiteral("reading_interval")).toString(), u"unreliable");
    // Per criterion: A1 (4, 2) alone gives alpha 0; A2 (4, 4) and B1 (2, 2) have no variation.
    const QJsonObject perCriterion = agreement.value(QStringLiteral("per_criterion")).toObject();
    QCOMPARE(perCriterion.size(), 12);
    QCOMPARE(perCriterion.value(QStringLiteral("A1"))
                 .toObject()
                 .value(QStringLiteral("alpha_interval"))
                 .toDouble(),
             0.0);
    QVERIFY(
        perCriterion.value(QStringLiteral("A2")).toObject().value(QStringLiteral("alpha_interval")).isNull());
    const QJsonArray rows = json.value(QStringLiteral("use_cases")).toArray();
    QCOMPARE(rows.size(), 2);
    // UC-EX-001 covers A1, A2 and B1: 25% of the weight, below the minimum of 75%, so it is listed
    // with its partial index after the ranked UC-EX-002, without a rank.
    const QJsonObject one = rows[1].toObject();
    // Medians A1 3, A2 4, B1 2 → (18 + 36 + 20) / 25 / 4 · 100 = 74; spread 80 − 68 = 12.
    QCOMPARE(one.value(QStringLiteral("code")).toString(), u"UC-EX-001");
    QCOMPARE(one.value(QStringLiteral("overall")).toDouble(), 74.0);
    QCOMPARE(one.value(QStringLiteral("spread")).toDouble(), 12.0);
    QCOMPARE(one.value(QStringLiteral("assessors")).toInt(), 2);
    QVERIFY(one.value(QStringLiteral("rank")).isNull());
    QCOMPARE(one.value(QStringLiteral("ranked")).toBool(), false);
    QCOMPARE(one.value(QStringLiteral("coverage")).toDouble(), 0.25);
    QCOMPARE(one.value(QStringLiteral("flags")).toArray(),
             QJsonArray({QStringLiteral("incomplete"), QStringLiteral("disagreement:A1")}));
    // Dimension A: (6·3 + 9·4) / 15 = 3.6; D: nothing applies.
    const QJsonArray dims = one.value(QStringLiteral("dimensions")).toArray();
    QCOMPARE(dims[0].toObject().value(QStringLiteral("mean")).toDouble(), 3.6);
    QVERIFY(dims[3].toObject().value(QStringLiteral("mean")).isNull());
    const QJsonObject two = rows[0].toObject();
    QCOMPARE(two.value(QStringLiteral("overall")).toDouble(), 50.0);
    QCOMPARE(two.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(two.value(QStringLiteral("coverage")).toDouble(), 1.0);
    QVERIFY(two.value(QStringLiteral("spread")).isNull());
    QVERIFY(two.value(QStringLiteral("flags")).toArray().isEmpty());

    r = cli({QStringLiteral("scores")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("RANK")));
    QVERIFY(r.outText().contains(QLatin1String("74.0")));
    QVERIFY2(r.outText().contains(QLatin1String("interval 0.444 [")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QLatin1String("  A1    0.000 do not rely on it;")),
             qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QLatin1String("COVER")) && r.outText().contains(QLatin1String(" 25% ")),
             qPrintable(r.outText()));
    r = cli({QStringLiteral("scores"), QStringLiteral("--rubric"), kDefaultRubric, QStringLiteral("-f"),
             QStringLiteral("csv")});
    QCOMPARE(r.exit, 0);
    const QStringList lines = r.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             QStringLiteral("rank,uuid,code,title,overall,dimension_A,dimension_B,dimension_C,dimension_D,"
                            "assessors,spread,flags,knockouts,coverage"));
    QVERIFY2(lines[1].startsWith(QLatin1String("1,")) && lines[1].endsWith(QLatin1String(",1.0000")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QLatin1String(",")) && lines[2].contains(QLatin1String(",74.00,3.60,"))
                 && lines[2].endsWith(QLatin1String(",0.2500")),
             qPrintable(lines[2]));
}

void tst_CliScoring::assessMergesAndKeepsOthers()
{
    // Ana adds A5 = 0: her earlier answers stay, the knock-out fires, Bo's assessment is untouched.
    Run r = cli({QStringLiteral("assess"), QStringLiteral("UC-EX-001"), QStringLiteral("--rubric"),
                 kDefaultRubric, QStringLiteral("--assessor"), QStringLiteral("Ana"),
                 QStringLiteral("--score"), QStringLiteral("A5=0")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().startsWith(QLatin1String("Updated")), qPrintable(r.outText()));
    QVERIFY(r.outText().contains(QLatin1String("4 of 12")));
    QJsonObject one = scoresOf(QStringLiteral("UC-EX-001"));
    QCOMPARE(one.value(QStringLiteral("assessors")).toInt(), 2);
    QVERIFY(one.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("knockout:A5")));
    // Medians A1 3, A2 4, A5 0, B1 2 → 74 / 33 / 4 · 100 = 56.06.
    QCOMPARE(one.value(QStringLiteral("overall")).toDouble(), 56.06);

    // --replace starts from an empty sheet; --clear makes a criterion unscored again.
    r = cli({QStringLiteral("assess"), QStringLiteral("UC-EX-001"), QStringLiteral("--rubric"),
             kDefaultRubric, QStringLiteral("--assessor"), QStringLiteral("Ana"), QStringLiteral("--replace"),
             QStringLiteral("--score"), QStringLiteral("A1=2,A2=4,B1=2,A5=4")});
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("4 of 12")));
    r = cli({QStringLiteral("assess"), QStringLiteral("UC-EX-001"), QStringLiteral("--rubric"),
             kDefaultRubric, QStringLiteral("--assessor"), QStringLiteral("Ana"), QStringLiteral("--clear"),
             QStringLiteral("A5")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("3 of 12")), qPrintable(r.outText()));
    one = scoresOf(QStringLiteral("UC-EX-001"));
    QCOMPARE(one.value(QStringLiteral("overall")).toDouble(), 68.0);
    QCOMPARE(one.value(QStringLiteral("spread")).toDouble(), 0.0);
}

void tst_CliScoring::assessRejects_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown criterion")
        << QStringList{QStringLiteral("--score"), QStringLiteral("Z9=1")} << "has no criterion Z9";
    QTest::newRow("level above scale")
        << QStringList{QStringLiteral("--score"), QStringLiteral("A1=5")} << "outside the scale 0 to 4";
    QTest::newRow("n/a of unknown criterion")
        << QStringList{QStringLiteral("--na"), QStringLiteral("Q1")} << "has no criterion Q1";
}

void tst_CliScoring::assessRejects()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    const QByteArray before =
        cli({QStringLiteral("scores"), QStringLiteral("-f"), QStringLiteral("json")}).out;
    const Run r =
        cli(QStringList{QStringLiteral("assess"), QStringLiteral("UC-EX-003"), QStringLiteral("--rubric"),
                        kDefaultRubric, QStringLiteral("--assessor"), QStringLiteral("Ana")}
            + extra);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QCOMPARE(cli({QStringLiteral("scores"), QStringLiteral("-f"), QStringLiteral("json")}).out, before);
}

void tst_CliScoring::assessUnderTheAssessorIdentity()
{
    const QString id = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    auto as = [this](const QString &name, const QString &assessorId, const QStringList &args) {
        return test::runCli(QStringList{QStringLiteral("--db"), db()} + args,
                            {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
                             {QStringLiteral("CASEBOOK_CONTRIBUTOR"), name},
                             {QStringLiteral("CASEBOOK_ASSESSOR_ID"), assessorId}});
    };
    const QStringList assess{QStringLiteral("assess"), QStringLiteral("UC-EX-003"),
                             QStringLiteral("--rubric"), kDefaultRubric};
    const QByteArray before = test::readAll(db());
    Run r = as(QStringLiteral("Di"), QStringLiteral("me; DROP TABLE"),
               assess + QStringList{QStringLiteral("--score"), QStringLiteral("A1=3")});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.errText().contains(QLatin1String("CASEBOOK_ASSESSOR_ID must be a UUID")),
             qPrintable(r.errText()));
    QCOMPARE(test::readAll(db()), before);
    r = as(QStringLiteral("Di"), id,
           assess
               + QStringList{QStringLiteral("--assessor"), QStringLiteral("Di"), QStringLiteral("--score"),
                             QStringLiteral("A1=3")});
    QCOMPARE(r.exit, 0);
    // The same identity signing with another name is the same assessor: the assessment is updated.
    r = as(QStringLiteral("Di Ng"), id,
           assess + QStringList{QStringLiteral("--score"), QStringLiteral("A2=1")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().startsWith(QLatin1String("Updated")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QLatin1String("2 of 12")), qPrintable(r.outText()));
}

void tst_CliScoring::knockoutNotHiddenByTheMedian()
{
    // Cy gave A5 = 2 on UC-EX-002; Dee gives 0: the median 1 is above the rule's level 0, but the
    // knock-out must fire, for 1 of 2 assessors.
    Run r = cli({QStringLiteral("assess"), QStringLiteral("UC-EX-002"), QStringLiteral("--rubric"),
                 kDefaultRubric, QStringLiteral("--assessor"), QStringLiteral("Dee"),
                 QStringLiteral("--score"), QStringLiteral("A5=0")});
    QCOMPARE(r.exit, 0);
    QJsonObject two;
    const QJsonArray rows = scoresJson().value(QStringLiteral("use_cases")).toArray();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("code")).toString() == u"UC-EX-002")
            two = row.toObject();
    }
    QVERIFY(two.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("knockout:A5")));
    const QJsonObject hit = two.value(QStringLiteral("knockouts")).toArray().at(0).toObject();
    QCOMPARE(hit.value(QStringLiteral("criterion")).toString(), u"A5");
    QCOMPARE(hit.value(QStringLiteral("assessors")).toInt(), 1);
    QCOMPARE(hit.value(QStringLiteral("of")).toInt(), 2);

    r = cli({QStringLiteral("scores")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("Knock-out UC-EX-002 A5"))
                 && r.outText().contains(QLatin1String("1 of 2 assessors")),
             qPrintable(r.outText()));
    r = cli({QStringLiteral("scores"), QStringLiteral("-f"), QStringLiteral("csv")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.outText().contains(QLatin1String("A5: 1 of 2 assessors")), qPrintable(r.outText()));
}

QTEST_GUILESS_MAIN(tst_CliScoring)
#include "tst_CliScoring.moc"
