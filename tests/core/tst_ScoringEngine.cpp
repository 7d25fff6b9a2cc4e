#include "scoring/ScoringEngine.h"

#include "ScoringFixtures.h"

#include <QTest>

#include <cmath>

using namespace casebook;
using casebook::test::kNone;
using casebook::test::makeAssessment;
using casebook::test::makeAssessments;
using casebook::test::makeRubric;

namespace {

// Weights 30 + 20 + 40 + 10 = 100; knock-outs on B1 = 0 and A1 = 0.
const char *const kRubric = "A:A1=30,A2=20;B:B1=40,B2=10|B1=0:no security,A1=0:no global identification";

QString rubricSpec()
{
    return QString::fromLatin1(kRubric);
}

QStringList knockoutIds(const ScoreResult &r)
{
    QStringList ids;
    for (const auto &k : r.knockouts)
        ids.append(k.criterionId);
    return ids;
}

} // namespace

class tst_ScoringEngine : public QObject
{
    Q_OBJECT
private slots:
    void score_data();
    void score();
    void knockoutFlagText();
    void aggregateCriterion_data();
    void aggregateCriterion();
    void aggregateOverall_data();
    void aggregateOverall();
    void aggregateOfOneEqualsScore_data();
    void aggregateOfOneEqualsScore();
    void perAssessorResults();
    void knockoutCountsAssessors_data();
    void knockoutCountsAssessors();
    void coverage_data();
    void coverage();
};

