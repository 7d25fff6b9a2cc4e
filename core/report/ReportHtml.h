#pragma once

#include "report/ContributionReport.h"

#include <QCoreApplication>
#include <QString>

namespace casebook {

/// Renders a contribution report as one self-contained HTML file: the cover page laid out like an
/// ITU-T contribution, the contents, the method, the ranking, the gap register grouped by facet and
/// one section per use case in IEC 62559-2 order. Every value from a record is escaped, and text
/// keeps its own direction (dir="auto"), so Arabic stays right to left. The same HTML feeds the PDF
/// and ODT writers (print/ReportDocument), which read the subset of HTML that Qt's text engine knows.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QString render(const ContributionReport &report);
};

} // namespace casebook
