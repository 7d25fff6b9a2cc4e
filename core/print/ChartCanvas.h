#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace casebook {

/// The frame every chart paints in: its logical size mapped onto the target rectangle, the report's
/// body font at the chart's pixel size, antialiased; the painter is restored when it ends.
class ChartCanvas
{
public:
    ChartCanvas(QPainter &painter, const QRectF &target, const QSizeF &logical, int fontPixelSize);
    ~ChartCanvas();
    ChartCanvas(const ChartCanvas &) = delete;
    ChartCanvas &operator=(const ChartCanvas &) = delete;

    const QFont &font() const { return m_font; }
    const QFontMetricsF &metrics() const { return m_metrics; }

private:
    QPainter &m_painter;
    QFont m_font;
    QFontMetricsF m_metrics;
};

} // namespace casebook
