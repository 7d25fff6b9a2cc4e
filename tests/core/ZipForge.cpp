#include "ZipForge.h"

#include <QtEndian>

#include <array>

namespace casebook::test {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

constexpr quint16 kDosTime = 0; // 00:00:00
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01

} // namespace

quint32 ZipForge::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray ZipForge::deflateRaw(const QByteArray &data)
{
    // qCompress: 4-byte big-endian length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
    const QByteArray z = qCompress(data, 6);
    return z.mid(6, z.size() - 10);
}

ZipForge::Sizes ZipForge::sizesOf(const Entry &entry)
{
    Sizes s;
    s.payload = entry.method == 8 ? deflateRaw(entry.data) : entry.data;
    s.crc = entry.crc.value_or(crc32(entry.data));
    s.compressed = entry.compressedSize.value_or(quint32(s.payload.size()));
    s.uncompressed = entry.uncompressedSize.value_or(quint32(entry.data.size()));
    return s;
}

static quint16 flagsOf(const ZipForge::Entry &entry)
{
    return entry.dataDescriptor ? quint16(entry.flags | 0x0008) : entry.flags;
}

QByteArray ZipForge::localRecord(const Entry &entry)
{
    const Sizes s = sizesOf(entry);
    QByteArray out;
    put32(out, 0x04034b50u);
    put16(out, 20);
    put16(out, flagsOf(entry));
    put16(out, entry.method);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, entry.dataDescriptor ? 0 : s.crc);
    put32(out, entry.dataDescriptor ? 0 : s.compressed);
    put32(out, entry.dataDescriptor ? 0 : s.uncompressed);
    put16(out, quint16(entry.name.size()));
    put16(out, 0);
    out.append(entry.name);
    out.append(s.payload);
    if (entry.dataDescriptor)
        out.append(descriptor(entry));
    return out;
}

QByteArray ZipForge::descriptor(const Entry &entry)
{
    const Sizes s = sizesOf(entry);
    QByteArray out;
    if (entry.descriptorSignature)
        put32(out, 0x08074b50u);
    put32(out, entry.descriptorCrc.value_or(s.crc));
    put32(out, entry.descriptorCompressedSize.value_or(s.compressed));
    put32(out, s.uncompressed);
    return out;
}

QByteArray ZipForge::centralRecord(const Entry &entry, quint32 localOffset)
{
    const Sizes s = sizesOf(entry);
    const QByteArray name = entry.centralName.value_or(entry.name);
    QByteArray out;
    put32(out, 0x02014b50u);
    put16(out, entry.madeBy);
    put16(out, 20);
    put16(out, flagsOf(entry));
    put16(out, entry.method);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, s.crc);
    put32(out, s.compressed);
    put32(out, s.uncompressed);
    put16(out, quint16(name.size()));
    put16(out, 0); // extra
    put16(out, 0); // comment
    put16(out, 0); // disk
    put16(out, 0); // internal attributes
    put32(out, entry.externalAttr);
    put32(out, localOffset);
    out.append(name);
    return out;
}

quint32 ZipForge::add(const Entry &entry)
{
    const auto offset = quint32(m_body.size());
    m_body.append(localRecord(entry));
    addCentralOnly(entry, offset);
    return offset;
}

void ZipForge::addCentralOnly(const Entry &entry, quint32 localOffset)
{
    m_central.append(centralRecord(entry, localOffset));
    ++m_count;
}

void ZipForge::addRaw(const QByteArray &bytes)
{
    m_body.append(bytes);
}

QByteArray ZipForge::build(const EndOptions &options) const
{
    QByteArray out = m_body + m_central;
    const quint16 count = options.entryCount.value_or(m_count);
    put32(out, 0x06054b50u);
    put16(out, 0);
    put16(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, quint32(m_central.size()));
    put32(out, quint32(m_body.size()));
    put16(out, quint16(options.comment.size()));
    out.append(options.comment);
    return out;
}

QByteArray ZipForge::emptyArchive()
{
    return ZipForge().build();
}

} // namespace casebook::test
