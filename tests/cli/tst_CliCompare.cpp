// casebook-cli compare (issue 11), run as a process with hand-computed expectations.
//
// Default rubric version 2: A (A1..A5) weighs 40, B (B1, B2) 16, C (C1..C3) 24, D (D1, D2) 20; scale 0–4.
// P = UC-EX-001: A all 4, B, C, D all 0 → 40 × 4 / 100 / 4 × 100 = 40.
// Q = UC-EX-002: A all 0, B and C all 4, D all 2 → (64 + 96 + 40) / 400 × 100 = 50. Q first.
// With A's total weight t (the others fixed): P = 100t/(t + 60), Q = 5000/(t + 60): equal at t = 50.
// B's weight u: P = 4000/(u + 84), Q = (3400 + 100u)/(u + 84): equal at u = 6. C's v: equal at v = 14.
// D's w: P = 4000/(w + 80), Q = (4000 + 50w)/(w + 80): Q stays first down to 0.
// UC-EX-003 is not assessed; UC-EX-004 is restricted.
#include "DatabaseDump.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

using Run = casebook::test::CliRun;

const QString kRubric = QStringLiteral("78e5da43-85bd-4206-90a1-406f1b6c1535");

QStringList scoresFor(const QString &a, const QString &b, const QString &c, const QString &d)
{
    QStringList items;
    for (const QString &id : {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                              QStringLiteral("A4"), QStringLiteral("A5")})
        items.append(id + QLatin1Char('=') + a);
    for (const QString &id : {QStringLiteral("B1"), QStringLiteral("B2")})
        items.append(id + QLatin1Char('=') + b);
    for (const QString &id : {QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")})
        items.append(id + QLatin1Char('=') + c);
    for (const QString &id : {QStringLiteral("D1"), QStringLiteral("D2")})
        items.append(id + QLatin1Char('=') + d);
    return {QStringLiteral("--score"), items.join(QLatin1Char(','))};
}

QJsonObject row(const QJsonObject &json, int i)
{
    return json.value(QStringLiteral("use_cases")).toArray().at(i).toObject();
}

} // namespace

class tst_CliCompare : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help();
    void table();
    void json();
    void weightsReorder();
    void weightsFileRoundTrip();
    void csv();
    void refusals_data();
    void refusals();
    void restrictedLeftOut();

private:
    Run cli(const QStringList &args);
    QJsonObject compareJson(const QStringList &extra);
    QString db() const { return m_dir.filePath(QStringLiteral("compare.sqlite")); }
    QTemporaryDir m_dir;
};

Run tst_CliCompare::cli(const QStringList &args)
{
    return test::runCli(QStringList{QStringLiteral("--db"), db()} + args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("Ana")}});
}

