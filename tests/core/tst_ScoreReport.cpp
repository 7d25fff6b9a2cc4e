// ScoreReport: aggregation per use case, ranking, flags and agreement, with hand-computed values.
#include "ScoringFixtures.h"
#include "scoring/ScoreReport.h"

#include <QJsonArray>
#include <QTest>

using namespace casebook;
using namespace casebook::test;

class tst_ScoreReport : public QObject
{
    Q_OBJECT
private slots:
    void handComputed_data();
    void handComputed();
    void agreementAndJson();
    void otherVersionsIgnored();
    void emptyReport();
    void minimumCoverageIsTheRubrics();

private:
    static ScoreReport sample();
};

namespace {
Assessment forUseCase(const QString &useCase, const QString &assessor, const QString &spec)
{
    Assessment a = makeAssessment(spec);
    a.useCaseUuid = useCase;
    a.assessorName = assessor;
    a.rubricUuid = QStringLiteral("r1");
    return a;
}
} // namespace

ScoreReport tst_ScoreReport::sample()
{
    Rubric r = makeRubric(QStringLiteral("A:A1=30,A2=20;B:B1=40,B2=10|B1=0:no security"));
    r.uuid = QStringLiteral("r1");
    r.name = QStringLiteral("Sample");
    const QList<Assessment> list{
        forUseCase(QStringLiteral("u1"), QStringLiteral("Ana"), QStringLiteral("A1=4 A2=2 B1=3 B2=1")),
        forUseCase(QStringLiteral("u3"), QStringLiteral("Ana"), QStringLiteral("A1=1 B1=unk")),
        forUseCase(QStringLiteral("u1"), QStringLiteral("Bo"), QStringLiteral("A1=2 A2=2 B1=3 B2=1")),
        forUseCase(QStringLiteral("u2"), QStringLiteral("Ana"), QStringLiteral("A1=4 A2=4 B1=4 B2=na")),
        forUseCase(QStringLiteral("u4"), QStringLiteral("Ana"), QStringLiteral("A1=0 A2=0 B1=0 B2=0")),
    };
    const QList<UseCaseRef> refs{{QStringLiteral("u1"), QStringLiteral("UC-1"), QStringLiteral("One")},
                                 {QStringLiteral("u2"), QStringLiteral("UC-2"), QStringLiteral("Two")},
                                 {QStringLiteral("u3"), QStringLiteral("UC-3"), QStringLiteral("Three")},
                                 {QStringLiteral("u4"), QStringLiteral("UC-4"), QStringLiteral("Four")}};
    return ScoreReport::build(r, list, refs);
}

void tst_ScoreReport::handComputed_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("overall");
    QTest::addColumn<double>("dimA");
    QTest::addColumn<double>("dimB");
    QTest::addColumn<int>("assessors");
    QTest::addColumn<double>("spread");
    QTest::addColumn<int>("rank");
    QTest::addColumn<QStringList>("flags");
    // u2: (30·4 + 20·4 + 40·4) / 90 / 4 · 100 = 100; B2 N/A drops its weight.
    QTest::newRow("u2 all top, B2 n/a")
        << 0 << "UC-2" << 100.0 << 4.0 << 4.0 << 1 << kNone << 1 << QStringList{};
    // u1: medians A1 3, A2 2, B1 3, B2 1 → (90 + 40 + 120 + 10) / 100 / 4 · 100 = 65; A = 130/50, B = 130/50.
    // Ana 72.5, Bo 57.5 → spread 15; A1 4 vs 2 is a wide disagreement.
    QTest::newRow("u1 two assessors") << 1 << "UC-1" << 65.0 << 2.6 << 2.6 << 2 << 15.0 << 2
                                      << QStringList{QStringLiteral("disagreement:A1")};
    // u3: A1 = 1, B1 unknown (0), A2 and B2 unscored → 30 / 70 / 4 · 100 = 10.714...; it covers 70% of
    // the weight, below the minimum of 75%: listed with its partial index, after the ranked, unranked.
    QTest::newRow("u3 partial with unknown")
        << 3 << "UC-3" << 30.0 / 70.0 / 4.0 * 100.0 << 1.0 << 0.0 << 1 << kNone << 0
        << QStringList{QStringLiteral("incomplete"), QStringLiteral("unknown:B1"),
                       QStringLiteral("knockout:B1")};
    // u4: all zero → 0, and the B1 = 0 knock-out fires.
    QTest::newRow("u4 zero with knock-out")
        << 2 << "UC-4" << 0.0 << 0.0 << 0.0 << 1 << kNone << 3 << QStringList{QStringLiteral("knockout:B1")};
}

