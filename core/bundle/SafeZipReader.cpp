#include "bundle/SafeZipReader.h"

#include "bundle/ZipNameRules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <algorithm>

namespace casebook {

namespace {

constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kMaxCommentSize = 0xFFFF;
constexpr qint64 kMaxCentralDirectorySize = qint64(64) * 1024 * 1024;
constexpr quint32 kZip64Marker32 = 0xFFFFFFFFu;
constexpr quint16 kZip64Marker16 = 0xFFFFu;

constexpr quint16 kFlagEncrypted = 0x0001;
constexpr quint16 kFlagDataDescriptor = 0x0008;
constexpr quint16 kFlagStrongEncryption = 0x0040;
constexpr quint16 kFlagMaskedHeaders = 0x2000;

constexpr quint16 kMethodStored = 0;
constexpr quint16 kMethodDeflate = 8;

constexpr quint32 kUnixTypeMask = 0170000;
constexpr quint32 kUnixRegular = 0100000;
constexpr quint32 kUnixDirectory = 0040000;
constexpr quint32 kUnixSymlink = 0120000;
constexpr quint32 kDosDirectory = 0x10;

const QByteArray &localSignature()
{
    static const QByteArray sig("PK\x03\x04", 4);
    return sig;
}
const QByteArray &centralSignature()
{
    static const QByteArray sig("PK\x01\x02", 4);
    return sig;
}
const QByteArray &endSignature()
{
    static const QByteArray sig("PK\x05\x06", 4);
    return sig;
}
const QByteArray &dataDescriptorSignature()
{
    static const QByteArray sig("PK\x07\x08", 4);
    return sig;
}
const QByteArray &zip64LocatorSignature()
{
    static const QByteArray sig("PK\x06\x07", 4);
    return sig;
}

quint16 le16(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}
quint32 le32(const QByteArray &bytes, qint64 at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

/// Reads `length` bytes at `offset`; the result is shorter when the file is.
QByteArray readAt(QFile &file, qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0 || !file.seek(offset))
        return {};
    return file.read(length);
}

/// A name that is safe to put in a message and a log: printable ASCII only, and not too long.
QString displayName(const QByteArray &raw)
{
    constexpr int kMaxShown = 80;
    QString out;
    const int shown = int(std::min<qsizetype>(raw.size(), kMaxShown));
    out.reserve(shown + 1);
    for (int i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(raw.at(i));
        out.append(c >= 0x20 && c < 0x7F ? QChar(QLatin1Char(char(c))) : QChar(u'?'));
    }
    if (raw.size() > kMaxShown)
        out.append(QChar(0x2026));
    return out;
}

QString megabytes(qint64 bytes)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    return QString::number(mb, 'f', mb < 10.0 ? 1 : 0);
}

Error reject(const QString &message, const QString &detail)
{
    return makeError(ErrorCode::InputRejected, message, detail);
}

} // namespace

struct SafeZipReader::LayoutRecord
{
    QByteArray rawName;
    QString name;
    quint16 madeBy = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    quint32 externalAttr = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = 0;
    qint64 descriptorSize = 0; ///< 12 or 16 bytes after the data when flag 0x08 is set
    bool directory = false;
};

struct SafeZipReader::Layout
{
    using Record = LayoutRecord;

    QString path;
    QFile file;
    qint64 fileSize = 0;
    qint64 endOffset = 0;
    qint64 centralOffset = 0;
    qint64 centralSize = 0;
    int entryCount = 0;
    QVector<Record> records;
};

SafeZipReader::SafeZipReader(const ZipLimits &limits)
    : m_limits(limits)
{ }

void SafeZipReader::setNameFilter(NameFilter filter)
{
    m_nameFilter = std::move(filter);
}

void SafeZipReader::setExpectations(const QHash<QString, Expectation> &expectations)
{
    m_expectations = expectations;
}

Result<QVector<SafeZipReader::EntryInfo>> SafeZipReader::inspect(const QString &path) const
{
    Layout layout;
    if (Status scanned = scan(path, layout); !scanned)
        return scanned.error();
    QVector<EntryInfo> infos;
    infos.reserve(layout.records.size());
    for (const Layout::Record &r : std::as_const(layout.records))
        infos.append(EntryInfo{r.name, r.size, r.compressedSize, r.crc, r.method});
    return infos;
}