void tst_ScoringEngine::score_data()
{
    QTest::addColumn<QString>("rubric");
    QTest::addColumn<QString>("scores");
    QTest::addColumn<double>("index"); // kNone = not available
    QTest::addColumn<QList<double>>("dimensionMeans"); // per dimension, kNone = not available
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QStringList>("notApplicable");
    QTest::addColumn<QStringList>("unscored");
    QTest::addColumn<QStringList>("invalid");
    QTest::addColumn<QStringList>("knockouts");
    QTest::addColumn<int>("answered");

    const QString r = rubricSpec();
    const QStringList none;

    QTest::newRow("all top level") << r << QStringLiteral("A1=4 A2=4 B1=4 B2=4") << 100.0
                                   << QList<double>{4, 4} << none << none << none << none << none << 4;
    QTest::newRow("all zero") << r << QStringLiteral("A1=0 A2=0 B1=0 B2=0") << 0.0 << QList<double>{0, 0}
                              << none << none << none << none
                              << QStringList{QStringLiteral("B1"), QStringLiteral("A1")} << 4;
    // Σw·s = 30·4 + 20·2 + 40·1 + 10·3 = 230; 230 / 100 / 4 × 100 = 57.5.
    // A: (120 + 40) / 50 = 3.2; B: (40 + 30) / 50 = 1.4.
    QTest::newRow("weighted") << r << QStringLiteral("A1=4 A2=2 B1=1 B2=3") << 57.5 << QList<double>{3.2, 1.4}
                              << none << none << none << none << none << 4;
    // A2 N/A: Σw·s = 120 + 40 + 30 = 190 over Σw = 80 → 190 / 80 / 4 × 100 = 59.375. A: 120 / 30 = 4.
    QTest::newRow("N/A renormalises")
        << r << QStringLiteral("A1=4 A2=na B1=1 B2=3") << 59.375 << QList<double>{4, 1.4} << none
        << QStringList{QStringLiteral("A2")} << none << none << none << 4;
    // A2 unknown scores 0 but keeps its weight: 190 / 100 / 4 × 100 = 47.5. A: 120 / 50 = 2.4.
    QTest::newRow("unknown scores zero")
        << r << QStringLiteral("A1=4 A2=unk B1=1 B2=3") << 47.5 << QList<double>{2.4, 1.4}
        << QStringList{QStringLiteral("A2")} << none << none << none << none << 4;
    // Partial: A1=4, B1=2 → (120 + 80) / 70 / 4 × 100 = 71.4286; A: 4, B: 80 / 40 = 2.
    QTest::newRow("partial assessment")
        << r << QStringLiteral("A1=4 B1=2") << 200.0 / 70 / 4 * 100 << QList<double>{4, 2} << none << none
        << QStringList{QStringLiteral("A2"), QStringLiteral("B2")} << none << none << 2;
    // An explicit Unscored entry is the same as no entry.
    QTest::newRow("explicit unscored")
        << r << QStringLiteral("A1=4 A2=- B1=2 B2=-") << 200.0 / 70 / 4 * 100 << QList<double>{4, 2} << none
        << none << QStringList{QStringLiteral("A2"), QStringLiteral("B2")} << none << none << 2;
    // A all N/A: B only, (40·2 + 10·4) / 50 = 2.4 → 60; dimension A not available.
    QTest::newRow("whole dimension N/A")
        << r << QStringLiteral("A1=na A2=na B1=2 B2=4") << 60.0 << QList<double>{kNone, 2.4} << none
        << QStringList{QStringLiteral("A1"), QStringLiteral("A2")} << none << none << none << 4;
    QTest::newRow("everything N/A") << r << QStringLiteral("A1=na A2=na B1=na B2=na") << kNone
                                    << QList<double>{kNone, kNone} << none
                                    << QStringList{QStringLiteral("A1"), QStringLiteral("A2"),
                                                   QStringLiteral("B1"), QStringLiteral("B2")}
                                    << none << none << none << 4;
    QTest::newRow("nothing scored") << r << QString() << kNone << QList<double>{kNone, kNone} << none << none
                                    << QStringList{QStringLiteral("A1"), QStringLiteral("A2"),
                                                   QStringLiteral("B1"), QStringLiteral("B2")}
                                    << none << none << 0;
    // Unknown and N/A only: the unknown criterion applies (0), so the index is 0, not "not available".
    QTest::newRow("unknown and N/A only")
        << r << QStringLiteral("A1=na A2=na B1=unk B2=na") << 0.0 << QList<double>{kNone, 0}
        << QStringList{QStringLiteral("B1")}
        << QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B2")} << none << none
        << QStringList{QStringLiteral("B1")} << 4;
    // B1 = 0 fires "no security": 30·3 + 20·3 + 0 + 10·4 = 190 → 47.5.
    QTest::newRow("knock-out B1") << r << QStringLiteral("A1=3 A2=3 B1=0 B2=4") << 47.5
                                  << QList<double>{3, 0.8} << none << none << none << none
                                  << QStringList{QStringLiteral("B1")} << 4;
    // Unknown scores like the lowest level, so it fires the knock-out too (and is flagged unknown).
    QTest::newRow("unknown knocks out") << r << QStringLiteral("A1=3 A2=3 B1=unk B2=4") << 47.5
                                        << QList<double>{3, 0.8} << QStringList{QStringLiteral("B1")} << none
                                        << none << none << QStringList{QStringLiteral("B1")} << 4;
    QTest::newRow("N/A does not knock out")
        << r << QStringLiteral("A1=3 A2=3 B1=na B2=4") << (90.0 + 60 + 40) / 60 / 4 * 100
        << QList<double>{3, 4} << none << QStringList{QStringLiteral("B1")} << none << none << none << 4;
    // A1 = 5 is outside 0–4: left out like unscored and reported. (20·2 + 40·2 + 10·2) / 70 = 2 → 50.
    QTest::newRow("level outside the scale")
        << r << QStringLiteral("A1=5 A2=2 B1=2 B2=2") << 50.0 << QList<double>{2, 2} << none << none << none
        << QStringList{QStringLiteral("A1")} << none << 3;
    QTest::newRow("negative level") << r << QStringLiteral("A1=-1 A2=2 B1=2 B2=2") << 50.0
                                    << QList<double>{2, 2} << none << none << none
                                    << QStringList{QStringLiteral("A1")} << none << 3;
    // Scores for criteria the rubric does not have are ignored.
    QTest::newRow("foreign criterion ignored")
        << r << QStringLiteral("A1=4 A2=4 B1=4 B2=4 Z9=0") << 100.0 << QList<double>{4, 4} << none << none
        << none << none << none << 4;
    // Scale 1–5: s = level − 1. (5−1)·1 + (1−1)·1 = 4 over Σw = 2 → 4 / 2 / 4 × 100 = 50; mean on 1–5 = 3.
    QTest::newRow("scale 1-5") << QStringLiteral("1-5|A:A1=1,A2=1") << QStringLiteral("A1=5 A2=1") << 50.0
                               << QList<double>{3} << none << none << none << none << none << 2;
    // Unknown on 1–5 scores the minimum 1 (s = 0): (3−1) / 2 / 4 × 100 = 25; mean (3 + 1) / 2 = 2.
    QTest::newRow("scale 1-5 unknown")
        << QStringLiteral("1-5|A:A1=1,A2=1") << QStringLiteral("A1=3 A2=unk") << 25.0 << QList<double>{2}
        << QStringList{QStringLiteral("A2")} << none << none << none << none << 2;
    QTest::newRow("scale 1-5 level 0 invalid")
        << QStringLiteral("1-5|A:A1=1,A2=1") << QStringLiteral("A1=0 A2=5") << 100.0 << QList<double>{5}
        << none << none << none << QStringList{QStringLiteral("A1")} << none << 1;
    // Only zero weights apply: no basis for an index (not NaN).
    QTest::newRow("zero weights") << QStringLiteral("A:A1=0,A2=0") << QStringLiteral("A1=4 A2=2") << kNone
                                  << QList<double>{kNone} << none << none << none << none << none << 2;
    // Zero-weight criterion among others changes nothing: 50·2 / 50 → 50.
    QTest::newRow("one zero weight") << QStringLiteral("A:A1=0,A2=50") << QStringLiteral("A1=4 A2=2") << 50.0
                                     << QList<double>{2} << none << none << none << none << none << 2;
    // A negative weight counts as zero.
    QTest::newRow("negative weight") << QStringLiteral("A:A1=-10,A2=50") << QStringLiteral("A1=4 A2=2")
                                     << 50.0 << QList<double>{2} << none << none << none << none << none << 2;
    // An empty scale (min = max) has no index.
    QTest::newRow("empty scale") << QStringLiteral("2-2|A:A1=1") << QStringLiteral("A1=2") << kNone
                                 << QList<double>{2} << none << none << none << none << none << 1;
    QTest::newRow("empty rubric") << QString() << QStringLiteral("A1=4") << kNone << QList<double>{} << none
                                  << none << none << none << none << 0;
}

