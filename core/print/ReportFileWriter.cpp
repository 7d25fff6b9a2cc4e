#include "print/ReportFileWriter.h"

#include "casebook/Version.h"
#include "print/OdtFinisher.h"
#include "print/ReportCharts.h"
#include "print/ReportDocument.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace casebook {

namespace {

Error cancelled()
{
    return makeError(ErrorCode::Cancelled,
                     ReportFileWriter::tr("The report was cancelled; no file was written."));
}

bool step(const ReportWriteOptions &o, int done, int total)
{
    return !o.progress || o.progress(done, total);
}

/// The page of both the PDF and the ODT: the chosen size, the same margins, "Page n of m" below.
ReportPageSetup pageSetup(const ReportWriteOptions &o)
{
    ReportPageSetup page;
    page.pageSize = QPageSize(o.pageSize);
    page.footer = ReportFileWriter::tr("Page %1 of %2");
    return page;
}

/// Lays `doc` out in pages of the writer's page, leaving room for the page number below.
void paginate(QTextDocument &doc, const QPdfWriter &writer, qreal footer)
{
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(page.width(), page.height() - footer));
    ReportDocument::keepHeadingsWithNext(doc);
}

} // namespace

std::optional<ReportFormat> ReportFileWriter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return ReportFormat::Odt;
    return std::nullopt;
}

Result<int> ReportFileWriter::write(const ContributionReport &report, const QString &path,
                                    ReportFormat format, const ReportWriteOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, tr("Cannot write the report %1.").arg(path), file.errorString());
    Result<int> pages = format == ReportFormat::Pdf ? writePdf(report, file, options)
        : format == ReportFormat::Odt               ? writeOdt(report, file, options)
                                                    : writeHtml(report, file, options);
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return makeError(ErrorCode::Storage, tr("Cannot write the report %1.").arg(path), file.errorString());
    return pages;
}

Result<int> ReportFileWriter::writeHtml(const ContributionReport &report, QIODevice &out,
                                        const ReportWriteOptions &o)
{
    if (!step(o, 0, 1))
        return cancelled();
    ReportHtmlOptions options;
    options.figures = ReportCharts::figures(report, true);
    const QByteArray html = ReportHtml::render(report, options).toUtf8();
    if (!step(o, 1, 1))
        return cancelled();
    if (out.write(html) != html.size())
        return makeError(ErrorCode::Storage, tr("Cannot write the report."), out.errorString());
    return 1;
}

Result<int> ReportFileWriter::writeOdt(const ContributionReport &report, QIODevice &out,
                                       const ReportWriteOptions &o)
{
    if (!step(o, 0, 2))
        return cancelled();
    auto doc = ReportDocument::build(report, ReportDocument::Charts::Images, nullptr);
    if (!step(o, 1, 2))
        return cancelled();
    // Qt's ODF writer closes its device when done, which a QSaveFile refuses: write to memory first.
    QByteArray odt;
    QBuffer buffer(&odt);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return makeError(ErrorCode::Storage, tr("Cannot write the report."),
                         QStringLiteral("ODF writer failed"));
    // Qt's writer gives no page size, margins, page numbers or paragraph direction: added here.
    auto finished = OdtFinisher::finish(odt, *doc, pageSetup(o));
    if (!finished)
        return finished.error();
    odt = *finished;
    if (out.write(odt) != odt.size())
        return makeError(ErrorCode::Storage, tr("Cannot write the report."), out.errorString());
    if (!step(o, 2, 2))
        return cancelled();
    return 1;
}

Result<int> ReportFileWriter::writePdf(const ContributionReport &report, QIODevice &out,
                                       const ReportWriteOptions &o)
{
    QPdfWriter writer(&out);
    writer.setResolution(300);
    const ReportPageSetup page = pageSetup(o);
    writer.setPageSize(page.pageSize);
    writer.setPageMargins(page.marginsMm, QPageLayout::Millimeter);
    writer.setTitle(report.cover.title);
    writer.setCreator(QStringLiteral("Casebook %1").arg(QString::fromLatin1(kAppVersion)));
    const qreal footer = writer.resolution() * 0.35; // about 9 mm for the page number
    // First layout: on which page each section starts, for the contents.
    auto first = ReportDocument::build(report, ReportDocument::Charts::Vector, &writer);
    paginate(*first, writer, footer);
    const QHash<QString, int> pages = ReportDocument::anchorPages(*first);
    first.reset();
    if (!step(o, 0, 0)) // laid out once; the number of pages is not known yet
        return cancelled();
    auto doc = ReportDocument::build(report, ReportDocument::Charts::Vector, &writer, pages);
    paginate(*doc, writer, footer);
    const int count = doc->pageCount();
    if (!step(o, 0, count))
        return cancelled();
    QPainter painter(&writer);
    const QSizeF body = doc->pageSize();
    for (int n = 0; n < count; ++n) {
        if (n > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -n * body.height());
        doc->drawContents(&painter, QRectF(0, n * body.height(), body.width(), body.height()));
        painter.restore();
        painter.setFont(doc->defaultFont());
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignCenter | Qt::AlignBottom,
                         page.footer.arg(n + 1).arg(count));
        if (!step(o, n + 1, count)) {
            painter.end();
            return cancelled();
        }
    }
    if (!painter.end())
        return makeError(ErrorCode::Storage, tr("Cannot write the report."), out.errorString());
    return count;
}

} // namespace casebook
