#include "storage/SyncStateRepository.h"

#include "merge/UseCaseContent.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace casebook {

SyncStateRepository::SyncStateRepository(Database &db)
    : m_db(db)
{ }

namespace {

SyncCursor cursorFrom(const QSqlQuery &q)
{
    SyncCursor c;
    c.serverId = q.value(0).toString();
    c.address = q.value(1).toString();
    c.lastSeq = q.value(2).toLongLong();
    const QString at = q.value(3).toString();
    c.lastSyncAt = at.isEmpty() ? QDateTime() : fromIsoUtc(at);
    return c;
}

} // namespace

Result<SyncCursor> SyncStateRepository::cursor(const QString &serverId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT server_id, address, last_seq, last_sync_at FROM sync_servers WHERE server_id = ?"));
    q.addBindValue(serverId);
    if (!q.exec())
        return m_db.storageError(tr("Reading the sync position"), q.lastError().text());
    if (!q.next()) {
        SyncCursor c;
        c.serverId = serverId;
        return c;
    }
    return cursorFrom(q);
}

Result<SyncCursor> SyncStateRepository::lastUsed() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT server_id, address, last_seq, last_sync_at FROM sync_servers "
                               "ORDER BY last_sync_at DESC LIMIT 1")))
        return m_db.storageError(tr("Reading the sync position"), q.lastError().text());
    return q.next() ? cursorFrom(q) : SyncCursor();
}

Status SyncStateRepository::advance(const SyncCursor &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_servers (server_id, address, last_seq, last_sync_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (server_id) DO UPDATE SET address = excluded.address, "
        "last_seq = excluded.last_seq, last_sync_at = excluded.last_sync_at"));
    q.addBindValue(c.serverId);
    q.addBindValue(c.address);
    q.addBindValue(c.lastSeq);
    q.addBindValue(c.lastSyncAt.isValid() ? toIsoUtc(c.lastSyncAt) : QString(QLatin1String("")));
    if (!q.exec())
        return m_db.storageError(tr("Saving the sync position"), q.lastError().text());
    return {};
}

Result<QHash<QString, SyncBase>> SyncStateRepository::bases(const QString &serverId,
                                                            const QString &kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT uuid, server_revision, content_hash, tags FROM sync_records "
                             "WHERE server_id = ? AND kind = ?"));
    q.addBindValue(serverId);
    q.addBindValue(kind);
    if (!q.exec())
        return m_db.storageError(tr("Reading the sync state"), q.lastError().text());
    QHash<QString, SyncBase> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Status SyncStateRepository::setBase(const QString &serverId, const QString &kind, const QString &uuid,
                                    const SyncBase &base)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "INSERT OR REPLACE INTO sync_records (server_id, kind, uuid, server_revision, content_hash, tags) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(serverId);
    q.addBindValue(kind);
    q.addBindValue(uuid);
    q.addBindValue(base.serverRevision);
    q.addBindValue(base.contentHash.isNull() ? QString(QLatin1String("")) : base.contentHash);
    q.addBindValue(base.tags.isNull() ? QString(QLatin1String("")) : base.tags);
    if (!q.exec())
        return m_db.storageError(tr("Saving the sync state"), q.lastError().text());
    return {};
}

Result<QList<LocalUseCaseState>> SyncStateRepository::useCaseStates() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT u.uuid, u.document, (SELECT group_concat(t.name, char(10)) FROM use_case_tags AS ut "
            "JOIN tags AS t ON t.id = ut.tag_id WHERE ut.use_case_id = u.id) FROM use_cases AS u")))
        return m_db.storageError(tr("Reading the use cases"), q.lastError().text());
    QList<LocalUseCaseState> out;
    while (q.next()) {
        LocalUseCaseState s;
        s.uuid = q.value(0).toString();
        s.contentHash =
            UseCaseContent::hashOfDocument(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        s.tags = tagText(q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        out.append(s);
    }
    return out;
}

QString SyncStateRepository::tagText(QStringList tags)
{
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags.join(QLatin1Char('\n'));
}

} // namespace casebook