void tst_ScoringEngine::score()
{
    QFETCH(QString, rubric);
    QFETCH(QString, scores);
    QFETCH(double, index);
    QFETCH(QList<double>, dimensionMeans);
    QFETCH(QStringList, unknown);
    QFETCH(QStringList, notApplicable);
    QFETCH(QStringList, unscored);
    QFETCH(QStringList, invalid);
    QFETCH(QStringList, knockouts);
    QFETCH(int, answered);

    const Rubric rb = makeRubric(rubric);
    const ScoreResult r = ScoringEngine::score(rb, makeAssessment(scores));

    CB_COMPARE_OPT(r.index, index);
    if (r.index)
        QVERIFY(std::isfinite(*r.index) && *r.index >= 0 && *r.index <= 100);
    QCOMPARE(r.dimensions.size(), dimensionMeans.size());
    for (int i = 0; i < dimensionMeans.size(); ++i) {
        QCOMPARE(r.dimensions.at(i).dimensionId, rb.dimensions.at(i).id);
        CB_COMPARE_OPT(r.dimensions.at(i).mean, dimensionMeans.at(i));
        // The dimension index is the mean normalised like the overall index.
        const double span = rb.scaleMax - rb.scaleMin;
        const double expectedIndex = test::isNone(dimensionMeans.at(i)) || span <= 0
            ? kNone
            : (dimensionMeans.at(i) - rb.scaleMin) / span * 100;
        CB_COMPARE_OPT(r.dimensions.at(i).index, expectedIndex);
    }
    QCOMPARE(r.unknownCriteria, unknown);
    QCOMPARE(r.hasUnknowns(), !unknown.isEmpty());
    QCOMPARE(r.notApplicableCriteria, notApplicable);
    QCOMPARE(r.unscoredCriteria, unscored);
    QCOMPARE(r.invalidCriteria, invalid);
    QCOMPARE(knockoutIds(r), knockouts);
    QCOMPARE(r.totalCriteria, rb.criterionCount());
    QCOMPARE(r.answeredCriteria, answered);
    QCOMPARE(r.isIncomplete(), answered < rb.criterionCount());
    QVERIFY(
        qFuzzyCompare(r.progress(), rb.criterionCount() == 0 ? 1.0 : double(answered) / rb.criterionCount()));
}

void tst_ScoringEngine::knockoutFlagText()
{
    const ScoreResult r =
        ScoringEngine::score(makeRubric(rubricSpec()), makeAssessment(QStringLiteral("A1=0 A2=1 B1=0 B2=1")));
    // In the order of the rubric's rules, with their text.
    const QList<KnockoutHit> expected{{QStringLiteral("B1"), QStringLiteral("no security")},
                                      {QStringLiteral("A1"), QStringLiteral("no global identification")}};
    QCOMPARE(r.knockouts, expected);

    // A rule on another level fires at or below it; a rule naming a criterion the rubric lacks never.
    const Rubric rb = makeRubric(QStringLiteral("A:A1=1,A2=1|A1=2:only ad hoc,Q9=0:ghost"));
    const QList<KnockoutHit> adHoc{{QStringLiteral("A1"), QStringLiteral("only ad hoc")}};
    QCOMPARE(ScoringEngine::score(rb, makeAssessment(QStringLiteral("A1=2 A2=0"))).knockouts, adHoc);
    QCOMPARE(ScoringEngine::score(rb, makeAssessment(QStringLiteral("A1=1 A2=0"))).knockouts, adHoc);
    QCOMPARE(ScoringEngine::score(rb, makeAssessment(QStringLiteral("A1=unk A2=0"))).knockouts, adHoc);
    QVERIFY(ScoringEngine::score(rb, makeAssessment(QStringLiteral("A1=3 A2=0"))).knockouts.isEmpty());
    QVERIFY(ScoringEngine::score(rb, makeAssessment(QStringLiteral("A1=na A2=0"))).knockouts.isEmpty());
}