void tst_ScoreReport::handComputed()
{
    QFETCH(int, row);
    QFETCH(QString, code);
    QFETCH(double, overall);
    QFETCH(double, dimA);
    QFETCH(double, dimB);
    QFETCH(int, assessors);
    QFETCH(double, spread);
    QFETCH(int, rank);
    QFETCH(QStringList, flags);
    const ScoreReport report = sample();
    QCOMPARE(report.useCases.size(), 4);
    QCOMPARE(report.assessments, 5);
    const UseCaseScore &u = report.useCases.at(row);
    QCOMPARE(u.useCase.code, code);
    QVERIFY(u.overall);
    QVERIFY2(qAbs(*u.overall - overall) < 1e-9, qPrintable(text(u.overall)));
    QVERIFY(qAbs(*u.aggregate.overall.dimensions[0].mean - dimA) < 1e-9);
    QVERIFY(qAbs(*u.aggregate.overall.dimensions[1].mean - dimB) < 1e-9);
    QCOMPARE(int(u.assessors.size()), assessors);
    if (std::isnan(spread))
        QVERIFY(!u.spread);
    else
        QVERIFY(u.spread && qAbs(*u.spread - spread) < 1e-9);
    QCOMPARE(u.rank, rank == 0 ? std::nullopt : std::optional<int>(rank)); // 0: not ranked
    QCOMPARE(ScoreFlag::toStrings(u.flags), flags);
    QCOMPARE(u.isIncomplete(), flags.contains(QStringLiteral("incomplete")));
}

void tst_ScoreReport::agreementAndJson()
{
    const ScoreReport report = sample();
    // Only u1 has two assessors: units (4,2) (2,2) (3,3) (1,1), n = 8.
    // Interval: D_o = 2·4 / 8 = 1; D_e = 120 / 56 → alpha = 1 − 56/120 = 8/15.
    QCOMPARE(report.alphaInterval.result.pairableValues, 8);
    QCOMPARE(report.alphaInterval.result.pairableUnits, 4);
    QVERIFY(qAbs(*report.alphaInterval.result.alpha - 8.0 / 15.0) < 1e-12);
    // Ordinal (marginals 1:2 2:3 3:2 4:1): D_o = 2·16 / 8 = 4; D_e = 624 / 56 → alpha = 1 − 224/624 = 25/39.
    QVERIFY(qAbs(*report.alphaOrdinal.result.alpha - 25.0 / 39.0) < 1e-12);

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("uuid")).toString(), u"r1");
    const QJsonObject agreement = json.value(QStringLiteral("agreement")).toObject();
    QCOMPARE(agreement.value(QStringLiteral("alpha_interval")).toDouble(), 0.5333);
    QCOMPARE(agreement.value(QStringLiteral("alpha_ordinal")).toDouble(), 0.641);
    QCOMPARE(agreement.value(QStringLiteral("pairable_values")).toInt(), 8);
    QCOMPARE(agreement.value(QStringLiteral("reading_interval")).toString(), u"unreliable");
    const QJsonArray ci = agreement.value(QStringLiteral("ci95_interval")).toArray();
    QCOMPARE(ci.size(), 2);
    QVERIFY(ci.at(0).toDouble() <= 0.5333 && 0.5333 <= ci.at(1).toDouble());
    // Per criterion, only u1 has two assessors: A1 (4, 2) alone disagrees completely, alpha 0 (one
    // unit: no interval); A2 (2, 2) has no variation: not computable.
    const QJsonObject perCriterion = agreement.value(QStringLiteral("per_criterion")).toObject();
    QCOMPARE(perCriterion.keys(),
             (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1"),
                          QStringLiteral("B2")}));
    const QJsonObject a1 = perCriterion.value(QStringLiteral("A1")).toObject();
    QCOMPARE(a1.value(QStringLiteral("alpha_interval")).toDouble(), 0.0);
    QCOMPARE(a1.value(QStringLiteral("reading_ordinal")).toString(), u"unreliable");
    QVERIFY(a1.value(QStringLiteral("ci95_interval")).isNull());
    QCOMPARE(a1.value(QStringLiteral("pairable_values")).toInt(), 2);
    const QJsonObject a2 = perCriterion.value(QStringLiteral("A2")).toObject();
    QVERIFY(a2.value(QStringLiteral("alpha_interval")).isNull());
    QCOMPARE(a2.value(QStringLiteral("reading_interval")).toString(), u"not computable");
    const QJsonArray rows = json.value(QStringLiteral("use_cases")).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows.at(1).toObject();
    for (const char *key : {"uuid", "title", "overall", "dimensions", "assessors", "spread", "flags", "rank"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("uuid")).toString(), u"u1");
    QCOMPARE(first.value(QStringLiteral("overall")).toDouble(), 65.0);
    QCOMPARE(first.value(QStringLiteral("spread")).toDouble(), 15.0);
    QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("assessors")).toInt(), 2);
    const QJsonObject dimA = first.value(QStringLiteral("dimensions")).toArray().at(0).toObject();
    QCOMPARE(dimA.value(QStringLiteral("id")).toString(), u"A");
    QCOMPARE(dimA.value(QStringLiteral("mean")).toDouble(), 2.6);
    QCOMPARE(dimA.value(QStringLiteral("index")).toDouble(), 65.0);
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("spread")).isNull());
    const QJsonObject third = rows.at(3).toObject();
    QCOMPARE(third.value(QStringLiteral("overall")).toDouble(), 10.71);
    QCOMPARE(third.value(QStringLiteral("coverage")).toDouble(), 0.7);
    QVERIFY(third.value(QStringLiteral("rank")).isNull());
    QCOMPARE(third.value(QStringLiteral("ranked")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("coverage")).toDouble(), 1.0);
    QCOMPARE(first.value(QStringLiteral("ranked")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("rubric")).toObject().value(QStringLiteral("min_coverage")).toDouble(),
             0.75);
    // u3's "unknown" B1 counts as 0: the knock-out fires, for one of one assessor.
    const QJsonArray knockouts = third.value(QStringLiteral("knockouts")).toArray();
    QCOMPARE(knockouts.size(), 1);
    QCOMPARE(knockouts.at(0).toObject(),
             (QJsonObject{{QStringLiteral("criterion"), QStringLiteral("B1")},
                          {QStringLiteral("flag"), QStringLiteral("no security")},
                          {QStringLiteral("assessors"), 1},
                          {QStringLiteral("of"), 1}}));
}

