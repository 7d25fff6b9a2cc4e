#pragma once

#include <QList>

#include <optional>

namespace casebook {

/// How much a ranking moved between two computations of the same items (e.g. a weight what-if).
struct RankStability
{
    int items = 0; ///< items compared (the length of the shorter list)
    int changed = 0; ///< items whose rank differs, including an item that became ranked or unranked
    int maxShift = 0; ///< largest |rank before − rank after| among items ranked both times
    /// Spearman's rho between the two index lists over the items that have an index both times
    /// (ties get the mean of their positions); nullopt below 2 such items or when either side has no
    /// variation.
    std::optional<double> spearman;

    bool isUnchanged() const { return changed == 0; }
};

/// Ranking of use cases by index.
class Ranking
{
public:
    /// Two indices within this distance are tied (sums of doubles in a different order may differ in
    /// the last bits). Consecutive values within the tolerance of the first of a group form one tie.
    static constexpr double tieTolerance = 1e-9;

    /// Standard competition ranks ("1224"): higher index first; tied items share the best rank and the
    /// next rank skips. Items without an index are unranked (nullopt) and do not consume ranks.
    static QList<std::optional<int>> competitionRanks(const QList<std::optional<double>> &indices);
    /// Fractional ranks ("1 2.5 2.5 4"), higher index first; ties share the mean of their positions.
    /// Items without an index are nullopt.
    static QList<std::optional<double>> fractionalRanks(const QList<std::optional<double>> &indices);
    /// Compares the rankings of the same items computed twice (before and after a change).
    static RankStability stability(const QList<std::optional<double>> &before,
                                   const QList<std::optional<double>> &after);
};

} // namespace casebook