void tst_ScoringEngine::aggregateCriterion_data()
{
    QTest::addColumn<QStringList>("answers"); // one per assessor for the single criterion A1
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("state"); // ScoreState
    QTest::addColumn<int>("count"); // values in the statistics
    QTest::addColumn<double>("median"); // kNone = no statistics
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("iqr");
    QTest::addColumn<bool>("wide");
    QTest::addColumn<bool>("disputed");
    QTest::addColumn<QList<int>>("counts"); // answered, levels, unknowns, notApplicable, unscored

    const int level = int(ScoreState::Level);
    const int na = int(ScoreState::NotApplicable);
    const int unknown = int(ScoreState::Unknown);
    const int unscored = int(ScoreState::Unscored);
    auto answers = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };

    // Even count: median (2+3)/2 = 2.5; type 7 Q1 1.75, Q3 3.25 → IQR 1.5; range 3 ≥ 2 → wide.
    QTest::newRow("even count 1 2 3 4") << answers("1 2 3 4") << 2.0 << level << 4 << 2.5 << 2.5 << 1.0 << 4.0
                                        << 1.5 << true << false << QList<int>{4, 4, 0, 0, 0};
    // {0,4,4}: median 4, mean 8/3, Q1 2, Q3 4 → IQR 2.
    QTest::newRow("odd count 0 4 4") << answers("0 4 4") << 2.0 << level << 3 << 4.0 << 8.0 / 3 << 0.0 << 4.0
                                     << 2.0 << true << false << QList<int>{3, 3, 0, 0, 0};
    QTest::newRow("full agreement") << answers("3 3 3") << 2.0 << level << 3 << 3.0 << 3.0 << 3.0 << 3.0
                                    << 0.0 << false << false << QList<int>{3, 3, 0, 0, 0};
    // Range 1 < 2: not wide; range exactly 2 is wide (≥).
    QTest::newRow("range below threshold") << answers("2 3") << 2.0 << level << 2 << 2.5 << 2.5 << 2.0 << 3.0
                                           << 0.5 << false << false << QList<int>{2, 2, 0, 0, 0};
    QTest::newRow("range at threshold") << answers("1 3") << 2.0 << level << 2 << 2.0 << 2.0 << 1.0 << 3.0
                                        << 1.0 << true << false << QList<int>{2, 2, 0, 0, 0};
    // The threshold is a parameter: with 1 level, a range of 1 is wide; with 3, a range of 2 is not.
    QTest::newRow("threshold 1") << answers("2 3") << 1.0 << level << 2 << 2.5 << 2.5 << 2.0 << 3.0 << 0.5
                                 << true << false << QList<int>{2, 2, 0, 0, 0};
    QTest::newRow("threshold 3") << answers("1 3") << 3.0 << level << 2 << 2.0 << 2.0 << 1.0 << 3.0 << 1.0
                                 << false << false << QList<int>{2, 2, 0, 0, 0};
    // One assessor cannot disagree with themselves.
    QTest::newRow("single assessor") << answers("4") << 0.0 << level << 1 << 4.0 << 4.0 << 4.0 << 4.0 << 0.0
                                     << false << false << QList<int>{1, 1, 0, 0, 0};
    // N/A by strict majority (2 of 3): the criterion is N/A; the minority's 3 is still summarised.
    QTest::newRow("N/A majority") << answers("na na 3") << 2.0 << na << 1 << 3.0 << 3.0 << 3.0 << 3.0 << 0.0
                                  << false << true << QList<int>{3, 1, 0, 2, 0};
    // A tie (1 of 2) is not a majority: the criterion applies with the other answer.
    QTest::newRow("N/A tie applies") << answers("na 2") << 2.0 << level << 1 << 2.0 << 2.0 << 2.0 << 2.0
                                     << 0.0 << false << true << QList<int>{2, 1, 0, 1, 0};
    // N/A minority is dropped from the statistics: {1,3} → median 2.
    QTest::newRow("N/A minority dropped") << answers("na 1 3") << 2.0 << level << 2 << 2.0 << 2.0 << 1.0
                                          << 3.0 << 1.0 << true << true << QList<int>{3, 2, 0, 1, 0};
    QTest::newRow("all N/A") << answers("na na") << 2.0 << na << 0 << kNone << kNone << kNone << kNone
                             << kNone << false << false << QList<int>{2, 0, 0, 2, 0};
    // Unknown counts as 0: {0,4,4} → median 4, mean 8/3; range 4 → wide.
    QTest::newRow("unknown counts as minimum")
        << answers("unk 4 4") << 2.0 << level << 3 << 4.0 << 8.0 / 3 << 0.0 << 4.0 << 2.0 << true << false
        << QList<int>{3, 2, 1, 0, 0};
    QTest::newRow("unknown majority") << answers("unk unk 4") << 2.0 << level << 3 << 0.0 << 4.0 / 3 << 0.0
                                      << 4.0 << 2.0 << true << false << QList<int>{3, 1, 2, 0, 0};
    QTest::newRow("all unknown") << answers("unk unk") << 2.0 << unknown << 2 << 0.0 << 0.0 << 0.0 << 0.0
                                 << 0.0 << false << false << QList<int>{2, 0, 2, 0, 0};
    // Unknown answers count toward "not N/A": 1 N/A of 3 answers.
    QTest::newRow("unknown versus N/A") << answers("na unk unk") << 2.0 << unknown << 2 << 0.0 << 0.0 << 0.0
                                        << 0.0 << 0.0 << false << true << QList<int>{3, 0, 2, 1, 0};
    // Unscored answers are ignored: {2,4} → 3; the majority is taken among the answers only.
    QTest::newRow("unscored ignored") << answers("- 2 4") << 2.0 << level << 2 << 3.0 << 3.0 << 2.0 << 4.0
                                      << 1.0 << true << false << QList<int>{2, 2, 0, 0, 1};
    QTest::newRow("unscored do not block N/A")
        << answers("- - na") << 2.0 << na << 0 << kNone << kNone << kNone << kNone << kNone << false << false
        << QList<int>{1, 0, 0, 1, 2};
    QTest::newRow("nobody answered") << answers("- -") << 2.0 << unscored << 0 << kNone << kNone << kNone
                                     << kNone << kNone << false << false << QList<int>{0, 0, 0, 0, 2};
    // A level outside 0–4 is ignored like unscored.
    QTest::newRow("level outside the scale") << answers("7 2") << 2.0 << level << 1 << 2.0 << 2.0 << 2.0
                                             << 2.0 << 0.0 << false << false << QList<int>{1, 1, 0, 0, 1};
}

