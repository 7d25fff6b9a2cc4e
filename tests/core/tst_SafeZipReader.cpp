#include "bundle/SafeZipReader.h"
#include "bundle/ZipWriter.h"

#include "TestSupport.h"
#include "ZipForge.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using casebook::ErrorCode;
using casebook::SafeZipReader;
using casebook::ZipLimits;
using casebook::ZipWriter;
using casebook::test::ZipForge;

namespace {

ZipForge::Entry entry(const QByteArray &name, const QByteArray &data = QByteArray("{\"ok\":true}\n"))
{
    ZipForge::Entry e;
    e.name = name;
    e.data = data;
    return e;
}

QByteArray single(const ZipForge::Entry &e)
{
    ZipForge forge;
    forge.add(e);
    return forge.build();
}

QByteArray pair(const ZipForge::Entry &a, const ZipForge::Entry &b)
{
    ZipForge forge;
    forge.add(a);
    forge.add(b);
    return forge.build();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

class tst_SafeZipReader : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void roundTrip();
    void acceptsForgedArchive();
    void rejects_data();
    void rejects();
    void rejectsTooManyEntries();
    void rejectsCompressionBomb();
    void acceptsSmallRegularFile();
    void rejectsLargeEntry();
    void rejectsLargeTotal();
    void rejectsOutsideLayout();
    void directoriesWhenAllowed();
    void expectations();
    void missingFile();
    void writesNothingToDisk();

private:
    QString store(const QByteArray &bytes, const QString &name = QStringLiteral("in.zip"));

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SafeZipReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_SafeZipReader::store(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!casebook::test::writeAll(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_SafeZipReader::roundTrip()
{
    QByteArray picture(3000, '\0');
    for (int i = 0; i < picture.size(); ++i)
        picture[i] = char((i * 7919) % 251);
    const QByteArray manifest("{\"format\":\"casebook-bundle\",\"formatVersion\":\"1.0\"}\n");
    const QByteArray useCase = QByteArray("{\"id\":\"uc-0001\",\"title\":\"Smart parking\",\"text\":\"")
        + QByteArray(20000, 'x') + QByteArray("\"}\n");

    ZipWriter writer;
    writer.addEntry(QStringLiteral("manifest.json"), manifest);
    writer.addEntry(QStringLiteral("usecases/uc-0001.json"), useCase);
    writer.addEntry(QStringLiteral("attachments/abc.png"), picture, ZipWriter::Compression::Store);
    writer.addEntry(QStringLiteral("empty.txt"), QByteArray());
    const QString path = m_dir->filePath(QStringLiteral("bundle.casebook"));
    const auto written = writer.write(path);
    QVERIFY2(written.ok(), qPrintable(written.error().detail));

    SafeZipReader reader;
    reader.setExpectations({{QStringLiteral("usecases/uc-0001.json"), {useCase.size(), sha256(useCase)}},
                            {QStringLiteral("attachments/abc.png"), {picture.size(), sha256(picture)}}});
    const auto infos = reader.inspect(path);
    QVERIFY2(infos.ok(), qPrintable(infos.error().message + QLatin1Char(' ') + infos.error().detail));
    QCOMPARE(infos->size(), 4);
    QCOMPARE(infos->at(1).name, QStringLiteral("usecases/uc-0001.json"));
    QCOMPARE(infos->at(1).size, qint64(useCase.size()));
    QCOMPARE(infos->at(1).method, quint16(8));
    QVERIFY(infos->at(1).compressedSize < infos->at(1).size);
    QCOMPARE(infos->at(2).method, quint16(0));

    const auto entries = reader.readAll(path);
    QVERIFY2(entries.ok(), qPrintable(entries.error().message + QLatin1Char(' ') + entries.error().detail));
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(0).name, QStringLiteral("manifest.json"));
    QCOMPARE(entries->at(0).data, manifest);
    QCOMPARE(entries->at(1).data, useCase);
    QCOMPARE(entries->at(2).name, QStringLiteral("attachments/abc.png"));
    QCOMPARE(entries->at(2).data, picture);
    QCOMPARE(entries->at(3).data, QByteArray());
}

void tst_SafeZipReader::acceptsForgedArchive()
{
    // The forge itself produces valid archives; every rejection below comes from a deliberate lie.
    ZipForge::Entry stored = entry("a/stored.bin", QByteArray(100, 's'));
    stored.method = 0;
    const QString path = store(pair(entry("manifest.json"), stored));
    const auto entries = SafeZipReader().readAll(path);
    QVERIFY2(entries.ok(), qPrintable(entries.error().message + QLatin1Char(' ') + entries.error().detail));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(1).data, QByteArray(100, 's'));

    // Data descriptors that agree with the central directory, with and without their signature.
    ZipForge::Entry signedDescriptor = entry("a/signed.json", QByteArray(3000, 'd'));
    signedDescriptor.dataDescriptor = true;
    ZipForge::Entry plainDescriptor = entry("a/plain.json", QByteArray(200, 'p'));
    plainDescriptor.dataDescriptor = true;
    plainDescriptor.descriptorSignature = false;
    const auto described = SafeZipReader().readAll(store(pair(signedDescriptor, plainDescriptor)));
    QVERIFY2(described.ok(),
             qPrintable(described.error().message + QLatin1Char(' ') + described.error().detail));
    QCOMPARE(described->at(0).data, QByteArray(3000, 'd'));
    QCOMPARE(described->at(1).data, QByteArray(200, 'p'));
}

void tst_SafeZipReader::rejects_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("beforeUnpacking"); // inspect() must already refuse it

    const QByteArray ok = single(entry("manifest.json"));

    // Not a ZIP at all, and broken files.
    QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("0 bytes") << true;
    QTest::newRow("not a zip") << QByteArray("This is a plain text file, not an archive.\n")
                               << QStringLiteral("not a ZIP archive") << true;
    QTest::newRow("two bytes") << QByteArray("PK") << QStringLiteral("not a ZIP archive") << true;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                         << QStringLiteral("not a ZIP archive") << true;
    QTest::newRow("empty archive") << ZipForge::emptyArchive() << QStringLiteral("archive is empty") << true;
    QTest::newRow("truncated end") << ok.left(ok.size() - 5) << QStringLiteral("cut short") << true;
    QTest::newRow("truncated middle") << ok.left(ok.size() / 2) << QStringLiteral("cut short") << true;
    QTest::newRow("local signature only")
        << QByteArray("PK\x03\x04", 4) << QStringLiteral("cut short") << true;
    QTest::newRow("truncated empty archive")
        << ZipForge::emptyArchive().left(12) << QStringLiteral("cut short") << true;
    QTest::newRow("junk after end record") << ok + QByteArray("junk") << QStringLiteral("malformed") << true;
    {
        ZipForge forge;
        forge.add(entry("a.json"));
        ZipForge::EndOptions lie;
        lie.entryCount = 2;
        QTest::newRow("entry count lies") << forge.build(lie) << QStringLiteral("malformed") << true;
    }

    // Names.
    QTest::newRow("traversal") << single(entry("../evil.json")) << QStringLiteral("points outside") << true;
    QTest::newRow("inner traversal") << single(entry("usecases/../../evil.json"))
                                     << QStringLiteral("points outside") << true;
    QTest::newRow("absolute") << single(entry("/etc/passwd")) << QStringLiteral("absolute path") << true;
    QTest::newRow("backslash") << single(entry("usecases\\uc.json")) << QStringLiteral("backslash") << true;
    QTest::newRow("backslash traversal")
        << single(entry("..\\..\\evil.json")) << QStringLiteral("backslash") << true;
    QTest::newRow("drive letter") << single(entry("C:/Windows/evil.dll")) << QStringLiteral("drive letter")
                                  << true;
    QTest::newRow("drive relative") << single(entry("c:evil.json")) << QStringLiteral("drive letter") << true;
    QTest::newRow("empty segment") << single(entry("usecases//uc.json")) << QStringLiteral("empty or")
                                   << true;
    QTest::newRow("dot segment") << single(entry("./uc.json")) << QStringLiteral("empty or") << true;
    QTest::newRow("empty name") << single(entry("")) << QStringLiteral("without a name") << true;
    QTest::newRow("long name") << single(entry(QByteArray(300, 'a'))) << QStringLiteral("too long") << true;
    {
        ZipForge::Entry e = entry("caf\xc3\xa9.json");
        e.flags = 0x0800; // UTF-8
        QTest::newRow("non-ascii") << single(e) << QStringLiteral("characters that are not allowed") << true;
    }
    QTest::newRow("space") << single(entry("my file.json"))
                           << QStringLiteral("characters that are not allowed") << true;
    QTest::newRow("nul byte") << single(entry(QByteArray("a\0b.json", 8)))
                              << QStringLiteral("characters that are not allowed") << true;
    QTest::newRow("duplicate") << pair(entry("usecases/a.json"), entry("usecases/a.json"))
                               << QStringLiteral("same file twice") << true;
    QTest::newRow("case duplicate") << pair(entry("A.json"), entry("a.json"))
                                    << QStringLiteral("differ only in upper and lower case") << true;

    // Kinds of entries.
    {
        ZipForge::Entry link = entry("link", "/etc");
        link.method = 0;
        link.externalAttr = 0120777u << 16;
        QTest::newRow("symlink") << pair(link, entry("link/passwd")) << QStringLiteral("symbolic link")
                                 << true;
        ZipForge::Entry fifo = entry("fifo", "");
        fifo.externalAttr = 0010644u << 16;
        QTest::newRow("fifo") << single(fifo) << QStringLiteral("special file") << true;
        ZipForge::Entry dir = entry("usecases/", "");
        dir.method = 0;
        dir.externalAttr = (040755u << 16) | 0x10;
        QTest::newRow("directory") << single(dir) << QStringLiteral("folder entry") << true;
        ZipForge::Entry dosDir = entry("usecases", "");
        dosDir.method = 0;
        dosDir.madeBy = 20; // MS-DOS
        dosDir.externalAttr = 0x10;
        QTest::newRow("dos directory") << single(dosDir) << QStringLiteral("folder entry") << true;
    }

    // Flags and methods.
    {
        ZipForge::Entry encrypted = entry("secret.json");
        encrypted.flags = 0x0001;
        QTest::newRow("encrypted flag") << single(encrypted) << QStringLiteral("encrypted entry") << true;
        ZipForge::Entry strong = entry("secret.json");
        strong.flags = 0x0041;
        QTest::newRow("strong encryption") << single(strong) << QStringLiteral("encrypted entry") << true;
        ZipForge::Entry bzip2 = entry("usecases/a.json", QByteArray("BZh91AY&SY"));
        bzip2.method = 12;
        QTest::newRow("bzip2") << single(bzip2) << QStringLiteral("compression method") << true;
        ZipForge::Entry lzma = entry("usecases/a.json");
        lzma.method = 14;
        QTest::newRow("lzma") << single(lzma) << QStringLiteral("compression method") << true;
        ZipForge::Entry zip64 = entry("usecases/a.json");
        zip64.uncompressedSize = 0xFFFFFFFFu;
        QTest::newRow("zip64 size marker") << single(zip64) << QStringLiteral("Zip64") << true;
    }

    // Layout lies.
    {
        const ZipForge::Entry a = entry("a.json");
        ZipForge forge;
        const quint32 offset = forge.add(a);
        forge.addCentralOnly(entry("b.json"), offset);
        QTest::newRow("two central entries, one local header")
            << forge.build() << QStringLiteral("overlap") << true;
    }
    {
        // Fifield-style: the data of a stored entry contains the whole local record of another.
        const ZipForge::Entry inner = entry("inner.json", QByteArray(2000, 'i'));
        ZipForge::Entry outer = entry("outer.json", ZipForge::localRecord(inner));
        outer.method = 0;
        ZipForge forge;
        const quint32 offset = forge.add(outer);
        forge.addCentralOnly(inner, offset + 30 + quint32(outer.name.size()));
        QTest::newRow("entry inside another") << forge.build() << QStringLiteral("overlap") << true;
    }
    {
        ZipForge::Entry big = entry("big.bin", QByteArray(1000, 'x'));
        big.method = 0;
        ZipForge forge;
        const quint32 offset = forge.add(big);
        for (int i = 0; i < 4; ++i)
            forge.addCentralOnly(entry("alias" + QByteArray::number(i) + ".bin", QByteArray(1000, 'x')),
                                 offset);
        QTest::newRow("compressed sizes exceed the file")
            << forge.build() << QStringLiteral("more data than the file holds") << true;
    }
    {
        ZipForge::Entry e = entry("a.json");
        e.centralName = QByteArray("b.json");
        QTest::newRow("local and central names differ")
            << single(e) << QStringLiteral("headers do not agree") << true;
    }
    {
        ZipForge forge;
        forge.addRaw("garbage before the first entry");
        forge.add(entry("a.json"));
        QByteArray bytes = forge.build();
        QTest::newRow("data before the first entry") << bytes << QStringLiteral("not a ZIP archive") << true;
        bytes.replace(0, 4, QByteArray("PK\x03\x04", 4));
        QTest::newRow("hidden data before the first entry") << bytes << QStringLiteral("malformed") << true;
    }

    // Every byte belongs to one entry or to the central directory: no gaps.
    {
        ZipForge forge;
        forge.add(entry("a.json"));
        forge.addRaw("hidden bytes between two entries");
        forge.add(entry("b.json"));
        QTest::newRow("gap between entries") << forge.build() << QStringLiteral("belong to no entry") << true;
        ZipForge tail;
        tail.add(entry("a.json"));
        tail.addRaw("hidden bytes before the central directory");
        QTest::newRow("gap before the central directory")
            << tail.build() << QStringLiteral("belong to no entry") << true;
    }
    // Data descriptors must say what the central directory says.
    {
        ZipForge::Entry crcLie = entry("a.json", QByteArray(300, 'c'));
        crcLie.dataDescriptor = true;
        crcLie.descriptorCrc = 0x12345678u;
        QTest::newRow("descriptor crc differs")
            << single(crcLie) << QStringLiteral("data descriptor does not agree") << true;
        ZipForge::Entry sizeLie = entry("a.json", QByteArray(300, 'c'));
        sizeLie.dataDescriptor = true;
        sizeLie.descriptorSignature = false;
        sizeLie.descriptorCompressedSize = 0x7777;
        QTest::newRow("descriptor size differs")
            << single(sizeLie) << QStringLiteral("data descriptor does not agree") << true;
        ZipForge::Entry flagOnly = entry("a.json", QByteArray(300, 'c'));
        flagOnly.flags = 0x0008; // says a descriptor follows, but none does
        QTest::newRow("descriptor missing")
            << pair(flagOnly, entry("b.json")) << QStringLiteral("data descriptor does not agree") << true;
    }

    // Checksums and sizes: found while unpacking.
    {
        ZipForge::Entry badCrc = entry("usecases/a.json");
        badCrc.crc = 0x12345678u;
        QTest::newRow("bad crc") << single(badCrc) << QStringLiteral("checksum does not match") << false;
        ZipForge::Entry larger = entry("usecases/a.json", QByteArray(5000, 'y'));
        larger.uncompressedSize = 6000;
        QTest::newRow("declares more than it holds")
            << single(larger) << QStringLiteral("size does not match") << false;
        ZipForge::Entry smaller = entry("usecases/a.json", QByteArray(5000, 'y'));
        smaller.uncompressedSize = 4000;
        QTest::newRow("declares less than it holds")
            << single(smaller) << QStringLiteral("damaged at entry") << false;
        ZipForge::Entry storedLie = entry("usecases/a.bin", QByteArray(500, 'z'));
        storedLie.method = 0;
        storedLie.uncompressedSize = 400;
        QTest::newRow("stored sizes differ")
            << single(storedLie) << QStringLiteral("size does not match") << true;
        ZipForge::Entry corrupt = entry("usecases/a.json", QByteArray(5000, 'y'));
        corrupt.method = 0; // stored bytes that claim to be deflate
        ZipForge forge;
        QByteArray record = ZipForge::localRecord(corrupt);
        record[8] = 8; // local method: deflate
        forge.addRaw(record);
        ZipForge::Entry central = corrupt;
        central.method = 8;
        central.compressedSize = 5000;
        forge.addCentralOnly(central, 0);
        QTest::newRow("undecodable deflate")
            << forge.build() << QStringLiteral("cannot be unpacked") << false;
    }
}

void tst_SafeZipReader::rejects()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, expected);
    QFETCH(bool, beforeUnpacking);

    const QString path = store(archive);
    SafeZipReader reader;
    const auto result = reader.readAll(path);
    QVERIFY2(!result.ok(), "the archive was accepted");
    QCOMPARE(result.error().code, ErrorCode::InputRejected);
    QVERIFY2(result.error().message.contains(expected),
             qPrintable(result.error().message + QStringLiteral(" | ") + result.error().detail));
    QVERIFY(result.error().message.endsWith(QLatin1Char('.')));
    QVERIFY(!result.error().detail.isEmpty());

    const auto inspected = reader.inspect(path);
    QCOMPARE(!inspected.ok(), beforeUnpacking);
    if (beforeUnpacking)
        QCOMPARE(inspected.error().message, result.error().message);
}