Result<QVector<SafeZipReader::Entry>> SafeZipReader::readAll(const QString &path) const
{
    Layout layout;
    if (Status scanned = scan(path, layout); !scanned)
        return scanned.error();
    layout.file.close();
    return decompress(path, layout);
}

Status SafeZipReader::scan(const QString &path, Layout &layout) const
{
    layout.path = path;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return makeError(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(info.fileName()),
                         QStringLiteral("no such file: %1").arg(path));
    }
    layout.file.setFileName(path);
    if (!layout.file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Storage, tr("The file %1 cannot be opened.").arg(info.fileName()),
                         QStringLiteral("%1: %2").arg(path, layout.file.errorString()));
    }
    layout.fileSize = layout.file.size();
    if (layout.fileSize == 0) {
        return reject(tr("This file is empty (0 bytes), so it is not an archive."),
                      QStringLiteral("%1: zero-byte file").arg(path));
    }

    const QByteArray head = readAt(layout.file, 0, 4);
    const bool startsWithEntry = head == localSignature();
    const bool startsWithEnd = head == endSignature();
    if (!startsWithEntry && !startsWithEnd) {
        return reject(tr("This file is not a ZIP archive."),
                      QStringLiteral("%1: starts with bytes %2, not a local header or end record")
                          .arg(path, QString::fromLatin1(head.toHex(' '))));
    }

    // The end record is the last PK\5\6 whose comment runs exactly to the end of the file.
    const qint64 tailLength = std::min(layout.fileSize, kEndRecordSize + kMaxCommentSize);
    const qint64 tailStart = layout.fileSize - tailLength;
    const QByteArray tail = readAt(layout.file, tailStart, tailLength);
    if (tail.size() != tailLength) {
        return makeError(ErrorCode::Storage, tr("The file %1 cannot be read.").arg(info.fileName()),
                         QStringLiteral("%1: short read of the last %2 bytes").arg(path).arg(tailLength));
    }
    qint64 endAt = -1;
    qint64 strayEnd = -1;
    for (qint64 i = tailLength - kEndRecordSize; i >= 0; --i) {
        if (tail.at(i) != 'P' || tail.mid(i, 4) != endSignature())
            continue;
        if (qint64(le16(tail, i + 20)) == tailLength - i - kEndRecordSize) {
            endAt = i;
            break;
        }
        if (strayEnd < 0)
            strayEnd = tailStart + i;
    }
    if (endAt < 0 && strayEnd >= 0) {
        return reject(tr("The archive is malformed and cannot be read safely."),
                      QStringLiteral("%1: end record at %2 does not reach the end of the file (%3 bytes)")
                          .arg(path)
                          .arg(strayEnd)
                          .arg(layout.fileSize));
    }
    if (endAt < 0) {
        return reject(tr("The archive is cut short (truncated)."),
                      QStringLiteral("%1: no end-of-central-directory record in the last %2 of %3 bytes")
                          .arg(path)
                          .arg(tailLength)
                          .arg(layout.fileSize));
    }
    layout.endOffset = tailStart + endAt;
    const quint16 diskNumber = le16(tail, endAt + 4);
    const quint16 centralDisk = le16(tail, endAt + 6);
    const quint16 entriesOnDisk = le16(tail, endAt + 8);
    const quint16 entriesTotal = le16(tail, endAt + 10);
    const quint32 centralSize = le32(tail, endAt + 12);
    const quint32 centralOffset = le32(tail, endAt + 16);
    const QString endDetail = QStringLiteral("%1: end record at %2: disk %3, central disk %4, entries %5/%6, "
                                             "central directory %7 bytes at %8, file %9 bytes")
                                  .arg(path)
                                  .arg(layout.endOffset)
                                  .arg(diskNumber)
                                  .arg(centralDisk)
                                  .arg(entriesOnDisk)
                                  .arg(entriesTotal)
                                  .arg(centralSize)
                                  .arg(centralOffset)
                                  .arg(layout.fileSize);

    if (entriesTotal == 0 && entriesOnDisk == 0 && centralSize == 0) {
        if (startsWithEnd && layout.endOffset == 0)
            return reject(tr("The archive is empty."), endDetail);
        return reject(tr("The archive is malformed and cannot be read safely."),
                      endDetail + QStringLiteral(": no entries but data before the end record"));
    }
    const bool zip64 = entriesTotal == kZip64Marker16 || entriesOnDisk == kZip64Marker16
        || centralSize == kZip64Marker32 || centralOffset == kZip64Marker32
        || (layout.endOffset >= 20
            && readAt(layout.file, layout.endOffset - 20, 4) == zip64LocatorSignature());
    if (zip64) {
        return reject(tr("The archive uses a ZIP extension that is not supported (Zip64)."),
                      endDetail + QStringLiteral(": Zip64 end record or marker values"));
    }
    if (diskNumber != 0 || centralDisk != 0 || entriesOnDisk != entriesTotal) {
        return reject(tr("The archive is split over several files, which is not supported."), endDetail);
    }
    if (int(entriesTotal) > m_limits.maxEntries) {
        return reject(tr("The archive has too many entries (%1; the limit is %2).")
                          .arg(entriesTotal)
                          .arg(m_limits.maxEntries),
                      endDetail);
    }
    if (!startsWithEntry) {
        return reject(tr("The archive is malformed and cannot be read safely."),
                      endDetail + QStringLiteral(": entries listed but the file does not start with one"));
    }
    if (qint64(centralOffset) + qint64(centralSize) != layout.endOffset
        || qint64(centralSize) > kMaxCentralDirectorySize
        || qint64(centralSize) < qint64(entriesTotal) * kCentralHeaderSize) {
        return reject(tr("The archive is malformed and cannot be read safely."),
                      endDetail + QStringLiteral(": central directory does not end at the end record"));
    }
    layout.centralOffset = centralOffset;
    layout.centralSize = centralSize;
    layout.entryCount = entriesTotal;

    if (Status central = scanCentralDirectory(layout); !central)
        return central;
    if (Status local = checkLocalHeaders(layout); !local)
        return local;
    return checkExpectations(layout);
}

