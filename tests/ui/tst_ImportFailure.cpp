// An import that fails says first that nothing was changed, then why; the bytes of a broken file
// never reach "Show Details" (ImportFailure, on every import path).
#include "bundle/BundleActions.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "widgets/ImportFailure.h"

#include "DatabaseDump.h"
#include "FixedCatalogue.h"
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace casebook;

class tst_ImportFailure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detailKeepsOnlyReadableText();
    void brokenFilesAreToldInWords_data();
    void brokenFilesAreToldInWords();

private:
    QTemporaryDir m_dir;
};

namespace {

bool hasUnreadable(const QString &text)
{
    for (const QChar c : text) {
        if ((c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            || c == QChar::ReplacementCharacter)
            return true;
    }
    return false;
}

} // namespace

void tst_ImportFailure::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ImportFailure::detailKeepsOnlyReadableText()
{
    const QString raw = QStringLiteral("bad byte at 3: ") + QChar(0x0001) + QChar(0x0002) + QChar(0xFFFD)
        + QStringLiteral(" then ") + QChar(0x202E) + QStringLiteral("txt.exe \u00e9\u4e2d ok\nnext");
    const QString shown = ui::ImportFailure::readableDetail(raw);
    QCOMPARE(shown, QStringLiteral("bad byte at 3: \u2026 then \u2026txt.exe \u00e9\u4e2d ok\nnext"));
    // Emoji (a surrogate pair) are text, kept.
    QCOMPARE(ui::ImportFailure::readableDetail(QStringLiteral("\U0001F600")), QStringLiteral("\U0001F600"));
    QVERIFY(ui::ImportFailure::readableDetail(QString(100000, QLatin1Char('x'))).size() < 5000);

    const Error told = ui::ImportFailure::told(
        Error{ErrorCode::InputRejected, QStringLiteral("x.casebook: not a ZIP archive"), raw});
    QCOMPARE(told.message,
             QStringLiteral("Nothing was changed: the import did not happen.\nx.casebook: not a "
                            "ZIP archive"));
    QVERIFY(!hasUnreadable(told.detail));
}

void tst_ImportFailure::brokenFilesAreToldInWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray binary =
        QByteArray("PK\x03\x04\x00\x01\x02\xff\xfe\x1b[31m\x07", 14) + QByteArray(64, '\x01');
    QTest::newRow("bundle of binary bytes") << "bytes.casebook" << binary;
    QTest::newRow("bundle, empty") << "empty.casebook" << QByteArray();
    QTest::newRow("xml of binary bytes")
        << "bytes.xml" << QByteArray("<?xml version=\"1.0\"?>\x01\x02\xff\xfe<a>", 27);
    QTest::newRow("xml, truncated") << "cut.xml" << QByteArray("<?xml version=\"1.0\"?><UC><Name>\xc3");
}

void tst_ImportFailure::brokenFilesAreToldInWords()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    auto opened = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    QVERIFY(opened);
    Database &db = **opened;
    QVERIFY(Seeder::seed(db, true));
    const QStringList before = test::dumpDatabase(db, true);
    const QString path = m_dir.filePath(name);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    test::ScriptedPrompts prompts; // no preview is scripted: showing one fails the test
    test::ScriptedDesktop desktop;
    QWidget parent;
    test::FixedCatalogue catalogue(db);
    ui::BundleActions actions(&parent, prompts, desktop, catalogue);
    const bool xml = name.endsWith(QLatin1String(".xml"));
    QVERIFY(!(xml ? actions.importXml(db, path) : actions.importBundle(db, path)));
    QCOMPARE(prompts.errors.size(), 1);
    const Error &e = prompts.errors.first();
    const QStringList lines = e.message.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("Nothing was changed: the import did not happen."));
    QVERIFY2(lines.value(1).contains(name), qPrintable(e.message));
    QVERIFY2(!hasUnreadable(e.message), qPrintable(e.message));
    QVERIFY2(!hasUnreadable(e.detail), qPrintable(e.detail));
    QCOMPARE(test::dumpDatabase(db, true), before);
}

QTEST_MAIN(tst_ImportFailure)
#include "tst_ImportFailure.moc"
