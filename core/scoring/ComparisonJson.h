#pragma once

#include "scoring/Comparison.h"

#include <QJsonObject>

namespace casebook {

/// The JSON form of a comparison (docs/scoring.md, "Comparison"; `casebook-cli compare --format json`):
/// {"rubric", "weights", "use_cases": [{"uuid", "code", "title", "overall", "coverage", "dimensions",
/// "criteria": {"A1": {"median", "min", "max", "n"}}, "flags", "ranked", "rank"}], "agreement":
/// {"alpha_interval", "alpha_ordinal", ..., "per_criterion"}, "stability": [{"weight", "value", "low",
/// "high"}]}.
class ComparisonJson
{
public:
    static QJsonObject toJson(const ComparisonResult &comparison);
};

} // namespace casebook
