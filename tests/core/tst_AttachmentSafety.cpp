#include "model/AttachmentSafety.h"

#include <QTest>

using namespace casebook;

class tst_AttachmentSafety : public QObject
{
    Q_OBJECT
private slots:
    void isExecutable_data();
    void isExecutable();
};

void tst_AttachmentSafety::isExecutable_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<bool>("executable");

    const auto byName = [](const char *name) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString() << true;
    };
    for (const char *name :
         {"setup.exe", "installer.msi", "run.bat", "run.cmd", "install.sh", "payload.js", "macro.vbs",
          "tool.jar", "Viewer.app", "client.apk", "script.py", "deploy.ps1", "screen.scr", "link.lnk",
          "page.hta", "entry.desktop", "image.AppImage", "pkg.deb", "disk.dmg"})
        byName(name);

    QTest::newRow("upper case") << QStringLiteral("SETUP.EXE") << QString() << true;
    QTest::newRow("double extension") << QStringLiteral("report.pdf.exe") << QString() << true;
    QTest::newRow("trailing dot and space") << QStringLiteral("report.exe. ") << QString() << true;
    QTest::newRow("path in name") << QStringLiteral("dir\\sub/evil.bat") << QString() << true;
    QTest::newRow("Arabic name") << QStringLiteral("تقرير.exe") << QString() << true;

    QTest::newRow("x-executable") << QStringLiteral("a.bin.txt") << QStringLiteral("application/x-executable")
                                  << true;
    QTest::newRow("x-msdownload") << QStringLiteral("readme") << QStringLiteral("application/x-msdownload")
                                  << true;
    QTest::newRow("dos executable") << QStringLiteral("x")
                                    << QStringLiteral("application/x-ms-dos-executable") << true;
    QTest::newRow("shell script") << QStringLiteral("x") << QStringLiteral("application/x-shellscript")
                                  << true;
    QTest::newRow("javascript") << QStringLiteral("x") << QStringLiteral("text/javascript") << true;
    QTest::newRow("java archive") << QStringLiteral("x") << QStringLiteral("application/java-archive")
                                  << true;
    QTest::newRow("android package") << QStringLiteral("x")
                                     << QStringLiteral("application/vnd.android.package-archive") << true;
    QTest::newRow("python") << QStringLiteral("x") << QStringLiteral("text/x-python") << true;
    QTest::newRow("mime parameters, case")
        << QStringLiteral("x") << QStringLiteral("Application/X-Executable; charset=binary") << true;
    QTest::newRow("shared library") << QStringLiteral("x") << QStringLiteral("application/x-sharedlib")
                                    << true;

    QTest::newRow("pdf") << QStringLiteral("report.pdf") << QStringLiteral("application/pdf") << false;
    QTest::newRow("png") << QStringLiteral("map.png") << QStringLiteral("image/png") << false;
    QTest::newRow("json") << QStringLiteral("data.json") << QStringLiteral("application/json") << false;
    QTest::newRow("geojson") << QStringLiteral("zones.geojson") << QStringLiteral("application/geo+json")
                             << false;
    QTest::newRow("xml") << QStringLiteral("model.xml") << QStringLiteral("application/xml") << false;
    QTest::newRow("html") << QStringLiteral("page.html") << QStringLiteral("text/html") << false;
    QTest::newRow("csv") << QStringLiteral("kpis.csv") << QStringLiteral("text/csv") << false;
    QTest::newRow("docx") << QStringLiteral("contribution.docx")
                          << QStringLiteral(
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                          << false;
    QTest::newRow("zip") << QStringLiteral("bundle.zip") << QStringLiteral("application/zip") << false;
    QTest::newRow("plain text") << QStringLiteral("notes.txt") << QStringLiteral("text/plain") << false;
    QTest::newRow("exe inside a name")
        << QStringLiteral("exe-notes.txt") << QStringLiteral("text/plain") << false;
    QTest::newRow("no extension") << QStringLiteral("README") << QString() << false;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("unknown type") << QStringLiteral("x.dat") << QStringLiteral("application/x-no-such-type")
                                  << false;
}

void tst_AttachmentSafety::isExecutable()
{
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);
    QFETCH(bool, executable);
    QCOMPARE(AttachmentSafety::isExecutable(fileName, mimeType), executable);
}

QTEST_GUILESS_MAIN(tst_AttachmentSafety)
#include "tst_AttachmentSafety.moc"
