#include "scoring/WeightWhatIf.h"

namespace casebook {

namespace {

QList<std::optional<double>> indicesOf(const Rubric &rubric, const QList<QList<Assessment>> &items,
                                       const AggregateOptions &options)
{
    QList<std::optional<double>> indices;
    indices.reserve(items.size());
    for (const auto &assessments : items)
        indices.append(ScoringEngine::aggregate(rubric, assessments, options).overall.index);
    return indices;
}

} // namespace

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
    result.baselineIndices = indicesOf(rubric, items, options);
    result.whatIfIndices = indicesOf(changed, items, options);
    result.baselineRanks = Ranking::competitionRanks(result.baselineIndices);
    result.whatIfRanks = Ranking::competitionRanks(result.whatIfIndices);
    result.stability = Ranking::stability(result.baselineIndices, result.whatIfIndices);
    return result;
}

} // namespace casebook
