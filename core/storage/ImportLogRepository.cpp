#include "storage/ImportLogRepository.h"

#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/SqliteStatement.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace casebook {

namespace {

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

} // namespace

ImportLogRepository::ImportLogRepository(Database &db)
    : m_db(db)
{ }

Result<qint64> ImportLogRepository::add(const ImportLogEntry &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO imports (source_sha256, source_name, source_kind, creator, source_created_at, "
        "imported_at, imported_by, backup_path, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {text(e.sourceSha256), text(e.sourceName), text(e.sourceKind), text(e.creator),
          text(e.sourceCreatedAt.isValid() ? toIsoUtc(e.sourceCreatedAt) : QString()),
          QVariant(toIsoUtc(e.importedAt.isValid() ? e.importedAt : m_db.clock().nowUtc())),
          text(e.importedBy), text(e.backupPath),
          QVariant(QString::fromUtf8(QJsonDocument(e.counts).toJson(QJsonDocument::Compact)))})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.storageError(tr("Logging the import"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status ImportLogRepository::noteOrigin(const QString &kind, const QString &uuid, qint64 importId,
                                       const QString &action)
{
    // Once per imported record: prepared once, through SQLite's own API (Database::sqliteStatement).
    // Not an upsert: a statement that may update a foreign key column opens a statement journal,
    // and SQLite's full-text index then writes its pending rows to disk as a segment of their own,
    // once per record.
    auto add = m_db.sqliteStatement(
        "INSERT INTO record_origins (kind, uuid, first_import_id, last_import_id, last_action) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, uuid) DO NOTHING");
    if (!add)
        return add.error();
    (*add)->bindAll(
        {QVariant(kind), QVariant(uuid), QVariant(importId), QVariant(importId), QVariant(action)});
    if (!(*add)->run())
        return m_db.storageError(tr("Logging the import"), (*add)->errorText());
    if ((*add)->changes() > 0)
        return {};
    QSqlQuery &update = m_db.statement(QStringLiteral(
        "UPDATE record_origins SET last_import_id = ?, last_action = ? WHERE kind = ? AND uuid = ?"));
    for (const QVariant &v : {QVariant(importId), QVariant(action), QVariant(kind), QVariant(uuid)})
        update.addBindValue(v);
    if (!update.exec())
        return m_db.storageError(tr("Logging the import"), update.lastError().text());
    return {};
}

Result<QList<ImportLogEntry>> ImportLogRepository::select(const QString &where,
                                                          const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, source_sha256, source_name, source_kind, creator, source_created_at, "
                       "imported_at, imported_by, backup_path, counts, taken_back_at, "
                       "EXISTS (SELECT 1 FROM import_undo AS u WHERE u.import_id = imports.id) "
                       "FROM imports")
        + where + QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.storageError(tr("Reading the import log"), q.lastError().text());
    QList<ImportLogEntry> out;
    while (q.next()) {
        ImportLogEntry e;
        e.id = q.value(0).toLongLong();
        e.sourceSha256 = q.value(1).toString();
        e.sourceName = q.value(2).toString();
        e.sourceKind = q.value(3).toString();
        e.creator = q.value(4).toString();
        e.sourceCreatedAt = fromIsoUtc(q.value(5).toString());
        e.importedAt = fromIsoUtc(q.value(6).toString());
        e.importedBy = q.value(7).toString();
        e.backupPath = q.value(8).toString();
        e.counts = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        e.takenBackAt = fromIsoUtc(q.value(10).toString());
        e.canTakeBack = q.value(11).toBool();
        out.append(e);
    }
    return out;
}

Result<QList<ImportLogEntry>> ImportLogRepository::list() const
{
    return select(QString(), {});
}

Result<QList<ImportLogEntry>> ImportLogRepository::findBySource(const QString &sourceSha256) const
{
    return select(QStringLiteral(" WHERE source_sha256 = ? AND taken_back_at = ''"), {sourceSha256});
}

Result<std::optional<ImportLogEntry>> ImportLogRepository::get(qint64 id) const
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ImportLogEntry>();
    return std::optional<ImportLogEntry>(found->first());
}

Status ImportLogRepository::keepUndo(qint64 importId, const ImportUndo &undo)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_undo (import_id, schema_version, changes, history_after, "
                             "history_until) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(importId);
    q.addBindValue(undo.schemaVersion);
    // An import that changed no recorded table has no changes: stored empty, not NULL.
    q.addBindValue(undo.changes.isNull() ? QByteArray("") : undo.changes);
    q.addBindValue(undo.historyAfter);
    q.addBindValue(undo.historyUntil);
    if (!q.exec())
        return m_db.storageError(tr("Logging the import"), q.lastError().text());
    if (Status s = keepAdded(importId, QStringLiteral("use_case"), undo.addedUseCases); !s)
        return s;
    if (Status s = keepAdded(importId, QStringLiteral("assessment"), undo.addedAssessments); !s)
        return s;
    // What older imports added goes with their row (ON DELETE CASCADE).
    q.prepare(QStringLiteral("DELETE FROM import_undo WHERE import_id NOT IN "
                             "(SELECT import_id FROM import_undo ORDER BY import_id DESC LIMIT ?)"));
    q.addBindValue(kUndoKept);
    if (!q.exec())
        return m_db.storageError(tr("Logging the import"), q.lastError().text());
    return {};
}

