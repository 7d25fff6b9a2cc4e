#include "storage/RubricRepository.h"

#include "storage/ScoreIndex.h"

#include "model/RubricJson.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace casebook {

namespace {
/// The rubric a stored definition describes. Parsing is a function of the text alone, so the
/// versions last read on this thread are kept by their text (an import or an export asks for the
/// same few versions once per assessment; issue 13).
Result<Rubric> parseDefinition(const QString &definition)
{
    constexpr int kKept = 16;
    thread_local QHash<QString, Rubric> parsed;
    if (const auto it = parsed.constFind(definition); it != parsed.constEnd())
        return *it;
    auto r = RubricJson::fromJson(QJsonDocument::fromJson(definition.toUtf8()).object());
    if (!r)
        return r.error();
    if (parsed.size() >= kKept)
        parsed.clear();
    parsed.insert(definition, *r);
    return r;
}

Result<Rubric> rubricFromRow(const QSqlQuery &q)
{
    auto r = parseDefinition(q.value(1).toString());
    if (!r)
        return r.error();
    r->id = q.value(0).toLongLong();
    return r;
}
/// Every row of an executed query of (id, definition).
Result<QList<Rubric>> rubricsFromRows(QSqlQuery &q)
{
    QList<Rubric> out;
    while (q.next()) {
        auto r = rubricFromRow(q);
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

} // namespace

RubricRepository::RubricRepository(Database &db)
    : m_db(db)
{ }

Result<Rubric> RubricRepository::insert(Rubric r)
{
    if (r.uuid.isEmpty())
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A series UUID of its own, so that a series UUID never names one particular version.
    if (r.seriesUuid.isEmpty())
        r.seriesUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!r.createdAt.isValid())
        r.createdAt = m_db.clock().nowUtc();
    // Validate through the JSON form so that what is stored always reads back.
    const QJsonObject json = RubricJson::toJson(r);
    if (auto check = RubricJson::fromJson(json); !check)
        return check.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto existing = get(r.uuid); existing) {
        if (existing->sameDefinition(r) && existing->version == r.version)
            return existing;
        return makeError(
            ErrorCode::InputRejected,
            tr("A different rubric with the UUID %1 is already stored; a changed rubric needs a new "
               "version.")
                .arg(r.uuid));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO rubrics (uuid, series_uuid, version, name, created_at, definition) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.uuid);
    q.addBindValue(r.seriesUuid);
    q.addBindValue(r.version);
    q.addBindValue(r.name);
    q.addBindValue(toIsoUtc(r.createdAt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return makeError(
                ErrorCode::InputRejected,
                tr("Version %1 of the rubric \"%2\" is already stored.").arg(r.version).arg(r.name),
                q.lastError().text());
        return m_db.storageError(tr("Saving the rubric"), q.lastError().text());
    }
    r.id = q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<Rubric> RubricRepository::get(const QString &idOrName) const
{
    const QString uuid = QUuid::fromString(idOrName.trimmed()).toString(QUuid::WithoutBraces);
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT id, definition FROM rubrics WHERE uuid = ? OR series_uuid = ? OR name = ? "
                       "ORDER BY (uuid = ?) DESC, version DESC LIMIT 1"));
    q.addBindValue(uuid);
    q.addBindValue(uuid);
    q.addBindValue(idOrName.trimmed());
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading a rubric"), q.lastError().text());
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, tr("There is no rubric %1.").arg(idOrName));
    }
    auto r = rubricFromRow(q);
    q.finish();
    return r;
}

Result<Rubric> RubricRepository::getVersion(const QString &uuid) const
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT id, definition FROM rubrics WHERE uuid = ?"));
    q.addBindValue(QUuid::fromString(uuid.trimmed()).toString(QUuid::WithoutBraces));
    if (!q.exec())
        return m_db.storageError(tr("Reading a rubric"), q.lastError().text());
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, tr("There is no rubric %1.").arg(uuid));
    }
    auto r = rubricFromRow(q);
    q.finish();
    return r;
}

Result<bool> RubricRepository::hasVersion(const QString &uuid) const
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT 1 FROM rubrics WHERE uuid = ?"));
    q.addBindValue(QUuid::fromString(uuid.trimmed()).toString(QUuid::WithoutBraces));
    if (!q.exec())
        return m_db.storageError(tr("Reading a rubric"), q.lastError().text());
    const bool found = q.next();
    q.finish();
    return found;
}

