// OdtFinisher (issue 12): the ODT report has the chosen page size, the margins and a footer with a
// page-number field in styles.xml, and its right-to-left paragraphs are marked rl-tb in content.xml.
#include "TestSupport.h"

#include "bundle/SafeZipReader.h"
#include "print/OdtFinisher.h"
#include "print/ReportFileWriter.h"

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace casebook;

namespace {

const QString kArabic = QStringLiteral("إدارة المياه الذكية");
const QString kEnglish = QStringLiteral("Street lighting on demand");
const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

ContributionReport sample()
{
    ContributionReport r;
    r.cover.title = QStringLiteral("Report");
    for (const QString &title : {kEnglish, kArabic}) {
        UseCase u;
        u.uuid = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(r.useCases.size());
        u.code = QStringLiteral("UC-%1").arg(r.useCases.size());
        u.title = title;
        r.useCases.append(u);
    }
    return r;
}

/// The entries of the ODT at `path`, read as any ZIP from outside is.
QHash<QString, QByteArray> entries(const QString &path, QVector<SafeZipReader::EntryInfo> *infos = nullptr)
{
    QHash<QString, QByteArray> out;
    auto all = SafeZipReader().readAll(path);
    if (!all)
        return out;
    for (const SafeZipReader::Entry &e : std::as_const(*all))
        out.insert(e.name, e.data);
    if (infos)
        *infos = *SafeZipReader().inspect(path);
    return out;
}

/// content.xml: the writing mode of each paragraph style, and the style of each paragraph by its text.
struct Content
{
    QHash<QString, QString> writingMode;
    QHash<QString, QString> styleOfText;
};

Content parseContent(const QByteArray &xml)
{
    Content c;
    QXmlStreamReader r(xml);
    QString style;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.namespaceUri() == kStyleNs && r.name() == u"style")
            style = r.attributes().value(kStyleNs, QStringLiteral("name")).toString();
        if (r.namespaceUri() == kStyleNs && r.name() == u"paragraph-properties")
            c.writingMode.insert(style,
                                 r.attributes().value(kStyleNs, QStringLiteral("writing-mode")).toString());
        if (r.namespaceUri() == kTextNs && (r.name() == u"p" || r.name() == u"h")) {
            const QString name = r.attributes().value(kTextNs, QStringLiteral("style-name")).toString();
            c.styleOfText.insert(r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(), name);
        }
    }
    return r.hasError() ? Content{} : c;
}

} // namespace

class tst_OdtFinisher : public QObject
{
    Q_OBJECT
private slots:
    void pageSizeAndPageNumbers_data();
    void pageSizeAndPageNumbers();
    void rightToLeftParagraphsAreMarked();
    void headingsKeepWithNext();
    void packageStaysAnOdt();
    void damagedPackageIsRefused();
    void libreOfficeOpensIt();
};

void tst_OdtFinisher::pageSizeAndPageNumbers_data()
{
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<QString>("width");
    QTest::addColumn<QString>("height");
    QTest::newRow("A4") << QPageSize::A4 << "210.0mm"
                        << "297.0mm";
    QTest::newRow("Letter") << QPageSize::Letter << "215.9mm"
                            << "279.4mm";
}

void tst_OdtFinisher::pageSizeAndPageNumbers()
{
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(QString, width);
    QFETCH(QString, height);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.odt"));
    ReportWriteOptions options;
    options.pageSize = size;
    QVERIFY(ReportFileWriter::write(sample(), file, ReportFormat::Odt, options).ok());
    const QString styles = QString::fromUtf8(entries(file).value(QStringLiteral("styles.xml")));
    QVERIFY2(styles.contains(QStringLiteral("fo:page-width=\"%1\" fo:page-height=\"%2\"").arg(width, height)),
             qPrintable(styles));
    QVERIFY(styles.contains(QLatin1String("fo:margin-left=\"20.0mm\" fo:margin-top=\"18.0mm\"")));
    // The default master page carries the footer with the page-number field.
    QVERIFY(styles.contains(QLatin1String("<style:master-page style:name=\"Standard\"")));
    QVERIFY(styles.contains(QLatin1String(
        "<style:footer><text:p text:style-name=\"CasebookFooter\">Page <text:page-number "
        "text:select-page=\"current\">1</text:page-number> of <text:page-count>1</text:page-count>")));
}

