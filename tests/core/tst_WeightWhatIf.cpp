#include "scoring/WeightWhatIf.h"

#include "ScoringFixtures.h"

#include <QTest>

#include <cmath>

using namespace casebook;
using casebook::test::kNone;
using casebook::test::makeAssessments;
using casebook::test::makeRubric;
using casebook::test::optionalDoubles;
using casebook::test::optionalInts;

namespace {

Rubric twoCriteria()
{
    return makeRubric(QStringLiteral("A:A1=50;B:B1=50"));
}

/// Six items. With weights 50/50 (index = mean level × 25):
/// X (4,0) 50 · Y (0,4) 50 · Z (2,2) 50 · W (3,3) 75 · V two assessors, medians (3,0) 37.5 · E no assessment.
/// Baseline ranks: X 2, Y 2, Z 2, W 1, V 5, E unranked.
QList<QList<Assessment>> items()
{
    return {
        makeAssessments({QStringLiteral("A1=4 B1=0")}),
        makeAssessments({QStringLiteral("A1=0 B1=4")}),
        makeAssessments({QStringLiteral("A1=2 B1=2")}),
        makeAssessments({QStringLiteral("A1=3 B1=3")}),
        makeAssessments({QStringLiteral("A1=4 B1=0"), QStringLiteral("A1=2 B1=0")}),
        {},
    };
}

QMap<QString, double> parseOverrides(const QString &spec)
{
    QMap<QString, double> map;
    for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        map.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1).toDouble());
    return map;
}

} // namespace

class tst_WeightWhatIf : public QObject
{
    Q_OBJECT
private slots:
    void run_data();
    void run();
    void withWeightsLeavesOriginal();
};

void tst_WeightWhatIf::run_data()
{
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<QString>("indices"); // what-if indices of X Y Z W V E
    QTest::addColumn<QString>("ranks");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("maxShift");
    QTest::addColumn<double>("spearman");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("no overrides") << QString() << QStringLiteral("50 50 50 75 37.5 -")
                                  << QStringLiteral("2 2 2 1 5 -") << 0 << 0 << 1.0 << QStringList{};
    // Overriding with the same weight changes nothing.
    QTest::newRow("same weight") << QStringLiteral("A1=50") << QStringLiteral("50 50 50 75 37.5 -")
                                 << QStringLiteral("2 2 2 1 5 -") << 0 << 0 << 1.0 << QStringList{};
    // A1 = 75, B1 = 50 (Σ 125): X 4·75/125 = 2.4 → 60; Y 1.6 → 40; Z 50; W 75; V 3·75/125 = 1.8 → 45.
    // Ranks W 1, X 2, Z 3, V 4, Y 5: Y, Z, V change; Y moves 3. Fractional ranks before (3,3,3,1,5),
    // after (2,5,3,1,4): Σdxdy = 6, Σdx² = 8, Σdy² = 10 → rho = 6/√80 = 0.6708.
    QTest::newRow("A1 heavier") << QStringLiteral("A1=75") << QStringLiteral("60 40 50 75 45 -")
                                << QStringLiteral("2 5 3 1 4 -") << 3 << 3 << 6 / std::sqrt(80.0)
                                << QStringList{};
    // B1 = 0: only A1 counts. X 100, Y 0, Z 50, W 75, V 75 → X 1, W 2, V 2, Z 4, Y 5: all five move.
    // After (1,5,4,2.5,2.5): Σdxdy = 0 → rho = 0.
    QTest::newRow("B1 dropped") << QStringLiteral("B1=0") << QStringLiteral("100 0 50 75 75 -")
                                << QStringLiteral("1 5 4 2 2 -") << 5 << 3 << 0.0 << QStringList{};
    // A negative weight counts as zero: Y 100, W 75, Z 50, X 0, V 0.
    // After (4.5,1,3,2,4.5): Σdxdy = 5, Σdy² = 9.5 → rho = 5/√76 = 0.5735.
    QTest::newRow("negative weight is zero")
        << QStringLiteral("A1=-10") << QStringLiteral("0 100 50 75 0 -") << QStringLiteral("4 1 3 2 4 -") << 5
        << 2 << 5 / std::sqrt(76.0) << QStringList{};
    // Both weights doubled: same proportions, same indices.
    QTest::newRow("scaled weights") << QStringLiteral("A1=100 B1=100") << QStringLiteral("50 50 50 75 37.5 -")
                                    << QStringLiteral("2 2 2 1 5 -") << 0 << 0 << 1.0 << QStringList{};
    // Unknown criterion ids are reported and ignored.
    QTest::newRow("unknown criterion")
        << QStringLiteral("Q9=10 A1=50") << QStringLiteral("50 50 50 75 37.5 -")
        << QStringLiteral("2 2 2 1 5 -") << 0 << 0 << 1.0 << QStringList{QStringLiteral("Q9")};
    // Every weight zero: no index anywhere, nothing ranked; every ranked item changed.
    QTest::newRow("all weights zero") << QStringLiteral("A1=0 B1=0") << QStringLiteral("- - - - - -")
                                      << QStringLiteral("- - - - - -") << 5 << 0 << kNone << QStringList{};
}

void tst_WeightWhatIf::run()
{
    QFETCH(QString, overrides);
    QFETCH(QString, indices);
    QFETCH(QString, ranks);
    QFETCH(int, changed);
    QFETCH(int, maxShift);
    QFETCH(double, spearman);
    QFETCH(QStringList, unknown);

    const WhatIfResult r = WeightWhatIf::run(twoCriteria(), items(), parseOverrides(overrides));

    const auto baseline = optionalDoubles(QStringLiteral("50 50 50 75 37.5 -"));
    QCOMPARE(r.baselineIndices.size(), baseline.size());
    for (int i = 0; i < baseline.size(); ++i)
        CB_COMPARE_OPT(r.baselineIndices.at(i), baseline.at(i).value_or(kNone));
    QCOMPARE(r.baselineRanks, optionalInts(QStringLiteral("2 2 2 1 5 -")));

    const auto expected = optionalDoubles(indices);
    QCOMPARE(r.whatIfIndices.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        CB_COMPARE_OPT(r.whatIfIndices.at(i), expected.at(i).value_or(kNone));
    QCOMPARE(r.whatIfRanks, optionalInts(ranks));
    QCOMPARE(r.stability.items, 6);
    QCOMPARE(r.stability.changed, changed);
    QCOMPARE(r.stability.maxShift, maxShift);
    CB_COMPARE_OPT(r.stability.spearman, spearman);
    QCOMPARE(r.unknownCriteria, unknown);
}

void tst_WeightWhatIf::withWeightsLeavesOriginal()
{
    const Rubric original = twoCriteria();
    QStringList unknown;
    const Rubric changed = WeightWhatIf::withWeights(
        original, {{QStringLiteral("B1"), 10.0}, {QStringLiteral("Z1"), 1.0}}, &unknown);
    QCOMPARE(changed.criterion(QStringLiteral("A1"))->weight, 50.0);
    QCOMPARE(changed.criterion(QStringLiteral("B1"))->weight, 10.0);
    QCOMPARE(original.criterion(QStringLiteral("B1"))->weight, 50.0);
    QCOMPARE(unknown, QStringList{QStringLiteral("Z1")});
    QCOMPARE(changed.criterionCount(), original.criterionCount());
}

QTEST_GUILESS_MAIN(tst_WeightWhatIf)
#include "tst_WeightWhatIf.moc"
