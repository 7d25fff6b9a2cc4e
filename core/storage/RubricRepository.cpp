#include "storage/RubricRepository.h"

#include "model/RubricJson.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace casebook {

namespace {
Result<Rubric> rubricFromRow(const QSqlQuery &q)
{
    auto r = RubricJson::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    if (!r)
        return r.error();
    r->id = q.value(0).toLongLong();
    return r;
}
} // namespace

RubricRepository::RubricRepository(Database &db)
    : m_db(db)
{ }

Result<Rubric> RubricRepository::insert(Rubric r)
{
    if (r.uuid.isEmpty())
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (r.seriesUuid.isEmpty())
        r.seriesUuid = r.uuid;
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
        return makeError(ErrorCode::InputRejected,
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
            return makeError(ErrorCode::InputRejected,
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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, definition FROM rubrics WHERE uuid = ? OR series_uuid = ? OR name = ? "
                             "ORDER BY (uuid = ?) DESC, version DESC LIMIT 1"));
    q.addBindValue(uuid);
    q.addBindValue(uuid);
    q.addBindValue(idOrName.trimmed());
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading a rubric"), q.lastError().text());
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no rubric %1.").arg(idOrName));
    return rubricFromRow(q);
}

Result<QList<Rubric>> RubricRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, definition FROM rubrics ORDER BY name, series_uuid, version DESC")))
        return m_db.storageError(tr("Listing rubrics"), q.lastError().text());
    QList<Rubric> out;
    while (q.next()) {
        auto r = rubricFromRow(q);
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

} // namespace casebook