void tst_ScoringEngine::aggregateCriterion()
{
    QFETCH(QStringList, answers);
    QFETCH(double, threshold);
    QFETCH(int, state);
    QFETCH(int, count);
    QFETCH(double, median);
    QFETCH(double, mean);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, iqr);
    QFETCH(bool, wide);
    QFETCH(bool, disputed);
    QFETCH(QList<int>, counts);

    QList<Assessment> assessments;
    for (const QString &a : answers) {
        Assessment assessment;
        if (a != QLatin1String("-"))
            assessment.scores.append(test::makeScore(QStringLiteral("A1"), a));
        assessments.append(assessment);
    }
    AggregateOptions options;
    options.disagreementThreshold = threshold;
    const AggregateResult r =
        ScoringEngine::aggregate(makeRubric(QStringLiteral("A:A1=1")), assessments, options);

    QCOMPARE(r.assessors, int(answers.size()));
    QCOMPARE(r.criteria.size(), 1);
    const CriterionAggregate &c = r.criteria.first();
    QCOMPARE(c.criterionId, QStringLiteral("A1"));
    QCOMPARE(int(c.state), state);
    QCOMPARE(c.summary ? c.summary->count : 0, count);
    CB_COMPARE_OPT(c.summary ? std::optional<double>(c.summary->median) : std::nullopt, median);
    CB_COMPARE_OPT(c.summary ? std::optional<double>(c.summary->mean) : std::nullopt, mean);
    CB_COMPARE_OPT(c.summary ? std::optional<double>(c.summary->min) : std::nullopt, min);
    CB_COMPARE_OPT(c.summary ? std::optional<double>(c.summary->max) : std::nullopt, max);
    CB_COMPARE_OPT(c.summary ? std::optional<double>(c.summary->iqr()) : std::nullopt, iqr);
    QCOMPARE(c.wideDisagreement, wide);
    QCOMPARE(r.disagreements(), wide ? QStringList{QStringLiteral("A1")} : QStringList{});
    QCOMPARE(c.applicabilityDisputed, disputed);
    QCOMPARE((QList<int>{c.answered, c.levels, c.unknowns, c.notApplicable, c.unscored}), counts);

    // The overall index of a one-criterion rubric is the median on 0–100, unless N/A or unscored.
    const bool applies = c.state == ScoreState::Level || c.state == ScoreState::Unknown;
    CB_COMPARE_OPT(r.overall.index, applies ? median / 4 * 100 : kNone);
    QCOMPARE(r.overall.notApplicableCriteria,
             c.state == ScoreState::NotApplicable ? QStringList{QStringLiteral("A1")} : QStringList{});
    QCOMPARE(r.overall.unknownCriteria,
             applies && c.unknowns > 0 ? QStringList{QStringLiteral("A1")} : QStringList{});
    QCOMPARE(r.overall.isIncomplete(), c.state == ScoreState::Unscored);
}