Status SafeZipReader::scanCentralDirectory(Layout &layout) const
{
    const QByteArray cd = readAt(layout.file, layout.centralOffset, layout.centralSize);
    if (cd.size() != layout.centralSize) {
        return reject(tr("The archive is cut short (truncated)."),
                      QStringLiteral("%1: central directory of %2 bytes at %3 reads back %4 bytes")
                          .arg(layout.path)
                          .arg(layout.centralSize)
                          .arg(layout.centralOffset)
                          .arg(cd.size()));
    }
    NameRegistry names;
    qint64 total = 0;
    qint64 pos = 0;
    layout.records.reserve(layout.entryCount);
    for (int index = 0; index < layout.entryCount; ++index) {
        Layout::Record r;
        QString detail;
        if (Status s = readCentralRecord(layout, cd, index, &pos, &r, &detail); !s)
            return s;
        for (Status s : {checkEntryKind(r, detail), checkName(r, detail), checkMethodAndSizes(r, detail),
                         names.add(r, detail)}) {
            if (!s)
                return s;
        }
        total += r.size;
        layout.records.append(r);
    }
    if (pos != cd.size()) {
        return reject(tr("The archive is malformed and cannot be read safely."),
                      QStringLiteral("%1: %2 bytes left over after %3 central entries")
                          .arg(layout.path)
                          .arg(cd.size() - pos)
                          .arg(layout.entryCount));
    }
    if (total > m_limits.maxTotalSize) {
        return reject(tr("The archive is too large when unpacked (%1 MB; the limit is %2 MB).")
                          .arg(megabytes(total), megabytes(m_limits.maxTotalSize)),
                      QStringLiteral("%1: %2 bytes declared in %3 entries")
                          .arg(layout.path)
                          .arg(total)
                          .arg(layout.entryCount));
    }
    return {};
}

