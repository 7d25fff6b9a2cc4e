#include "print/BarChart.h"

#include "print/ChartCanvas.h"
#include "print/ReportFonts.h"

#include <QFontMetricsF>
#include <QPainter>

namespace casebook {

namespace {

constexpr qreal kWidth = 500;
constexpr qreal kRow = 20;
constexpr qreal kTop = 22;
constexpr qreal kPlotLeft = 105;
constexpr qreal kPlotWidth = 280;

qreal xOf(double index)
{
    return kPlotLeft + kPlotWidth * std::clamp(index, 0.0, 100.0) / 100.0;
}

void axis(QPainter &p, qreal bottom)
{
    p.setPen(QPen(QColor(180, 180, 180), 0.5));
    for (int tick = 0; tick <= 100; tick += 25) {
        const qreal x = xOf(tick);
        p.drawLine(QPointF(x, kTop - 4), QPointF(x, bottom));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - 15, 2, 30, 12), Qt::AlignCenter, QString::number(tick));
        p.setPen(QPen(QColor(180, 180, 180), 0.5));
    }
}

} // namespace

QList<const UseCaseScore *> BarChart::rows(const ScoreReport &report)
{
    QList<const UseCaseScore *> out;
    for (const UseCaseScore &u : report.useCases) {
        if (u.overall)
            out.append(&u);
    }
    return out;
}

QSizeF BarChart::size(const ScoreReport &report)
{
    const auto n = rows(report).size();
    return n == 0 ? QSizeF() : QSizeF(kWidth, kTop + kRow * qreal(n) + 6);
}

std::optional<std::pair<double, double>> BarChart::assessorRange(const UseCaseScore &score)
{
    std::optional<std::pair<double, double>> out;
    int counted = 0;
    for (const ScoreResult &r : score.aggregate.perAssessor) {
        if (!r.index)
            continue;
        ++counted;
        out = out ? std::make_pair(std::min(out->first, *r.index), std::max(out->second, *r.index))
                  : std::make_pair(*r.index, *r.index);
    }
    return counted >= 2 ? out : std::nullopt;
}

void BarChart::paint(QPainter &p, const QRectF &target, const ScoreReport &report)
{
    const QSizeF logical = size(report);
    if (logical.isEmpty())
        return;
    const ChartCanvas canvas(p, target, logical, 8);
    const QFontMetricsF &fm = canvas.metrics();
    const auto shown = rows(report);
    axis(p, kTop + kRow * qreal(shown.size()));
    qreal y = kTop;
    for (const UseCaseScore *u : shown) {
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, kPlotLeft - 6, kRow), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(u->useCase.code, Qt::ElideRight, kPlotLeft - 6));
        const QRectF bar(kPlotLeft, y + 4, xOf(*u->overall) - kPlotLeft, kRow - 8);
        p.fillRect(bar, QColor(94, 129, 172));
        QString label = QString::number(*u->overall, 'f', 1);
        if (const auto range = assessorRange(*u)) {
            const qreal mid = y + kRow / 2;
            p.setPen(QPen(Qt::black, 1));
            p.drawLine(QPointF(xOf(range->first), mid), QPointF(xOf(range->second), mid));
            p.drawLine(QPointF(xOf(range->first), mid - 4), QPointF(xOf(range->first), mid + 4));
            p.drawLine(QPointF(xOf(range->second), mid - 4), QPointF(xOf(range->second), mid + 4));
            label += QStringLiteral(" (%1–%2)").arg(range->first, 0, 'f', 1).arg(range->second, 0, 'f', 1);
        }
        p.drawText(QRectF(kPlotLeft + kPlotWidth + 6, y, kWidth - kPlotLeft - kPlotWidth - 6, kRow),
                   Qt::AlignVCenter | Qt::AlignLeft, label);
        y += kRow;
    }
}

} // namespace casebook
