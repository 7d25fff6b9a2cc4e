#include "print/OdtFinisher.h"

#include "bundle/ZipWriter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <functional>

namespace casebook {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kStylesEntry = QStringLiteral("styles.xml");

Error damaged(const QString &detail)
{
    return makeError(ErrorCode::Storage, OdtFinisher::tr("Cannot write the report."),
                     QStringLiteral("ODT package: %1").arg(detail));
}

struct Entry
{
    QString name;
    QByteArray data;
};

/// The entries of the package, in its order.
Result<QList<Entry>> readEntries(QByteArray odt)
{
    QBuffer buffer(&odt);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return damaged(QStringLiteral("not a ZIP (QuaZip error %1)").arg(zip.getZipError()));
    QList<Entry> entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return damaged(QStringLiteral("entry %1 unreadable").arg(zip.getCurrentFileName()));
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
        if (file.getZipError() != UNZ_OK)
            return damaged(QStringLiteral("entry %1 damaged").arg(entries.last().name));
    }
    return entries;
}

/// Writes the reader's start element with its own prefixes (QXmlStreamWriter::writeCurrentToken
/// would invent "n1:" ones for an element that declares its namespace).
void writeStartElement(const QXmlStreamReader &r, QXmlStreamWriter &w)
{
    for (const QXmlStreamNamespaceDeclaration &ns : r.namespaceDeclarations()) {
        if (ns.prefix().isEmpty())
            w.writeDefaultNamespace(ns.namespaceUri().toString());
        else
            w.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
    }
    w.writeStartElement(r.namespaceUri().toString(), r.name().toString());
    w.writeAttributes(r.attributes());
}

/// Copies `xml` token by token; `hook` may write a token itself instead (returns true then).
using Hook = std::function<bool(const QXmlStreamReader &, QXmlStreamWriter &)>;
Result<QByteArray> copyXml(const QByteArray &xml, const Hook &hook)
{
    QXmlStreamReader reader(xml);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::Invalid)
            break;
        if (hook(reader, writer))
            continue;
        if (reader.isStartElement())
            writeStartElement(reader, writer);
        else
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return damaged(
            QStringLiteral("XML error at line %1: %2").arg(reader.lineNumber()).arg(reader.errorString()));
    return out;
}

bool isElement(const QXmlStreamReader &r, const QString &ns, QStringView name)
{
    return r.namespaceUri() == ns && r.name() == name;
}

/// A paragraph property Qt's writer leaves out, as an attribute of style:paragraph-properties.
struct ExtraProperty
{
    QString ns;
    QString name;
    QString value;
};

/// What the paragraph styles of `doc` lack, by style name: Qt's writer names a block's style "p" +
/// the block's format index, which only blocks of identical format (direction included) share.
/// Right-to-left blocks get their writing mode; headings are kept with the next paragraph (a word
/// processor then moves a gap group's heading to the next page with its table, as the PDF does).
QHash<QString, QList<ExtraProperty>> missingProperties(const QTextDocument &doc)
{
    QHash<QString, QList<ExtraProperty>> out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QString style = QStringLiteral("p%1").arg(b.blockFormatIndex());
        if (out.contains(style))
            continue;
        QList<ExtraProperty> extra;
        if (b.blockFormat().layoutDirection() == Qt::RightToLeft)
            extra.append({kStyle, QStringLiteral("writing-mode"), QStringLiteral("rl-tb")});
        if (b.blockFormat().headingLevel() > 0)
            extra.append({kFo, QStringLiteral("keep-with-next"), QStringLiteral("always")});
        if (!extra.isEmpty())
            out.insert(style, extra);
    }
    return out;
}

/// content.xml with the `extra` properties in the paragraph properties of their styles.
Result<QByteArray> addParagraphProperties(const QByteArray &content,
                                          const QHash<QString, QList<ExtraProperty>> &extra)
{
    QString current;
    return copyXml(content, [&](const QXmlStreamReader &r, QXmlStreamWriter &w) {
        if (r.isStartElement() && isElement(r, kStyle, u"style"))
            current = r.attributes().value(kStyle, QStringLiteral("name")).toString().toLower();
        if (r.isEndElement() && isElement(r, kStyle, u"style"))
            current.clear();
        if (!r.isStartElement() || !isElement(r, kStyle, u"paragraph-properties") || !extra.contains(current))
            return false;
        writeStartElement(r, w);
        for (const ExtraProperty &p : extra.value(current)) {
            if (!r.attributes().hasAttribute(p.ns, p.name))
                w.writeAttribute(p.ns, p.name, p.value);
        }
        return true;
    });
}

/// META-INF/manifest.xml with an entry for styles.xml.
Result<QByteArray> addStylesToManifest(const QByteArray &manifest)
{
    return copyXml(manifest, [](const QXmlStreamReader &r, QXmlStreamWriter &w) {
        if (!r.isEndElement() || !isElement(r, kManifest, u"manifest"))
            return false;
        w.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        w.writeAttribute(kManifest, QStringLiteral("media-type"), QStringLiteral("text/xml"));
        w.writeAttribute(kManifest, QStringLiteral("full-path"), kStylesEntry);
        w.writeEndElement();
        return true;
    });
}