QJsonObject tst_CliCompare::compareJson(const QStringList &extra)
{
    const Run r = cli(QStringList{QStringLiteral("compare"), QStringLiteral("--ids"),
                                  QStringLiteral("UC-EX-001,UC-EX-002,UC-EX-003"), QStringLiteral("--format"),
                                  QStringLiteral("json")}
                      + extra);
    if (r.exit != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void tst_CliCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--examples")}).exit, 0);
    const QStringList assess{QStringLiteral("assess"), QStringLiteral("--rubric"), kRubric};
    QCOMPARE(
        cli(assess + QStringList{QStringLiteral("UC-EX-001")}
            + scoresFor(QStringLiteral("4"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")))
            .exit,
        0);
    QCOMPARE(
        cli(assess + QStringList{QStringLiteral("UC-EX-002")}
            + scoresFor(QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("2")))
            .exit,
        0);
    QCOMPARE(
        cli(assess + QStringList{QStringLiteral("UC-EX-004")}
            + scoresFor(QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4")))
            .exit,
        0);
    auto opened = Database::open(db());
    QVERIFY(opened);
    UseCaseRepository repo(**opened);
    auto restricted = repo.get(QStringLiteral("UC-EX-004"));
    QVERIFY(restricted);
    restricted->sharingLevel = QStringLiteral("restricted");
    QVERIFY(repo.update(*restricted));
}

void tst_CliCompare::help()
{
    const Run r = cli({QStringLiteral("compare"), QStringLiteral("--help")});
    QCOMPARE(r.exit, 0);
    for (const QString &text :
         {QStringLiteral("--weights"), QStringLiteral("--weights-file"), QStringLiteral("--workshop"),
          QStringLiteral("--stability"), QStringLiteral("--top")})
        QVERIFY2(r.outText().contains(text), qPrintable(text));
    QVERIFY(cli({QStringLiteral("--help")}).outText().contains(QStringLiteral("compare ")));
}

void tst_CliCompare::table()
{
    const Run r = cli({QStringLiteral("compare"), QStringLiteral("--ids"),
                       QStringLiteral("UC-EX-001,UC-EX-002,UC-EX-003")});
    QCOMPARE(r.exit, 0);
    const QString text = r.outText();
    QVERIFY2(text.contains(QStringLiteral("Weights: A 40, B 16, C 24, D 20")), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n1 +UC-EX-002 +50\\.0 +100%"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n2 +UC-EX-001 +40\\.0 +100%"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n- +UC-EX-003 +- +0%"))));
    QVERIFY(text.contains(QStringLiteral("  A       40.00  [0.00, 50.00]")));
    QVERIFY(text.contains(QStringLiteral("  B       16.00  [6.00, 100.00]")));
    QVERIFY(text.contains(QStringLiteral("  C       24.00  [14.00, 100.00]")));
    QVERIFY(text.contains(QStringLiteral("  D       20.00  [0.00, 100.00]")));
    QVERIFY(text.contains(QStringLiteral("Agreement")));
}

void tst_CliCompare::json()
{
    const QJsonObject json = compareJson({});
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("agreement"), QStringLiteral("rubric"), QStringLiteral("stability"),
                          QStringLiteral("use_cases"), QStringLiteral("weights")}));
    QCOMPARE(json.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("uuid")).toString(),
             kRubric);
    const QJsonObject q = row(json, 0);
    QCOMPARE(q.value(QStringLiteral("code")).toString(), QStringLiteral("UC-EX-002"));
    QCOMPARE(q.value(QStringLiteral("overall")).toDouble(), 50.0);
    QCOMPARE(q.value(QStringLiteral("coverage")).toDouble(), 1.0);
    QCOMPARE(q.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(q.value(QStringLiteral("ranked")).toBool(), true);
    const QJsonObject d1 =
        q.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("D1")).toObject();
    QCOMPARE(d1,
             (QJsonObject{{QStringLiteral("median"), 2.0},
                          {QStringLiteral("min"), 2.0},
                          {QStringLiteral("max"), 2.0},
                          {QStringLiteral("n"), 1}}));
    QCOMPARE(row(json, 1).value(QStringLiteral("overall")).toDouble(), 40.0);
    const QJsonObject e = row(json, 2);
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("UC-EX-003"));
    QVERIFY(e.value(QStringLiteral("overall")).isNull());
    QCOMPARE(e.value(QStringLiteral("ranked")).toBool(), false);
    QCOMPARE(e.value(QStringLiteral("flags")).toArray(), QJsonArray{QStringLiteral("incomplete")});

    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    QCOMPARE(weights.value(QStringLiteral("A")).toDouble(), 40.0);
    QCOMPARE(weights.value(QStringLiteral("A3")).toDouble(), 10.0);
    QCOMPARE(weights.size(), 4 + 12);
    const QJsonArray stability = json.value(QStringLiteral("stability")).toArray();
    QCOMPARE(stability.size(), 4);
    QCOMPARE(stability.at(0).toObject(),
             (QJsonObject{{QStringLiteral("weight"), QStringLiteral("A")},
                          {QStringLiteral("value"), 40.0},
                          {QStringLiteral("low"), 0.0},
                          {QStringLiteral("high"), 50.0}}));
    QCOMPARE(stability.at(1).toObject().value(QStringLiteral("low")).toDouble(), 6.0);
    QCOMPARE(stability.at(2).toObject().value(QStringLiteral("low")).toDouble(), 14.0);
    const QJsonObject agreement = json.value(QStringLiteral("agreement")).toObject();
    QVERIFY(agreement.contains(QStringLiteral("alpha_interval")));
    QVERIFY(agreement.contains(QStringLiteral("alpha_ordinal")));
    QCOMPARE(agreement.value(QStringLiteral("per_criterion")).toObject().size(), 12);

    // Criteria's intervals on demand: A1 (weight 6): P = 100·s/(s + 94)·... equal where 4s·25/(s + 94) =
    // 5000/(s + 94), s = 50 (its share of A moves the same 4 levels).
    const QJsonArray all = compareJson({QStringLiteral("--stability"), QStringLiteral("all")})
                               .value(QStringLiteral("stability"))
                               .toArray();
    QCOMPARE(all.size(), 4 + 12);
    QCOMPARE(all.at(4).toObject().value(QStringLiteral("weight")).toString(), QStringLiteral("A1"));
    QCOMPARE(all.at(4).toObject().value(QStringLiteral("high")).toDouble(), 16.0);
}

/// A = 80 (total 140): P = 320/560 × 100 = 57.14 first, Q = 200/560 × 100 = 35.71.
void tst_CliCompare::weightsReorder()
{
    const QJsonObject json = compareJson({QStringLiteral("--weights"), QStringLiteral("A=80")});
    QCOMPARE(row(json, 0).value(QStringLiteral("code")).toString(), QStringLiteral("UC-EX-001"));
    QCOMPARE(row(json, 0).value(QStringLiteral("overall")).toDouble(), 57.14);
    QCOMPARE(row(json, 1).value(QStringLiteral("overall")).toDouble(), 35.71);
    QCOMPARE(json.value(QStringLiteral("weights")).toObject().value(QStringLiteral("A1")).toDouble(), 12.0);
    // A criterion key: D1 = 0 leaves D2 alone in D (total 90): Q (64 + 96 + 20) / 360 × 100 = 50,
    // P 160 / 360 × 100 = 44.44.
    const QJsonObject d1 = compareJson({QStringLiteral("--weights"), QStringLiteral("D1=0")});
    QCOMPARE(d1.value(QStringLiteral("weights")).toObject().value(QStringLiteral("D")).toDouble(), 10.0);
    QCOMPARE(row(d1, 0).value(QStringLiteral("overall")).toDouble(), 50.0);
    QCOMPARE(row(d1, 1).value(QStringLiteral("overall")).toDouble(), 44.44);
}

/// The "weights" of the JSON, fed back through --weights-file, give the same comparison.
void tst_CliCompare::weightsFileRoundTrip()
{
    const QJsonObject first = compareJson({QStringLiteral("--weights"), QStringLiteral("B=30,C1=2")});
    const QString path = m_dir.filePath(QStringLiteral("weights.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(first.value(QStringLiteral("weights")).toObject()).toJson());
    file.close();
    QCOMPARE(compareJson({QStringLiteral("--weights-file"), path}), first);
    const QString text = m_dir.filePath(QStringLiteral("weights.txt"));
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::WriteOnly));
    textFile.write("B=30\nC1=2\n");
    textFile.close();
    QCOMPARE(compareJson({QStringLiteral("--weights-file"), text}), first);
}

void tst_CliCompare::csv()
{
    const Run r =
        cli({QStringLiteral("compare"), QStringLiteral("--ids"), QStringLiteral("UC-EX-001,UC-EX-002"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exit, 0);
    const QStringList lines = r.outText().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0),
             QStringLiteral("rank,uuid,code,title,overall,coverage,dimension_A,dimension_B,dimension_C,"
                            "dimension_D,median_A1,median_A2,median_A3,median_A4,median_A5,median_B1,"
                            "median_B2,median_C1,median_C2,median_C3,median_D1,median_D2,flags"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("1,")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral(",UC-EX-002,")));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",50.00,1.0000,0.00,4.00,4.00,2.00,0.00,0.00,0.00,0.00,0.00,"
                                                 "4.00,4.00,4.00,4.00,4.00,2.00,2.00,knockout:A5")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("2,")));
    QCOMPARE(lines.size(), 4); // header, two rows, the empty text after the last CRLF
}

