#pragma once

#include "model/Rubric.h"
#include "scoring/ScoringEngine.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// Re-ranks the same items under changing criterion weights, fast enough for a slider (a frame for
/// 1,000 use cases × 10 assessors × 12 criteria).
///
/// What the index needs of each item and criterion (whether it applies, its median, whether it was
/// answered) does not depend on the weights, so it is taken once from ScoringEngine::aggregate; a
/// weight change then only recomputes the weighted sums and the ranks. The results are exactly (to
/// the bit) those of ScoringEngine::aggregate on a rubric with the same weights, and the ranks those
/// of a ScoreReport: competition ranks among the items that have an index and cover at least the
/// rubric's minimum coverage (docs/scoring.md).
class ReRanker
{
public:
    /// Index, coverage and rank of every item (input order) under one set of weights.
    struct Scores
    {
        QList<std::optional<double>> indices; ///< 0–100; nullopt when nothing applies
        QList<double> coverage; ///< share of the weight answered, 0–1 (ScoreResult::coverage)
        QList<bool> coversEnough; ///< coverage reaches the rubric's minimum coverage
        QList<std::optional<int>> ranks; ///< competition ranks of the items that cover enough
    };

    /// The index and answered weight of one item as functions of one weight t (linear-fractional):
    /// with criterion weights base + t·direction, index(t) = (a·t + b) / (c·t + d) / span × 100 where
    /// c·t + d > 0, and the answered weight is e·t + f.
    struct Line
    {
        double a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;
    };

    ReRanker() = default;
    /// Aggregates each item's assessments once (one list per item; an empty list has no index).
    ReRanker(const Rubric &rubric, const QList<QList<Assessment>> &items,
             const AggregateOptions &options = {});
    /// From aggregates already computed against `rubric` (e.g. the rows of a ScoreReport).
    ReRanker(const Rubric &rubric, const QList<AggregateResult> &aggregates);

    int itemCount() const { return m_items; }
    int criterionCount() const { return int(m_criteria.size()); }
    /// The criteria in rubric order: the order of every weight list of this class.
    const QStringList &criterionIds() const { return m_criteria; }
    /// The rubric the items were aggregated against (its weights are the starting point only).
    const Rubric &rubric() const { return m_rubric; }
    /// The criterion weights of a rubric with the same criteria, in rubric order.
    static QList<double> weightsOf(const Rubric &rubric);

    /// Scores and ranks every item with these criterion weights (rubric order; missing ones count as
    /// zero, below zero as zero).
    Scores rank(const QList<double> &weights) const;
    /// The same into `scores`, reusing its lists (no allocation once they have the right size).
    void rank(const QList<double> &weights, Scores &scores) const;

    /// The coefficients of one item for criterion weights base + t·direction (see Line).
    Line lineOf(int item, const QList<double> &base, const QList<double> &direction) const;
    /// Share of the item's criteria answered, 0–1: its coverage when every weight is zero.
    double progress(int item) const;

private:
    enum class Kind : unsigned char { Unscored, NotApplicable, Applies };
    void add(const AggregateResult &aggregate);

    Rubric m_rubric;
    QStringList m_criteria;
    int m_items = 0;
    QList<Kind> m_kinds; ///< item-major: item × criterion
    QList<double> m_values; ///< median − scaleMin where the criterion applies
    QList<int> m_answered; ///< per item: criteria answered (level, unknown or N/A)
};

} // namespace casebook