Status SafeZipReader::readCentralRecord(const Layout &layout, const QByteArray &cd, int index, qint64 *pos,
                                        Layout::Record *r, QString *detail) const
{
    const QString malformed = tr("The archive is malformed and cannot be read safely.");
    const QString where = QStringLiteral("%1: central entry %2 at offset %3")
                              .arg(layout.path)
                              .arg(index)
                              .arg(layout.centralOffset + *pos);
    if (*pos + kCentralHeaderSize > cd.size() || cd.mid(*pos, 4) != centralSignature())
        return reject(malformed, where + QStringLiteral(": no central header signature"));
    const qint64 at = *pos;
    r->madeBy = le16(cd, at + 4);
    r->flags = le16(cd, at + 8);
    r->method = le16(cd, at + 10);
    r->crc = le32(cd, at + 16);
    const quint32 compressed = le32(cd, at + 20);
    const quint32 uncompressed = le32(cd, at + 24);
    const quint16 nameLength = le16(cd, at + 28);
    const quint16 extraLength = le16(cd, at + 30);
    const quint16 commentLength = le16(cd, at + 32);
    const quint16 diskStart = le16(cd, at + 34);
    r->externalAttr = le32(cd, at + 38);
    const quint32 localOffset = le32(cd, at + 42);
    const qint64 recordSize = kCentralHeaderSize + nameLength + extraLength + commentLength;
    if (at + recordSize > cd.size())
        return reject(malformed, where + QStringLiteral(": record runs past the central directory"));
    r->rawName = cd.mid(at + kCentralHeaderSize, nameLength);
    *pos += recordSize;

    *detail = where
        + QStringLiteral(" (name \"%1\", made by %2, flags 0x%3, method %4, sizes %5/%6, external 0x%7, "
                         "local header at %8)")
              .arg(displayName(r->rawName))
              .arg(r->madeBy)
              .arg(r->flags, 4, 16, QLatin1Char('0'))
              .arg(r->method)
              .arg(compressed)
              .arg(uncompressed)
              .arg(r->externalAttr, 8, 16, QLatin1Char('0'))
              .arg(localOffset);
    if (compressed == kZip64Marker32 || uncompressed == kZip64Marker32 || localOffset == kZip64Marker32
        || diskStart == kZip64Marker16) {
        return reject(tr("The archive uses a ZIP extension that is not supported (Zip64)."), *detail);
    }
    if (diskStart != 0)
        return reject(tr("The archive is split over several files, which is not supported."), *detail);
    r->compressedSize = compressed;
    r->size = uncompressed;
    r->localHeaderOffset = localOffset;
    return {};
}

Status SafeZipReader::checkEntryKind(Layout::Record &r, const QString &detail) const
{
    // Symbolic links and special files are refused, folders unless allowed.
    const QString shown = displayName(r.rawName);
    const quint32 unixType = (r.externalAttr >> 16) & kUnixTypeMask;
    if (unixType == kUnixSymlink)
        return reject(tr("The archive contains a symbolic link, which is not allowed: %1.").arg(shown),
                      detail);
    if (unixType != 0 && unixType != kUnixRegular && unixType != kUnixDirectory)
        return reject(tr("The archive contains a special file, which is not allowed: %1.").arg(shown),
                      detail);
    r.directory = r.rawName.endsWith('/') || unixType == kUnixDirectory
        || ((r.externalAttr & kDosDirectory) != 0 && unixType == 0);
    if (r.directory && !m_limits.allowDirectories)
        return reject(tr("The archive contains a folder entry, which is not allowed: %1.").arg(shown),
                      detail);
    if (r.directory && r.size != 0)
        return reject(tr("The archive is malformed and cannot be read safely."),
                      detail + QStringLiteral(": a folder entry with data"));
    return {};
}

Status SafeZipReader::checkName(Layout::Record &r, const QString &detail) const
{
    // Name rules, on the raw bytes.
    const QString shown = displayName(r.rawName);
    QByteArray checked = r.rawName;
    if (r.directory && checked.endsWith('/'))
        checked.chop(1);
    switch (ZipNameRules::check(checked, m_limits.maxNameLength)) {
    case ZipNameRules::Violation::None: break;
    case ZipNameRules::Violation::Empty:
        return reject(tr("The archive contains an entry without a name."), detail);
    case ZipNameRules::Violation::TooLong:
        return reject(
            tr("The archive contains a file name that is too long (%1 characters; the limit is %2): %3.")
                .arg(r.rawName.size())
                .arg(m_limits.maxNameLength)
                .arg(shown),
            detail);
    case ZipNameRules::Violation::Backslash:
        return reject(tr("The archive contains a file name with a backslash: %1.").arg(shown), detail);
    case ZipNameRules::Violation::DriveLetter:
        return reject(tr("The archive contains a file name with a drive letter: %1.").arg(shown), detail);
    case ZipNameRules::Violation::Absolute:
        return reject(tr("The archive contains a file name with an absolute path: %1.").arg(shown), detail);
    case ZipNameRules::Violation::Traversal:
        return reject(tr("The archive contains a file name that points outside the archive: %1.").arg(shown),
                      detail);
    case ZipNameRules::Violation::EmptySegment:
        return reject(
            tr("The archive contains a file name with an empty or \".\" folder name: %1.").arg(shown),
            detail);
    case ZipNameRules::Violation::Characters:
        return reject(
            tr("The archive contains a file name with characters that are not allowed: %1.").arg(shown),
            detail);
    }
    r.name = QString::fromLatin1(r.rawName); // ASCII by now
    if (m_nameFilter && !m_nameFilter(r.name))
        return reject(tr("The archive contains a file outside the allowed layout: %1.").arg(shown), detail);
    return {};
}

