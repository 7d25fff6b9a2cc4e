#pragma once

#include "scoring/ScoreReport.h"

#include <QSizeF>

class QPainter;
class QRectF;

namespace casebook {

/// One spoke of the radar: a dimension (or, with fewer than three dimensions, a criterion) and the
/// value (0-100) of each series on it.
struct RadarAxis
{
    QString id;
    QString name;
    QList<std::optional<double>> values; ///< one per series, in series order
};

/// A radar of the rubric's dimensions (or criteria), one series per use case (the first
/// kMaxSeries of the ranking). Each series has its own line style and marker and is named in the
/// legend, so colour is never the only thing that tells them apart.
class RadarChart
{
public:
    static constexpr int kMaxSeries = 6;

    /// The series shown, in the report's order.
    static QList<const UseCaseScore *> series(const ScoreReport &report);
    /// The spokes; empty when there are fewer than three (no radar then).
    static QList<RadarAxis> axes(const ScoreReport &report);
    /// The size in points; empty when there is nothing to draw.
    static QSizeF size(const ScoreReport &report);
    /// Paints the chart scaled into `target`.
    static void paint(QPainter &painter, const QRectF &target, const ScoreReport &report);
};

} // namespace casebook
