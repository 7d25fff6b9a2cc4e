#pragma once

#include "bundle/ZipLimits.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <functional>

namespace casebook {

/// Reads a ZIP archive received from outside (a .casebook bundle) into memory, refusing anything
/// hostile or unexpected. Every check on names, sizes, methods, flags and layout is made from the
/// archive's own bytes (end record, central directory, local headers) before a single byte is
/// decompressed, because QuaZip lets most of those through (see QUAZIP-NOTES.md). Entries are then
/// decompressed one by one with QuaZip, bounded by the declared sizes, and checked against their
/// declared size, CRC-32 and, when the caller knows them, an expected size and SHA-256.
/// The reader never writes to disk and never uses JlCompress.
/// Each refusal is an Error with ErrorCode::InputRejected, a translated one-sentence message and a
/// technical detail (offsets, QuaZip error codes) for the log.
class SafeZipReader
{
    Q_DECLARE_TR_FUNCTIONS(SafeZipReader)

public:
    /// What the central directory says about one entry (after all checks passed).
    struct EntryInfo
    {
        QString name;
        qint64 size = 0; ///< uncompressed bytes
        qint64 compressedSize = 0; ///< bytes of stored or deflated data in the file
        quint32 crc32 = 0;
        quint16 method = 0; ///< 0 stored or 8 deflate
    };

    /// One entry read into memory.
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    /// What the caller (usually the bundle manifest) expects of an entry.
    struct Expectation
    {
        qint64 size = -1; ///< expected uncompressed size; -1 when unknown
        QByteArray sha256; ///< expected SHA-256 as 32 raw bytes (QByteArray::fromHex); empty when unknown
    };

    /// Decides whether an entry name belongs to the expected layout.
    using NameFilter = std::function<bool(const QString &name)>;

    explicit SafeZipReader(const ZipLimits &limits = ZipLimits());

    const ZipLimits &limits() const { return m_limits; }

    /// Restricts entry names to the caller's layout (e.g. the bundle's folders); without a filter every
    /// name that passes ZipNameRules is accepted.
    void setNameFilter(NameFilter filter);

    /// Sets, per entry name, the size and SHA-256 the entry must have. Every named entry must be
    /// present in the archive; entries without an expectation are only checked against the limits.
    void setExpectations(const QHash<QString, Expectation> &expectations);

    /// Checks the archive at `path` from its end record, central directory and local headers, without
    /// decompressing anything, and lists its entries in archive order.
    Result<QVector<EntryInfo>> inspect(const QString &path) const;

    /// Checks the archive like inspect(), then reads every entry into memory, in archive order.
    Result<QVector<Entry>> readAll(const QString &path) const;

private:
    struct Layout;
    struct LayoutRecord;
    /// Names already seen in the central directory (exact and case-folded).
    class NameRegistry
    {
    public:
        Status add(const LayoutRecord &r, const QString &detail);

    private:
        QSet<QByteArray> m_seen;
        QHash<QByteArray, QByteArray> m_folded;
    };

    Status scan(const QString &path, Layout &layout) const;
    // Central directory, record by record: read, kind of entry, name, method and sizes, uniqueness.
    Status scanCentralDirectory(Layout &layout) const;
    Status readCentralRecord(const Layout &layout, const QByteArray &cd, int index, qint64 *pos,
                             LayoutRecord *r, QString *detail) const;
    Status checkEntryKind(LayoutRecord &r, const QString &detail) const;
    Status checkName(LayoutRecord &r, const QString &detail) const;
    Status checkMethodAndSizes(const LayoutRecord &r, const QString &detail) const;
    // Entry data area: where data starts, data descriptors, no gaps or overlaps, local headers agree.
    Status checkLocalHeaders(Layout &layout) const;
    Status locateData(Layout &layout) const;
    Status checkDataDescriptors(Layout &layout) const;
    Status checkNoGapsOrOverlaps(const Layout &layout) const;
    Status checkLocalHeadersAgree(Layout &layout) const;
    Status checkExpectations(const Layout &layout) const;
    Result<QVector<Entry>> decompress(const QString &path, const Layout &layout) const;

    ZipLimits m_limits;
    NameFilter m_nameFilter;
    QHash<QString, Expectation> m_expectations;
};

} // namespace casebook
