// ImportFormats: which importer handles a file, by content first and then by name.
#include "TestSupport.h"

#include "exchange/ImportFormats.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

Q_DECLARE_METATYPE(casebook::ImportFormat)

class tst_ImportFormats : public QObject
{
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void sniffNeedsOnlyTheHead();
    void missingFileFallsBackToTheName();
};

void tst_ImportFormats::detect_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportFormat>("expected");
    const QByteArray zip("PK\x03\x04\x14\x00\x00\x00", 8);
    const QByteArray csv("code,title\nUC-1,Smart meters\n");
    const QByteArray json("[{\"title\": \"Smart meters\"}]");
    QTest::newRow("bundle") << "team.casebook" << zip << ImportFormat::Bundle;
    QTest::newRow("bundle named .csv") << "team.csv" << zip << ImportFormat::Bundle;
    QTest::newRow("bundle without suffix") << "team" << zip << ImportFormat::Bundle;
    QTest::newRow("json") << "all.json" << json << ImportFormat::Json;
    QTest::newRow("json named .txt") << "all.txt" << json << ImportFormat::Json;
    QTest::newRow("json named .csv") << "all.csv" << json << ImportFormat::Json;
    QTest::newRow("json object named .casebook")
        << "one.casebook" << QByteArray("{\"title\": \"x\"}") << ImportFormat::Json;
    QTest::newRow("json after BOM and blanks")
        << "all.dat" << (QByteArray("\xEF\xBB\xBF \r\n\t") + json) << ImportFormat::Json;
    QTest::newRow("csv") << "sheet.csv" << csv << ImportFormat::Csv;
    QTest::newRow("csv upper-case suffix") << "SHEET.CSV" << csv << ImportFormat::Csv;
    QTest::newRow("tsv") << "sheet.tsv" << QByteArray("code\ttitle\n") << ImportFormat::Csv;
    QTest::newRow("csv named .json") << "sheet.json" << csv << ImportFormat::Json; // the JSON reader says why
    QTest::newRow("broken bundle") << "broken.casebook" << csv << ImportFormat::Bundle;
    QTest::newRow("empty csv") << "empty.csv" << QByteArray() << ImportFormat::Csv;
    const QByteArray xml("<?xml version=\"1.0\"?>\n<cps:UseCaseRepository xmlns:cps=\"cpsframework\"/>");
    QTest::newRow("xml") << "repository.xml" << xml << ImportFormat::Xml;
    QTest::newRow("xml named .txt") << "repository.txt" << xml << ImportFormat::Xml;
    QTest::newRow("xml after BOM") << "repository" << (QByteArray("\xEF\xBB\xBF") + xml) << ImportFormat::Xml;
    QTest::newRow("broken xml named .xml")
        << "broken.xml" << csv << ImportFormat::Xml; // the XML reader says why
    QTest::newRow("text with another suffix") << "notes.pdf" << csv << ImportFormat::Unknown;
    QTest::newRow("truncated zip magic") << "half.pdf" << QByteArray("PK\x03", 3) << ImportFormat::Unknown;
}

void tst_ImportFormats::detect()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(ImportFormat, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(name);
    QVERIFY(test::writeAll(file, content));
    QCOMPARE(ImportFormats::detect(file), expected);
}

void tst_ImportFormats::sniffNeedsOnlyTheHead()
{
    QCOMPARE(ImportFormats::sniff(QByteArray("PK\x03\x04", 4)), ImportFormat::Bundle);
    QCOMPARE(ImportFormats::sniff(QByteArray(ImportFormats::kSniffBytes - 1, ' ') + '['), ImportFormat::Json);
    QCOMPARE(ImportFormats::sniff("title\n[not json]"), ImportFormat::Unknown);
    QCOMPARE(ImportFormats::sniff({}), ImportFormat::Unknown);
}

void tst_ImportFormats::missingFileFallsBackToTheName()
{
    QTemporaryDir dir;
    QCOMPARE(ImportFormats::detect(dir.filePath(QStringLiteral("gone.json"))), ImportFormat::Json);
    QCOMPARE(ImportFormats::detect(dir.filePath(QStringLiteral("gone.casebook"))), ImportFormat::Bundle);
    QCOMPARE(ImportFormats::detect(dir.filePath(QStringLiteral("gone.bin"))), ImportFormat::Unknown);
    QVERIFY(ImportFormats::unsupportedMessage(dir.filePath(QStringLiteral("gone.bin")))
                .startsWith(QLatin1String("gone.bin: ")));
}

QTEST_GUILESS_MAIN(tst_ImportFormats)
#include "tst_ImportFormats.moc"
