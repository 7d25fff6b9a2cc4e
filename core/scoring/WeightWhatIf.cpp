#include "scoring/WeightWhatIf.h"

#include "scoring/ReRanker.h"

namespace casebook {

Rubric WeightWhatIf::withWeights(const Rubric &rubric, const QMap<QString, double> &overrides,
                                 QStringList *unknownCriteria)
{
    Rubric copy = rubric;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        bool found = false;
        for (auto &dimension : copy.dimensions) {
            for (auto &criterion : dimension.criteria) {
                if (criterion.id == it.key()) {
                    criterion.weight = it.value();
                    found = true;
                }
            }
        }
        if (!found && unknownCriteria)
            unknownCriteria->append(it.key());
    }
    return copy;
}

WhatIfResult WeightWhatIf::run(const Rubric &rubric, const QList<QList<Assessment>> &items,
                               const QMap<QString, double> &overrides, const AggregateOptions &options)
{
    WhatIfResult result;
    const Rubric changed = withWeights(rubric, overrides, &result.unknownCriteria);
    // The aggregates do not depend on the weights: computed once, then two sets of weighted sums.
    const ReRanker ranker(rubric, items, options);
    result.baselineIndices = ranker.rank(ReRanker::weightsOf(rubric)).indices;
    result.whatIfIndices = ranker.rank(ReRanker::weightsOf(changed)).indices;
    result.baselineRanks = Ranking::competitionRanks(result.baselineIndices);
    result.whatIfRanks = Ranking::competitionRanks(result.whatIfIndices);
    result.stability = Ranking::stability(result.baselineIndices, result.whatIfIndices);
    return result;
}

} // namespace casebook
