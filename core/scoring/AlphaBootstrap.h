#pragma once

#include "scoring/Agreement.h"

#include <QList>
#include <QString>

#include <optional>

namespace casebook {

/// Krippendorff's alpha with its 95% bootstrap interval and its reading.
struct AlphaEstimate
{
    AgreementResult result; ///< alpha over all the units
    /// 2.5th and 97.5th percentiles of alpha over the resamples; nullopt when alpha is not computable
    /// or fewer than 2 pairable units (one unit cannot be resampled meaningfully).
    std::optional<double> low;
    std::optional<double> high;
};

/// How far an alpha can be relied on (Krippendorff 2004, ch. 11.4).
enum class AlphaReading {
    Reliable, ///< alpha ≥ 0.800
    Tentative, ///< 0.667 ≤ alpha < 0.800: tentative conclusions only
    Unreliable, ///< alpha < 0.667: do not rely on it
    NotComputable, ///< no alpha
};

/// Bootstrap interval of Krippendorff's alpha, deterministic: the pairable units (those with at
/// least 2 values) are resampled with replacement, as many as there are, 1,000 times from a
/// Mersenne Twister (std::mt19937) seeded with a fixed seed; alpha of each resample that is
/// computable enters the percentiles (nearest rank).
class AlphaBootstrap
{
public:
    static constexpr int resamples = 1000;
    static constexpr unsigned seed = 20110101;

    static AlphaEstimate estimate(const QList<QList<std::optional<double>>> &unitsByCoders,
                                  AlphaMetric metric);
    static AlphaReading reading(const std::optional<double> &alpha);
    /// "reliable", "tentative", "unreliable", "not computable" (stable, used in JSON).
    static QString readingName(AlphaReading reading);
};

} // namespace casebook
