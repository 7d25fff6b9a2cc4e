#include "storage/SyncStateRepository.h"

#include "merge/UseCaseContent.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
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

namespace {

/// Triggers that add a record to sync_changed, for every server, on each write that can change its
/// content hash (a use case's document; an assessment's row or scores) or its tags.
const char *const kWatchWrites[] = {
    "CREATE TRIGGER IF NOT EXISTS sync_changed_use_case_insert AFTER INSERT ON use_cases BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) "
    "SELECT server_id, 'use_case', NEW.uuid FROM sync_servers; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_use_case_update AFTER UPDATE OF uuid, document ON use_cases "
    "BEGIN INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) "
    "SELECT server_id, 'use_case', NEW.uuid FROM sync_servers; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_tag_given AFTER INSERT ON use_case_tags BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) SELECT s.server_id, 'use_case', u.uuid "
    "FROM sync_servers AS s, use_cases AS u WHERE u.id = NEW.use_case_id; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_tag_taken AFTER DELETE ON use_case_tags BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) SELECT s.server_id, 'use_case', u.uuid "
    "FROM sync_servers AS s, use_cases AS u WHERE u.id = OLD.use_case_id; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_tag_renamed AFTER UPDATE OF name ON tags BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) SELECT s.server_id, 'use_case', u.uuid "
    "FROM sync_servers AS s, use_case_tags AS ut JOIN use_cases AS u ON u.id = ut.use_case_id "
    "WHERE ut.tag_id = NEW.id; END",
    // An assessment's scores: AssessmentRepository writes them with the assessment's row, but a
    // take-back can put back scores alone (the session leaves out an update that changed nothing).
    "CREATE TRIGGER IF NOT EXISTS sync_changed_assessment_insert AFTER INSERT ON assessments BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) "
    "SELECT server_id, 'assessment', NEW.uuid FROM sync_servers; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_assessment_update AFTER UPDATE ON assessments BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) "
    "SELECT server_id, 'assessment', NEW.uuid FROM sync_servers; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_score_insert AFTER INSERT ON scores BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) SELECT s.server_id, 'assessment', a.uuid "
    "FROM sync_servers AS s, assessments AS a WHERE a.id = NEW.assessment_id; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_score_update AFTER UPDATE ON scores BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) SELECT s.server_id, 'assessment', a.uuid "
    "FROM sync_servers AS s, assessments AS a WHERE a.id = NEW.assessment_id; END",
    "CREATE TRIGGER IF NOT EXISTS sync_changed_score_delete AFTER DELETE ON scores BEGIN "
    "INSERT OR IGNORE INTO sync_changed (server_id, kind, uuid) SELECT s.server_id, 'assessment', a.uuid "
    "FROM sync_servers AS s, assessments AS a WHERE a.id = OLD.assessment_id; END",
};

} // namespace

Status SyncStateRepository::watchWrites()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_servers)")) || !q.next())
        return m_db.storageError(tr("Reading the sync state"), q.lastError().text());
    if (!q.value(0).toBool())
        return {};
    for (const char *statement : kWatchWrites) {
        if (!q.exec(QString::fromLatin1(statement)))
            return m_db.storageError(tr("Saving the sync state"), q.lastError().text());
    }
    return {};
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
    return watchWrites();
}

Result<QHash<QString, SyncBase>> SyncStateRepository::readBases(const QString &serverId, const QString &kind,
                                                                const QStringList *uuids) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT uuid, server_revision, content_hash, tags FROM sync_records "
                             "WHERE server_id = ? AND kind = ?")
              + (uuids ? QStringLiteral(" AND uuid IN (SELECT value FROM json_each(?))") : QString()));
    q.addBindValue(serverId);
    q.addBindValue(kind);
    if (uuids)
        q.addBindValue(jsonTexts(*uuids));
    if (!q.exec())
        return m_db.storageError(tr("Reading the sync state"), q.lastError().text());
    QHash<QString, SyncBase> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<QList<LocalUseCaseState>> SyncStateRepository::useCaseStates(const QStringList &uuids) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT u.uuid, u.document, (SELECT group_concat(t.name, char(10)) FROM use_case_tags AS ut "
        "JOIN tags AS t ON t.id = ut.tag_id WHERE ut.use_case_id = u.id) FROM use_cases AS u "
        "WHERE u.uuid IN (SELECT value FROM json_each(?)) ORDER BY u.id"));
    q.addBindValue(jsonTexts(uuids));
    if (!q.exec())
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

Result<QHash<QString, SyncBase>> SyncStateRepository::bases(const QString &serverId,
                                                            const QString &kind) const
{
    return readBases(serverId, kind, nullptr);
}

Result<QHash<QString, SyncBase>> SyncStateRepository::bases(const QString &serverId, const QString &kind,
                                                            const QStringList &uuids) const
{
    return readBases(serverId, kind, &uuids);
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

Result<SyncCandidates> SyncStateRepository::candidates(const QString &serverId) const
{
    // A server gets its row in sync_servers from the first sync's pull, and with it every local
    // record as a candidate (trigger sync_servers_seed); before that, every record is one.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString unknown = QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_servers WHERE server_id = ?)");
    q.prepare(QStringLiteral("SELECT kind, uuid FROM sync_changed WHERE server_id = ? UNION ALL "
                             "SELECT 'use_case', uuid FROM use_cases WHERE %1 UNION ALL "
                             "SELECT 'assessment', uuid FROM assessments WHERE %1")
                  .arg(unknown));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(serverId);
    if (!q.exec())
        return m_db.storageError(tr("Reading the sync state"), q.lastError().text());
    SyncCandidates out;
    while (q.next())
        (q.value(0).toString() == QLatin1String("use_case") ? out.useCases : out.assessments)
            .append(q.value(1).toString());
    return out;
}

Status SyncStateRepository::settle(const QString &serverId, const SyncCandidates &settled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_changed WHERE server_id = ? AND kind = ? "
                             "AND uuid IN (SELECT value FROM json_each(?))"));
    for (const auto &[kind, uuids] : {std::pair(QStringLiteral("use_case"), &settled.useCases),
                                      std::pair(QStringLiteral("assessment"), &settled.assessments)}) {
        if (uuids->isEmpty())
            continue;
        q.addBindValue(serverId);
        q.addBindValue(kind);
        q.addBindValue(jsonTexts(*uuids));
        if (!q.exec())
            return m_db.storageError(tr("Saving the sync state"), q.lastError().text());
    }
    return {};
}

QString SyncStateRepository::tagText(QStringList tags)
{
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags.join(QLatin1Char('\n'));
}

} // namespace casebook
