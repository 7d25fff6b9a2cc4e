// casebook-cli report (issue 12): HTML, PDF and ODT from a known repository, with no display, Arabic
// and Chinese titles, a hostile title escaped, restricted use cases left out unless asked.
#include "TestSupport.h"

#include "bundle/SafeZipReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

using Run = casebook::test::CliRun;

const QString kRubric = QStringLiteral("Interoperability and standardization (Resolution 98)");
const QString kEnglish = QStringLiteral("Flood sensors on the Nile delta");
const QString kArabic = QStringLiteral("إدارة المياه الذكية في المدن");
const QString kChinese = QStringLiteral("智慧路灯管理平台");
const QString kHostile = QStringLiteral("<script>alert(1)</script> & \"quoted\" 'x'");
const QString kRestricted = QStringLiteral("Secret restricted pilot");
const QString kGapText = QStringLiteral("No shared model for water-level readings");

QJsonObject record(const QString &code, const QString &title)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("title"), title}};
}

QByteArray fixtureJson()
{
    QJsonObject first = record(QStringLiteral("UC-001"), kEnglish);
    first.insert(QStringLiteral("gaps"),
                 QJsonArray{QJsonObject{{QStringLiteral("description"), kGapText},
                                        {QStringLiteral("facet"), QStringLiteral("semantic")},
                                        {QStringLiteral("candidate_sdo"), QStringLiteral("ITU-T SG20")},
                                        {QStringLiteral("question"), QStringLiteral("Q2/20")}}});
    QJsonObject restricted = record(QStringLiteral("UC-005"), kRestricted);
    restricted.insert(QStringLiteral("sharing_level"), QStringLiteral("restricted"));
    return QJsonDocument(QJsonArray{first, record(QStringLiteral("UC-002"), kArabic),
                                    record(QStringLiteral("UC-003"), kChinese),
                                    record(QStringLiteral("UC-004"), kHostile), restricted})
        .toJson();
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

/// The text of a PDF by pdftotext, or Ghostscript's txtwrite when poppler-utils is missing (it spells
/// Latin text faithfully, not Chinese); a null string when neither is installed.
QString pdfText(const QString &file)
{
    QProcess p;
    if (const QString pdftotext = tool(QStringLiteral("pdftotext")); !pdftotext.isEmpty())
        p.start(pdftotext, {file, QStringLiteral("-")});
    else if (const QString gs = tool(QStringLiteral("gs")); !gs.isEmpty())
        p.start(gs,
                {QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"), QStringLiteral("-dBATCH"),
                 QStringLiteral("-sDEVICE=txtwrite"), QStringLiteral("-sOutputFile=-"), file});
    else
        return {};
    if (!p.waitForFinished(120000))
        return QStringLiteral("(timed out)");
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_CliReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void htmlHasTitlesScoresAndEscapes();
    void restrictedLeftOutUnlessAsked();
    void pdfWithoutDisplay();
    void odtHoldsTitles();
    void refusals();
    void contactFromPreferences();

private:
    Run cli(const QStringList &args, const QHash<QString, QString> &env = {});
    Run report(const QString &file, const QStringList &more = {}, const QHash<QString, QString> &env = {});
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_CliReport::cli(const QStringList &args, const QHash<QString, QString> &env)
{
    QHash<QString, QString> all{{QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data"))},
                                {QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config"))}};
    all.insert(env);
    return test::runCli(args, all);
}

Run tst_CliReport::report(const QString &file, const QStringList &more, const QHash<QString, QString> &env)
{
    return cli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--out"),
                           file, QStringLiteral("--force"), QStringLiteral("--title"),
                           QStringLiteral("Report under test"), QStringLiteral("--question"),
                           QStringLiteral("Q2/20")}
                   + more,
               env);
}

void tst_CliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("repo.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exit, 0);
    const QString fixture = path(QStringLiteral("cases.json"));
    QVERIFY(test::writeAll(fixture, fixtureJson()));
    Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("add"), QStringLiteral("--json"), fixture});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    const QStringList levels{QStringLiteral("A1=3,A2=2,A3=4,A4=1,A5=2,B1=3,B2=2,C1=4,C2=1,C3=2,D1=3,D2=2"),
                             QStringLiteral("A1=1,A2=2,A3=3,A4=1,A5=2,B1=2,B2=2,C1=3,C2=1,C3=2,D1=4,D2=2")};
    for (const QString &code : {QStringLiteral("UC-001"), QStringLiteral("UC-002"), QStringLiteral("UC-003"),
                                QStringLiteral("UC-004")}) {
        for (int a = 0; a < 2; ++a) {
            r = cli({QStringLiteral("--db"), m_db, QStringLiteral("assess"), code, QStringLiteral("--rubric"),
                     kRubric, QStringLiteral("--assessor"),
                     a == 0 ? QStringLiteral("Alice") : QStringLiteral("Bob"), QStringLiteral("--score"),
                     levels[a], QStringLiteral("--rationale"),
                     QStringLiteral("A1=%1 thinks <so>")
                         .arg(a == 0 ? QStringLiteral("Alice") : QStringLiteral("Bob"))});
            QVERIFY2(r.exit == 0, qPrintable(r.errText()));
        }
    }
}

void tst_CliReport::htmlHasTitlesScoresAndEscapes()
{
    const QString file = path(QStringLiteral("report.html"));
    const Run r = report(file);
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    const QString html = QString::fromUtf8(test::readAll(file));
    for (const QString &title : {kEnglish, kArabic, kChinese})
        QVERIFY2(html.contains(title), qPrintable(title));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(
                QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#x27;x&#x27;"))
            || html.contains(
                QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; 'x'")));
    // Every use case has the same two assessments: index (3+... ) the same for all, shown in the table.
    const Run scores = cli({QStringLiteral("--db"), m_db, QStringLiteral("scores"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows =
        QJsonDocument::fromJson(scores.out).object().value(QStringLiteral("use_cases")).toArray();
    QCOMPARE(rows.size(), 4);
    for (const QJsonValue &row : rows) {
        const double overall = row.toObject().value(QStringLiteral("overall")).toDouble();
        QVERIFY2(html.contains(QStringLiteral("<td dir=\"auto\">%1</td>").arg(overall, 0, 'f', 1)),
                 qPrintable(QString::number(overall)));
    }
    QVERIFY(html.contains(kGapText));
    QVERIFY(html.contains(QLatin1String("Bob thinks &lt;so&gt;"))); // the rationales, escaped
    QVERIFY(html.contains(QLatin1String("data:image/png;base64,")));
    QVERIFY(!html.contains(QLatin1String("casebook-chart:")));
    QVERIFY(!html.contains(QLatin1String("src=\"http")));
}

void tst_CliReport::restrictedLeftOutUnlessAsked()
{
    const QString file = path(QStringLiteral("restricted.html"));
    Run r = report(file);
    QCOMPARE(r.exit, 0);
    QVERIFY(r.outText().contains(QLatin1String("Left out 1 restricted use case")));
    QVERIFY(!test::readAll(file).contains(kRestricted.toUtf8()));
    r = report(file, {QStringLiteral("--include-restricted")});
    QCOMPARE(r.exit, 0);
    QVERIFY(test::readAll(file).contains(kRestricted.toUtf8()));
    r = report(file, {QStringLiteral("--ids"), QStringLiteral("UC-001,UC-005")});
    QCOMPARE(r.exit, 0);
    const QByteArray html = test::readAll(file);
    QVERIFY(html.contains(kEnglish.toUtf8()));
    QVERIFY(!html.contains(kRestricted.toUtf8()));
    QVERIFY(!html.contains(kChinese.toUtf8()));
}

void tst_CliReport::pdfWithoutDisplay()
{
    const QString file = path(QStringLiteral("report.pdf"));
    // No display at all: neither QT_QPA_PLATFORM nor DISPLAY nor WAYLAND_DISPLAY, and no session
    // (XDG_RUNTIME_DIR, as over SSH or in CI): nothing on standard error either.
    const Run r = report(file, {QStringLiteral("--page-size"), QStringLiteral("letter")},
                         {{QStringLiteral("QT_QPA_PLATFORM"), QString()},
                          {QStringLiteral("DISPLAY"), QString()},
                          {QStringLiteral("WAYLAND_DISPLAY"), QString()},
                          {QStringLiteral("XDG_RUNTIME_DIR"), QString()}});
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QVERIFY2(r.errText().isEmpty(), qPrintable(r.errText()));
    const QByteArray pdf = test::readAll(file);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/FontFile2")); // fonts embedded
    QVERIFY2(
        QRegularExpression(QStringLiteral(": \\d+ use cases?, \\d+ pages?\\.")).match(r.outText()).hasMatch(),
        qPrintable(r.outText()));
    QString text = pdfText(file);
    if (text.isNull())
        QSKIP("neither pdftotext (Debian package poppler-utils) nor Ghostscript is installed: the PDF's text "
              "is not checked");
    text = text.simplified();
    // A table cell may wrap, so the gap is looked for by its first words.
    for (const QString &s :
         {kEnglish, QStringLiteral("No shared model"), QStringLiteral("Standardization gaps"),
          QStringLiteral("Candidate SDO"), QStringLiteral("Page 1 of"), QStringLiteral("Report under test")})
        QVERIFY2(text.contains(s), qPrintable(s));
    // Letter: 612 x 792 points on every page.
    QVERIFY(pdf.contains("/MediaBox [0 0 612.000000 792.000000]"));
    QVERIFY(!pdf.contains("/MediaBox [0 0 595"));
}

void tst_CliReport::odtHoldsTitles()
{
    const QString file = path(QStringLiteral("report.odt"));
    const Run r = report(file);
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    auto entries = SafeZipReader().readAll(file);
    QVERIFY2(entries.ok(), qPrintable(entries ? QString() : entries.error().message));
    QByteArray content;
    bool picture = false;
    for (const SafeZipReader::Entry &e : std::as_const(*entries)) {
        if (e.name == QLatin1String("content.xml"))
            content = e.data;
        picture = picture || e.name.startsWith(QLatin1String("Pictures/"));
    }
    QVERIFY(!content.isEmpty());
    for (const QString &title : {kEnglish, kArabic, kChinese})
        QVERIFY2(content.contains(title.toUtf8()), qPrintable(title));
    QVERIFY(content.contains("&lt;script&gt;"));
    // Arabic paragraphs keep their direction: Qt's ODF writer drops the direction, the alignment stays.
    QVERIFY(content.contains("fo:text-align=\"right\""));
    QVERIFY(picture); // the charts
}

void tst_CliReport::refusals()
{
    const QString file = path(QStringLiteral("report.txt"));
    Run r = report(file);
    QCOMPARE(r.exit, 1);
    QVERIFY(r.errText().contains(QLatin1String(".pdf, .odt or .html")));
    QVERIFY(!QFile::exists(file));
    r = report(path(QStringLiteral("x.pdf")), {QStringLiteral("--page-size"), QStringLiteral("a3")});
    QCOMPARE(r.exit, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
    const QString existing = path(QStringLiteral("keep.html"));
    QVERIFY(test::writeAll(existing, "mine"));
    r = cli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--out"), existing});
    QCOMPARE(r.exit, 1);
    QCOMPARE(test::readAll(existing), QByteArray("mine"));
}

void tst_CliReport::contactFromPreferences()
{
    // The window keeps the member's identity in Casebook/Casebook.conf under the configuration folder.
    QVERIFY(QDir().mkpath(path(QStringLiteral("xdg-config/Casebook"))));
    QVERIFY(
        test::writeAll(path(QStringLiteral("xdg-config/Casebook/Casebook.conf")),
                       "[identity]\nname=Amina Diallo\norganization=Example Org\nemail=amina@example.org\n"));
    const QString file = path(QStringLiteral("contact.html"));
    Run r = report(file);
    QVERIFY2(r.exit == 0, qPrintable(r.errText()));
    QByteArray html = test::readAll(file);
    QVERIFY(html.contains("Amina Diallo"));
    QVERIFY(html.contains("amina@example.org"));
    QVERIFY(html.contains("Example Org"));
    r = report(file,
               {QStringLiteral("--contact-name"), QStringLiteral("Li Wei"), QStringLiteral("--source"),
                QStringLiteral("Other Org")});
    QCOMPARE(r.exit, 0);
    html = test::readAll(file);
    QVERIFY(html.contains("Li Wei"));
    QVERIFY(!html.contains("Amina Diallo"));
    QVERIFY(html.contains("Other Org"));
    QVERIFY(QFile::remove(path(QStringLiteral("xdg-config/Casebook/Casebook.conf"))));
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_CliReport.moc"
