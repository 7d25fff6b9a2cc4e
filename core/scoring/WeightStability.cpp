#include "scoring/WeightStability.h"

#include "scoring/Ranking.h"

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

using Top = QList<QPair<int, int>>;

/// Every item of a ranker as a function of one weight t.
class Sweep
{
public:
    Sweep(const ReRanker &ranker, const QList<double> &base, const QList<double> &direction, int top)
        : m_ranker(ranker)
        , m_top(top)
    {
        for (int i = 0; i < ranker.itemCount(); ++i)
            m_lines.append(ranker.lineOf(i, base, direction));
        for (int j = 0; j < ranker.criterionCount(); ++j) {
            m_totalSlope += direction.value(j);
            m_totalIntercept += std::max(0.0, base.value(j));
        }
    }

    Top topAt(double t) const
    {
        const Rubric &r = m_ranker.rubric();
        const double span = r.scaleMax - r.scaleMin;
        const double total = m_totalSlope * t + m_totalIntercept;
        QList<std::optional<double>> eligible(m_lines.size());
        for (int i = 0; i < m_lines.size(); ++i) {
            const ReRanker::Line &l = m_lines.at(i);
            const double weightSum = l.c * t + l.d;
            const double coverage = total > 0 ? (l.e * t + l.f) / total : m_ranker.progress(i);
            if (weightSum > 0 && span > 0 && coverage + 1e-9 >= r.minCoverage)
                eligible[i] = (l.a * t + l.b) / weightSum / span * 100.0;
        }
        return WeightStability::topOf(Ranking::competitionRanks(eligible), m_top);
    }

    /// Where something that can change the top happens, in (0, maximum), sorted, without duplicates.
    QList<double> events(const Top &current, double maximum) const
    {
        QList<double> roots;
        const double m = m_ranker.rubric().minCoverage;
        for (const ReRanker::Line &l : m_lines) {
            // answered(t) − m·total(t) = 0
            linearRoot(l.e - m * m_totalSlope, l.f - m * m_totalIntercept, roots);
        }
        for (const auto &entry : current) {
            const ReRanker::Line &p = m_lines.at(entry.first);
            for (const ReRanker::Line &q : m_lines)
                quadraticRoots(p.a * q.c - q.a * p.c, p.a * q.d + p.b * q.c - q.a * p.d - q.b * p.c,
                               p.b * q.d - q.b * p.d, roots);
        }
        QList<double> inside;
        for (double t : std::as_const(roots)) {
            if (std::isfinite(t) && t > 0 && t < maximum)
                inside.append(t);
        }
        std::sort(inside.begin(), inside.end());
        inside.erase(std::unique(inside.begin(), inside.end()), inside.end());
        return inside;
    }

    /// Walks from `from` over the events towards `bound` and returns where the top first changes.
    double walk(double from, double bound, const QList<double> &events, const Top &current) const
    {
        double previous = from;
        for (double t : events) {
            if (topAt((previous + t) / 2) != current)
                return previous;
            if (topAt(t) != current)
                return t;
            previous = t;
        }
        if (previous != bound && topAt((previous + bound) / 2) != current)
            return previous;
        return bound;
    }

private:
    static void linearRoot(double slope, double intercept, QList<double> &roots)
    {
        if (slope != 0)
            roots.append(-intercept / slope);
    }

    /// Real roots of A·t² + B·t + C (the numerically stable form; a double root when the discriminant
    /// is negative only by rounding).
    static void quadraticRoots(double A, double B, double C, QList<double> &roots)
    {
        if (A == 0) {
            linearRoot(B, C, roots);
            return;
        }
        double disc = B * B - 4 * A * C;
        if (disc < 0 && disc > -1e-12 * (B * B + std::abs(4 * A * C)))
            disc = 0;
        if (disc < 0)
            return;
        const double q = -0.5 * (B + std::copysign(std::sqrt(disc), B));
        if (q == 0) {
            roots.append(0);
            return;
        }
        roots.append(q / A);
        roots.append(C / q);
    }

    const ReRanker &m_ranker;
    int m_top;
    QList<ReRanker::Line> m_lines;
    double m_totalSlope = 0;
    double m_totalIntercept = 0;
};

WeightInterval intervalOf(const ReRanker &ranker, const QList<double> &weights, const QString &name,
                          const QList<double> &base, const QList<double> &direction, double value, int top)
{
    const Sweep sweep(ranker, base, direction, top);
    const double maximum = WeightStability::maximumFor(weights, value);
    const Top current = sweep.topAt(value);
    const QList<double> events = sweep.events(current, maximum);
    QList<double> above;
    QList<double> below;
    for (double t : events) {
        if (t > value)
            above.append(t);
        else if (t < value)
            below.prepend(t);
    }
    return {name, value, sweep.walk(value, 0, below, current), sweep.walk(value, maximum, above, current)};
}

} // namespace

double WeightStability::maximumFor(const QList<double> &weights, double value)
{
    double total = 0;
    for (double w : weights)
        total += std::max(0.0, w);
    return std::max({100.0, total, value});
}

WeightInterval WeightStability::ofDimension(const ReRanker &ranker, const QList<double> &weights,
                                            const QString &dimensionId, int top)
{
    QList<double> base = weights;
    QList<double> direction(ranker.criterionCount(), 0.0);
    double value = 0;
    int j = 0;
    for (const RubricDimension &d : ranker.rubric().dimensions) {
        if (d.id != dimensionId) {
            j += int(d.criteria.size());
            continue;
        }
        const int first = j;
        for (int k = 0; k < d.criteria.size(); ++k)
            value += std::max(0.0, weights.value(first + k));
        for (int k = 0; k < d.criteria.size(); ++k, ++j) {
            direction[j] = value > 0 ? std::max(0.0, weights.value(j)) / value : 1.0 / d.criteria.size();
            base[j] = 0;
        }
        break;
    }
    return intervalOf(ranker, weights, dimensionId, base, direction, value, top);
}

WeightInterval WeightStability::ofCriterion(const ReRanker &ranker, const QList<double> &weights,
                                            const QString &criterionId, int top)
{
    QList<double> base = weights;
    QList<double> direction(ranker.criterionCount(), 0.0);
    const int j = int(ranker.criterionIds().indexOf(criterionId));
    double value = 0;
    if (j >= 0) {
        value = std::max(0.0, weights.value(j));
        base[j] = 0;
        direction[j] = 1;
    }
    return intervalOf(ranker, weights, criterionId, base, direction, value, top);
}

QList<WeightInterval> WeightStability::ofDimensions(const ReRanker &ranker, const QList<double> &weights,
                                                    int top)
{
    QList<WeightInterval> intervals;
    for (const RubricDimension &d : ranker.rubric().dimensions)
        intervals.append(ofDimension(ranker, weights, d.id, top));
    return intervals;
}

QList<WeightInterval> WeightStability::ofCriteria(const ReRanker &ranker, const QList<double> &weights,
                                                  int top)
{
    QList<WeightInterval> intervals;
    for (const QString &id : ranker.criterionIds())
        intervals.append(ofCriterion(ranker, weights, id, top));
    return intervals;
}

QList<QPair<int, int>> WeightStability::topOf(const QList<std::optional<int>> &ranks, int top)
{
    QList<QPair<int, int>> result;
    for (int i = 0; i < ranks.size(); ++i) {
        if (ranks.at(i) && *ranks.at(i) <= top)
            result.append({i, *ranks.at(i)});
    }
    return result;
}

} // namespace casebook