void tst_ScoringEngine::aggregateOverall_data()
{
    QTest::addColumn<QStringList>("assessments");
    QTest::addColumn<double>("index");
    QTest::addColumn<QList<double>>("dimensionMeans");
    QTest::addColumn<QStringList>("disagreements");
    QTest::addColumn<QStringList>("knockouts");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QStringList>("notApplicable");
    QTest::addColumn<int>("answered");

    const QStringList none;
    // Medians: A1 {1,3,4} → 3; A2 {2,2,4} → 2; B1 {1,2,2} → 2; B2 {0,3,3} → 3.
    // 30·3 + 20·2 + 40·2 + 10·3 = 240 → 60. A: 130 / 50 = 2.6; B: 110 / 50 = 2.2.
    // Ranges: A1 3, A2 2, B1 1, B2 3 → wide at ≥ 2: A1, A2, B2.
    QTest::newRow("three assessors") << QStringList{QStringLiteral("A1=4 A2=2 B1=1 B2=3"),
                                                    QStringLiteral("A1=3 A2=2 B1=2 B2=3"),
                                                    QStringLiteral("A1=1 A2=4 B1=2 B2=0")}
                                     << 60.0 << QList<double>{2.6, 2.2}
                                     << QStringList{QStringLiteral("A1"), QStringLiteral("A2"),
                                                    QStringLiteral("B2")}
                                     << none << none << none << 4;
    // Even count → half levels: A1 3.5, A2 1.5, B1 0.5, B2 4 → 105 + 30 + 20 + 40 = 195 → 48.75.
    // B1's median 0.5 is not 0, but one assessor said 0: the knock-out fires. A: 135 / 50 = 2.7; B: 60 /
    // 50 = 1.2.
    QTest::newRow("two assessors, half levels")
        << QStringList{QStringLiteral("A1=4 A2=2 B1=0 B2=4"), QStringLiteral("A1=3 A2=1 B1=1 B2=4")} << 48.75
        << QList<double>{2.7, 1.2} << none << QStringList{QStringLiteral("B1")} << none << none << 4;
    // B1 median 0 → "no security". 30·2 + 20·2 + 0 + 10·2 = 120 → 30.
    QTest::newRow("knock-out on the median")
        << QStringList{QStringLiteral("A1=2 A2=2 B1=0 B2=2"), QStringLiteral("A1=2 A2=2 B1=0 B2=2"),
                       QStringLiteral("A1=2 A2=2 B1=3 B2=2")}
        << 30.0 << QList<double>{2, 0.4} << QStringList{QStringLiteral("B1")}
        << QStringList{QStringLiteral("B1")} << none << none << 4;
    // B1 only unknown (median 0, state Unknown): unknown counts as 0, so it knocks out, and is flagged
    // unknown. 30·4+20·4+10·4 = 240 → 60.
    QTest::newRow("all unknown knocks out")
        << QStringList{QStringLiteral("A1=4 A2=4 B1=unk B2=4"), QStringLiteral("A1=4 A2=4 B1=unk B2=4")}
        << 60.0 << QList<double>{4, 0.8} << none << QStringList{QStringLiteral("B1")}
        << QStringList{QStringLiteral("B1")} << none << 4;
    // A2 N/A for 2 of 3 → dropped, rest all 4 → 100.
    QTest::newRow("N/A by majority renormalises")
        << QStringList{QStringLiteral("A1=4 A2=na B1=4 B2=4"), QStringLiteral("A1=4 A2=na B1=4 B2=4"),
                       QStringLiteral("A1=4 A2=4 B1=4 B2=4")}
        << 100.0 << QList<double>{4, 4} << none << none << none << QStringList{QStringLiteral("A2")} << 4;
    // A2 N/A for 1 of 3 → applies with {0,4} → median 2: 30·4 + 20·2 + 40·4 + 10·4 = 360 → 90.
    QTest::newRow("N/A minority") << QStringList{QStringLiteral("A1=4 A2=na B1=4 B2=4"),
                                                 QStringLiteral("A1=4 A2=0 B1=4 B2=4"),
                                                 QStringLiteral("A1=4 A2=4 B1=4 B2=4")}
                                  << 90.0 << QList<double>{3.2, 4} << QStringList{QStringLiteral("A2")}
                                  << none << none << none << 4;
    // A1 {unk→0, 4, 4} → median 4, but flagged unknown, knocked out by the unknown (and wide: range 4).
    QTest::newRow("unknown among levels flagged")
        << QStringList{QStringLiteral("A1=unk A2=4 B1=4 B2=4"), QStringLiteral("A1=4 A2=4 B1=4 B2=4"),
                       QStringLiteral("A1=4 A2=4 B1=4 B2=4")}
        << 100.0 << QList<double>{4, 4} << QStringList{QStringLiteral("A1")}
        << QStringList{QStringLiteral("A1")} << QStringList{QStringLiteral("A1")} << none << 4;
    // Partial: A1 {4,2} → 3; B1 {2} → 2; A2, B2 unanswered. (90 + 80) / 70 / 4 × 100 = 60.714.
    QTest::newRow("partial aggregate")
        << QStringList{QStringLiteral("A1=4"), QStringLiteral("A1=2 B1=2")} << 170.0 / 70 / 4 * 100
        << QList<double>{3, 2} << QStringList{QStringLiteral("A1")} << none << none << none << 2;
    QTest::newRow("no assessments") << QStringList{} << kNone << QList<double>{kNone, kNone} << none << none
                                    << none << none << 0;
}

