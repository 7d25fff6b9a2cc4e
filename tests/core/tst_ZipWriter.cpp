#include "bundle/SafeZipReader.h"
#include "bundle/ZipWriter.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

using casebook::ErrorCode;
using casebook::SafeZipReader;
using casebook::ZipWriter;

namespace {

ZipWriter sampleWriter(const QDateTime &timestamp = ZipWriter::defaultTimestamp())
{
    ZipWriter writer(timestamp);
    writer.addEntry(QStringLiteral("manifest.json"), QByteArray("{\"format\":\"casebook-bundle\"}\n"));
    writer.addEntry(QStringLiteral("usecases/uc-0002.json"), QByteArray(5000, 'b'));
    writer.addEntry(QStringLiteral("usecases/uc-0001.json"), QByteArray("{\"id\":\"uc-0001\"}\n"));
    writer.addEntry(QStringLiteral("attachments/photo.jpg"), QByteArray("\xff\xd8\xff\xe0 jpeg", 9),
                    ZipWriter::Compression::Store);
    return writer;
}

QStringList filesIn(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class tst_ZipWriter : public QObject
{
    Q_OBJECT
private slots:
    void deterministic();
    void entryLayout();
    void timestamp();
    void readBackBySafeReader();
    void refusesBadNames_data();
    void refusesBadNames();
    void refusesDateOutOfRange();
    void failedWriteKeepsOldFile();
    void missingFolder();
};

void tst_ZipWriter::deterministic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first.casebook"));
    const QString second = dir.filePath(QStringLiteral("second.casebook"));
    QVERIFY(sampleWriter().write(first).ok());
    QThread::msleep(2100); // a clock-derived timestamp would now differ by at least one DOS tick
    QVERIFY(sampleWriter().write(second).ok());
    const QByteArray a = casebook::test::readAll(first);
    QVERIFY(!a.isEmpty());
    QCOMPARE(casebook::test::readAll(second), a);
    const auto inMemory = sampleWriter().toByteArray();
    QVERIFY(inMemory.ok());
    QCOMPARE(*inMemory, a);

    const QDateTime created(QDate(2024, 5, 17), QTime(9, 30, 42), QTimeZone::utc());
    const auto other = sampleWriter(created).toByteArray();
    QVERIFY(other.ok());
    QVERIFY(*other != a);
    QCOMPARE(*sampleWriter(created).toByteArray(), *other);
    // The same instant given in another zone is the same archive.
    QCOMPARE(*sampleWriter(created.toTimeZone(QTimeZone(3600 * 2))).toByteArray(), *other);
}

void tst_ZipWriter::entryLayout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layout.zip"));
    QVERIFY(sampleWriter().write(path).ok());
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QStringList names;
    QList<quint16> methods;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        QVERIFY(zip.getCurrentFileInfo(&info));
        names.append(info.name);
        methods.append(info.method);
        QVERIFY2(info.extra.isEmpty(), qPrintable(info.name));
        QVERIFY(info.comment.isEmpty());
        QCOMPARE(info.flags & 0x0809, 0); // no encryption, no data descriptor, no UTF-8 (ASCII names)
        QCOMPARE(info.versionCreated >> 8, 3); // made on Unix, so the permissions below are meaningful
        QCOMPARE(info.externalAttr >> 16, 0100644u);
        QVERIFY(!info.isSymbolicLink());
    }
    QCOMPARE(zip.getZipError(), UNZ_OK);
    QCOMPARE(names,
             QStringList({QStringLiteral("manifest.json"), QStringLiteral("usecases/uc-0002.json"),
                          QStringLiteral("usecases/uc-0001.json"), QStringLiteral("attachments/photo.jpg")}));
    QCOMPARE(methods, QList<quint16>({8, 8, 8, 0}));
}

