#include "storage/AttachmentStore.h"
#include "support/Sha256.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace casebook {

AttachmentStore::AttachmentStore(Database &db)
    : m_db(db)
{ }

Result<QString> AttachmentStore::put(const QByteArray &data)
{
    if (data.size() > kMaxAttachmentBytes)
        return makeError(ErrorCode::InputRejected,
                         tr("The file is larger than %1 MB, the limit for an attachment.")
                             .arg(kMaxAttachmentBytes / (1024 * 1024)));
    const QString hash = sha256Hex(data);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO attachment_blobs (sha256, size, data) VALUES (?, ?, ?) "
                             "ON CONFLICT (sha256) DO UPDATE SET data = excluded.data, size = excluded.size, "
                             "missing = 0 WHERE missing <> 0"));
    q.addBindValue(hash);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(data);
    if (!q.exec())
        return m_db.storageError(tr("Storing the attachment"), q.lastError().text());
    return hash;
}

Result<QByteArray> AttachmentStore::get(const QString &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM attachment_blobs WHERE sha256 = ? AND missing = 0"));
    q.addBindValue(sha256.toLower());
    if (!q.exec())
        return m_db.storageError(tr("Reading the attachment"), q.lastError().text());
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The attachment %1 is not stored.").arg(sha256));
    return q.value(0).toByteArray();
}

bool AttachmentStore::contains(const QString &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM attachment_blobs WHERE sha256 = ? AND missing = 0"));
    q.addBindValue(sha256.toLower());
    return q.exec() && q.next();
}

Status AttachmentStore::putPlaceholder(const QString &sha256, qint64 size)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO attachment_blobs (sha256, size, data, missing) VALUES (?, ?, ?, 1)"));
    q.addBindValue(sha256.toLower());
    q.addBindValue(size);
    q.addBindValue(QByteArray(""));
    if (!q.exec())
        return m_db.storageError(tr("Storing the attachment"), q.lastError().text());
    return {};
}

bool AttachmentStore::isPlaceholder(const QString &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM attachment_blobs WHERE sha256 = ? AND missing <> 0"));
    q.addBindValue(sha256.toLower());
    return q.exec() && q.next();
}

} // namespace casebook