void tst_ScoringEngine::aggregateOverall()
{
    QFETCH(QStringList, assessments);
    QFETCH(double, index);
    QFETCH(QList<double>, dimensionMeans);
    QFETCH(QStringList, disagreements);
    QFETCH(QStringList, knockouts);
    QFETCH(QStringList, unknown);
    QFETCH(QStringList, notApplicable);
    QFETCH(int, answered);

    const AggregateResult r =
        ScoringEngine::aggregate(makeRubric(rubricSpec()), makeAssessments(assessments));
    CB_COMPARE_OPT(r.overall.index, index);
    QCOMPARE(r.overall.dimensions.size(), dimensionMeans.size());
    for (int i = 0; i < dimensionMeans.size(); ++i)
        CB_COMPARE_OPT(r.overall.dimensions.at(i).mean, dimensionMeans.at(i));
    QCOMPARE(r.disagreements(), disagreements);
    QCOMPARE(knockoutIds(r.overall), knockouts);
    QCOMPARE(r.overall.unknownCriteria, unknown);
    QCOMPARE(r.overall.notApplicableCriteria, notApplicable);
    QCOMPARE(r.overall.answeredCriteria, answered);
    QCOMPARE(r.overall.isIncomplete(), answered < 4);
    QCOMPARE(r.criteria.size(), 4);
}

void tst_ScoringEngine::aggregateOfOneEqualsScore_data()
{
    QTest::addColumn<QString>("scores");
    QTest::newRow("levels") << QStringLiteral("A1=4 A2=2 B1=1 B2=3");
    QTest::newRow("N/A and unknown") << QStringLiteral("A1=4 A2=na B1=unk B2=3");
    QTest::newRow("partial with knock-out") << QStringLiteral("A1=0 B1=0");
    QTest::newRow("invalid level") << QStringLiteral("A1=9 A2=1 B1=2 B2=3");
}

void tst_ScoringEngine::aggregateOfOneEqualsScore()
{
    QFETCH(QString, scores);
    const Rubric rb = makeRubric(rubricSpec());
    const Assessment a = makeAssessment(scores);
    const ScoreResult single = ScoringEngine::score(rb, a);
    const ScoreResult agg = ScoringEngine::aggregate(rb, {a}).overall;
    QVERIFY(single.index);
    CB_COMPARE_OPT(agg.index, *single.index);
    QCOMPARE(agg.knockouts, single.knockouts);
    QCOMPARE(agg.unknownCriteria, single.unknownCriteria);
    QCOMPARE(agg.notApplicableCriteria, single.notApplicableCriteria);
    // An invalid level is reported per assessor; in the aggregate it is simply unanswered.
    QCOMPARE(agg.unscoredCriteria + agg.invalidCriteria, single.unscoredCriteria + single.invalidCriteria);
    QCOMPARE(agg.answeredCriteria, single.answeredCriteria);
}

void tst_ScoringEngine::perAssessorResults()
{
    const Rubric rb = makeRubric(rubricSpec());
    const AggregateResult r = ScoringEngine::aggregate(
        rb, makeAssessments({QStringLiteral("A1=4 A2=4 B1=4 B2=4"), QStringLiteral("A1=0 A2=0 B1=0 B2=0")}));
    QCOMPARE(r.perAssessor.size(), 2);
    CB_COMPARE_OPT(r.perAssessor.at(0).index, 100.0);
    CB_COMPARE_OPT(r.perAssessor.at(1).index, 0.0);
    QCOMPARE(r.perAssessor.at(1).knockouts.size(), 2);
    // Medians of {4,0} are 2 everywhere → 50, but the second assessor's knock-outs are not hidden.
    CB_COMPARE_OPT(r.overall.index, 50.0);
    QCOMPARE(r.overall.knockouts,
             (QList<KnockoutHit>{{QStringLiteral("B1"), QStringLiteral("no security"), 1, 2},
                                 {QStringLiteral("A1"), QStringLiteral("no global identification"), 1, 2}}));
    QCOMPARE(r.disagreements().size(), 4);
}