void tst_SafeZipReader::rejectsTooManyEntries()
{
    ZipForge forge;
    for (int i = 0; i < 11; ++i)
        forge.add(entry("usecases/uc-" + QByteArray::number(i) + ".json"));
    const QString path = store(forge.build());
    ZipLimits limits;
    limits.maxEntries = 10;
    const auto result = SafeZipReader(limits).inspect(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             QStringLiteral("The archive has too many entries (11; the limit is 10)."));
    limits.maxEntries = 11;
    QVERIFY(SafeZipReader(limits).readAll(path).ok());
}

void tst_SafeZipReader::rejectsCompressionBomb()
{
    // 50 MB of zeros deflate to about 50 KB: within the default per-entry size, far beyond the ratio.
    const QString path = store(single(entry("usecases/bomb.json", QByteArray(50 * 1000 * 1000, '\0'))));
    QVERIFY(QFileInfo(path).size() < 200 * 1000);
    const auto result = SafeZipReader().inspect(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InputRejected);
    QVERIFY2(result.error().message.contains(QStringLiteral("expands far too much")),
             qPrintable(result.error().message));
}

void tst_SafeZipReader::acceptsSmallRegularFile()
{
    // A few KB of spaces compress better than the ratio limit but stay under ratioCheckMinSize.
    const QByteArray spaces(30 * 1024, ' ');
    const QString path = store(single(entry("usecases/blank.json", spaces)));
    const auto result = SafeZipReader().readAll(path);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->first().data, spaces);
}