QString mm(qreal v)
{
    return QString::number(v, 'f', 1) + QStringLiteral("mm");
}

/// The footer paragraph: its text with the page-number and page-count fields for "%1" and "%2".
void writeFooter(QXmlStreamWriter &w, const QString &footer)
{
    w.writeStartElement(kStyle, QStringLiteral("footer"));
    w.writeStartElement(kText, QStringLiteral("p"));
    w.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("CasebookFooter"));
    static const QRegularExpression field(QStringLiteral("%[12]"));
    qsizetype from = 0;
    for (auto it = field.globalMatch(footer); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        w.writeCharacters(footer.mid(from, m.capturedStart() - from));
        const bool number = m.captured() == QLatin1String("%1");
        w.writeStartElement(kText, number ? QStringLiteral("page-number") : QStringLiteral("page-count"));
        if (number)
            w.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
        w.writeCharacters(QStringLiteral("1"));
        w.writeEndElement();
        from = m.capturedEnd();
    }
    w.writeCharacters(footer.mid(from));
    w.writeEndElement(); // p
    w.writeEndElement(); // footer
}

void writePageLayout(QXmlStreamWriter &w, const ReportPageSetup &page)
{
    const QSizeF size = page.pageSize.size(QPageSize::Millimeter);
    w.writeStartElement(kStyle, QStringLiteral("page-layout"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("CasebookPage"));
    w.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    w.writeAttribute(kFo, QStringLiteral("page-width"), mm(size.width()));
    w.writeAttribute(kFo, QStringLiteral("page-height"), mm(size.height()));
    w.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(kFo, QStringLiteral("margin-left"), mm(page.marginsMm.left()));
    w.writeAttribute(kFo, QStringLiteral("margin-top"), mm(page.marginsMm.top()));
    w.writeAttribute(kFo, QStringLiteral("margin-right"), mm(page.marginsMm.right()));
    w.writeAttribute(kFo, QStringLiteral("margin-bottom"), mm(page.marginsMm.bottom()));
    w.writeStartElement(kStyle, QStringLiteral("footer-style"));
    w.writeEmptyElement(kStyle, QStringLiteral("header-footer-properties"));
    w.writeAttribute(kFo, QStringLiteral("min-height"), mm(0));
    w.writeAttribute(kFo, QStringLiteral("margin-top"), mm(4));
    w.writeEndElement(); // footer-style
    w.writeEndElement(); // page-layout
    w.writeStartElement(kStyle, QStringLiteral("style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("CasebookFooter"));
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    w.writeAttribute(kFo, QStringLiteral("text-align"), QStringLiteral("center"));
    w.writeEndElement(); // style
}

} // namespace

QByteArray OdtFinisher::stylesXml(const ReportPageSetup &page)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    // No indentation: white space inside the footer's paragraph would be text.
    w.writeStartDocument();
    for (const auto &[prefix, uri] :
         {std::pair{"office", kOffice}, {"style", kStyle}, {"text", kText}, {"fo", kFo}})
        w.writeNamespace(uri, QLatin1String(prefix));
    w.writeStartElement(kOffice, QStringLiteral("document-styles"));
    w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    writePageLayout(w, page);
    w.writeEndElement();
    // "Standard" is the master page a document uses when no paragraph names one.
    w.writeStartElement(kOffice, QStringLiteral("master-styles"));
    w.writeStartElement(kStyle, QStringLiteral("master-page"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("CasebookPage"));
    writeFooter(w, page.footer);
    w.writeEndElement(); // master-page
    w.writeEndElement(); // master-styles
    w.writeEndDocument();
    return out;
}

Result<QByteArray> OdtFinisher::finish(const QByteArray &odt, const QTextDocument &doc,
                                       const ReportPageSetup &page)
{
    auto entries = readEntries(odt);
    if (!entries)
        return entries.error();
    if (entries->isEmpty() || entries->first().name != QLatin1String("mimetype"))
        return damaged(QStringLiteral("no leading mimetype entry"));
    ZipWriter zip;
    bool content = false, manifest = false;
    for (const Entry &e : std::as_const(*entries)) {
        if (e.name == kStylesEntry)
            return damaged(QStringLiteral("styles.xml is there already"));
        Result<QByteArray> data = e.data;
        if (e.name == QLatin1String("content.xml")) {
            data = addParagraphProperties(e.data, missingProperties(doc));
            content = true;
        } else if (e.name == QLatin1String("META-INF/manifest.xml")) {
            data = addStylesToManifest(e.data);
            manifest = true;
        }
        if (!data)
            return data.error();
        // ODF: "mimetype" first and stored; pictures are compressed already.
        const bool store =
            e.name == QLatin1String("mimetype") || e.name.startsWith(QLatin1String("Pictures/"));
        zip.addEntry(e.name, *data, store ? ZipWriter::Compression::Store : ZipWriter::Compression::Deflate);
    }
    if (!content || !manifest)
        return damaged(QStringLiteral("content.xml or META-INF/manifest.xml missing"));
    zip.addEntry(kStylesEntry, stylesXml(page));
    return zip.toByteArray();
}

} // namespace casebook