void tst_ScoringEngine::knockoutCountsAssessors_data()
{
    QTest::addColumn<QStringList>("answers"); // B1 of each assessor
    QTest::addColumn<int>("hits"); // 0 = no knock-out
    QTest::addColumn<int>("of");
    QTest::newRow("0 and 1") << QStringList{QStringLiteral("0"), QStringLiteral("1")} << 1 << 2;
    QTest::newRow("one of three") << QStringList{QStringLiteral("4"), QStringLiteral("0"),
                                                 QStringLiteral("4")}
                                  << 1 << 3;
    QTest::newRow("unknown counts as 0")
        << QStringList{QStringLiteral("unk"), QStringLiteral("3"), QStringLiteral("2")} << 1 << 3;
    // N/A by majority does not hide it; N/A and unscored answers are not counted.
    QTest::newRow("N/A majority") << QStringList{QStringLiteral("na"), QStringLiteral("na"),
                                                 QStringLiteral("0")}
                                  << 1 << 1;
    QTest::newRow("two of two") << QStringList{QStringLiteral("0"), QStringLiteral("unk")} << 2 << 2;
    QTest::newRow("none") << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 0 << 0;
}

void tst_ScoringEngine::knockoutCountsAssessors()
{
    QFETCH(QStringList, answers);
    QFETCH(int, hits);
    QFETCH(int, of);
    QStringList specs;
    for (const QString &b1 : answers)
        specs.append(QStringLiteral("A1=4 A2=4 B2=4 B1=") + b1);
    const AggregateResult r = ScoringEngine::aggregate(makeRubric(rubricSpec()), makeAssessments(specs));
    if (hits == 0) {
        QVERIFY(r.overall.knockouts.isEmpty());
        return;
    }
    QCOMPARE(r.overall.knockouts,
             (QList<KnockoutHit>{{QStringLiteral("B1"), QStringLiteral("no security"), hits, of}}));
}

void tst_ScoringEngine::coverage_data()
{
    QTest::addColumn<QStringList>("assessments");
    QTest::addColumn<double>("coverage");
    QTest::addColumn<bool>("coversEnough"); // against the default minimum of 0.75
    // Weights A1 30, A2 20, B1 40, B2 10. N/A and unknown are answers; unscored and invalid are not.
    QTest::newRow("all scored") << QStringList{QStringLiteral("A1=1 A2=2 B1=3 B2=4")} << 1.0 << true;
    QTest::newRow("A1 and B1 only") << QStringList{QStringLiteral("A1=4 B1=na")} << 0.7 << false;
    QTest::newRow("above the minimum") << QStringList{QStringLiteral("A1=4 B2=unk B1=2")} << 0.8 << true;
    QTest::newRow("invalid and unscored left out")
        << QStringList{QStringLiteral("A1=2 A2=2 B1=9 B2=0"), QStringLiteral("A1=2 A2=2 B2=0 B1=-")} << 0.6
        << false;
    // The aggregate covers a criterion any assessor answered: A2 from the first, B1 from the second.
    QTest::newRow("assessors complete each other")
        << QStringList{QStringLiteral("A1=1 A2=1"), QStringLiteral("A1=1 B1=1")} << 0.9 << true;
    QTest::newRow("nothing") << QStringList{QString()} << 0.0 << false;
}

void tst_ScoringEngine::coverage()
{
    QFETCH(QStringList, assessments);
    QFETCH(double, coverage);
    QFETCH(bool, coversEnough);
    const Rubric rb = makeRubric(rubricSpec());
    const AggregateResult r = ScoringEngine::aggregate(rb, makeAssessments(assessments));
    QVERIFY2(qAbs(r.overall.coverage() - coverage) < 1e-12,
             qPrintable(QString::number(r.overall.coverage())));
    QCOMPARE(r.overall.coversEnough(rb), coversEnough);
    QCOMPARE(r.overall.totalWeight, 100.0);
    if (assessments.size() == 1)
        QCOMPARE(ScoringEngine::score(rb, makeAssessments(assessments).at(0)).coverage(),
                 r.overall.coverage());
    Rubric lenient = rb;
    lenient.minCoverage = 0.5;
    QCOMPARE(r.overall.coversEnough(lenient), coverage >= 0.5);
}

QTEST_GUILESS_MAIN(tst_ScoringEngine)
#include "tst_ScoringEngine.moc"
