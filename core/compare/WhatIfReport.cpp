#include "compare/WhatIfReport.h"

#include "scoring/Ranking.h"

#include <QLocale>

#include <algorithm>

namespace casebook {

namespace {

QList<Assessment> assessmentsOf(const CompareData &data, const QString &uuid)
{
    for (int i = 0; i < data.useCases.size(); ++i) {
        if (data.useCases[i].uuid == uuid)
            return data.assessments.value(i);
    }
    return {};
}

void rank(QList<UseCaseScore> &rows)
{
    QList<std::optional<double>> indices;
    for (const UseCaseScore &row : rows)
        indices.append(row.coversEnough ? row.overall : std::nullopt);
    const QList<std::optional<int>> ranks = Ranking::competitionRanks(indices);
    for (int i = 0; i < rows.size(); ++i)
        rows[i].rank = ranks.value(i);
    std::stable_sort(rows.begin(), rows.end(), ScoreReport::inRankOrder);
}

} // namespace

std::optional<int> WhatIfReport::moved(const UseCaseScore &score) const
{
    const std::optional<int> before = baselineRanks.value(score.useCase.uuid);
    if (!before || !score.rank)
        return std::nullopt;
    return *before - *score.rank;
}

QString WhatIfReport::describeWeights() const
{
    QStringList parts;
    for (const RubricDimension &d : report.rubric.dimensions)
        parts.append(d.id + QLatin1Char(' ') + QLocale().toString(WeightSet::dimensionWeight(d), 'g', 4));
    return parts.join(QStringLiteral(" · "));
}

WhatIfReport WhatIfReport::build(const CompareData &data, const WeightSet &weights)
{
    WhatIfReport out;
    out.report = data.report;
    for (const UseCaseScore &row : data.report.useCases)
        out.baselineRanks.insert(row.useCase.uuid, row.rank);
    const Rubric weighted = weights.applyTo(data.rubric);
    out.weights = WeightSet::of(weighted);
    const QList<double> criterionWeights = ReRanker::weightsOf(weighted);
    if (criterionWeights == ReRanker::weightsOf(data.rubric)) {
        out.stability = data.stability;
        return out;
    }
    out.report.rubric = weighted;
    for (UseCaseScore &row : out.report.useCases)
        row = ScoreReport::scoreUseCase(weighted, row.useCase, assessmentsOf(data, row.useCase.uuid));
    rank(out.report.useCases);
    out.stability = WeightStability::ofDimensions(data.ranker, criterionWeights)
        + WeightStability::ofCriteria(data.ranker, criterionWeights);
    return out;
}

} // namespace casebook
