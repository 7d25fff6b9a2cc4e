#include "scoring/Ranking.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace casebook {

namespace {

/// Positions of the items that have an index, best first (stable for equal values), and the start
/// position of the tie group of each of them.
struct Order
{
    QList<int> items; ///< item indices by descending index
    QList<int> groupStart; ///< for each position, the first position of its tie group
    QList<int> groupEnd; ///< for each position, one past the last position of its tie group
};

Order orderOf(const QList<std::optional<double>> &indices)
{
    Order order;
    for (int i = 0; i < indices.size(); ++i) {
        if (indices.at(i) && std::isfinite(*indices.at(i)))
            order.items.append(i);
    }
    std::stable_sort(order.items.begin(), order.items.end(),
                     [&indices](int a, int b) { return *indices.at(a) > *indices.at(b); });
    const int n = int(order.items.size());
    order.groupStart.resize(n);
    order.groupEnd.resize(n);
    int start = 0;
    while (start < n) {
        const double first = *indices.at(order.items.at(start));
        int end = start + 1;
        while (end < n && first - *indices.at(order.items.at(end)) <= Ranking::tieTolerance)
            ++end;
        for (int p = start; p < end; ++p) {
            order.groupStart[p] = start;
            order.groupEnd[p] = end;
        }
        start = end;
    }
    return order;
}

std::optional<double> pearson(const QList<double> &x, const QList<double> &y)
{
    const int n = int(x.size());
    if (n < 2)
        return std::nullopt;
    const double mx = std::accumulate(x.cbegin(), x.cend(), 0.0) / n;
    const double my = std::accumulate(y.cbegin(), y.cend(), 0.0) / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; ++i) {
        sxy += (x.at(i) - mx) * (y.at(i) - my);
        sxx += (x.at(i) - mx) * (x.at(i) - mx);
        syy += (y.at(i) - my) * (y.at(i) - my);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

QList<std::optional<int>> Ranking::competitionRanks(const QList<std::optional<double>> &indices)
{
    QList<std::optional<int>> ranks(indices.size());
    const Order order = orderOf(indices);
    for (int p = 0; p < order.items.size(); ++p)
        ranks[order.items.at(p)] = order.groupStart.at(p) + 1;
    return ranks;
}

QList<std::optional<double>> Ranking::fractionalRanks(const QList<std::optional<double>> &indices)
{
    QList<std::optional<double>> ranks(indices.size());
    const Order order = orderOf(indices);
    for (int p = 0; p < order.items.size(); ++p) {
        // Positions start..end-1 are ranks start+1..end; their mean is (start + 1 + end) / 2.
        ranks[order.items.at(p)] = (order.groupStart.at(p) + 1 + order.groupEnd.at(p)) / 2.0;
    }
    return ranks;
}

RankStability Ranking::stability(const QList<std::optional<double>> &before,
                                 const QList<std::optional<double>> &after)
{
    RankStability s;
    s.items = int(std::min(before.size(), after.size()));
    const QList<std::optional<double>> a = before.mid(0, s.items);
    const QList<std::optional<double>> b = after.mid(0, s.items);
    const auto ranksA = competitionRanks(a);
    const auto ranksB = competitionRanks(b);
    QList<std::optional<double>> commonA;
    QList<std::optional<double>> commonB;
    for (int i = 0; i < s.items; ++i) {
        if (ranksA.at(i) != ranksB.at(i))
            ++s.changed;
        if (ranksA.at(i) && ranksB.at(i)) {
            s.maxShift = std::max(s.maxShift, std::abs(*ranksA.at(i) - *ranksB.at(i)));
            commonA.append(a.at(i));
            commonB.append(b.at(i));
        }
    }
    // Spearman's rho: Pearson correlation of the fractional ranks within the common items.
    const auto fa = fractionalRanks(commonA);
    const auto fb = fractionalRanks(commonB);
    QList<double> x;
    QList<double> y;
    for (int i = 0; i < fa.size(); ++i) {
        x.append(*fa.at(i));
        y.append(*fb.at(i));
    }
    s.spearman = pearson(x, y);
    return s;
}

} // namespace casebook