void tst_CliCompare::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    const QStringList ids{QStringLiteral("compare"), QStringLiteral("--ids"), QStringLiteral("UC-EX-001")};
    QTest::newRow("negative") << ids + QStringList{QStringLiteral("--weights"), QStringLiteral("A=-5")} << 1
                              << "--weights: The weight of A must be zero or more, not -5.";
    QTest::newRow("not a number") << ids + QStringList{QStringLiteral("--weights"), QStringLiteral("A=heavy")}
                                  << 1 << "--weights: The weight of A must be a number, not 'heavy'.";
    QTest::newRow("unknown key") << ids + QStringList{QStringLiteral("--weights"), QStringLiteral("E=5")} << 1
                                 << "E is neither a dimension nor a criterion of the rubric";
    QTest::newRow("malformed") << ids + QStringList{QStringLiteral("--weights"), QStringLiteral("A:40")} << 1
                               << "A weight is KEY=NUMBER, for example A=40 or A1=6, not 'A:40'.";
    QTest::newRow("both weights") << ids
            + QStringList{QStringLiteral("--weights"), QStringLiteral("A=1"),
                          QStringLiteral("--weights-file"), QStringLiteral("w.json")}
                                  << 1 << "Give the weights once";
    QTest::newRow("missing file") << ids
            + QStringList{QStringLiteral("--weights-file"), QStringLiteral("nowhere.json")}
                                  << 2 << "nowhere.json";
    QTest::newRow("unknown id") << QStringList{QStringLiteral("compare"), QStringLiteral("--ids"),
                                               QStringLiteral("UC-EX-001,UC-NOPE")}
                                << 1 << "No use case has the UUID or code 'UC-NOPE'.";
    QTest::newRow("nothing chosen") << QStringList{QStringLiteral(
        "compare")} << 1 << "Choose the use cases to compare: --ids, --tag, --query or --workshop.";
    QTest::newRow("no match") << QStringList{QStringLiteral("compare"), QStringLiteral("--query"),
                                             QStringLiteral("zzzunmatchable")}
                              << 1 << "No use case matches the selection; nothing to compare.";
    QTest::newRow("workshop and ids") << ids + QStringList{QStringLiteral("--workshop"), QStringLiteral("W")}
                                      << 1 << "--workshop chooses the use cases itself";
    QTest::newRow("no workshop") << QStringList{QStringLiteral("compare"), QStringLiteral("--workshop"),
                                                QStringLiteral("Geneva")}
                                 << 1 << "There is no workshop named \"Geneva\".";
    QTest::newRow("top") << ids + QStringList{QStringLiteral("--top"), QStringLiteral("0")} << 1
                         << "--top needs a whole number of 1 or more, not '0'.";
    QTest::newRow("stability") << ids + QStringList{QStringLiteral("--stability"), QStringLiteral("some")}
                               << 1 << "--stability takes dimensions, criteria or all, not 'some'.";
    QTest::newRow("format") << ids + QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 1
                            << "xml";
}

