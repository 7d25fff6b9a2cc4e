#include "scoring/WeightStability.h"

#include "scoring/WeightSet.h"

#include "ScoringFixtures.h"

#include <QRandomGenerator>
#include <QTest>

using namespace casebook;
using casebook::test::makeAssessments;
using casebook::test::makeRubric;

namespace {

/// Scale 0–4, A1 and B1 weight 10 each, minimum coverage 0.75. Index = weighted mean level × 25.
/// X (A1 4, B1 0): with A's weight t, 100t/(t + 10); with B's weight u, 1000/(10 + u). Now 50.
/// Y (A1 0, B1 3): 750/(t + 10); 75u/(10 + u). Now 37.5.
/// X and Y are equal at t = 7.5 and at u = 40/3.
QList<QList<Assessment>> xy()
{
    return {makeAssessments({QStringLiteral("A1=4 B1=0")}), makeAssessments({QStringLiteral("A1=0 B1=3")})};
}

/// Z (A1 4, B1 unscored): index 100, coverage t/(t + 10) with A's weight, 10/(10 + u) with B's;
/// ranked from t = 30 up and from u = 10/3 down.
QList<Assessment> z()
{
    return makeAssessments({QStringLiteral("A1=4")});
}

/// V (A1 1, B1 1): 25 whatever the weights. Y > V while t < 20; X > V while t > 10/3.
QList<Assessment> v()
{
    return makeAssessments({QStringLiteral("A1=1 B1=1")});
}

Rubric rubricAB()
{
    return makeRubric(QStringLiteral("A:A1=10;B:B1=10"));
}

void compareInterval(const WeightInterval &got, const QString &weight, double value, double low, double high)
{
    QCOMPARE(got.weight, weight);
    QCOMPARE(got.value, value);
    QVERIFY2(std::abs(got.low - low) < 1e-9,
             qPrintable(QStringLiteral("low %1, expected %2").arg(got.low).arg(low)));
    QVERIFY2(std::abs(got.high - high) < 1e-9,
             qPrintable(QStringLiteral("high %1, expected %2").arg(got.high).arg(high)));
}

} // namespace

class tst_WeightStability : public QObject
{
    Q_OBJECT

private slots:
    void crossingOfTwoIndices()
    {
        const Rubric rubric = rubricAB();
        const ReRanker ranker(rubric, xy());
        const QList<double> weights = ReRanker::weightsOf(rubric);
        // X stays first for A's weight from 7.5 to the bound (100); for B's weight up to 40/3.
        const QList<WeightInterval> intervals = WeightStability::ofDimensions(ranker, weights);
        QCOMPARE(intervals.size(), 2);
        compareInterval(intervals.at(0), QStringLiteral("A"), 10, 7.5, 100);
        compareInterval(intervals.at(1), QStringLiteral("B"), 10, 0, 40.0 / 3);
        // One criterion per dimension: the criterion's interval is the dimension's.
        compareInterval(WeightStability::ofCriterion(ranker, weights, QStringLiteral("A1")),
                        QStringLiteral("A1"), 10, 7.5, 100);
    }

    /// A use case below the minimum coverage enters the ranking (and takes the top) when the weight
    /// moves enough of the rubric's weight onto what it has scored.
    void coverageEntersTheTop()
    {
        const Rubric rubric = rubricAB();
        const ReRanker ranker(rubric, xy() << z());
        const QList<double> weights = ReRanker::weightsOf(rubric);
        QCOMPARE(ranker.rank(weights).ranks, test::optionalInts(QStringLiteral("1 2 -")));
        compareInterval(WeightStability::ofDimension(ranker, weights, QStringLiteral("A")),
                        QStringLiteral("A"), 10, 7.5, 30);
        compareInterval(WeightStability::ofDimension(ranker, weights, QStringLiteral("B")),
                        QStringLiteral("B"), 10, 10.0 / 3, 40.0 / 3);
    }

    /// The top 2 (X first, Y second) changes where Y meets V as well.
    void topTwo()
    {
        const Rubric rubric = rubricAB();
        const ReRanker ranker(rubric, xy() << v());
        const QList<double> weights = ReRanker::weightsOf(rubric);
        compareInterval(WeightStability::ofDimension(ranker, weights, QStringLiteral("A"), 1),
                        QStringLiteral("A"), 10, 7.5, 100);
        compareInterval(WeightStability::ofDimension(ranker, weights, QStringLiteral("A"), 2),
                        QStringLiteral("A"), 10, 7.5, 20);
    }