Status SafeZipReader::checkMethodAndSizes(const Layout::Record &r, const QString &detail) const
{
    const QString shown = displayName(r.rawName);
    if ((r.flags & (kFlagEncrypted | kFlagStrongEncryption | kFlagMaskedHeaders)) != 0)
        return reject(tr("The archive contains an encrypted entry: %1.").arg(shown), detail);
    if (r.method != kMethodStored && r.method != kMethodDeflate)
        return reject(tr("The archive entry %1 uses a compression method that is not supported.").arg(shown),
                      detail);
    if (r.method == kMethodStored && r.compressedSize != r.size) {
        return reject(tr("The archive is damaged at entry %1 (its size does not match the size it declares).")
                          .arg(shown),
                      detail + QStringLiteral(": stored entry with different sizes"));
    }
    if (r.size > m_limits.maxEntrySize) {
        return reject(tr("The archive entry %1 is too large when unpacked (%2 MB; the limit is %3 MB).")
                          .arg(shown, megabytes(r.size), megabytes(m_limits.maxEntrySize)),
                      detail);
    }
    if (r.size > m_limits.ratioCheckMinSize
        && double(r.size) > double(r.compressedSize) * m_limits.maxCompressionRatio) {
        const double ratio =
            r.compressedSize > 0 ? double(r.size) / double(r.compressedSize) : double(r.size);
        return reject(
            tr("The archive entry %1 expands far too much when unpacked (%2 to 1; the limit is %3 to 1).")
                .arg(shown, QString::number(ratio, 'f', 0),
                     QString::number(m_limits.maxCompressionRatio, 'f', 0)),
            detail);
    }
    return {};
}

Status SafeZipReader::NameRegistry::add(const Layout::Record &r, const QString &detail)
{
    // The same name twice, or two names that differ only in case, are refused.
    const QString shown = displayName(r.rawName);
    QByteArray key = r.rawName;
    if (key.endsWith('/'))
        key.chop(1);
    if (m_seen.contains(key))
        return reject(tr("The archive contains the same file twice: %1.").arg(shown), detail);
    m_seen.insert(key);
    const QByteArray folded = key.toLower();
    if (const auto other = m_folded.constFind(folded); other != m_folded.constEnd()) {
        return reject(tr("The archive contains two files whose names differ only in upper and lower case: "
                         "%1 and %2.")
                          .arg(displayName(*other), shown),
                      detail);
    }
    m_folded.insert(folded, key);
    return {};
}

Status SafeZipReader::checkLocalHeaders(Layout &layout) const
{
    qint64 compressedTotal = 0;
    for (const Layout::Record &r : std::as_const(layout.records))
        compressedTotal += r.compressedSize;
    if (compressedTotal > layout.centralOffset) {
        return reject(tr("The archive is malformed: its entries claim more data than the file holds."),
                      QStringLiteral("%1: compressed sizes add up to %2 bytes, entry data area is %3 bytes")
                          .arg(layout.path)
                          .arg(compressedTotal)
                          .arg(layout.centralOffset));
    }
    for (Status s : {locateData(layout), checkDataDescriptors(layout), checkNoGapsOrOverlaps(layout),
                     checkLocalHeadersAgree(layout)}) {
        if (!s)
            return s;
    }
    return {};
}

Status SafeZipReader::locateData(Layout &layout) const
{
    // Where each entry's data starts, from its local header.
    const QString malformed = tr("The archive is malformed and cannot be read safely.");
    for (Layout::Record &r : layout.records) {
        const QString where = QStringLiteral("%1: entry \"%2\", local header at %3")
                                  .arg(layout.path, displayName(r.rawName))
                                  .arg(r.localHeaderOffset);
        if (r.localHeaderOffset + kLocalHeaderSize > layout.centralOffset)
            return reject(malformed, where + QStringLiteral(": local header outside the entry data area"));
        const QByteArray lh = readAt(layout.file, r.localHeaderOffset, kLocalHeaderSize);
        if (lh.size() != kLocalHeaderSize || lh.left(4) != localSignature())
            return reject(malformed, where + QStringLiteral(": no local header signature"));
        r.dataOffset = r.localHeaderOffset + kLocalHeaderSize + le16(lh, 26) + le16(lh, 28);
        if (r.dataOffset + r.compressedSize > layout.centralOffset) {
            return reject(malformed,
                          where
                              + QStringLiteral(": data %1..%2 runs into the central directory at %3")
                                    .arg(r.dataOffset)
                                    .arg(r.dataOffset + r.compressedSize)
                                    .arg(layout.centralOffset));
        }
    }
    return {};
}

