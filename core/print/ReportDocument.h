#pragma once

#include "report/ContributionReport.h"

#include <QHash>
#include <QString>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace casebook {

/// The report as a QTextDocument, from the same HTML as the HTML file (ReportHtml), for the PDF and
/// ODT writers. Paragraphs whose text starts right to left are marked right to left, so Arabic keeps
/// its direction in both.
class ReportDocument
{
public:
    enum class Charts { Images, Vector };

    /// Builds the document. `device` (the PDF writer; null for ODT) sets the resolution of the layout;
    /// `pages` (section anchor -> page) fills the page column of the contents. Vector charts are
    /// drawn by a ChartTextObject, images are added as resources under ReportCharts::resourceName().
    static std::unique_ptr<QTextDocument> build(const ContributionReport &report, Charts charts,
                                                QPaintDevice *device, const QHash<QString, int> &pages = {});
    /// The page (from 1) on which each anchor of a paginated document (setPageSize) starts.
    static QHash<QString, int> anchorPages(const QTextDocument &doc);
    /// In a paginated document, moves to the next page each heading (with the headings right above
    /// it) that would end a page while what it heads starts on the next one: a gap group's heading
    /// stays with its table. QTextDocument has no "keep with next" of its own.
    static void keepHeadingsWithNext(QTextDocument &doc);

private:
    static void useChartObjects(QTextDocument &doc, const ContributionReport &report);
    static void markRightToLeft(QTextDocument &doc);
};

} // namespace casebook
