#include "scoring/Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace casebook {

double Statistics::sortedQuantile(const QList<double> &sorted, double p)
{
    p = std::clamp(p, 0.0, 1.0);
    const double h = double(sorted.size() - 1) * p;
    const auto lo = qsizetype(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.at(lo);
    return sorted.at(lo) + (h - double(lo)) * (sorted.at(lo + 1) - sorted.at(lo));
}

std::optional<double> Statistics::quantile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return sortedQuantile(values, p);
}

std::optional<double> Statistics::median(const QList<double> &values)
{
    return quantile(values, 0.5);
}

std::optional<double> Statistics::mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

std::optional<Summary> Statistics::summarize(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    Summary s;
    s.count = int(values.size());
    s.mean = *mean(values);
    s.median = sortedQuantile(values, 0.5);
    s.min = values.first();
    s.max = values.last();
    s.q1 = sortedQuantile(values, 0.25);
    s.q3 = sortedQuantile(values, 0.75);
    return s;
}

} // namespace casebook