Status SafeZipReader::checkDataDescriptors(Layout &layout) const
{
    // An entry flagged with a data descriptor carries CRC-32 and sizes after its data, with or without
    // the PK\7\8 signature; they must be the central directory's, and the descriptor is part of the entry.
    for (Layout::Record &r : layout.records) {
        if ((r.flags & kFlagDataDescriptor) == 0)
            continue;
        const qint64 at = r.dataOffset + r.compressedSize;
        const QByteArray d = readAt(layout.file, at, 16);
        const auto matches = [&r, &d](qint64 from) {
            return d.size() >= from + 12 && le32(d, from) == r.crc
                && qint64(le32(d, from + 4)) == r.compressedSize && qint64(le32(d, from + 8)) == r.size;
        };
        if (d.left(4) == dataDescriptorSignature() && matches(4))
            r.descriptorSize = 16;
        else if (matches(0))
            r.descriptorSize = 12;
        if (r.descriptorSize == 0 || at + r.descriptorSize > layout.centralOffset) {
            return reject(
                tr("The archive is damaged at entry %1 (its data descriptor does not agree with the central "
                   "directory).")
                    .arg(displayName(r.rawName)),
                QStringLiteral("%1: entry \"%2\": descriptor at %3 reads %4; central crc %5, sizes %6/%7")
                    .arg(layout.path, displayName(r.rawName))
                    .arg(at)
                    .arg(QString::fromLatin1(d.toHex(' ')))
                    .arg(r.crc, 8, 16, QLatin1Char('0'))
                    .arg(r.compressedSize)
                    .arg(r.size));
        }
    }
    return {};
}

Status SafeZipReader::checkNoGapsOrOverlaps(const Layout &layout) const
{
    // Every byte before the central directory belongs to exactly one entry: the first entry starts the
    // file, each next one starts where the previous one (data descriptor included) ends, and the last
    // one ends where the central directory starts.
    const QString malformed = tr("The archive is malformed and cannot be read safely.");
    QVector<const Layout::Record *> byOffset;
    byOffset.reserve(layout.records.size());
    for (const Layout::Record &r : std::as_const(layout.records))
        byOffset.append(&r);
    std::stable_sort(byOffset.begin(), byOffset.end(), [](const Layout::Record *a, const Layout::Record *b) {
        return a->localHeaderOffset < b->localHeaderOffset;
    });
    if (!byOffset.isEmpty() && byOffset.first()->localHeaderOffset != 0) {
        return reject(malformed,
                      QStringLiteral("%1: first local header at %2, not at 0")
                          .arg(layout.path)
                          .arg(byOffset.first()->localHeaderOffset));
    }
    for (int i = 0; i < byOffset.size(); ++i) {
        const Layout::Record *a = byOffset.at(i);
        const qint64 aEnd = a->dataOffset + a->compressedSize + a->descriptorSize;
        const qint64 next =
            i + 1 < byOffset.size() ? byOffset.at(i + 1)->localHeaderOffset : layout.centralOffset;
        const QString nextName = i + 1 < byOffset.size() ? displayName(byOffset.at(i + 1)->rawName)
                                                         : QStringLiteral("central directory");
        if (next < aEnd) {
            return reject(tr("The archive is malformed: its entries %1 and %2 overlap.")
                              .arg(displayName(a->rawName), nextName),
                          QStringLiteral("%1: \"%2\" spans %3..%4, \"%5\" starts at %6")
                              .arg(layout.path, displayName(a->rawName))
                              .arg(a->localHeaderOffset)
                              .arg(aEnd)
                              .arg(nextName)
                              .arg(next));
        }
        if (next > aEnd) {
            return reject(tr("The archive is malformed: %1 bytes after the entry %2 belong to no entry.")
                              .arg(next - aEnd)
                              .arg(displayName(a->rawName)),
                          QStringLiteral("%1: \"%2\" ends at %3, the next record (%4) starts at %5")
                              .arg(layout.path, displayName(a->rawName))
                              .arg(aEnd)
                              .arg(nextName)
                              .arg(next));
        }
    }
    return {};
}

