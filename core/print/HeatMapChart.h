#pragma once

#include "scoring/ScoreReport.h"

#include <QCoreApplication>
#include <QSizeF>

#include <optional>

class QColor;
class QPainter;
class QRectF;

namespace casebook {

/// One cell of the heat map: a criterion of one use case across its assessors.
struct HeatCell
{
    std::optional<double> median; ///< on the rubric scale; nullopt when nobody gave a value
    double spread = 0; ///< max − min of the values, in levels
    int values = 0;
    bool notApplicable = false; ///< N/A by majority
};

/// Criteria (rows) × use cases (columns) of a score report: the median level written in each cell and
/// its spread beside it ("2.5 ↕2"), the cell shaded by the median. The number is always written, so
/// colour is never the only carrier; the legend maps shades to levels.
class HeatMapChart
{
    Q_DECLARE_TR_FUNCTIONS(HeatMapChart)
public:
    /// The cell of criterion `criterionIndex` (rubric order) of `score`.
    static HeatCell cell(const UseCaseScore &score, int criterionIndex);
    /// "2.5 ↕2", "3", "N/A", "–" (no value).
    static QString cellText(const HeatCell &cell);
    /// The shade of a median on the rubric's scale: pale yellow for the lowest level, through green and
    /// blue, to dark blue for the highest (ColorBrewer YlGnBu).
    static QColor shade(const Rubric &rubric, double median);
    /// A text colour readable on `background` (black or white).
    static QColor textOn(const QColor &background);
    static QSizeF size(const ScoreReport &report);
    /// Paints the chart scaled into `target`; `hideValues` writes "?" in every cell (presentation
    /// mode before the facilitator reveals the scores).
    static void paint(QPainter &painter, const QRectF &target, const ScoreReport &report,
                      bool hideValues = false);
};

} // namespace casebook
