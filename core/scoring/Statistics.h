#pragma once

#include <QList>

#include <optional>

namespace casebook {

/// Descriptive statistics of a non-empty list of values.
///
/// Quartiles use linear interpolation between order statistics (Hyndman & Fan type 7: the default of
/// R's quantile(), numpy.percentile and Excel's QUARTILE.INC): for sorted x[0..n-1] and p in [0, 1],
/// h = (n - 1)·p and Q(p) = x[floor(h)] + (h - floor(h))·(x[floor(h) + 1] - x[floor(h)]).
/// So the median of an even count is the mean of the two middle values ({1,2,3,4} → 2.5), and
/// {1,2,3,4} has Q1 = 1.75, Q3 = 3.25, IQR = 1.5.
struct Summary
{
    int count = 0;
    double mean = 0;
    double median = 0;
    double min = 0;
    double max = 0;
    double q1 = 0; ///< first quartile (type 7)
    double q3 = 0; ///< third quartile (type 7)

    /// Interquartile range Q3 - Q1.
    double iqr() const { return q3 - q1; }
    /// Spread max - min.
    double range() const { return max - min; }
};

/// Small, exact descriptive statistics used by the scoring engine. Pure functions.
class Statistics
{
public:
    /// Quantile p (clamped to [0, 1]) of the values by the type 7 rule above; nullopt when empty.
    static std::optional<double> quantile(QList<double> values, double p);
    /// Median (quantile 0.5); nullopt when empty.
    static std::optional<double> median(const QList<double> &values);
    /// Arithmetic mean; nullopt when empty.
    static std::optional<double> mean(const QList<double> &values);
    /// Count, mean, median, min, max and quartiles; nullopt when empty.
    static std::optional<Summary> summarize(QList<double> values);

private:
    static double sortedQuantile(const QList<double> &sorted, double p);
};

} // namespace casebook
