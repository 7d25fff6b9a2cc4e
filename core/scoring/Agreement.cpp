#include "scoring/Agreement.h"

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

double squaredDifference(AlphaMetric metric, const QList<double> &values, const QList<double> &marginals,
                         int c, int k)
{
    switch (metric) {
    case AlphaMetric::Nominal: return c == k ? 0.0 : 1.0;
    case AlphaMetric::Ordinal: {
        const int lo = std::min(c, k);
        const int hi = std::max(c, k);
        double sum = 0;
        for (int g = lo; g <= hi; ++g)
            sum += marginals.at(g);
        const double d = sum - (marginals.at(c) + marginals.at(k)) / 2.0;
        return d * d;
    }
    case AlphaMetric::Interval: {
        const double d = values.at(c) - values.at(k);
        return d * d;
    }
    case AlphaMetric::Ratio: {
        const double s = values.at(c) + values.at(k);
        if (s == 0)
            return 0.0;
        const double d = (values.at(c) - values.at(k)) / s;
        return d * d;
    }
    }
    return 0.0;
}

} // namespace

AgreementResult Agreement::krippendorffAlpha(const QList<QList<std::optional<double>>> &unitsByCoders,
                                             AlphaMetric metric)
{
    AgreementResult result;

    // Pairable units: their present values.
    QList<QList<double>> units;
    QList<double> distinct;
    for (const auto &row : unitsByCoders) {
        QList<double> present;
        for (const auto &v : row) {
            if (v && std::isfinite(*v))
                present.append(*v);
        }
        if (present.size() < 2)
            continue;
        distinct.append(present);
        units.append(present);
    }
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const auto indexOf = [&distinct](double v) {
        return int(std::lower_bound(distinct.cbegin(), distinct.cend(), v) - distinct.cbegin());
    };

    // Coincidence matrix and marginals.
    const int nValues = int(distinct.size());
    QList<double> coincidences(qsizetype(nValues) * nValues, 0.0);
    QList<double> marginals(nValues, 0.0);
    for (const auto &unit : units) {
        const double m = double(unit.size());
        for (int i = 0; i < unit.size(); ++i) {
            const int c = indexOf(unit.at(i));
            for (int j = 0; j < unit.size(); ++j) {
                if (i == j)
                    continue;
                coincidences[c * nValues + indexOf(unit.at(j))] += 1.0 / (m - 1.0);
            }
        }
        result.pairableValues += int(unit.size());
        ++result.pairableUnits;
    }
    for (int c = 0; c < nValues; ++c) {
        for (int k = 0; k < nValues; ++k)
            marginals[c] += coincidences.at(c * nValues + k);
    }

    const double n = result.pairableValues;
    if (n < 2)
        return result;

    double observed = 0;
    double expected = 0;
    for (int c = 0; c < nValues; ++c) {
        for (int k = 0; k < nValues; ++k) {
            const double d2 = squaredDifference(metric, distinct, marginals, c, k);
            observed += coincidences.at(c * nValues + k) * d2;
            expected += marginals.at(c) * marginals.at(k) * d2;
        }
    }
    result.observedDisagreement = observed / n;
    result.expectedDisagreement = expected / (n * (n - 1.0));
    if (expected <= 0)
        return result;
    result.alpha = 1.0 - (n - 1.0) * observed / expected;
    return result;
}

QList<QList<std::optional<double>>> Agreement::matrixFromAssessments(const Rubric &rubric,
                                                                     const QList<Assessment> &assessments)
{
    QList<QList<std::optional<double>>> matrix;
    for (const auto &dimension : rubric.dimensions) {
        for (const auto &criterion : dimension.criteria) {
            QList<std::optional<double>> unit;
            for (const auto &assessment : assessments) {
                const CriterionScore *s = assessment.score(criterion.id);
                if (s && s->state == ScoreState::Level && s->level >= rubric.scaleMin
                    && s->level <= rubric.scaleMax)
                    unit.append(double(s->level));
                else
                    unit.append(std::nullopt);
            }
            matrix.append(unit);
        }
    }
    return matrix;
}

} // namespace casebook