void tst_ScoreReport::otherVersionsIgnored()
{
    Rubric r = makeRubric(QStringLiteral("A:A1=1"));
    r.uuid = QStringLiteral("v2");
    Assessment old = makeAssessment(QStringLiteral("A1=4"));
    old.rubricUuid = QStringLiteral("v1");
    old.useCaseUuid = QStringLiteral("u");
    Assessment current = makeAssessment(QStringLiteral("A1=2"));
    current.rubricUuid = QStringLiteral("v2");
    current.useCaseUuid = QStringLiteral("u");
    const ScoreReport report = ScoreReport::build(r, {old, current}, {});
    QCOMPARE(report.assessments, 1);
    QCOMPARE(report.useCases.size(), 1);
    QCOMPARE(*report.useCases[0].overall, 50.0);
    QCOMPARE(report.useCases[0].useCase.uuid, u"u"); // no ref given: reported under its UUID
}

void tst_ScoreReport::emptyReport()
{
    const ScoreReport report = ScoreReport::build(makeRubric(QStringLiteral("A:A1=1")), {}, {});
    QVERIFY(report.useCases.isEmpty());
    QVERIFY(!report.alphaInterval.result.isComputable());
    const QJsonObject json = report.toJson();
    QVERIFY(
        json.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("alpha_interval")).isNull());
    QVERIFY(json.value(QStringLiteral("use_cases")).toArray().isEmpty());
}

void tst_ScoreReport::minimumCoverageIsTheRubrics()
{
    Rubric r = makeRubric(QStringLiteral("A:A1=30,A2=20;B:B1=40,B2=10"));
    r.uuid = QStringLiteral("r1");
    // u1 covers 100% (index 25), u2 70% (index 100), u3 40% (index 50).
    const QList<Assessment> list{
        forUseCase(QStringLiteral("u1"), QStringLiteral("Ana"), QStringLiteral("A1=1 A2=1 B1=1 B2=1")),
        forUseCase(QStringLiteral("u2"), QStringLiteral("Ana"), QStringLiteral("A1=4 B1=4")),
        forUseCase(QStringLiteral("u3"), QStringLiteral("Ana"), QStringLiteral("B1=2")),
    };
    auto ranks = [&](double minimum) {
        r.minCoverage = minimum;
        QStringList out;
        for (const UseCaseScore &u : ScoreReport::build(r, list, {}).useCases)
            out.append(u.useCase.uuid + QLatin1Char('=')
                       + (u.rank ? QString::number(*u.rank) : QStringLiteral("-")));
        return out.join(QLatin1Char(' '));
    };
    // The partial u2 would top the ranking on its partial index; below the minimum it is not ranked.
    QCOMPARE(ranks(0.75), QStringLiteral("u1=1 u2=- u3=-"));
    QCOMPARE(ranks(0.7), QStringLiteral("u2=1 u1=2 u3=-"));
    QCOMPARE(ranks(0), QStringLiteral("u2=1 u3=2 u1=3"));
}

QTEST_GUILESS_MAIN(tst_ScoreReport)
#include "tst_ScoreReport.moc"
