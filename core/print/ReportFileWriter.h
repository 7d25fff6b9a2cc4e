#pragma once

#include "report/ContributionReport.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>

namespace casebook {

enum class ReportFormat { Html, Pdf, Odt };

struct ReportWriteOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    /// Called after each step (`done` of `total`; `total` 0 while it is not known yet): the layout,
    /// then each page of a PDF; returning
    /// false cancels, and nothing is left on disk.
    std::function<bool(int done, int total)> progress;
};

/// Writes a contribution report to a file: one self-contained HTML file (charts inline as PNG), a
/// PDF (text selectable, fonts embedded, charts as vector graphics, a page number on every page and
/// the contents with page numbers) or an ODT (Qt's OpenDocument writer, charts as PNG, completed by
/// OdtFinisher with the page size, margins, page numbers and right-to-left paragraphs). The file is
/// written atomically (QSaveFile): on failure or cancel the previous file, if any, is untouched.
/// Needs a QGuiApplication (any platform, "offscreen" included) for PDF and ODT.
class ReportFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportFileWriter)
public:
    /// The format of `path` by its suffix (.html/.htm, .pdf, .odt); nullopt for any other.
    static std::optional<ReportFormat> formatFor(const QString &path);
    /// Writes `report` to `path` in `format`; returns the number of pages (1 for HTML and ODT).
    static Result<int> write(const ContributionReport &report, const QString &path, ReportFormat format,
                             const ReportWriteOptions &options = {});

private:
    static Result<int> writePdf(const ContributionReport &report, QIODevice &out,
                                const ReportWriteOptions &o);
    static Result<int> writeOdt(const ContributionReport &report, QIODevice &out,
                                const ReportWriteOptions &o);
    static Result<int> writeHtml(const ContributionReport &report, QIODevice &out,
                                 const ReportWriteOptions &o);
};

} // namespace casebook
