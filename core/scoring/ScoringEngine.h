#pragma once

#include "model/Rubric.h"
#include "scoring/Statistics.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// Subtotal of one rubric dimension.
struct DimensionScore
{
    QString dimensionId;
    /// Weighted mean level on the rubric scale (scaleMin..scaleMax, 0–4 by default) over the criteria
    /// that apply; nullopt when none applies or their weights sum to zero.
    std::optional<double> mean;
    /// The same subtotal normalised to 0–100, like the overall index.
    std::optional<double> index;
    double appliedWeight = 0; ///< sum of the weights that entered the mean
    int criteria = 0; ///< criteria of the dimension in the rubric
};

/// A knock-out rule that fired: at least one assessor scored the criterion at or below the rule's level
/// ("unknown" counting as the scale's lowest level).
struct KnockoutHit
{
    QString criterionId;
    QString flag;
    int assessors = 1; ///< assessors whose answer is at or below the rule's level
    int of = 1; ///< assessors who gave the criterion a level or "unknown"
    bool operator==(const KnockoutHit &o) const
    {
        return criterionId == o.criterionId && flag == o.flag && assessors == o.assessors && of == o.of;
    }
};

/// Scores of one assessment (or of the per-criterion medians of several) against a rubric.
struct ScoreResult
{
    /// Overall index 0–100; nullopt ("not available") when no criterion applies, when the weights of
    /// those that apply sum to zero, or when the rubric scale is empty. Never NaN.
    std::optional<double> index;
    QList<DimensionScore> dimensions; ///< in rubric order
    QList<KnockoutHit> knockouts; ///< in the order of Rubric::knockouts
    QStringList unknownCriteria; ///< answered "unknown": scored as scaleMin and flagged
    QStringList notApplicableCriteria; ///< dropped; the weights of the others were renormalised
    QStringList unscoredCriteria; ///< not answered yet: left out of the sums (partial assessment)
    QStringList invalidCriteria; ///< a level outside the rubric scale: left out like unscored
    int totalCriteria = 0; ///< criteria in the rubric
    int answeredCriteria = 0; ///< criteria with a level, "unknown" or N/A
    double appliedWeight = 0; ///< sum of the weights that entered the index
    double answeredWeight = 0; ///< weight of the criteria with a level, "unknown" or N/A
    double totalWeight = 0; ///< weight of every criterion of the rubric (below zero as zero)

    /// True when some criterion is unscored or invalid: the index covers only part of the rubric.
    bool isIncomplete() const { return answeredCriteria < totalCriteria; }
    /// True when some criterion was answered "unknown".
    bool hasUnknowns() const { return !unknownCriteria.isEmpty(); }
    /// Share of answered criteria, 0–1 (1 for an empty rubric).
    double progress() const { return totalCriteria == 0 ? 1.0 : double(answeredCriteria) / totalCriteria; }
    /// Share of the rubric's weight answered (a level, "unknown" or N/A), 0–1; progress() when the
    /// rubric's weights sum to zero.
    double coverage() const { return totalWeight > 0 ? answeredWeight / totalWeight : progress(); }
    /// True when coverage() reaches the rubric's minimum coverage (within 1e-9).
    bool coversEnough(const Rubric &rubric) const { return coverage() + 1e-9 >= rubric.minCoverage; }
};

/// Options of ScoringEngine::aggregate().
struct AggregateOptions
{
    /// A criterion is flagged "wide disagreement" when max - min of its values reaches this many levels.
    double disagreementThreshold = 2.0;
};

/// One criterion across several assessors.
struct CriterionAggregate
{
    QString criterionId;
    /// Aggregated state: NotApplicable by majority, Unscored when nobody answered, Unknown when every
    /// value came from an "unknown" answer, Level otherwise.
    ScoreState state = ScoreState::Unscored;
    int answered = 0; ///< assessors who gave a level, "unknown" or N/A
    int levels = 0; ///< ... of whom gave a valid level
    int unknowns = 0; ///< ... said "unknown"
    int notApplicable = 0; ///< ... said N/A
    int unscored = 0; ///< assessors who left it unscored (or gave a level outside the scale)
    /// Statistics over the values (levels, and scaleMin for each "unknown"); nullopt without values.
    /// Also filled when the criterion is N/A by majority, to show what the minority said.
    std::optional<Summary> summary;
    bool wideDisagreement = false; ///< summary->range() >= AggregateOptions::disagreementThreshold
    bool applicabilityDisputed = false; ///< some but not all answers were N/A
};

/// Several assessments of one use case against one rubric.
struct AggregateResult
{
    int assessors = 0;
    QList<CriterionAggregate> criteria; ///< in rubric order
    /// Index, subtotals and knock-outs computed from the per-criterion medians.
    ScoreResult overall;
    QList<ScoreResult> perAssessor; ///< ScoringEngine::score() of each assessment, in input order

    /// The criteria flagged "wide disagreement".
    QStringList disagreements() const;
};

/// The scoring rules of Casebook as pure functions (no database, no files).
///
/// One assessment: index = Σ(w·(s − scaleMin)) / Σw / (scaleMax − scaleMin) × 100 over the criteria that
/// apply; N/A drops a criterion and renormalises the weights; "unknown" scores scaleMin and is flagged;
/// unscored criteria are left out and the result is incomplete. Weights below zero count as zero.
/// A knock-out rule fires when the criterion scores at or below the rule's level; "unknown" counts as
/// scaleMin, so it fires too.
/// Scores are matched to criteria by criterion id (the first score of an id wins; scores of ids the
/// rubric does not have are ignored); the assessment's rubric UUID is not checked.
///
/// Several assessments (aggregate), per criterion:
/// - Unscored answers (and levels outside the scale) are ignored.
/// - N/A: the criterion is N/A in the aggregate only when a strict majority of the answers (levels,
///   "unknown" and N/A; unscored excluded) is N/A; on a tie it applies. N/A answers never enter the
///   statistics.
/// - "unknown" counts as scaleMin in the statistics, like in a single assessment, and flags the
///   criterion unknown in the overall result; when every value is "unknown" the state is Unknown.
/// - Wide disagreement: max − min ≥ AggregateOptions::disagreementThreshold, in levels of the rubric
///   scale (not rescaled for other scales); needs at least two values.
/// - The overall index and subtotals use the per-criterion medians (which may be half levels).
/// - Knock-out rules are never hidden by aggregation: a rule fires when ANY assessor scored the
///   criterion at or below its level ("unknown" as scaleMin), whatever the median or the N/A
///   majority; the hit says how many of the assessors who gave a value did.
class ScoringEngine
{
public:
    /// Index, dimension subtotals, flags and knock-outs of one assessment.
    static ScoreResult score(const Rubric &rubric, const Assessment &assessment);
    /// Per-criterion statistics and the overall result from the medians of several assessments.
    static AggregateResult aggregate(const Rubric &rubric, const QList<Assessment> &assessments,
                                     const AggregateOptions &options = {});
};

} // namespace casebook