void tst_ZipWriter::timestamp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("time.zip"));
    const QDateTime created(QDate(2024, 5, 17), QTime(9, 30, 42), QTimeZone::utc());
    QVERIFY(sampleWriter(created).write(path).ok());
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.goToFirstFile());
    QuaZipFileInfo64 info;
    QVERIFY(zip.getCurrentFileInfo(&info));
    // DOS times carry no zone; QuaZip reads them back as local wall-clock time.
    QCOMPARE(info.dateTime.date(), created.date());
    QCOMPARE(info.dateTime.time(), created.time());
}

void tst_ZipWriter::readBackBySafeReader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.casebook"));
    ZipWriter writer;
    QByteArray binary(70000, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 2654435761u) >> 24);
    writer.addEntry(QStringLiteral("manifest.json"), QByteArray("{}\n"));
    writer.addEntry(QStringLiteral("attachments/blob.bin"), binary, ZipWriter::Compression::Store);
    writer.addEntry(QStringLiteral("attachments/blob-deflated.bin"), binary);
    QVERIFY(writer.write(path).ok());
    const auto entries = SafeZipReader().readAll(path);
    QVERIFY2(entries.ok(), qPrintable(entries.error().message + QLatin1Char(' ') + entries.error().detail));
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(1).data, binary);
    QCOMPARE(entries->at(2).data, binary);
}

void tst_ZipWriter::refusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("traversal") << QStringLiteral("../x.json");
    QTest::newRow("absolute") << QStringLiteral("/etc/x");
    QTest::newRow("backslash") << QStringLiteral("a\\b.json");
    QTest::newRow("drive") << QStringLiteral("C:/x.json");
    QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9.json");
    QTest::newRow("empty") << QString();
    QTest::newRow("directory") << QStringLiteral("usecases/");
    QTest::newRow("too long") << QString(ZipWriter::MaxNameLength + 1, QLatin1Char('a'));
}

void tst_ZipWriter::refusesBadNames()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    ZipWriter writer;
    writer.addEntry(QStringLiteral("manifest.json"), QByteArray("{}"));
    writer.addEntry(name, QByteArray("x"));
    const auto result = writer.write(dir.filePath(QStringLiteral("out.zip")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Usage);
    QVERIFY2(result.error().message.contains(QStringLiteral("is not allowed")),
             qPrintable(result.error().message));
    QVERIFY(filesIn(dir.path()).isEmpty());
    QVERIFY(!writer.toByteArray().ok());
}

void tst_ZipWriter::refusesDateOutOfRange()
{
    ZipWriter writer(QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()));
    writer.addEntry(QStringLiteral("a.json"), QByteArray("{}"));
    const auto result = writer.toByteArray();
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("date")));

    ZipWriter duplicate;
    duplicate.addEntry(QStringLiteral("A.json"), QByteArray("{}"));
    duplicate.addEntry(QStringLiteral("a.json"), QByteArray("{}"));
    QVERIFY(!duplicate.toByteArray().ok());
}

void tst_ZipWriter::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.casebook"));
    QVERIFY(casebook::test::writeAll(path, QByteArray("previous content")));
    ZipWriter writer;
    writer.addEntry(QStringLiteral("manifest.json"), QByteArray("{}"));
    writer.addEntry(QStringLiteral("../evil"), QByteArray("x"));
    QVERIFY(!writer.write(path).ok());
    QCOMPARE(casebook::test::readAll(path), QByteArray("previous content"));
    QCOMPARE(filesIn(dir.path()), QStringList(QStringLiteral("bundle.casebook")));

    // A successful write replaces it completely, leaving no temporary file behind.
    QVERIFY(sampleWriter().write(path).ok());
    QCOMPARE(casebook::test::readAll(path), *sampleWriter().toByteArray());
    QCOMPARE(filesIn(dir.path()), QStringList(QStringLiteral("bundle.casebook")));
}

void tst_ZipWriter::missingFolder()
{
    QTemporaryDir dir;
    const auto result = sampleWriter().write(dir.filePath(QStringLiteral("no/such/folder/out.zip")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Storage);
    QVERIFY(filesIn(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ZipWriter)
#include "tst_ZipWriter.moc"