    /// A dimension's weight scales its criteria in proportion: A1 = 10 and A2 = 30 move as t/4 and 3t/4.
    /// X (A1 4, A2 0, B1 0): (t/4·4)/(t + 10) × 25 = 25t/(t + 10). Y (A1 0, A2 0, B1 2): 500/(t + 10).
    /// Equal at t = 20; now (t = 40) X 20, Y 10. For A1 alone (A2 = 30, B1 = 10 fixed):
    /// X = 100·s/(s + 40), Y = 500/(s + 40): equal at s = 5.
    void dimensionKeepsProportions()
    {
        const Rubric rubric = makeRubric(QStringLiteral("A:A1=10,A2=30;B:B1=10"));
        const ReRanker ranker(rubric,
                              {makeAssessments({QStringLiteral("A1=4 A2=0 B1=0")}),
                               makeAssessments({QStringLiteral("A1=0 A2=0 B1=2")})});
        const QList<double> weights = ReRanker::weightsOf(rubric);
        compareInterval(WeightStability::ofDimension(ranker, weights, QStringLiteral("A")),
                        QStringLiteral("A"), 40, 20, 100);
        compareInterval(WeightStability::ofCriterion(ranker, weights, QStringLiteral("A1")),
                        QStringLiteral("A1"), 10, 5, 100);
        // A2 weight w (both score 0 there): X = 1000/(20 + w), Y = 500/(20 + w): X stays first.
        compareInterval(WeightStability::ofCriterion(ranker, weights, QStringLiteral("A2")),
                        QStringLiteral("A2"), 30, 0, 100);
        // B1 weight u: X = 1000/(40 + u), Y = 50u/(40 + u): equal at u = 20.
        compareInterval(WeightStability::ofCriterion(ranker, weights, QStringLiteral("B1")),
                        QStringLiteral("B1"), 10, 0, 20);
    }

    /// A tie for first place now: any move changes the top (or none does, when they stay tied).
    void tieNow()
    {
        const Rubric rubric = rubricAB();
        // X (4, 0) and W (0, 4): 50 each now; A up favours X, A down favours W.
        const ReRanker ranker(
            rubric,
            {makeAssessments({QStringLiteral("A1=4 B1=0")}), makeAssessments({QStringLiteral("A1=0 B1=4")})});
        compareInterval(
            WeightStability::ofDimension(ranker, ReRanker::weightsOf(rubric), QStringLiteral("A")),
            QStringLiteral("A"), 10, 10, 10);
        // Two identical use cases stay tied whatever the weight.
        const ReRanker same(
            rubric,
            {makeAssessments({QStringLiteral("A1=4 B1=0")}), makeAssessments({QStringLiteral("A1=4 B1=0")})});
        compareInterval(WeightStability::ofDimension(same, ReRanker::weightsOf(rubric), QStringLiteral("A")),
                        QStringLiteral("A"), 10, 0, 100);
    }

    void maximumBound()
    {
        QCOMPARE(WeightStability::maximumFor({10, 20}, 10), 100.0);
        QCOMPARE(WeightStability::maximumFor({60, 70}, 60), 130.0);
        QCOMPARE(WeightStability::maximumFor({10, 20}, 150), 150.0);
    }

    /// Randomised: inside every interval the top is the current one (checked with the slow path at
    /// sample points), and just beyond an end that is not a bound it is not ("just": 1e-5, as the
    /// minimum coverage is met within 1e-9, which moves a coverage crossing by about 1e-7 here).
    void intervalsHoldAgainstTheSlowPath()
    {
        QRandomGenerator rng(4242);
        const Rubric rubric = makeRubric(QStringLiteral("A:A1=6,A2=9;B:B1=10,B2=6;C:C1=7"));
        for (int round = 0; round < 40; ++round) {
            QList<QList<Assessment>> items;
            for (int i = 0; i < 8; ++i) {
                QList<Assessment> assessors;
                for (int k = 0; k < 3; ++k) {
                    QString spec;
                    for (const QString &id :
                         {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1"),
                          QStringLiteral("B2"), QStringLiteral("C1")}) {
                        if (rng.bounded(8) != 0)
                            spec += QStringLiteral("%1=%2 ").arg(id).arg(rng.bounded(5));
                    }
                    assessors << makeAssessments({spec});
                }
                items.append(assessors);
            }
            const ReRanker ranker(rubric, items);
            const QList<double> weights = ReRanker::weightsOf(rubric);
            const auto current = WeightStability::topOf(ranker.rank(weights).ranks, 1);
            for (const WeightInterval &w : WeightStability::ofDimensions(ranker, weights)
                     + WeightStability::ofCriteria(ranker, weights)) {
                auto topAt = [&](double t) {
                    WeightSet set;
                    set.set(w.weight, t);
                    return WeightStability::topOf(ranker.rank(ReRanker::weightsOf(set.applyTo(rubric))).ranks,
                                                  1);
                };
                QVERIFY(w.low <= w.value && w.value <= w.high);
                for (double f : {0.01, 0.25, 0.5, 0.75, 0.99}) {
                    const double t = w.low + f * (w.high - w.low);
                    if (t > w.low && t < w.high)
                        QVERIFY2(topAt(t) == current,
                                 qPrintable(QStringLiteral("round %1 %2 at %3 in [%4, %5]")
                                                .arg(round)
                                                .arg(w.weight)
                                                .arg(t)
                                                .arg(w.low)
                                                .arg(w.high)));
                }
                if (w.high < WeightStability::maximumFor(weights, w.value))
                    QVERIFY(topAt(w.high + 1e-5) != current || topAt(w.high) != current);
                if (w.low > 0)
                    QVERIFY2(topAt(w.low - 1e-5) != current || topAt(w.low) != current,
                             qPrintable(QStringLiteral("round %1 %2 = %3: low %4, high %5")
                                            .arg(round)
                                            .arg(w.weight)
                                            .arg(w.value)
                                            .arg(w.low, 0, 'g', 17)
                                            .arg(w.high)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_WeightStability)
#include "tst_WeightStability.moc"
