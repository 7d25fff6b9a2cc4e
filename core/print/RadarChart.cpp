#include "print/RadarChart.h"

#include "print/ChartCanvas.h"
#include "print/ReportFonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace casebook {

namespace {

constexpr qreal kWidth = 500;
constexpr qreal kPlotHeight = 270; // the legend follows below, one line per series
constexpr qreal kLegendLine = 14;
constexpr QPointF kCentre(250, 135);
constexpr qreal kRadius = 105;

QPointF pointAt(int axis, int axes, double value)
{
    const qreal angle = -M_PI / 2 + 2 * M_PI * axis / axes;
    const qreal r = kRadius * std::clamp(value, 0.0, 100.0) / 100.0;
    return kCentre + QPointF(r * std::cos(angle), r * std::sin(angle));
}

QPen seriesPen(int i)
{
    static const QColor colours[] = {QColor(31, 119, 180),  QColor(214, 39, 40),  QColor(44, 160, 44),
                                     QColor(148, 103, 189), QColor(255, 127, 14), QColor(23, 190, 207)};
    static const Qt::PenStyle styles[] = {Qt::SolidLine,   Qt::DashLine,       Qt::DotLine,
                                          Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine};
    QPen pen(colours[i % 6], 1.4, styles[i % 6]);
    return pen;
}

void marker(QPainter &p, int i, const QPointF &c)
{
    const qreal s = 3;
    p.setPen(QPen(seriesPen(i).color(), 1));
    p.setBrush(seriesPen(i).color());
    switch (i % 6) {
    case 0: p.drawEllipse(c, s, s); break;
    case 1: p.drawRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s)); break;
    case 2:
        p.drawPolygon(QPolygonF{c + QPointF(0, -s - 1), c + QPointF(s + 1, s), c + QPointF(-s - 1, s)});
        break;
    case 3:
        p.drawPolygon(QPolygonF{c + QPointF(0, -s - 1), c + QPointF(s + 1, 0), c + QPointF(0, s + 1),
                                c + QPointF(-s - 1, 0)});
        break;
    case 4:
        p.drawLine(c + QPointF(-s, -s), c + QPointF(s, s));
        p.drawLine(c + QPointF(-s, s), c + QPointF(s, -s));
        break;
    default:
        p.setBrush(Qt::white);
        p.drawEllipse(c, s, s);
        break;
    }
    p.setBrush(Qt::NoBrush);
}

void grid(QPainter &p, const QList<RadarAxis> &axes, const QFontMetricsF &fm)
{
    const int n = int(axes.size());
    p.setPen(QPen(QColor(190, 190, 190), 0.5));
    for (int ring = 25; ring <= 100; ring += 25) {
        QPolygonF poly;
        for (int a = 0; a < n; ++a)
            poly << pointAt(a, n, ring);
        p.drawPolygon(poly);
        p.drawText(pointAt(0, n, ring) + QPointF(3, 3), QString::number(ring));
    }
    for (int a = 0; a < n; ++a) {
        p.setPen(QPen(QColor(190, 190, 190), 0.5));
        p.drawLine(kCentre, pointAt(a, n, 100));
        const QPointF tip = pointAt(a, n, 112);
        const QString label = fm.elidedText(axes[a].name, Qt::ElideRight, 90);
        const qreal w = fm.horizontalAdvance(label);
        const qreal x =
            tip.x() < kCentre.x() - 5 ? tip.x() - w : (tip.x() > kCentre.x() + 5 ? tip.x() : tip.x() - w / 2);
        p.setPen(Qt::black);
        p.drawText(QRectF(x, tip.y() - 6, w + 2, 12), Qt::AlignVCenter | Qt::AlignLeft, label);
    }
}

void legend(QPainter &p, const QList<const UseCaseScore *> &series, const QFontMetricsF &fm)
{
    qreal y = kPlotHeight + kLegendLine / 2;
    for (int i = 0; i < series.size(); ++i) {
        p.setPen(seriesPen(i));
        p.drawLine(QPointF(60, y), QPointF(82, y));
        marker(p, i, QPointF(71, y));
        p.setPen(Qt::black);
        const QString text = series[i]->useCase.code + QStringLiteral(" ") + series[i]->useCase.title;
        p.drawText(QRectF(88, y - kLegendLine / 2, kWidth - 90, kLegendLine),
                   Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text, Qt::ElideRight, kWidth - 90));
        y += kLegendLine;
    }
}

} // namespace

QList<const UseCaseScore *> RadarChart::series(const ScoreReport &report)
{
    QList<const UseCaseScore *> out;
    for (const UseCaseScore &u : report.useCases) {
        if (u.overall && out.size() < kMaxSeries)
            out.append(&u);
    }
    return out;
}

QList<RadarAxis> RadarChart::axes(const ScoreReport &report)
{
    const auto shown = series(report);
    QList<RadarAxis> out;
    const Rubric &rubric = report.rubric;
    if (rubric.dimensions.size() >= 3) {
        for (int d = 0; d < rubric.dimensions.size(); ++d) {
            RadarAxis axis{rubric.dimensions[d].id, rubric.dimensions[d].name, {}};
            for (const UseCaseScore *u : shown) {
                const auto &dims = u->aggregate.overall.dimensions;
                axis.values.append(d < dims.size() ? dims[d].index : std::nullopt);
            }
            out.append(axis);
        }
        return out;
    }
    const double span = rubric.scaleMax - rubric.scaleMin;
    int index = 0;
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria) {
            RadarAxis axis{c.id, c.name, {}};
            for (const UseCaseScore *u : shown) {
                const auto &criteria = u->aggregate.criteria;
                std::optional<double> v;
                if (index < criteria.size() && criteria[index].summary && span > 0)
                    v = (criteria[index].summary->median - rubric.scaleMin) / span * 100.0;
                axis.values.append(v);
            }
            out.append(axis);
            ++index;
        }
    }
    return out.size() >= 3 ? out : QList<RadarAxis>();
}

QSizeF RadarChart::size(const ScoreReport &report)
{
    const auto n = series(report).size();
    return n == 0 || axes(report).isEmpty() ? QSizeF()
                                            : QSizeF(kWidth, kPlotHeight + kLegendLine * qreal(n) + 4);
}

void RadarChart::paint(QPainter &p, const QRectF &target, const ScoreReport &report)
{
    const QSizeF logical = size(report);
    if (logical.isEmpty())
        return;
    const QList<RadarAxis> spokes = axes(report);
    const auto shown = series(report);
    const ChartCanvas canvas(p, target, logical, 8);
    const QFontMetricsF &fm = canvas.metrics();
    grid(p, spokes, fm);
    const int n = int(spokes.size());
    for (int s = 0; s < shown.size(); ++s) {
        QPolygonF poly;
        for (int a = 0; a < n; ++a)
            poly << pointAt(a, n, spokes[a].values[s].value_or(0));
        p.setPen(seriesPen(s));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(poly);
        for (const QPointF &pt : std::as_const(poly))
            marker(p, s, pt);
    }
    legend(p, shown, fm);
}

} // namespace casebook
