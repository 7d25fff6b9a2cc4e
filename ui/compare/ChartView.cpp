#include "compare/ChartView.h"

#include <QPainter>

namespace casebook::ui {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartView::setFigure(const ChartFigure &figure)
{
    m_figure = figure;
    setAccessibleDescription(figure.title);
    update();
}

void ChartView::setMessage(const QString &message)
{
    m_message = message;
    update();
}

QSize ChartView::sizeHint() const
{
    return QSize(480, 360);
}

QSize ChartView::minimumSizeHint() const
{
    return QSize(200, 150);
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    const QSizeF chart = m_figure.chartSize;
    if (!m_message.isEmpty() || chart.isEmpty() || !m_figure.paintChart) {
        p.setPen(Qt::black);
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("Nothing to chart: no use case has a score.") : m_message);
        return;
    }
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const qreal scale = std::min(area.width() / chart.width(), area.height() / chart.height());
    const QSizeF shown = chart * scale;
    const QRectF target(area.center() - QPointF(shown.width() / 2, shown.height() / 2), shown);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    m_figure.paintChart(p, target);
}

} // namespace casebook::ui
