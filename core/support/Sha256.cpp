#include "support/Sha256.h"

#include <QIODevice>

#ifdef CASEBOOK_HAVE_NETTLE
#include <nettle/sha2.h>
#else
#include <QCryptographicHash>
#endif

namespace casebook {

// Bundles hash every entry when written and read (tens of megabytes for 10,000 use cases):
// Nettle, when the build found it, hashes about seven times as fast as QCryptographicHash on the
// same machine (it uses the CPU's SHA instructions) and needs no set-up (issue 13). Both give the
// same digest.

#ifdef CASEBOOK_HAVE_NETTLE

namespace {

QString hexOf(sha256_ctx &ctx)
{
    uint8_t md[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, md);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), SHA256_DIGEST_SIZE).toHex());
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, size_t(bytes.size()), reinterpret_cast<const uint8_t *>(bytes.constData()));
    return hexOf(ctx);
}

QString sha256Hex(QIODevice &device)
{
    constexpr qint64 kChunk = 64 * 1024;
    sha256_ctx ctx;
    sha256_init(&ctx);
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(chunk.data(), kChunk);
        if (got < 0)
            return {};
        if (got == 0)
            return device.atEnd() ? hexOf(ctx) : QString();
        sha256_update(&ctx, size_t(got), reinterpret_cast<const uint8_t *>(chunk.constData()));
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
