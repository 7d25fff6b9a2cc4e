#include "storage/HistoryRepository.h"

#include "model/AssessmentJson.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/UseCaseStoredForm.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <limits>

namespace casebook {

namespace {

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

} // namespace

HistoryRepository::HistoryRepository(Database &db)
    : m_db(db)
{ }

Result<QList<StoredVersion>> HistoryRepository::useCaseVersions(const QString &uuid) const
{
    // Once per record by an export and an import: prepared once (Database::statement).
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT uuid, revision, modified_at, modified_by, document FROM use_case_history "
                       "WHERE uuid = ? ORDER BY id DESC"));
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading the history of a use case"), q.lastError().text());
    QList<StoredVersion> out;
    while (q.next()) {
        StoredVersion v;
        v.uuid = q.value(0).toString();
        v.revision = q.value(1).toInt();
        v.modifiedAt = fromIsoUtc(q.value(2).toString());
        v.modifiedBy = q.value(3).toString();
        v.document = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        out.append(v);
    }
    q.finish();
    return out;
}

Status HistoryRepository::addUseCaseVersion(const UseCase &u, const UseCaseStoredForm *form)
{
    // The stored form's text is the same document (UseCaseJson without tags), made ahead on another
    // core by a bulk writer; bound as bytes and cast, as UseCaseRepository binds it.
    QSqlQuery &q = m_db.statement(
        QStringLiteral("INSERT INTO use_case_history (uuid, revision, modified_at, modified_by, document) "
                       "VALUES (?, ?, ?, ?, CAST(? AS TEXT))"));
    q.addBindValue(u.uuid);
    q.addBindValue(u.revision);
    q.addBindValue(text(toIsoUtc(u.modifiedAt))); // empty when the version never had a time
    q.addBindValue(text(u.modifiedBy));
    q.addBindValue(form ? form->text : UseCaseStoredForm::of(u).text);
    if (!q.exec())
        return m_db.storageError(tr("Keeping an earlier version of a use case"), q.lastError().text());
    return {};
}

Result<qint64> HistoryRepository::newestUseCaseVersionId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM use_case_history")) || !q.next())
        return m_db.storageError(tr("Reading the history of a use case"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status HistoryRepository::removeUseCaseVersionsAfter(qint64 id, std::optional<qint64> until)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM use_case_history WHERE id > ? AND id <= ?"));
    q.addBindValue(id);
    q.addBindValue(until.value_or(std::numeric_limits<qint64>::max()));
    if (!q.exec())
        return m_db.storageError(tr("Keeping an earlier version of a use case"), q.lastError().text());
    return {};
}

Result<QList<StoredVersion>> HistoryRepository::assessmentVersions(const QString &uuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT uuid, revision, modified_at, document FROM assessment_history "
                             "WHERE uuid = ? ORDER BY id DESC"));
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading the history of an assessment"), q.lastError().text());
    QList<StoredVersion> out;
    while (q.next()) {
        StoredVersion v;
        v.uuid = q.value(0).toString();
        v.revision = q.value(1).toInt();
        v.modifiedAt = fromIsoUtc(q.value(2).toString());
        v.document = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out.append(v);
    }
    return out;
}

Status HistoryRepository::addAssessmentVersion(const Assessment &a)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO assessment_history (uuid, revision, modified_at, content_sha256, "
        "document) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(a.uuid);
    q.addBindValue(a.revision);
    q.addBindValue(text(toIsoUtc(a.modifiedAt)));
    q.addBindValue(AssessmentJson::contentHash(a));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(AssessmentJson::toJson(a)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_db.storageError(tr("Keeping an earlier version of an assessment"), q.lastError().text());
    return {};
}

Result<std::optional<Tombstone>> HistoryRepository::tombstone(const QString &uuid) const
{
    // Asked once per incoming record by an import: prepared once (Database::statement).
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT uuid, kind, deleted_at, deleted_by FROM tombstones WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading deleted records"), q.lastError().text());
    std::optional<Tombstone> found;
    if (q.next())
        found = Tombstone{q.value(0).toString(), q.value(1).toString(), fromIsoUtc(q.value(2).toString()),
                          q.value(3).toString()};
    q.finish();
    return found;
}

Result<QList<Tombstone>> HistoryRepository::tombstones(const QString &kind, const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT uuid, kind, deleted_at, deleted_by FROM tombstones WHERE kind = ? "
                             "AND deleted_at >= ? ORDER BY uuid"));
    q.addBindValue(kind);
    q.addBindValue(since.isValid() ? toIsoUtc(since) : QStringLiteral(""));
    if (!q.exec())
        return m_db.storageError(tr("Reading deleted records"), q.lastError().text());
    QList<Tombstone> out;
    while (q.next())
        out.append(Tombstone{q.value(0).toString(), q.value(1).toString(), fromIsoUtc(q.value(2).toString()),
                             q.value(3).toString()});
    return out;
}

Result<QSet<QString>> HistoryRepository::neverHeld(Records records, const QStringList &uuids) const
{
    QStringList asked;
    for (const QString &uuid : uuids) {
        if (QUuid::fromString(uuid).toString(QUuid::WithoutBraces) == uuid)
            asked.append(uuid);
    }
    QSet<QString> unseen;
    if (asked.isEmpty())
        return unseen;
    const QString table =
        records == Records::UseCases ? QStringLiteral("use_cases") : QStringLiteral("assessments");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT j.value FROM json_each(?) AS j "
                             "WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE uuid = j.value) "
                             "AND NOT EXISTS (SELECT 1 FROM tombstones WHERE uuid = j.value)")
                  .arg(table));
    q.addBindValue(jsonTexts(asked));
    if (!q.exec())
        return m_db.storageError(tr("Reading deleted records"), q.lastError().text());
    while (q.next())
        unseen.insert(q.value(0).toString());
    return unseen;
}

} // namespace casebook
