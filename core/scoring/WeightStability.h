#pragma once

#include "scoring/ReRanker.h"

#include <QList>
#include <QPair>
#include <QString>

namespace casebook {

/// How far one weight can move, the others held fixed, before the top of the ranking changes.
struct WeightInterval
{
    QString weight; ///< a dimension id (its total weight) or a criterion id
    double value = 0; ///< the weight now
    /// The top is the same for every weight strictly between low and high (and at value itself unless
    /// value is low or high). At low and high the top changes (a tie forms there, or a use case gains or
    /// loses its rank through coverage), or they are the bounds of the search: 0 and
    /// WeightStability::maximumFor().
    double low = 0;
    double high = 0;
};

/// Rank stability of each weight, computed exactly (no sampling).
///
/// "The top" is the list of the ranked items whose competition rank is at most k (k = 1 by default:
/// the item or items ranked first), each with its rank. It changes when an item enters or leaves it
/// or when one of its items changes rank; ties count, so a tie for first place is a change.
///
/// Moving one weight t (a dimension's total, its criteria keeping their proportions; or one
/// criterion's weight) makes every index linear-fractional in t: index(t) = (a·t + b) / (c·t + d).
/// Two indices are equal where (a₁t + b₁)(c₂t + d₂) − (a₂t + b₂)(c₁t + d₁) = 0, a quadratic in t;
/// a coverage crosses the rubric's minimum where a linear function of t is zero. Those roots are the
/// only places where the order or the set of ranked items can change, so the top is evaluated at each
/// root and between consecutive roots, walking out from the current weight in both directions.
/// Only pairs that involve an item of the current top are needed (an item outside the top can enter
/// it only by passing one of them).
class WeightStability
{
public:
    /// The upper bound of the search: the larger of 100, the sum of all criterion weights and the
    /// weight's own value.
    static double maximumFor(const QList<double> &weights, double value);

    /// The interval of a dimension's total weight; `weights` are the criterion weights in the
    /// ReRanker's order.
    static WeightInterval ofDimension(const ReRanker &ranker, const QList<double> &weights,
                                      const QString &dimensionId, int top = 1);
    /// The interval of one criterion's weight.
    static WeightInterval ofCriterion(const ReRanker &ranker, const QList<double> &weights,
                                      const QString &criterionId, int top = 1);
    /// ofDimension() of every dimension, in rubric order.
    static QList<WeightInterval> ofDimensions(const ReRanker &ranker, const QList<double> &weights,
                                              int top = 1);
    /// ofCriterion() of every criterion, in rubric order.
    static QList<WeightInterval> ofCriteria(const ReRanker &ranker, const QList<double> &weights,
                                            int top = 1);

    /// The top of a ranking: (item, rank) of the items ranked `top` or better, by item.
    static QList<QPair<int, int>> topOf(const QList<std::optional<int>> &ranks, int top);
};

} // namespace casebook
