#include "print/ChartCanvas.h"

#include "print/ReportFonts.h"

#include <QPainter>

namespace casebook {

namespace {

QFont chartFont(int pixelSize)
{
    QFont font = ReportFonts::bodyFont();
    font.setPixelSize(pixelSize);
    return font;
}

} // namespace

ChartCanvas::ChartCanvas(QPainter &painter, const QRectF &target, const QSizeF &logical, int fontPixelSize)
    : m_painter(painter)
    , m_font(chartFont(fontPixelSize))
    , m_metrics(m_font)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.translate(target.topLeft());
    m_painter.scale(target.width() / logical.width(), target.height() / logical.height());
    m_painter.setFont(m_font);
}

ChartCanvas::~ChartCanvas()
{
    m_painter.restore();
}

} // namespace casebook
