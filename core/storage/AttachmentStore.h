#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace casebook {

class Database;

/// The content-addressed store of attachment bytes: each file once, under its SHA-256.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
public:
    static constexpr qint64 kMaxAttachmentBytes = 256LL * 1024 * 1024;

    explicit AttachmentStore(Database &db);
    /// Stores bytes (once) and returns their lowercase hex SHA-256. Fills a placeholder left by a
    /// lean bundle when the bytes finally arrive.
    Result<QString> put(const QByteArray &data);
    /// The bytes; NotFound when they are not stored or only a placeholder is.
    Result<QByteArray> get(const QString &sha256) const;
    /// True when the bytes (not only a placeholder) are stored.
    bool contains(const QString &sha256) const;
    /// Reserves the place of an attachment whose bytes were left out of a lean bundle, so that a
    /// record can name it; does nothing when the hash is already known.
    Status putPlaceholder(const QString &sha256, qint64 size);
    /// True when only a placeholder is stored for this hash.
    bool isPlaceholder(const QString &sha256) const;

private:
    Database &m_db;
};

} // namespace casebook
