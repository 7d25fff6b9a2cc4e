#pragma once

#include "report/ContributionReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace casebook {

/// Renders a contribution report as one self-contained HTML file: the cover page laid out like an
/// ITU-T contribution, the contents, the method, the ranking, the gap register grouped by facet and
/// one section per use case in IEC 62559-2 order. Every value from a record is escaped, and text
/// keeps its own direction (dir="auto"), so Arabic stays right to left. The same HTML feeds the PDF
/// and ODT writers (print/ReportDocument), which read the subset of HTML that Qt's text engine knows.
/// A chart of the report: where the image comes from (a data: URI, or a name the print writers
/// resolve) and its size in points; `description` says in words and numbers what it shows.
struct ReportFigure
{
    QString anchor; ///< "chart-bars"
    QString title;
    QString source;
    int widthPt = 0;
    int heightPt = 0;
    QString description;
};

/// What the writers add to the report's HTML: the charts, and the page of each section for the
/// contents (anchor -> page, from a first layout of the printed document; empty in HTML).
struct ReportHtmlOptions
{
    QList<ReportFigure> figures;
    QHash<QString, int> pages;
};

class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QString render(const ContributionReport &report, const ReportHtmlOptions &options = {});
    /// The anchors of the sections the contents list, in order.
    static QStringList sectionAnchors(const ContributionReport &report, const ReportHtmlOptions &options);
};

} // namespace casebook
