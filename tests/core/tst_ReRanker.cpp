#include "scoring/ReRanker.h"

#include "scoring/Ranking.h"
#include "scoring/WeightSet.h"

#include "ScoringFixtures.h"

#include <QRandomGenerator>
#include <QTest>

using namespace casebook;
using casebook::test::makeAssessments;
using casebook::test::makeRubric;

namespace {

/// A random answer: mostly levels, sometimes N/A, unknown, unscored or a level outside the scale.
CriterionScore randomScore(QRandomGenerator &rng, const QString &id, const Rubric &rubric)
{
    CriterionScore s;
    s.criterionId = id;
    const int pick = int(rng.bounded(20));
    if (pick < 13) {
        s.state = ScoreState::Level;
        s.level = rubric.scaleMin + int(rng.bounded(rubric.scaleMax - rubric.scaleMin + 1));
    } else if (pick < 15) {
        s.state = ScoreState::NotApplicable;
    } else if (pick < 17) {
        s.state = ScoreState::Unknown;
    } else if (pick < 19) {
        s.state = ScoreState::Unscored;
    } else {
        s.state = ScoreState::Level;
        s.level = rubric.scaleMax + 1; // invalid: left out like unscored
    }
    return s;
}

Rubric randomRubric(QRandomGenerator &rng)
{
    Rubric r;
    r.scaleMin = int(rng.bounded(2));
    r.scaleMax = r.scaleMin + 2 + int(rng.bounded(4));
    r.minCoverage = rng.bounded(4) * 0.25;
    const int dimensions = 1 + int(rng.bounded(4));
    for (int d = 0; d < dimensions; ++d) {
        RubricDimension dim;
        dim.id = QString(QChar(u'A' + d));
        const int criteria = 1 + int(rng.bounded(4));
        for (int c = 0; c < criteria; ++c) {
            RubricCriterion criterion;
            criterion.id = dim.id + QString::number(c + 1);
            criterion.weight = rng.bounded(5) == 0 ? 0.0 : rng.bounded(20.0);
            dim.criteria.append(criterion);
        }
        r.dimensions.append(dim);
    }
    return r;
}

QList<QList<Assessment>> randomItems(QRandomGenerator &rng, const Rubric &rubric, int count)
{
    QList<QList<Assessment>> items;
    for (int i = 0; i < count; ++i) {
        QList<Assessment> assessors;
        const int n = int(rng.bounded(5)); // 0 to 4 assessors
        for (int k = 0; k < n; ++k) {
            Assessment a;
            for (const RubricDimension &d : rubric.dimensions) {
                for (const RubricCriterion &c : d.criteria) {
                    if (rng.bounded(10) != 0)
                        a.scores.append(randomScore(rng, c.id, rubric));
                }
            }
            assessors.append(a);
        }
        items.append(assessors);
    }
    return items;
}

QList<double> randomWeights(QRandomGenerator &rng, int count)
{
    QList<double> weights;
    for (int j = 0; j < count; ++j) {
        const int pick = int(rng.bounded(8));
        weights.append(pick == 0       ? 0.0
                           : pick == 1 ? -3.0
                           : pick == 2 ? double(rng.bounded(50))
                                       : rng.bounded(60.0));
    }
    return weights;
}

Rubric withCriterionWeights(Rubric rubric, const QList<double> &weights)
{
    int j = 0;
    for (RubricDimension &d : rubric.dimensions) {
        for (RubricCriterion &c : d.criteria)
            c.weight = weights.at(j++);
    }
    return rubric;
}

} // namespace