Status SafeZipReader::checkLocalHeadersAgree(Layout &layout) const
{
    // Each local header says what the central directory says (a reader that trusts the local headers, as
    // streaming unzippers do, must see the same archive).
    for (const Layout::Record &r : std::as_const(layout.records)) {
        const QString shown = displayName(r.rawName);
        const QString where = QStringLiteral("%1: entry \"%2\", local header at %3")
                                  .arg(layout.path, shown)
                                  .arg(r.localHeaderOffset);
        const QByteArray lh = readAt(layout.file, r.localHeaderOffset, kLocalHeaderSize);
        const quint16 flags = le16(lh, 6);
        const quint16 method = le16(lh, 8);
        const quint32 crc = le32(lh, 14);
        const quint32 compressed = le32(lh, 18);
        const quint32 uncompressed = le32(lh, 22);
        const QByteArray localName =
            readAt(layout.file, r.localHeaderOffset + kLocalHeaderSize, le16(lh, 26));
        const QString disagree =
            tr("The archive is damaged at entry %1 (its headers do not agree).").arg(shown);
        if ((flags & (kFlagEncrypted | kFlagStrongEncryption)) != 0)
            return reject(tr("The archive contains an encrypted entry: %1.").arg(shown), where);
        if (localName != r.rawName)
            return reject(disagree,
                          where + QStringLiteral(": local name \"%1\"").arg(displayName(localName)));
        if (method != r.method || (flags & kFlagDataDescriptor) != (r.flags & kFlagDataDescriptor)) {
            return reject(
                disagree,
                where + QStringLiteral(": local method %1, flags 0x%2").arg(method).arg(flags, 0, 16));
        }
        if ((flags & kFlagDataDescriptor) == 0
            && (crc != r.crc || qint64(compressed) != r.compressedSize || qint64(uncompressed) != r.size)) {
            return reject(disagree,
                          where
                              + QStringLiteral(": local crc %1, sizes %2/%3")
                                    .arg(crc, 8, 16, QLatin1Char('0'))
                                    .arg(compressed)
                                    .arg(uncompressed));
        }
    }
    return {};
}

Status SafeZipReader::checkExpectations(const Layout &layout) const
{
    for (auto it = m_expectations.constBegin(); it != m_expectations.constEnd(); ++it) {
        const auto found = std::find_if(layout.records.cbegin(), layout.records.cend(),
                                        [&](const Layout::Record &r) { return r.name == it.key(); });
        if (found == layout.records.cend()) {
            return reject(tr("The archive is missing the file %1.").arg(it.key()),
                          QStringLiteral("%1: expected entry \"%2\" not in the central directory")
                              .arg(layout.path, it.key()));
        }
        if (it->size >= 0 && found->size != it->size) {
            return reject(tr("The archive entry %1 does not have the expected size.").arg(it.key()),
                          QStringLiteral("%1: entry \"%2\" declares %3 bytes, expected %4")
                              .arg(layout.path, it.key())
                              .arg(found->size)
                              .arg(it->size));
        }
    }
    return {};
}