Result<QList<Rubric>> RubricRepository::latestVersions() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, definition FROM rubrics AS r WHERE version = "
                               "(SELECT max(version) FROM rubrics AS s WHERE s.series_uuid = r.series_uuid) "
                               "ORDER BY name COLLATE NOCASE, series_uuid")))
        return m_db.storageError(tr("Listing rubrics"), q.lastError().text());
    return rubricsFromRows(q);
}

Result<QList<Rubric>> RubricRepository::versions(const QString &seriesUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, definition FROM rubrics WHERE series_uuid = ? ORDER BY version"));
    q.addBindValue(seriesUuid);
    if (!q.exec())
        return m_db.storageError(tr("Listing rubrics"), q.lastError().text());
    return rubricsFromRows(q);
}

Result<QStringList> RubricRepository::criterionIdsOfSeries(const QString &seriesUuid) const
{
    auto all = versions(seriesUuid);
    if (!all)
        return all.error();
    QStringList ids;
    for (const Rubric &r : *all) {
        for (const auto &d : r.dimensions) {
            for (const auto &c : d.criteria) {
                if (!ids.contains(c.id))
                    ids.append(c.id);
            }
        }
    }
    return ids;
}

Result<RubricSaveResult> RubricRepository::saveEdited(Rubric edited, VersionPolicy policy)
{
    RubricSaveResult result;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    std::optional<Rubric> stored;
    if (!edited.uuid.isEmpty()) {
        auto s = getVersion(edited.uuid);
        if (s)
            stored = *s;
        else if (s.error().code != ErrorCode::NotFound)
            return s.error();
    }
    if (!stored) {
        auto inserted = insert(edited);
        if (!inserted)
            return inserted.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        result.rubric = *inserted;
        result.outcome = RubricSaveOutcome::Created;
        return result;
    }
    result.editedUuid = stored->uuid;
    edited.id = stored->id;
    edited.seriesUuid = stored->seriesUuid;
    edited.version = stored->version;
    edited.createdAt = stored->createdAt;
    if (stored->sameDefinition(edited)) {
        result.rubric = *stored;
        return result;
    }
    // Validate through the JSON form, as insert() does, before deciding anything.
    if (auto check = RubricJson::fromJson(RubricJson::toJson(edited)); !check)
        return check.error();

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM assessments WHERE rubric_id = ?"));
    q.addBindValue(stored->id);
    if (!q.exec() || !q.next())
        return m_db.storageError(tr("Saving the rubric"), q.lastError().text());
    result.editedAssessments = q.value(0).toInt();
    q.prepare(QStringLiteral("SELECT max(version) FROM rubrics WHERE series_uuid = ?"));
    q.addBindValue(stored->seriesUuid);
    if (!q.exec() || !q.next())
        return m_db.storageError(tr("Saving the rubric"), q.lastError().text());
    const int newest = q.value(0).toInt();
    const bool shipped = RubricJson::isShippedDefault(stored->uuid);

    if (policy == VersionPolicy::Auto && result.editedAssessments == 0 && stored->version == newest
        && !shipped) {
        q.prepare(QStringLiteral("UPDATE rubrics SET name = ?, definition = ? WHERE id = ?"));
        q.addBindValue(edited.name);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(RubricJson::toJson(edited)).toJson(QJsonDocument::Compact)));
        q.addBindValue(stored->id);
        if (!q.exec())
            return m_db.storageError(tr("Saving the rubric"), q.lastError().text());
        Rubric replaced = edited;
        replaced.id = stored->id;
        if (Status s = ScoreIndex(m_db).refreshRubric(replaced); !s)
            return s.error();
        result.outcome = RubricSaveOutcome::Replaced;
        result.rubric = edited;
    } else {
        edited.id = 0;
        edited.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        edited.version = newest + 1;
        edited.createdAt = m_db.clock().nowUtc();
        auto inserted = insert(edited);
        if (!inserted)
            return inserted.error();
        result.outcome = RubricSaveOutcome::NewVersion;
        result.rubric = *inserted;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QList<Rubric>> RubricRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT id, definition FROM rubrics ORDER BY name, series_uuid, version DESC")))
        return m_db.storageError(tr("Listing rubrics"), q.lastError().text());
    return rubricsFromRows(q);
}

} // namespace casebook
