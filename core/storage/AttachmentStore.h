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
    /// Stores bytes (once) and returns their lowercase hex SHA-256.
    Result<QString> put(const QByteArray &data);
    Result<QByteArray> get(const QString &sha256) const;
    bool contains(const QString &sha256) const;

private:
    Database &m_db;
};

} // namespace casebook