void tst_SafeZipReader::rejectsLargeEntry()
{
    QByteArray noise(4000, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131) % 253);
    const QString path = store(single(entry("attachments/a.bin", noise)));
    ZipLimits limits;
    limits.maxEntrySize = 1024 * 1024 / 2;
    QVERIFY(SafeZipReader(limits).inspect(path).ok());
    limits.maxEntrySize = 3000;
    const auto result = SafeZipReader(limits).inspect(path);
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error().message.startsWith(QStringLiteral("The archive entry attachments/a.bin is too large")),
        qPrintable(result.error().message));
}

void tst_SafeZipReader::rejectsLargeTotal()
{
    const QString path = store(pair(entry("a.json", QByteArray(2 * 1024 * 1024, 'a')),
                                    entry("b.json", QByteArray(2 * 1024 * 1024, 'b'))));
    ZipLimits limits;
    limits.maxCompressionRatio = 10000;
    limits.maxTotalSize = 3 * 1024 * 1024;
    const auto result = SafeZipReader(limits).inspect(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             QStringLiteral("The archive is too large when unpacked (4.0 MB; the limit is 3.0 MB)."));
}

void tst_SafeZipReader::rejectsOutsideLayout()
{
    SafeZipReader reader;
    reader.setNameFilter([](const QString &name) {
        return name == QLatin1String("manifest.json")
            || (name.startsWith(QLatin1String("usecases/")) && name.endsWith(QLatin1String(".json"))
                && name.count(QLatin1Char('/')) == 1);
    });
    QVERIFY(reader.readAll(store(pair(entry("manifest.json"), entry("usecases/a.json")))).ok());
    const auto result = reader.readAll(store(pair(entry("manifest.json"), entry("scripts/run.sh"))));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             QStringLiteral("The archive contains a file outside the allowed layout: scripts/run.sh."));
}

