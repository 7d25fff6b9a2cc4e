#include "support/MoCatalog.h"

#include <QtEndian>

namespace casebook {

namespace {

constexpr quint32 kMagic = 0x950412de;
constexpr int kHeaderBytes = 28;

/// Reads the 32-bit words of a .mo file in the byte order its magic number announces.
class MoReader
{
public:
    explicit MoReader(const QByteArray &data)
        : m_data(data)
    { }

    bool readHeader()
    {
        if (m_data.size() < kHeaderBytes)
            return false;
        const quint32 magic = qFromLittleEndian<quint32>(m_data.constData());
        if (magic != kMagic && qbswap(magic) != kMagic)
            return false;
        m_bigEndian = magic != kMagic;
        return (word(4) >> 16) <= 1; // major revision 0 or 1
    }
    quint32 word(qsizetype offset) const
    {
        const char *p = m_data.constData() + offset;
        return m_bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
    }
    bool fits(quint64 offset, quint64 length) const { return offset + length <= quint64(m_data.size()); }
    /// The string described by the table entry at `entry`, up to its first NUL; false when out of bounds.
    bool string(quint64 entry, QByteArray *out) const
    {
        if (!fits(entry, 8))
            return false;
        const quint32 length = word(qsizetype(entry)), offset = word(qsizetype(entry + 4));
        if (!fits(offset, length))
            return false;
        *out = m_data.mid(qsizetype(offset), qsizetype(length));
        if (const qsizetype nul = out->indexOf('\0'); nul >= 0)
            out->truncate(nul);
        return true;
    }

private:
    const QByteArray &m_data;
    bool m_bigEndian = false;
};

} // namespace

Result<MoCatalog> MoCatalog::parse(const QByteArray &data)
{
    MoReader reader(data);
    if (!reader.readHeader())
        return makeError(ErrorCode::InputRejected, tr("The file is not a gettext message catalogue."),
                         QStringLiteral("bad .mo magic number, revision or size"));
    const quint32 count = reader.word(8), originals = reader.word(12), translations = reader.word(16);
    if (!reader.fits(originals, quint64(count) * 8) || !reader.fits(translations, quint64(count) * 8))
        return makeError(ErrorCode::InputRejected, tr("The message catalogue is damaged."),
                         QStringLiteral("string tables beyond the end of the file"));
    MoCatalog catalog;
    for (quint64 i = 0; i < count; ++i) {
        QByteArray id, text;
        if (!reader.string(originals + i * 8, &id) || !reader.string(translations + i * 8, &text))
            return makeError(ErrorCode::InputRejected, tr("The message catalogue is damaged."),
                             QStringLiteral("string %1 beyond the end of the file").arg(i));
        if (id.isEmpty() || text.isEmpty())
            continue;
        if (const qsizetype eot = id.indexOf('\x04'); eot >= 0)
            id.remove(0, eot + 1); // drop the message context
        catalog.m_messages.insert(QString::fromUtf8(id), QString::fromUtf8(text));
    }
    return catalog;
}

} // namespace casebook
