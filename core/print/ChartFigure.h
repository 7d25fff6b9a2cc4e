#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace casebook {

/// A chart as it leaves Casebook: the drawing with its title above, and under it a legend line, the
/// weights it was computed with and the date, so a picture in a slide deck still says what it shows.
struct ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(ChartFigure)
public:
    QString title;
    QString legend; ///< what the marks mean (the chart draws its own series legend)
    QString weights; ///< e.g. "A 40 · B 16 · C 24"; empty: not written
    QDateTime date; ///< written as a date in the footer (UTC)
    QSizeF chartSize; ///< the chart's own size in points
    std::function<void(QPainter &, const QRectF &)> paintChart;

    /// The size of the whole figure in points (chart plus title and footer); empty without a chart.
    QSizeF size() const;
    /// Paints the whole figure scaled into `target`, on white.
    void paint(QPainter &painter, const QRectF &target) const;

    /// Writes the figure as a PNG `widthPixels` wide (16..16384) to `path`, through a QSaveFile: the
    /// file at `path` is replaced only once the image is complete; nothing else is written.
    Status writePng(const QString &path, int widthPixels) const;
    /// Writes the figure as SVG (vector, QSvgGenerator) to `path`, through a QSaveFile.
    Status writeSvg(const QString &path) const;

    static constexpr int minimumWidth = 16;
    static constexpr int maximumWidth = 16384;
};

} // namespace casebook