void tst_SafeZipReader::directoriesWhenAllowed()
{
    ZipForge::Entry dir = entry("usecases/", "");
    dir.method = 0;
    dir.externalAttr = (040755u << 16) | 0x10;
    const QString path = store(pair(dir, entry("usecases/a.json")));
    QVERIFY(!SafeZipReader().readAll(path).ok());
    ZipLimits limits;
    limits.allowDirectories = true;
    const auto result = SafeZipReader(limits).readAll(path);
    QVERIFY2(result.ok(), qPrintable(result.error().message + QLatin1Char(' ') + result.error().detail));
    QCOMPARE(result->size(), 2);
}

void tst_SafeZipReader::expectations()
{
    const QByteArray data("{\"id\":\"uc-0001\"}\n");
    const QString path = store(pair(entry("manifest.json"), entry("usecases/uc-0001.json", data)));
    const QString name = QStringLiteral("usecases/uc-0001.json");

    SafeZipReader reader;
    reader.setExpectations({{name, {data.size(), sha256(data)}}});
    QVERIFY(reader.readAll(path).ok());

    reader.setExpectations({{name, {data.size(), sha256("something else")}}});
    auto result = reader.readAll(path);
    QVERIFY(!result.ok());
    QCOMPARE(
        result.error().message,
        QStringLiteral("The archive entry usecases/uc-0001.json has been altered (its SHA-256 fingerprint "
                       "does not match)."));
    QVERIFY(reader.inspect(path).ok()); // the hash needs the data

    reader.setExpectations({{name, {data.size() + 1, sha256(data)}}});
    result = reader.readAll(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("expected size")),
             qPrintable(result.error().message));

    reader.setExpectations({{QStringLiteral("usecases/uc-0002.json"), {-1, {}}}});
    result = reader.readAll(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             QStringLiteral("The archive is missing the file usecases/uc-0002.json."));
}

