#pragma once

#include "scoring/ScoreReport.h"

#include <QSizeF>

class QPainter;
class QRectF;

namespace casebook {

/// The overall index of each use case as a horizontal bar (0-100), with the range of the assessors'
/// own indices as a whisker and the numbers written beside it, so colour carries nothing alone.
/// Drawn in points with QPainter: vector in a PDF, any resolution in an image.
class BarChart
{
public:
    /// The use cases the chart shows: those with an index, in the report's order.
    static QList<const UseCaseScore *> rows(const ScoreReport &report);
    /// The size of the chart in points; empty when no use case has an index.
    static QSizeF size(const ScoreReport &report);
    /// Paints the chart scaled into `target`.
    static void paint(QPainter &painter, const QRectF &target, const ScoreReport &report);
    /// The lowest and highest index among the assessors of `score`; nullopt with fewer than two.
    static std::optional<std::pair<double, double>> assessorRange(const UseCaseScore &score);
};

} // namespace casebook
