#pragma once

#include "compare/CompareData.h"
#include "scoring/ScoreReport.h"
#include "scoring/WeightSet.h"
#include "scoring/WeightStability.h"

#include <QHash>
#include <QString>

#include <optional>

namespace casebook {

/// A comparison's score report with what-if weights, where each use case stood with the rubric's, and
/// how far each weight may move before the top changes. Indices, subtotals, coverage, the assessors'
/// range and the ranking follow the weights (ScoreReport::scoreUseCase on the weighted rubric); flags
/// and agreement do not depend on weights and stay those of the rubric's report, so no bootstrap runs
/// again: a re-rank of a workshop's dozen use cases takes well under a frame.
struct WhatIfReport
{
    ScoreReport report; ///< ranked with the what-if weights, in ScoreReport::inRankOrder
    WeightSet weights; ///< every dimension's total and criterion's weight in force (WeightSet::of)
    QHash<QString, std::optional<int>> baselineRanks; ///< use case UUID → rank with the rubric's weights
    /// Each dimension's interval (rubric order), then each criterion's (WeightStability, top 1).
    QList<WeightInterval> stability;

    /// Places the use case moved up (positive) or down (negative); nullopt unless ranked both times.
    std::optional<int> moved(const UseCaseScore &score) const;
    /// The dimensions' weights in rubric order as written under a chart: "A 40 · B 16 · C 24".
    QString describeWeights() const;

    /// `weights` on top of the rubric's (WeightSet::applyTo); empty: the rubric's own.
    static WhatIfReport build(const CompareData &data, const WeightSet &weights);
};

} // namespace casebook
