#pragma once

#include "report/ContributionReport.h"
#include "report/ReportHtml.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;

namespace casebook {

/// The charts of a contribution report, drawn for print (BarChart, RadarChart): which ones a report
/// has, their size, and the same drawing as vector (paint) or as a PNG (image, dataUri).
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    enum class Kind { Bars, Radar };

    /// The charts `report` has: none without scores; the radar only with three spokes or more.
    static QList<Kind> available(const ContributionReport &report);
    /// The name under which the print writers find the chart in their document ("casebook-chart:bars").
    static QString resourceName(Kind kind);
    /// The chart `name` (a resourceName()); nullopt for any other name.
    static std::optional<Kind> fromResourceName(const QString &name);
    static QSizeF size(Kind kind, const ScoreReport &scores);
    static void paint(QPainter &painter, const QRectF &target, Kind kind, const ScoreReport &scores);
    /// The chart as an image, `pixelsPerPoint` pixels per point, on white.
    static QImage image(Kind kind, const ScoreReport &scores, qreal pixelsPerPoint = 2);
    /// The figures for ReportHtml: the image inline as a PNG data: URI (`inlineImages`), or its
    /// resourceName() for a writer that supplies it.
    static QList<ReportFigure> figures(const ContributionReport &report, bool inlineImages);

private:
    static QString description(Kind kind, const ScoreReport &scores);
};

} // namespace casebook
