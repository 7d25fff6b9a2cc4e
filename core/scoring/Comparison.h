#pragma once

#include "model/Rubric.h"
#include "scoring/ScoreReport.h"
#include "scoring/WeightSet.h"
#include "scoring/WeightStability.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>

namespace casebook {

/// Options of Comparison::build().
struct ComparisonOptions
{
    /// k of "the top" for rank stability (WeightStability): the use cases ranked k or better.
    int top = 1;
    /// Also one stability interval per criterion, after the dimensions' (the window shows them on
    /// demand; the CLI with --stability criteria or all).
    bool criterionStability = false;
    /// Also the dimensions' intervals (the default).
    bool dimensionStability = true;
    AggregateOptions aggregate;
};

/// Use cases side by side under one rubric version and one set of weights (docs/scoring.md,
/// "Comparison").
struct ComparisonResult
{
    Rubric rubric; ///< the rubric version as stored, with its own weights
    /// The weights in force: every dimension's total and every criterion's weight (WeightSet::of the
    /// weighted rubric), so feeding them back gives the same comparison.
    WeightSet weights;
    /// One row per compared use case, scored with the weights (`scores.rubric` is the rubric with the
    /// weights), ranked among themselves (ScoreReport's ranking: the minimum coverage holds), in rank
    /// order; a use case without assessments has a row without index. The agreement is over the
    /// compared use cases' assessments (weights do not change it).
    ScoreReport scores;
    /// How far each weight can move before the top changes: the dimensions (rubric order), then the
    /// criteria when asked for.
    QList<WeightInterval> stability;
    int top = 1; ///< ComparisonOptions::top
};

/// Builds comparisons: the one implementation behind `casebook-cli compare` and the comparison
/// window. Pure (no database; see ComparisonLoader for reading one from the repository).
///
/// Typical use by a window: build() once for the tables and charts; for each slider move, keep a
/// ReRanker (ranker()) and call ReRanker::rank() with new criterion weights (WeightSet::applyTo then
/// ReRanker::weightsOf), which gives the same indices and ranks as build() would, within a frame.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
public:
    /// Compares `useCases` (their order is kept for equal ranks only: rows come in rank order) with
    /// their `assessments` against `rubric` (assessments of another version or of another use case are
    /// ignored), under `weights` applied to the rubric's own. Errors (ErrorCode::Usage): a weight key
    /// that is neither a dimension nor a criterion of the rubric; options.top below 1.
    static Result<ComparisonResult> build(const Rubric &rubric, const QList<UseCaseRef> &useCases,
                                          const QList<Assessment> &assessments, const WeightSet &weights = {},
                                          const ComparisonOptions &options = {});

    /// A re-ranker over the rows of a comparison, for fast what-ifs (row order of result.scores).
    static ReRanker ranker(const ComparisonResult &result);
};

} // namespace casebook
