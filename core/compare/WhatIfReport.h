#pragma once

#include "compare/CompareData.h"
#include "compare/WeightSet.h"
#include "scoring/ScoreReport.h"

#include <QHash>
#include <QString>

#include <optional>

namespace casebook {

/// A comparison's score report with what-if weights, and where each use case stood with the rubric's.
/// Indices, subtotals, coverage, the assessors' range and the ranking follow the weights; flags and
/// agreement do not depend on weights and are kept from the rubric's report (so no bootstrap runs
/// again: a re-rank of a workshop's dozen use cases takes well under a frame).
struct WhatIfReport
{
    ScoreReport report; ///< ranked with the what-if weights (ranked first, by rank then code)
    WeightSet weights;
    QHash<QString, std::optional<int>> baselineRanks; ///< use case UUID → rank with the rubric's weights

    /// Places the use case moved up (positive) or down (negative); nullopt unless ranked both times.
    std::optional<int> moved(const UseCaseScore &score) const;

    static WhatIfReport build(const CompareData &data, const WeightSet &weights);
};

} // namespace casebook
