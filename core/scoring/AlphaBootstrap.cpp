#include "scoring/AlphaBootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace casebook {

namespace {

using Unit = QList<std::optional<double>>;

bool pairable(const Unit &unit)
{
    return std::count_if(unit.cbegin(), unit.cend(),
                         [](const std::optional<double> &v) { return v && std::isfinite(*v); })
        >= 2;
}

/// Nearest-rank percentile of sorted values, p in 0..1.
double percentile(const QList<double> &sorted, double p)
{
    const int rank = std::max(1, int(std::ceil(p * sorted.size())));
    return sorted.at(std::min(rank, int(sorted.size())) - 1);
}

} // namespace

AlphaEstimate AlphaBootstrap::estimate(const QList<Unit> &unitsByCoders, AlphaMetric metric)
{
    AlphaEstimate e;
    e.result = Agreement::krippendorffAlpha(unitsByCoders, metric);
    QList<Unit> units;
    for (const Unit &u : unitsByCoders) {
        if (pairable(u))
            units.append(u);
    }
    if (!e.result.isComputable() || units.size() < 2)
        return e;
    std::mt19937 rng(seed);
    const quint64 n = quint64(units.size());
    QList<double> alphas;
    QList<Unit> sample(units.size());
    for (int r = 0; r < resamples; ++r) {
        // Index by the high bits of a 32-bit draw: the same on every platform (unlike the
        // standard distributions, whose algorithm is left to the library).
        for (Unit &u : sample)
            u = units.at(int((quint64(rng()) * n) >> 32));
        const AgreementResult a = Agreement::krippendorffAlpha(sample, metric);
        if (a.alpha)
            alphas.append(*a.alpha);
    }
    if (alphas.isEmpty())
        return e;
    std::sort(alphas.begin(), alphas.end());
    e.low = percentile(alphas, 0.025);
    e.high = percentile(alphas, 0.975);
    return e;
}

AlphaReading AlphaBootstrap::reading(const std::optional<double> &alpha)
{
    if (!alpha)
        return AlphaReading::NotComputable;
    if (*alpha >= 0.8)
        return AlphaReading::Reliable;
    if (*alpha >= 0.667)
        return AlphaReading::Tentative;
    return AlphaReading::Unreliable;
}

QString AlphaBootstrap::readingName(AlphaReading reading)
{
    switch (reading) {
    case AlphaReading::Reliable: return QStringLiteral("reliable");
    case AlphaReading::Tentative: return QStringLiteral("tentative");
    case AlphaReading::Unreliable: return QStringLiteral("unreliable");
    case AlphaReading::NotComputable: break;
    }
    return QStringLiteral("not computable");
}

} // namespace casebook