class tst_ReRanker : public QObject
{
    Q_OBJECT

private slots:
    /// Randomised rubrics, items and weights: every index, coverage, minimum-coverage decision and rank
    /// equals (to the bit) what ScoringEngine::aggregate and the ranking give on a rubric with those
    /// weights.
    void sameAsScoringEngine()
    {
        QRandomGenerator rng(20261202);
        for (int round = 0; round < 60; ++round) {
            const Rubric rubric = randomRubric(rng);
            const QList<QList<Assessment>> items = randomItems(rng, rubric, 1 + int(rng.bounded(40)));
            const ReRanker ranker(rubric, items);
            QCOMPARE(ranker.itemCount(), items.size());
            ReRanker::Scores scores;
            for (int change = 0; change < 5; ++change) {
                const QList<double> weights = randomWeights(rng, rubric.criterionCount());
                const Rubric weighted = withCriterionWeights(rubric, weights);
                ranker.rank(weights, scores);
                QList<std::optional<double>> eligible;
                for (int i = 0; i < items.size(); ++i) {
                    const ScoreResult slow = ScoringEngine::aggregate(weighted, items.at(i)).overall;
                    QVERIFY2(scores.indices.at(i) == slow.index,
                             qPrintable(QStringLiteral("round %1 item %2: %3 vs %4")
                                            .arg(round)
                                            .arg(i)
                                            .arg(test::text(scores.indices.at(i)), test::text(slow.index))));
                    QVERIFY(scores.coverage.at(i) == slow.coverage());
                    QCOMPARE(scores.coversEnough.at(i), slow.coversEnough(weighted));
                    eligible.append(slow.coversEnough(weighted) ? slow.index : std::nullopt);
                }
                QCOMPARE(scores.ranks, Ranking::competitionRanks(eligible));
            }
        }
    }

    /// The rubric's own weights give the rubric's scores; weightsOf lists them in rubric order.
    void weightsOfRubricOrder()
    {
        const Rubric rubric = makeRubric(QStringLiteral("A:A1=6,A2=9;B:B1=10"));
        QCOMPARE(ReRanker::weightsOf(rubric), (QList<double>{6, 9, 10}));
        const ReRanker ranker(rubric, {makeAssessments({QStringLiteral("A1=4 A2=0 B1=2")})});
        QCOMPARE(ranker.criterionIds(),
                 (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1")}));
        // (6·4 + 9·0 + 10·2) / 25 / 4 × 100 = 44
        QCOMPARE(*ranker.rank(ReRanker::weightsOf(rubric)).indices.at(0), 44.0);
        QCOMPARE(ranker.rank(ReRanker::weightsOf(rubric)).ranks.at(0), std::optional<int>(1));
    }

    /// Line: index and answered weight as functions of one weight, hand-computed.
    void lineOfOneWeight()
    {
        const Rubric rubric = makeRubric(QStringLiteral("A:A1=10;B:B1=10,B2=5"));
        // A1 = 4, B1 = 1, B2 N/A.
        const ReRanker ranker(rubric, {makeAssessments({QStringLiteral("A1=4 B1=1 B2=na")})});
        // t is A1's weight: a = 4, b = 10·1, c = 1, d = 10; answered e = 1, f = 10 + 5.
        const ReRanker::Line l = ranker.lineOf(0, {0, 10, 5}, {1, 0, 0});
        QCOMPARE(l.a, 4.0);
        QCOMPARE(l.b, 10.0);
        QCOMPARE(l.c, 1.0);
        QCOMPARE(l.d, 10.0);
        QCOMPARE(l.e, 1.0);
        QCOMPARE(l.f, 15.0);
        QCOMPARE(ranker.progress(0), 1.0);
    }

    /// The benchmark's size: what a slider needs is the weighted sums only.
    void benchmarkSizeSameRanks()
    {
        QRandomGenerator rng(7);
        const Rubric rubric = makeRubric(QStringLiteral("A:A1=10,A2=11,A3=12,A4=13;B:B1=10,B2=11,B3=12,B4=13;"
                                                        "C:C1=10,C2=11,C3=12,C4=13"));
        const QStringList ids = ReRanker(rubric, QList<AggregateResult>()).criterionIds();
        QList<QList<Assessment>> items;
        for (int i = 0; i < 200; ++i) {
            QList<Assessment> assessors;
            for (int k = 0; k < 10; ++k) {
                Assessment a;
                for (const QString &id : ids)
                    a.scores.append(test::makeScore(id, QString::number(rng.bounded(5))));
                assessors.append(a);
            }
            items.append(assessors);
        }
        const ReRanker ranker(rubric, items);
        WeightSet set;
        set.set(QStringLiteral("B"), 70);
        const Rubric changed = set.applyTo(rubric);
        const ReRanker::Scores fast = ranker.rank(ReRanker::weightsOf(changed));
        for (int i = 0; i < items.size(); ++i)
            QVERIFY(fast.indices.at(i) == ScoringEngine::aggregate(changed, items.at(i)).overall.index);
    }
};

QTEST_GUILESS_MAIN(tst_ReRanker)
#include "tst_ReRanker.moc"
