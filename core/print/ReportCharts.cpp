#include "print/ReportCharts.h"

#include "print/BarChart.h"
#include "print/RadarChart.h"

#include <QBuffer>
#include <QPainter>

namespace casebook {

QList<ReportCharts::Kind> ReportCharts::available(const ContributionReport &report)
{
    QList<Kind> out;
    if (!report.scores)
        return out;
    if (!BarChart::size(*report.scores).isEmpty())
        out.append(Kind::Bars);
    if (!RadarChart::size(*report.scores).isEmpty())
        out.append(Kind::Radar);
    return out;
}

QString ReportCharts::resourceName(Kind kind)
{
    return kind == Kind::Bars ? QStringLiteral("casebook-chart:bars")
                              : QStringLiteral("casebook-chart:radar");
}

std::optional<ReportCharts::Kind> ReportCharts::fromResourceName(const QString &name)
{
    for (Kind k : {Kind::Bars, Kind::Radar}) {
        if (name == resourceName(k))
            return k;
    }
    return std::nullopt;
}

QSizeF ReportCharts::size(Kind kind, const ScoreReport &scores)
{
    return kind == Kind::Bars ? BarChart::size(scores) : RadarChart::size(scores);
}

void ReportCharts::paint(QPainter &painter, const QRectF &target, Kind kind, const ScoreReport &scores)
{
    if (kind == Kind::Bars)
        BarChart::paint(painter, target, scores);
    else
        RadarChart::paint(painter, target, scores);
}

QImage ReportCharts::image(Kind kind, const ScoreReport &scores, qreal pixelsPerPoint)
{
    const QSizeF points = size(kind, scores);
    QImage image((points * pixelsPerPoint).toSize(), QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), kind, scores);
    return image;
}

QString ReportCharts::description(Kind kind, const ScoreReport &scores)
{
    QStringList parts;
    if (kind == Kind::Bars) {
        for (const UseCaseScore *u : BarChart::rows(scores)) {
            QString part = QStringLiteral("%1 %2").arg(u->useCase.code).arg(*u->overall, 0, 'f', 1);
            if (const auto range = BarChart::assessorRange(*u))
                part += QStringLiteral(" (%1–%2)").arg(range->first, 0, 'f', 1).arg(range->second, 0, 'f', 1);
            parts.append(part);
        }
        return tr("Overall index of each use case (0 to 100); the whisker and the numbers in brackets span "
                  "the lowest to the highest index its assessors gave: %1.")
            .arg(parts.join(QLatin1String("; ")));
    }
    const QList<RadarAxis> axes = RadarChart::axes(scores);
    const auto series = RadarChart::series(scores);
    for (int s = 0; s < series.size(); ++s) {
        QStringList values;
        for (const RadarAxis &a : axes)
            values.append(QStringLiteral("%1 %2").arg(
                a.name, a.values[s] ? QString::number(*a.values[s], 'f', 0) : QStringLiteral("–")));
        parts.append(series[s]->useCase.code + QStringLiteral(": ") + values.join(QLatin1String(", ")));
    }
    return tr("Each spoke is a part of the rubric on a scale of 0 to 100; each line is a use case, with "
              "its own line style and marker: %1.")
        .arg(parts.join(QLatin1String("; ")));
}

QList<ReportFigure> ReportCharts::figures(const ContributionReport &report, bool inlineImages)
{
    QList<ReportFigure> out;
    for (Kind kind : available(report)) {
        const QSizeF points = size(kind, *report.scores);
        ReportFigure f;
        f.anchor = kind == Kind::Bars ? QStringLiteral("chart-bars") : QStringLiteral("chart-radar");
        f.title = kind == Kind::Bars ? tr("Overall index with the assessors' range")
                                     : tr("Profile of the leading use cases");
        f.widthPt = qRound(points.width());
        f.heightPt = qRound(points.height());
        f.description = description(kind, *report.scores);
        if (inlineImages) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image(kind, *report.scores).save(&buffer, "PNG");
            f.source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        } else {
            f.source = resourceName(kind);
        }
        out.append(f);
    }
    return out;
}

} // namespace casebook
