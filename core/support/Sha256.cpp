#include "support/Sha256.h"

#include <QIODevice>

#ifdef CASEBOOK_HAVE_OPENSSL
#include <openssl/evp.h>

#include <memory>
#else
#include <QCryptographicHash>
#endif

namespace casebook {

// Bundles hash every entry when written and read (tens of megabytes for 10,000 use cases):
// OpenSSL's libcrypto, when the build found it, hashes about eight times as fast as
// QCryptographicHash on the same machine (issue 13). Both give the same digest.

#ifdef CASEBOOK_HAVE_OPENSSL

namespace {

/// One SHA-256 computation through libcrypto; hex() is empty if any step failed.
class Digest
{
public:
    Digest()
        : m_ctx(EVP_MD_CTX_new())
    {
        m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
    }

    void add(const char *data, qint64 size)
    {
        m_ok = m_ok && EVP_DigestUpdate(m_ctx.get(), data, size_t(size)) == 1;
    }

    QString hex()
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_ctx.get(), md, &length) != 1)
            return {};
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex());
    }

private:
    struct Free
    {
        void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> m_ctx;
    bool m_ok = false;
};

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    Digest d;
    d.add(bytes.constData(), bytes.size());
    return d.hex();
}

QString sha256Hex(QIODevice &device)
{
    constexpr qint64 kChunk = 1 << 20;
    Digest d;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(chunk.data(), kChunk);
        if (got < 0)
            return {};
        if (got == 0)
            return device.atEnd() ? d.hex() : QString();
        d.add(chunk.constData(), got);
    }
}

#else

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString sha256Hex(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&device))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

#endif

} // namespace casebook
