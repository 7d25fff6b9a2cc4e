#include "scoring/Comparison.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace casebook {

Result<ComparisonResult> Comparison::build(const Rubric &rubric, const QList<UseCaseRef> &useCases,
                                           const QList<Assessment> &assessments, const WeightSet &weights,
                                           const ComparisonOptions &options)
{
    if (Status s = weights.check(rubric); !s)
        return s.error();
    if (options.top < 1)
        return makeError(ErrorCode::Usage,
                         tr("The top of a ranking needs at least one place, not %1.").arg(options.top));
    ComparisonResult result;
    result.rubric = rubric;
    result.top = options.top;
    const Rubric weighted = weights.applyTo(rubric);
    result.weights = WeightSet::of(weighted);

    QSet<QString> chosen;
    for (const UseCaseRef &u : useCases)
        chosen.insert(u.uuid);
    QList<Assessment> relevant;
    QSet<QString> assessed;
    for (const Assessment &a : assessments) {
        if (!chosen.contains(a.useCaseUuid)
            || (!rubric.uuid.isEmpty() && !a.rubricUuid.isEmpty() && a.rubricUuid != rubric.uuid))
            continue;
        relevant.append(a);
        assessed.insert(a.useCaseUuid);
    }
    result.scores = ScoreReport::build(weighted, relevant, useCases, options.aggregate);
    for (const UseCaseRef &u : useCases) {
        if (!assessed.contains(u.uuid))
            result.scores.useCases.append(ScoreReport::scoreUseCase(weighted, u, {}, options.aggregate));
    }
    std::stable_sort(result.scores.useCases.begin(), result.scores.useCases.end(), ScoreReport::inRankOrder);

    const ReRanker reRanker = ranker(result);
    const QList<double> criterionWeights = ReRanker::weightsOf(weighted);
    if (options.dimensionStability)
        result.stability += WeightStability::ofDimensions(reRanker, criterionWeights, options.top);
    if (options.criterionStability)
        result.stability += WeightStability::ofCriteria(reRanker, criterionWeights, options.top);
    return result;
}

ReRanker Comparison::ranker(const ComparisonResult &result)
{
    QList<AggregateResult> aggregates;
    for (const UseCaseScore &row : result.scores.useCases)
        aggregates.append(row.aggregate);
    return ReRanker(result.scores.rubric, aggregates);
}

} // namespace casebook