void tst_SafeZipReader::missingFile()
{
    const auto result = SafeZipReader().readAll(m_dir->filePath(QStringLiteral("absent.casebook")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
}

void tst_SafeZipReader::writesNothingToDisk()
{
    // A hostile archive with traversal, absolute and symlink tricks, and a good one: reading either
    // leaves the folder holding only the archive itself.
    ZipForge::Entry link = entry("link", "..");
    link.method = 0;
    link.externalAttr = 0120777u << 16;
    ZipForge hostile;
    hostile.add(entry("manifest.json"));
    hostile.add(link);
    hostile.add(entry("../escaped.json"));
    const QString hostilePath = store(hostile.build(), QStringLiteral("hostile.zip"));
    const QDir parent = QFileInfo(m_dir->path()).dir();

    QVERIFY(!SafeZipReader().readAll(hostilePath).ok());
    const auto good = SafeZipReader().readAll(
        store(pair(entry("manifest.json"), entry("usecases/a.json")), QStringLiteral("good.zip")));
    QVERIFY(good.ok());

    const QDir dir(m_dir->path());
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("good.zip"), QStringLiteral("hostile.zip")}));
    QVERIFY(!QFile::exists(parent.filePath(QStringLiteral("escaped.json"))));
}

QTEST_GUILESS_MAIN(tst_SafeZipReader)
#include "tst_SafeZipReader.moc"