void tst_OdtFinisher::rightToLeftParagraphsAreMarked()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.odt"));
    QVERIFY(ReportFileWriter::write(sample(), file, ReportFormat::Odt).ok());
    const Content c = parseContent(entries(file).value(QStringLiteral("content.xml")));
    // Every paragraph that starts with Arabic (the use case's heading, its title in the lists) is
    // right to left; one that starts with Latin ("UC-1 إدارة..." in a table) is not.
    int arabic = 0, english = 0;
    for (auto it = c.styleOfText.cbegin(); it != c.styleOfText.cend(); ++it) {
        if (it.key().startsWith(kArabic)) {
            ++arabic;
            QVERIFY2(c.writingMode.value(*it) == QLatin1String("rl-tb"), qPrintable(it.key()));
        } else if (it.key().startsWith(kEnglish)) {
            ++english;
            QVERIFY2(c.writingMode.value(*it).isEmpty(), qPrintable(it.key()));
        }
    }
    QVERIFY(arabic > 0 && english > 0);
}

void tst_OdtFinisher::headingsKeepWithNext()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.odt"));
    QVERIFY(ReportFileWriter::write(sample(), file, ReportFormat::Odt).ok());
    const QByteArray content = entries(file).value(QStringLiteral("content.xml"));
    QXmlStreamReader r(content);
    QString style;
    QHash<QString, QString> keep;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"style")
            style = r.attributes().value(kStyleNs, QStringLiteral("name")).toString();
        if (r.name() == u"paragraph-properties")
            keep.insert(style, r.attributes().value(QStringLiteral("fo:keep-with-next")).toString());
    }
    // The use cases' headings ("UC-0 Street lighting...") keep with the next paragraph; their text not.
    const Content c = parseContent(content);
    int headings = 0;
    for (auto it = c.styleOfText.cbegin(); it != c.styleOfText.cend(); ++it) {
        if (it.key() == QStringLiteral("UC-0 ") + kEnglish) {
            ++headings;
            QCOMPARE(keep.value(*it), QStringLiteral("always"));
        }
        if (it.key() == kEnglish)
            QCOMPARE(keep.value(*it), QString());
    }
    QCOMPARE(headings, 1);
}

void tst_OdtFinisher::packageStaysAnOdt()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.odt"));
    QVERIFY(ReportFileWriter::write(sample(), file, ReportFormat::Odt).ok());
    QVector<SafeZipReader::EntryInfo> infos;
    const QHash<QString, QByteArray> all = entries(file, &infos);
    // ODF: "mimetype" first, stored, so a reader can find the type at a fixed offset.
    QCOMPARE(infos.first().name, QStringLiteral("mimetype"));
    QCOMPARE(infos.first().method, quint16(0));
    QCOMPARE(all.value(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    const QByteArray manifest = all.value(QStringLiteral("META-INF/manifest.xml"));
    QVERIFY2(manifest.contains("<manifest:file-entry manifest:media-type=\"text/xml\" "
                               "manifest:full-path=\"styles.xml\"/>"),
             manifest.constData());
    for (const char *name : {"META-INF/manifest.xml", "content.xml", "styles.xml"}) {
        QXmlStreamReader xml(all.value(QLatin1String(name)));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), name);
    }
    QVERIFY(all.value(QStringLiteral("content.xml")).contains(kEnglish.toUtf8()));
}

void tst_OdtFinisher::damagedPackageIsRefused()
{
    QTextDocument doc;
    ReportPageSetup page;
    for (const QByteArray &odt : {QByteArray("not a zip"), QByteArray()}) {
        const auto r = OdtFinisher::finish(odt, doc, page);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Storage);
        QCOMPARE(r.error().message, QStringLiteral("Cannot write the report."));
    }
}

void tst_OdtFinisher::libreOfficeOpensIt()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.odt"));
    QVERIFY(ReportFileWriter::write(sample(), file, ReportFormat::Odt).ok());
    QProcess p;
    p.start(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), dir.path(), file});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
}

QTEST_MAIN(tst_OdtFinisher)
#include "tst_OdtFinisher.moc"