Status ImportLogRepository::keepAdded(qint64 importId, const QString &kind, const QList<qint64> &ids)
{
    const QString table =
        kind == QLatin1String("use_case") ? QStringLiteral("use_cases") : QStringLiteral("assessments");
    // One statement for all of them (ten thousand in a large import).
    QSqlQuery added(m_db.connection());
    added.prepare(QStringLiteral("INSERT INTO import_added (import_id, kind, row_id, revision, modified_at) "
                                 "SELECT ?, ?, id, revision, modified_at FROM %1 "
                                 "WHERE id IN (SELECT value FROM json_each(?))")
                      .arg(table));
    added.addBindValue(importId);
    added.addBindValue(kind);
    added.addBindValue(jsonIds(ids));
    if (!added.exec())
        return m_db.storageError(tr("Logging the import"), added.lastError().text());
    return {};
}

Result<std::optional<ImportUndo>> ImportLogRepository::undoOf(qint64 importId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT schema_version, changes, history_after, history_until FROM import_undo WHERE import_id = ?"));
    q.addBindValue(importId);
    if (!q.exec())
        return m_db.storageError(tr("Reading the import log"), q.lastError().text());
    if (!q.next())
        return std::optional<ImportUndo>();
    ImportUndo undo;
    undo.schemaVersion = q.value(0).toInt();
    undo.changes = q.value(1).toByteArray();
    undo.historyAfter = q.value(2).toLongLong();
    undo.historyUntil = q.value(3).toLongLong();
    return std::optional<ImportUndo>(undo);
}

Result<QSet<qint64>> ImportLogRepository::addedUseCases(qint64 importId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT row_id FROM import_added WHERE import_id = ? AND kind = 'use_case'"));
    q.addBindValue(importId);
    if (!q.exec())
        return m_db.storageError(tr("Reading the import log"), q.lastError().text());
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

Result<qint64> ImportLogRepository::changedAddedUseCase(qint64 importId, AddedCheck check) const
{
    static const QString revision =
        QStringLiteral("SELECT u.id FROM import_added AS a JOIN use_cases AS u ON u.id = a.row_id "
                       "WHERE a.import_id = :import AND a.kind = 'use_case' "
                       "AND (u.revision <> a.revision OR u.modified_at <> a.modified_at) LIMIT 1");
    static const QString scored = QStringLiteral(
        "SELECT s.use_case_id FROM import_added AS a JOIN assessments AS s ON s.id = a.row_id "
        "WHERE a.import_id = :import AND a.kind = 'assessment' "
        "AND (s.revision <> a.revision OR s.modified_at <> a.modified_at) "
        "UNION ALL SELECT s.use_case_id FROM import_added AS a JOIN assessments AS s ON s.use_case_id = "
        "a.row_id "
        "WHERE a.import_id = :import AND a.kind = 'use_case' AND s.id NOT IN "
        "(SELECT row_id FROM import_added WHERE import_id = :import AND kind = 'assessment') LIMIT 1");
    QSqlQuery q(m_db.connection());
    q.prepare(check == AddedCheck::Revision ? revision : scored);
    q.bindValue(QStringLiteral(":import"), importId);
    if (!q.exec())
        return m_db.storageError(tr("Reading the import log"), q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status ImportLogRepository::markTakenBack(qint64 importId, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE imports SET taken_back_at = ? WHERE id = ?"));
    q.addBindValue(toIsoUtc(at));
    q.addBindValue(importId);
    if (!q.exec())
        return m_db.storageError(tr("Logging the import"), q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM import_undo WHERE import_id = ?"));
    q.addBindValue(importId);
    if (!q.exec())
        return m_db.storageError(tr("Logging the import"), q.lastError().text());
    return {};
}

Result<std::optional<RecordOrigin>> ImportLogRepository::origin(const QString &kind,
                                                                const QString &uuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT first_import_id, last_import_id, last_action FROM record_origins "
                             "WHERE kind = ? AND uuid = ?"));
    q.addBindValue(kind);
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading the import log"), q.lastError().text());
    if (!q.next())
        return std::optional<RecordOrigin>();
    return std::optional<RecordOrigin>(
        RecordOrigin{kind, uuid, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
}

} // namespace casebook
