#include "storage/RoundSheetRepository.h"

#include "model/AssessorIdentity.h"
#include "model/Revision.h"
#include "model/WorkshopJson.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/WorkshopRepository.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace casebook {

RoundSheetRepository::RoundSheetRepository(Database &db)
    : m_db(db)
{ }

Status RoundSheetRepository::check(const Workshop &w, const RoundSheet &sheet) const
{
    if (!w.round(sheet.round))
        return makeError(ErrorCode::InputRejected,
                         tr("The workshop \"%1\" has no round %2.").arg(w.name).arg(sheet.round));
    if (sheet.assessorName.trimmed().isEmpty() || AssessorIdentity::normalized(sheet.assessorId).isEmpty())
        return makeError(ErrorCode::InputRejected,
                         tr("Scores of a round need the assessor's identity and name."));
    if (sheet.scores.size() > RoundSheet::kMaxScores)
        return makeError(ErrorCode::InputRejected, tr("A round sheet holds too many scores."));
    auto rubric = RubricRepository(m_db).getVersion(w.rubricUuid);
    if (!rubric)
        return rubric.error();
    for (const RoundScore &s : sheet.scores) {
        if (!w.useCaseUuids.contains(s.useCaseUuid))
            return makeError(
                ErrorCode::InputRejected,
                tr("The use case %1 is not part of the workshop \"%2\".").arg(s.useCaseUuid, w.name));
        if (const QString problem = scoreProblem(*rubric, s.criterionId, s.state, s.level);
            !problem.isEmpty())
            return makeError(ErrorCode::InputRejected, problem);
    }
    return {};
}

Result<RoundSheet> RoundSheetRepository::save(RoundSheet sheet, WriteMode mode)
{
    auto w = WorkshopRepository(m_db).get(sheet.workshopUuid);
    if (!w)
        return w.error();
    sheet.workshopUuid = w->uuid;
    sheet.assessorId = AssessorIdentity::normalized(sheet.assessorId);
    sheet.assessorName = sheet.assessorName.trimmed();
    if (Status s = check(*w, sheet); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto existing = find(sheet.workshopUuid, sheet.round, sheet.assessorId);
    if (!existing)
        return existing.error();
    const QDateTime now = m_db.clock().nowUtc();
    if (*existing)
        sheet.uuid = (*existing)->uuid; // the key is (workshop, round, assessor)
    if (mode == WriteMode::Edit) {
        sheet.createdAt = *existing ? (*existing)->createdAt : now;
        sheet.modifiedAt = now;
        sheet.revision = *existing ? Revision::next((*existing)->revision) : 1;
    }
    if (sheet.uuid.isEmpty())
        sheet.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sheet.revision = Revision::clamped(sheet.revision);
    if (!sheet.modifiedAt.isValid())
        sheet.modifiedAt = now;
    if (!sheet.createdAt.isValid())
        sheet.createdAt = sheet.modifiedAt;
    const QString document =
        QString::fromUtf8(QJsonDocument(WorkshopJson::sheetToJson(sheet)).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db.connection());
    q.prepare(
        *existing
            ? QStringLiteral("UPDATE workshop_sheets SET document = ?, created_at = ?, modified_at = ?, "
                             "revision = ? WHERE uuid = ?")
            : QStringLiteral("INSERT INTO workshop_sheets (document, created_at, modified_at, "
                             "revision, uuid, workshop_id, round, assessor_id) VALUES (?, ?, ?, ?, "
                             "?, ?, ?, ?)"));
    QVariantList binds{document, toIsoUtc(sheet.createdAt), toIsoUtc(sheet.modifiedAt), sheet.revision,
                       sheet.uuid};
    if (!*existing)
        binds += QVariantList{w->id, sheet.round, sheet.assessorId};
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return makeError(ErrorCode::InputRejected,
                             tr("Round scores with the UUID %1 already exist.").arg(sheet.uuid),
                             q.lastError().text());
        return m_db.storageError(tr("Saving the round's scores"), q.lastError().text());
    }
    sheet.id = *existing ? (*existing)->id : q.lastInsertId().toLongLong();
    if (Status s = tx.commit(); !s)
        return s.error();
    return sheet;
}

Result<QList<RoundSheet>> RoundSheetRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.id, s.document FROM workshop_sheets AS s JOIN workshops AS w "
                             "ON w.id = s.workshop_id WHERE ")
              + where + QStringLiteral(" ORDER BY s.round, s.assessor_id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.storageError(tr("Reading round scores"), q.lastError().text());
    QList<RoundSheet> out;
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
        auto s = WorkshopJson::sheetFromJson(doc.object());
        if (!s)
            return makeError(ErrorCode::Corrupt, tr("Stored round scores cannot be read."),
                             s.error().message);
        s->id = q.value(0).toLongLong();
        out.append(*s);
    }
    return out;
}

Result<QList<RoundSheet>> RoundSheetRepository::sheets(const QString &workshopUuid, int round) const
{
    if (round <= 0)
        return select(QStringLiteral("w.uuid = ?"), {workshopUuid});
    return select(QStringLiteral("w.uuid = ? AND s.round = ?"), {workshopUuid, round});
}

Result<std::optional<RoundSheet>> RoundSheetRepository::find(const QString &workshopUuid, int round,
                                                             const QString &assessorId) const
{
    auto list = select(QStringLiteral("w.uuid = ? AND s.round = ? AND s.assessor_id = ?"),
                       {workshopUuid, round, AssessorIdentity::normalized(assessorId)});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<RoundSheet>() : std::optional<RoundSheet>(list->first());
}

Result<std::optional<RoundSheet>> RoundSheetRepository::findByUuid(const QString &uuid) const
{
    auto list =
        select(QStringLiteral("s.uuid = ?"), {QUuid::fromString(uuid).toString(QUuid::WithoutBraces)});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<RoundSheet>() : std::optional<RoundSheet>(list->first());
}

} // namespace casebook
