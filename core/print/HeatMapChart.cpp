#include "print/HeatMapChart.h"

#include "print/ChartCanvas.h"
#include "print/ReportFonts.h"

#include <QColor>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace casebook {

namespace {

constexpr qreal kLabelWidth = 170;
constexpr qreal kColumn = 62;
constexpr qreal kRow = 18;
constexpr qreal kHeader = 20;
constexpr qreal kLegend = 26;

int criterionCount(const Rubric &rubric)
{
    return rubric.criterionCount();
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 3);
}

void header(QPainter &p, const ScoreReport &report, const QFontMetricsF &fm)
{
    p.setPen(Qt::black);
    for (int c = 0; c < report.useCases.size(); ++c) {
        const UseCaseRef &u = report.useCases[c].useCase;
        const QRectF r(kLabelWidth + c * kColumn, 0, kColumn, kHeader);
        p.drawText(r, Qt::AlignCenter,
                   fm.elidedText(u.code.isEmpty() ? u.uuid : u.code, Qt::ElideMiddle, kColumn - 4));
    }
}

void legend(QPainter &p, const Rubric &rubric, qreal top, const QFontMetricsF &fm)
{
    p.setPen(Qt::black);
    const QString title = HeatMapChart::tr("Median level (↕ spread in levels):");
    const qreal titleWidth = fm.horizontalAdvance(title) + 6;
    p.drawText(QRectF(0, top + 6, titleWidth, kRow), Qt::AlignVCenter | Qt::AlignLeft, title);
    qreal x = titleWidth;
    for (int level = rubric.scaleMin; level <= rubric.scaleMax; ++level) {
        const QColor fill = HeatMapChart::shade(rubric, level);
        const QRectF box(x, top + 6, 28, kRow);
        p.fillRect(box, fill);
        p.setPen(QPen(QColor(120, 120, 120), 0.5));
        p.drawRect(box);
        p.setPen(HeatMapChart::textOn(fill));
        p.drawText(box, Qt::AlignCenter, QString::number(level));
        x += 30;
    }
}

} // namespace

HeatCell HeatMapChart::cell(const UseCaseScore &score, int criterionIndex)
{
    HeatCell out;
    const CriterionAggregate c = score.aggregate.criteria.value(criterionIndex);
    out.notApplicable = c.state == ScoreState::NotApplicable;
    if (c.summary) {
        out.median = c.summary->median;
        out.spread = c.summary->range();
        out.values = c.summary->count;
    }
    return out;
}

QString HeatMapChart::cellText(const HeatCell &cell)
{
    if (cell.notApplicable)
        return tr("N/A");
    if (!cell.median)
        return QStringLiteral("–");
    if (cell.spread > 0)
        return tr("%1 ↕%2").arg(number(*cell.median), number(cell.spread));
    return number(*cell.median);
}

QColor HeatMapChart::shade(const Rubric &rubric, double median)
{
    // ColorBrewer's YlGnBu, five classes: sequential and safe for colour-blind readers. A median between
    // two stops (a half level, or a scale of another length) takes the colour between them.
    static const QColor stops[] = {QColor(255, 255, 204), QColor(161, 218, 180), QColor(65, 182, 196),
                                   QColor(44, 127, 184), QColor(37, 52, 148)};
    const double span = rubric.scaleMax - rubric.scaleMin;
    const double t = span > 0 ? std::clamp((median - rubric.scaleMin) / span, 0.0, 1.0) * 4 : 0.0;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

QColor HeatMapChart::textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QSizeF HeatMapChart::size(const ScoreReport &report)
{
    if (report.useCases.isEmpty() || criterionCount(report.rubric) == 0)
        return {};
    return QSizeF(kLabelWidth + kColumn * qreal(report.useCases.size()),
                  kHeader + kRow * criterionCount(report.rubric) + kLegend);
}

void HeatMapChart::paint(QPainter &p, const QRectF &target, const ScoreReport &report, bool hideValues)
{
    const QSizeF logical = size(report);
    if (logical.isEmpty())
        return;
    const ChartCanvas canvas(p, target, logical, 9);
    const QFontMetricsF &fm = canvas.metrics();
    header(p, report, fm);
    int row = 0;
    for (const RubricDimension &d : report.rubric.dimensions) {
        for (const RubricCriterion &criterion : d.criteria) {
            const qreal y = kHeader + row * kRow;
            p.setPen(Qt::black);
            p.drawText(QRectF(0, y, kLabelWidth - 4, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(criterion.id + QLatin1Char(' ') + criterion.name, Qt::ElideRight,
                                     kLabelWidth - 6));
            for (int c = 0; c < report.useCases.size(); ++c) {
                const HeatCell hc = cell(report.useCases[c], row);
                const QRectF box(kLabelWidth + c * kColumn, y, kColumn, kRow);
                const QColor fill =
                    hideValues || !hc.median ? QColor(235, 235, 235) : shade(report.rubric, *hc.median);
                p.fillRect(box, fill);
                p.setPen(QPen(Qt::white, 1));
                p.drawRect(box);
                p.setPen(textOn(fill));
                p.drawText(box, Qt::AlignCenter, hideValues ? QStringLiteral("?") : cellText(hc));
            }
            ++row;
        }
    }
    legend(p, report.rubric, kHeader + row * kRow, fm);
}

} // namespace casebook