Result<QVector<SafeZipReader::Entry>> SafeZipReader::decompress(const QString &path,
                                                                const Layout &layout) const
{
    const QString malformed = tr("The archive is malformed and cannot be read safely.");
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return reject(
            malformed,
            QStringLiteral("%1: QuaZip cannot open the archive (error %2)").arg(path).arg(zip.getZipError()));
    }
    if (zip.getEntriesCount() != layout.records.size()) {
        return reject(malformed,
                      QStringLiteral("%1: QuaZip sees %2 entries, the central directory lists %3")
                          .arg(path)
                          .arg(zip.getEntriesCount())
                          .arg(layout.records.size()));
    }

    QVector<Entry> entries;
    entries.reserve(layout.records.size());
    int index = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++index) {
        if (index >= layout.records.size())
            return reject(malformed, QStringLiteral("%1: QuaZip walks past entry %2").arg(path).arg(index));
        const Layout::Record &r = layout.records.at(index);
        const QString shown = displayName(r.rawName);
        const QString where = QStringLiteral("%1: entry %2 \"%3\"").arg(path).arg(index).arg(shown);

        // QuaZip must see the entry exactly as the central directory scan did.
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return reject(malformed,
                          where + QStringLiteral(": no file info (error %1)").arg(zip.getZipError()));
        if (info.name != r.name || info.method != r.method || info.flags != r.flags || info.crc != r.crc
            || qint64(info.compressedSize) != r.compressedSize || qint64(info.uncompressedSize) != r.size) {
            return reject(tr("The archive is damaged at entry %1 (its headers do not agree).").arg(shown),
                          where
                              + QStringLiteral(": QuaZip reports \"%1\", method %2, flags 0x%3, sizes %4/%5")
                                    .arg(displayName(info.name.toLatin1()))
                                    .arg(info.method)
                                    .arg(info.flags, 0, 16)
                                    .arg(info.compressedSize)
                                    .arg(info.uncompressedSize));
        }
        if (r.directory) {
            entries.append(Entry{r.name, {}});
            continue;
        }

        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return reject(tr("The archive is damaged at entry %1 (it cannot be unpacked).").arg(shown),
                          where + QStringLiteral(": open failed (QuaZip error %1)").arg(file.getZipError()));
        }
        const auto streamPos = qint64(unzGetCurrentFileZStreamPos64(zip.getUnzFile()));
        if (streamPos != r.dataOffset) {
            file.close();
            return reject(tr("The archive is damaged at entry %1 (its headers do not agree).").arg(shown),
                          where
                              + QStringLiteral(": QuaZip data at %1, local header says %2")
                                    .arg(streamPos)
                                    .arg(r.dataOffset));
        }

        // Read at most the declared size (already within the limits), then count what came.
        QByteArray data(r.size, Qt::Uninitialized);
        qint64 got = 0;
        bool readFailed = false;
        while (got < r.size) {
            const qint64 n = file.read(data.data() + got, r.size - got);
            if (n < 0) {
                readFailed = true;
                break;
            }
            if (n == 0)
                break;
            got += n;
        }
        char extra = 0;
        const bool longer = !readFailed && got == r.size && file.read(&extra, 1) > 0;
        const int readError = file.getZipError();
        file.close();
        const int closeError = file.getZipError();
        if (closeError == UNZ_CRCERROR || readError == UNZ_CRCERROR) {
            return reject(tr("The archive is damaged at entry %1 (its checksum does not match).").arg(shown),
                          where
                              + QStringLiteral(": CRC mismatch (QuaZip error %1), declared CRC %2")
                                    .arg(UNZ_CRCERROR)
                                    .arg(r.crc, 8, 16, QLatin1Char('0')));
        }
        if (readFailed || readError != UNZ_OK || closeError != UNZ_OK) {
            return reject(tr("The archive is damaged at entry %1 (it cannot be unpacked).").arg(shown),
                          where
                              + QStringLiteral(": read error %1, close error %2 after %3 of %4 bytes")
                                    .arg(readError)
                                    .arg(closeError)
                                    .arg(got)
                                    .arg(r.size));
        }
        if (got != r.size || longer) {
            return reject(
                tr("The archive is damaged at entry %1 (its size does not match the size it declares).")
                    .arg(shown),
                where
                    + QStringLiteral(": declared %1 bytes, read %2%3")
                          .arg(r.size)
                          .arg(got)
                          .arg(longer ? QStringLiteral(" and more") : QString()));
        }

        if (const auto expected = m_expectations.constFind(r.name); expected != m_expectations.constEnd()) {
            if (!expected->sha256.isEmpty()) {
                const QByteArray actual = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
                if (actual != expected->sha256) {
                    return reject(
                        tr("The archive entry %1 has been altered (its SHA-256 fingerprint does not "
                           "match).")
                            .arg(shown),
                        where
                            + QStringLiteral(": SHA-256 %1, expected %2")
                                  .arg(QString::fromLatin1(actual.toHex()),
                                       QString::fromLatin1(expected->sha256.toHex())));
                }
            }
        }
        entries.append(Entry{r.name, std::move(data)});
    }
    if (zip.getZipError() != UNZ_OK || index != layout.records.size()) {
        return reject(malformed,
                      QStringLiteral("%1: QuaZip stopped after %2 of %3 entries (error %4)")
                          .arg(path)
                          .arg(index)
                          .arg(layout.records.size())
                          .arg(zip.getZipError()));
    }
    zip.close();
    return entries;
}

} // namespace casebook