void tst_CliCompare::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    QStringList before;
    {
        auto opened = Database::open(db());
        QVERIFY(opened);
        before = test::dumpDatabase(**opened, true);
    }
    const Run r = cli(args);
    QCOMPARE(r.exit, exit);
    QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
    QVERIFY(r.out.isEmpty());
    auto opened = Database::open(db());
    QVERIFY(opened);
    QCOMPARE(test::dumpDatabase(**opened, true), before);
}

/// The sharing rule of `report`: a restricted use case is compared only with --include-restricted; the
/// note goes to standard error, so the JSON stays clean. A broken weights file is rejected input (2).
void tst_CliCompare::restrictedLeftOut()
{
    const QStringList args{QStringLiteral("compare"), QStringLiteral("--ids"),
                           QStringLiteral("UC-EX-001,UC-EX-004"), QStringLiteral("--format"),
                           QStringLiteral("json")};
    const Run r = cli(args);
    QCOMPARE(r.exit, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("use_cases")).toArray().size(), 1);
    QVERIFY2(
        r.errText().contains(QStringLiteral("Left out 1 restricted use case named by --ids: UC-EX-004.")),
        qPrintable(r.errText()));
    const Run all = cli(args + QStringList{QStringLiteral("--include-restricted")});
    QCOMPARE(all.exit, 0);
    const QJsonObject json = QJsonDocument::fromJson(all.out).object();
    QCOMPARE(row(json, 0).value(QStringLiteral("code")).toString(), QStringLiteral("UC-EX-004"));
    QCOMPARE(row(json, 0).value(QStringLiteral("overall")).toDouble(), 100.0);

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"A\": -3}");
    file.close();
    const Run bad = cli({QStringLiteral("compare"), QStringLiteral("--ids"), QStringLiteral("UC-EX-001"),
                         QStringLiteral("--weights-file"), broken});
    QCOMPARE(bad.exit, 2);
    QVERIFY2(
        bad.errText().contains(QStringLiteral("broken.json: The weight of A must be zero or more, not -3.")),
        qPrintable(bad.errText()));
}

QTEST_GUILESS_MAIN(tst_CliCompare)
#include "tst_CliCompare.moc"
