#pragma once

#include <QByteArray>
#include <QVector>

#include <optional>

namespace casebook::test {

/// Builds ZIP archives byte by byte for tests, including archives that lie: every header field can
/// be overridden, central records can point anywhere, and the end record can be bent. Deflate comes
/// from qCompress (its zlib wrapper stripped), the CRC-32 is computed here.
class ZipForge
{
public:
    struct Entry
    {
        QByteArray name;
        QByteArray data; ///< uncompressed content
        quint16 method = 8; ///< 8 deflates `data`; any other value stores it as is
        quint16 flags = 0;
        quint16 madeBy = (3 << 8) | 20; ///< Unix, spec 2.0
        quint32 externalAttr = 0100644u << 16;
        std::optional<quint32> crc; ///< lie about the CRC (both headers)
        std::optional<quint32> compressedSize; ///< lie about the compressed size (both headers)
        std::optional<quint32> uncompressedSize; ///< lie about the uncompressed size (both headers)
        std::optional<QByteArray> centralName; ///< a different name in the central directory only
        /// Write a data descriptor after the data (flag 0x08 in both headers; the local header's CRC and
        /// sizes are then 0), with the PK\7\8 signature or without it.
        bool dataDescriptor = false;
        bool descriptorSignature = true;
        std::optional<quint32> descriptorCrc; ///< lie in the data descriptor only
        std::optional<quint32> descriptorCompressedSize; ///< lie in the data descriptor only
    };

    struct EndOptions
    {
        std::optional<quint16> entryCount; ///< lie about the number of entries
        QByteArray comment;
    };

    /// Appends a local header and its data, and a matching central record. Returns the local offset.
    quint32 add(const Entry &entry);
    /// Appends only a central record for `entry`, pointing at `localOffset` (overlap bombs).
    void addCentralOnly(const Entry &entry, quint32 localOffset);
    /// Appends raw bytes to the entry data area.
    void addRaw(const QByteArray &bytes);
    /// The whole archive: entry data, central directory, end record.
    QByteArray build(const EndOptions &options) const;
    QByteArray build() const { return build(EndOptions()); }

    /// A local header followed by the entry's data, as add() writes it.
    static QByteArray localRecord(const Entry &entry);
    /// The data descriptor add() writes after the data of an entry with `dataDescriptor`.
    static QByteArray descriptor(const Entry &entry);
    /// Only the end-of-central-directory record of an archive without entries.
    static QByteArray emptyArchive();

    static QByteArray deflateRaw(const QByteArray &data);
    static quint32 crc32(const QByteArray &data);

private:
    struct Sizes
    {
        QByteArray payload;
        quint32 crc;
        quint32 compressed;
        quint32 uncompressed;
    };
    static Sizes sizesOf(const Entry &entry);
    static QByteArray centralRecord(const Entry &entry, quint32 localOffset);

    QByteArray m_body;
    QByteArray m_central;
    quint16 m_count = 0;
};

} // namespace casebook::test
