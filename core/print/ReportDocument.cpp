#include "print/ReportDocument.h"

#include "print/ChartTextObject.h"
#include "print/ReportCharts.h"
#include "print/ReportFonts.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace casebook {

std::unique_ptr<QTextDocument> ReportDocument::build(const ContributionReport &report, Charts charts,
                                                     QPaintDevice *device, const QHash<QString, int> &pages)
{
    auto doc = std::make_unique<QTextDocument>();
    if (device)
        doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(ReportFonts::bodyFont(10));
    ReportHtmlOptions options;
    options.figures = ReportCharts::figures(report, false);
    options.pages = pages;
    if (charts == Charts::Images && report.scores) {
        for (ReportCharts::Kind kind : ReportCharts::available(report))
            doc->addResource(QTextDocument::ImageResource, QUrl(ReportCharts::resourceName(kind)),
                             ReportCharts::image(kind, *report.scores, 3));
    }
    doc->setHtml(ReportHtml::render(report, options));
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.cover.title);
    if (charts == Charts::Vector)
        useChartObjects(*doc, report);
    markRightToLeft(*doc);
    return doc;
}

void ReportDocument::useChartObjects(QTextDocument &doc, const ContributionReport &report)
{
    if (!report.scores)
        return;
    doc.documentLayout()->registerHandler(ChartTextObject::kObjectType,
                                          new ChartTextObject(*report.scores, &doc));
    QList<QPair<int, ReportCharts::Kind>> found;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat())
                continue;
            if (const auto kind = ReportCharts::fromResourceName(f.toImageFormat().name()))
                found.append({it.fragment().position(), *kind});
        }
    }
    for (auto i = found.size() - 1; i >= 0; --i) {
        QTextCursor cursor(&doc);
        cursor.setPosition(found[i].first);
        cursor.setPosition(found[i].first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(ChartTextObject::kObjectType);
        object.setProperty(ChartTextObject::kKindProperty, int(found[i].second));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

void ReportDocument::markRightToLeft(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!b.text().isRightToLeft())
            continue;
        QTextCursor cursor(b);
        QTextBlockFormat f;
        f.setLayoutDirection(Qt::RightToLeft);
        // Qt's ODF writer keeps no paragraph direction, but it keeps the alignment: right-aligned,
        // an Arabic paragraph in LibreOffice or Word reads from the right margin as in the PDF.
        f.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        cursor.mergeBlockFormat(f);
    }
}

void ReportDocument::keepHeadingsWithNext(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return;
    const auto pageOf = [&doc, pageHeight](const QTextBlock &b) {
        return int(doc.documentLayout()->blockBoundingRect(b).top() / pageHeight);
    };
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextBlock next = b.next();
        if (b.blockFormat().headingLevel() == 0 || !next.isValid() || pageOf(next) <= pageOf(b))
            continue;
        // The run of headings that ends here moves as one, unless it starts a page already.
        QTextBlock first = b;
        while (first.previous().isValid() && first.previous().blockFormat().headingLevel() > 0
               && pageOf(first.previous()) == pageOf(b))
            first = first.previous();
        QTextBlockFormat f = first.blockFormat();
        if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        f.setPageBreakPolicy(f.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(f);
        // Qt lays out again only part of what follows (tables with header rows come out wrong).
        doc.markContentsDirty(first.position(), doc.characterCount() - first.position());
    }
}

QHash<QString, int> ReportDocument::anchorPages(const QTextDocument &doc)
{
    QHash<QString, int> out;
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            const qreal top = doc.documentLayout()->blockBoundingRect(b).top();
            for (const QString &name : names)
                out.insert(name, int(top / pageHeight) + 1);
        }
    }
    return out;
}

} // namespace casebook
