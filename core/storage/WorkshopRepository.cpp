#include "storage/WorkshopRepository.h"

#include "model/Revision.h"
#include "model/WorkshopJson.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/UseCaseRepository.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace casebook {

WorkshopRepository::WorkshopRepository(Database &db)
    : m_db(db)
{ }

Status WorkshopRepository::check(Workshop &w) const
{
    w.name = w.name.simplified();
    if (w.name.isEmpty() || w.name.size() > WorkshopJson::kNameChars)
        return makeError(ErrorCode::InputRejected, tr("A workshop needs a name of 1 to 200 characters."));
    if (w.useCaseUuids.size() < Workshop::kMinUseCases || w.useCaseUuids.size() > Workshop::kMaxUseCases)
        return makeError(
            ErrorCode::InputRejected,
            tr("A workshop compares 2 to 12 use cases; %1 were chosen.").arg(w.useCaseUuids.size()));
    UseCaseRepository useCases(m_db);
    QStringList seen;
    for (QString &id : w.useCaseUuids) {
        auto u = useCases.get(id);
        if (!u)
            return u.error();
        if (seen.contains(u->uuid))
            return makeError(ErrorCode::InputRejected,
                             tr("The use case %1 is chosen twice for the workshop.").arg(u->code));
        id = u->uuid;
        seen.append(id);
    }
    auto rubric = RubricRepository(m_db).get(w.rubricUuid);
    if (!rubric)
        return rubric.error();
    w.rubricUuid = rubric->uuid;
    w.rubricVersion = rubric->version;
    if (w.weightSets.size() > Workshop::kMaxWeightSets || w.rounds.size() > Workshop::kMaxRounds)
        return makeError(ErrorCode::InputRejected, tr("The workshop has too many weight sets or rounds."));
    auto taken = freeName(w.name, w.uuid);
    if (!taken)
        return taken.error();
    if (*taken != w.name)
        return makeError(ErrorCode::InputRejected,
                         tr("There is already a workshop named \"%1\".").arg(w.name));
    return {};
}

Result<Workshop> WorkshopRepository::save(Workshop w, WriteMode mode)
{
    if (Status s = check(w); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto existing = w.uuid.isEmpty() ? Result<std::optional<Workshop>>(std::nullopt) : find(w.uuid);
    if (!existing)
        return existing.error();
    const QDateTime now = m_db.clock().nowUtc();
    if (mode == WriteMode::Edit) {
        w.createdAt = *existing ? (*existing)->createdAt : now;
        w.modifiedAt = now;
        w.modifiedBy = m_db.contributor();
        w.revision = *existing ? Revision::next((*existing)->revision) : 1;
    }
    if (w.uuid.isEmpty())
        w.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.revision = Revision::clamped(w.revision);
    if (!w.createdAt.isValid())
        w.createdAt = w.modifiedAt.isValid() ? w.modifiedAt : now;
    if (!w.modifiedAt.isValid())
        w.modifiedAt = w.createdAt;
    const QString document =
        QString::fromUtf8(QJsonDocument(WorkshopJson::toJson(w)).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db.connection());
    q.prepare(*existing ? QStringLiteral("UPDATE workshops SET name = ?, document = ?, created_at = ?, "
                                         "modified_at = ?, revision = ? WHERE uuid = ?")
                        : QStringLiteral("INSERT INTO workshops (name, document, created_at, modified_at, "
                                         "revision, uuid) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(w.name), QVariant(document), QVariant(toIsoUtc(w.createdAt)),
                              QVariant(toIsoUtc(w.modifiedAt)), QVariant(w.revision), QVariant(w.uuid)})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.storageError(tr("Saving the workshop"), q.lastError().text());
    w.id = *existing ? (*existing)->id : q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return w;
}

Result<QList<Workshop>> WorkshopRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, document FROM workshops WHERE ") + where
              + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.storageError(tr("Reading workshops"), q.lastError().text());
    QList<Workshop> out;
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
        auto w = WorkshopJson::fromJson(doc.object());
        if (!w)
            return makeError(ErrorCode::Corrupt, tr("A stored workshop cannot be read."), w.error().message);
        w->id = q.value(0).toLongLong();
        out.append(*w);
    }
    return out;
}

Result<std::optional<Workshop>> WorkshopRepository::find(const QString &uuidOrName) const
{
    const QUuid u = QUuid::fromString(uuidOrName.trimmed());
    auto list = u.isNull() ? select(QStringLiteral("name = ?"), {uuidOrName.simplified()})
                           : select(QStringLiteral("uuid = ?"), {u.toString(QUuid::WithoutBraces)});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Workshop>() : std::optional<Workshop>(list->first());
}

Result<Workshop> WorkshopRepository::get(const QString &uuidOrName) const
{
    auto found = find(uuidOrName);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no workshop %1.").arg(uuidOrName));
    return **found;
}

Result<QList<Workshop>> WorkshopRepository::list() const
{
    return select(QStringLiteral("1 = 1"), {});
}

Status WorkshopRepository::remove(const QString &uuid)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM workshops WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Deleting the workshop"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no workshop %1.").arg(uuid));
    return tx.commit();
}

Result<QString> WorkshopRepository::freeName(const QString &name, const QString &exceptUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM workshops WHERE name = ? AND uuid IS NOT ?"));
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = n == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n);
        q.addBindValue(candidate);
        q.addBindValue(exceptUuid);
        if (!q.exec() || !q.next())
            return m_db.storageError(tr("Reading workshops"), q.lastError().text());
        if (q.value(0).toInt() == 0)
            return candidate;
        q.finish();
    }
    return makeError(ErrorCode::InputRejected, tr("There are too many workshops named \"%1\".").arg(name));
}

} // namespace casebook
