#include "compare/WhatIfReport.h"

#include "scoring/Ranking.h"

#include <algorithm>

namespace casebook {

namespace {

/// The assessors' own indices' range (max − min), as ScoreReport computes it.
std::optional<double> spreadOf(const AggregateResult &aggregate)
{
    QList<double> own;
    for (const ScoreResult &s : aggregate.perAssessor) {
        if (s.index)
            own.append(*s.index);
    }
    if (own.size() < 2)
        return std::nullopt;
    return *std::max_element(own.cbegin(), own.cend()) - *std::min_element(own.cbegin(), own.cend());
}

void rescore(UseCaseScore &row, const Rubric &rubric, const QList<Assessment> &assessments)
{
    row.aggregate = ScoringEngine::aggregate(rubric, assessments);
    row.overall = row.aggregate.overall.index;
    row.coverage = row.aggregate.overall.coverage();
    row.coversEnough = row.aggregate.overall.coversEnough(rubric);
    row.spread = spreadOf(row.aggregate);
}

void rank(QList<UseCaseScore> &rows)
{
    QList<std::optional<double>> indices;
    for (const UseCaseScore &row : rows)
        indices.append(row.coversEnough ? row.overall : std::nullopt);
    const QList<std::optional<int>> ranks = Ranking::competitionRanks(indices);
    for (int i = 0; i < rows.size(); ++i)
        rows[i].rank = ranks.value(i);
    std::stable_sort(rows.begin(), rows.end(), [](const UseCaseScore &a, const UseCaseScore &b) {
        if (a.rank.has_value() != b.rank.has_value())
            return a.rank.has_value();
        if (a.rank && *a.rank != *b.rank)
            return *a.rank < *b.rank;
        return a.useCase.code.compare(b.useCase.code, Qt::CaseInsensitive) < 0;
    });
}

} // namespace

std::optional<int> WhatIfReport::moved(const UseCaseScore &score) const
{
    const std::optional<int> before = baselineRanks.value(score.useCase.uuid);
    if (!before || !score.rank)
        return std::nullopt;
    return *before - *score.rank;
}

WhatIfReport WhatIfReport::build(const CompareData &data, const WeightSet &weights)
{
    WhatIfReport out;
    out.weights = weights;
    out.report = data.report;
    for (const UseCaseScore &row : data.report.useCases)
        out.baselineRanks.insert(row.useCase.uuid, row.rank);
    if (weights.isRubric(data.rubric))
        return out;
    out.report.rubric = weights.apply(data.rubric);
    for (UseCaseScore &row : out.report.useCases) {
        for (int i = 0; i < data.useCases.size(); ++i) {
            if (data.useCases[i].uuid == row.useCase.uuid)
                rescore(row, out.report.rubric, data.assessments.value(i));
        }
    }
    rank(out.report.useCases);
    return out;
}

} // namespace casebook
