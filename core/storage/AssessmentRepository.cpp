#include "storage/AssessmentRepository.h"

#include "model/AssessorIdentity.h"
#include "model/Revision.h"

#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/JsonIds.h"
#include "storage/RubricRepository.h"
#include "storage/ScoreIndex.h"
#include "storage/SqliteStatement.h"
#include "support/Clock.h"
#include "support/TimeOrderedUuid.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace casebook {

namespace {

QString stateText(ScoreState s)
{
    switch (s) {
    case ScoreState::Level: return QStringLiteral("level");
    case ScoreState::NotApplicable: return QStringLiteral("na");
    case ScoreState::Unknown: return QStringLiteral("unknown");
    case ScoreState::Unscored: break;
    }
    return {};
}

ScoreState stateFrom(const QString &s)
{
    if (s == QLatin1String("level"))
        return ScoreState::Level;
    if (s == QLatin1String("na"))
        return ScoreState::NotApplicable;
    if (s == QLatin1String("unknown"))
        return ScoreState::Unknown;
    return ScoreState::Unscored;
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

} // namespace

AssessmentRepository::AssessmentRepository(Database &db)
    : m_db(db)
{ }

Result<Assessment> AssessmentRepository::save(Assessment a, WriteMode mode)
{
    auto rubric = RubricRepository(m_db).get(a.rubricUuid);
    if (!rubric)
        return rubric.error();
    return save(std::move(a), mode, *rubric);
}

Result<Assessment> AssessmentRepository::save(Assessment a, WriteMode mode, const Rubric &rubric)
{
    a.assessorName = a.assessorName.trimmed();
    if (a.assessorName.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("An assessment needs the assessor's name."));
    const bool byName = a.assessorId.isEmpty();
    a.assessorId = byName ? m_db.assessorIdFor(a.assessorName) : AssessorIdentity::normalized(a.assessorId);
    if (a.assessorId.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("The assessor's identity is not a UUID."));
    a.rubricUuid = rubric.uuid;
    for (const CriterionScore &s : a.scores) {
        if (const QString problem = scoreProblem(rubric, s.criterionId, s.state, s.level); !problem.isEmpty())
            return makeError(ErrorCode::InputRejected, problem);
    }

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // Statements prepared once per connection (Database::statement): an import saves thousands.
    QSqlQuery &useCase = m_db.statement(QStringLiteral("SELECT id FROM use_cases WHERE uuid = ?"));
    useCase.addBindValue(a.useCaseUuid);
    if (!useCase.exec())
        return m_db.storageError(tr("Saving the assessment"), useCase.lastError().text());
    if (!useCase.next()) {
        useCase.finish();
        return makeError(ErrorCode::NotFound, tr("There is no use case %1.").arg(a.useCaseUuid));
    }
    const qint64 useCaseId = useCase.value(0).toLongLong();
    useCase.finish();

    auto existing = replaced(a, byName, useCaseId, rubric.id);
    if (!existing)
        return existing.error();
    if (Status s = *existing ? updateWithScores(a, **existing, mode)
                             : insertWithScores(a, useCaseId, rubric.id, mode);
        !s)
        return s.error();
    if (Status s = ScoreIndex(m_db).refresh(a.useCaseUuid, rubric); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Result<std::optional<Assessment>> AssessmentRepository::replaced(const Assessment &a, bool byName,
                                                                 qint64 useCaseId, qint64 rubricId) const
{
    if (byName)
        return find(a.useCaseUuid, a.rubricUuid, a.assessorName);
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT 1 FROM assessments WHERE use_case_id = ? AND rubric_id = ? AND assessor_id = ?"));
    q.addBindValue(useCaseId);
    q.addBindValue(rubricId);
    q.addBindValue(a.assessorId);
    if (!q.exec())
        return m_db.storageError(tr("Saving the assessment"), q.lastError().text());
    const bool stored = q.next();
    q.finish();
    if (!stored)
        return std::optional<Assessment>();
    return findByAssessor(a.useCaseUuid, a.rubricUuid, a.assessorId);
}

Status AssessmentRepository::updateRow(Assessment &a, const Assessment &existing, WriteMode mode)
{
    a.assessorId = existing.assessorId; // an assessment made before identities keeps its key
    a.id = existing.id;
    if (mode == WriteMode::Edit) {
        a.uuid = existing.uuid;
        a.createdAt = existing.createdAt;
        a.modifiedAt = m_db.clock().nowUtc();
        a.revision = Revision::next(existing.revision);
    } else {
        a.revision = Revision::clamped(a.revision);
    }
    QSqlQuery &q = m_db.statement(
        QStringLiteral("UPDATE assessments SET uuid = ?, assessor_name = ?, assessor_organization = ?, "
                       "assessor_email = ?, created_at = ?, modified_at = ?, revision = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(a.uuid), QVariant(a.assessorName), text(a.assessorOrganization),
                              text(a.assessorEmail), QVariant(toIsoUtc(a.createdAt)),
                              QVariant(toIsoUtc(a.modifiedAt)), QVariant(a.revision), QVariant(a.id)})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.storageError(tr("Saving the assessment"), q.lastError().text());
    QSqlQuery &clear = m_db.statement(QStringLiteral("DELETE FROM scores WHERE assessment_id = ?"));
    clear.addBindValue(a.id);
    if (!clear.exec())
        return m_db.storageError(tr("Saving the assessment"), clear.lastError().text());
    return {};
}

Status AssessmentRepository::updateWithScores(Assessment &a, const Assessment &existing, WriteMode mode)
{
    if (Status s = updateRow(a, existing, mode); !s)
        return s;
    return writeScores(a);
}

Status AssessmentRepository::insertWithScores(Assessment &a, qint64 useCaseId, qint64 rubricId,
                                              WriteMode mode)
{
    // Kept by id when an import adds it to a use case it added (ChangeJournal).
    auto id = ChangeJournal::addAssessmentRow(m_db, useCaseId, [&]() -> Result<qint64> {
        if (Status s = insertRow(a, useCaseId, rubricId, mode); !s)
            return s.error();
        if (Status s = writeScores(a); !s)
            return s.error();
        return a.id;
    });
    return id ? Status() : Status(id.error());
}

Status AssessmentRepository::insertRow(Assessment &a, qint64 useCaseId, qint64 rubricId, WriteMode mode)
{
    if (a.uuid.isEmpty())
        a.uuid = timeOrderedUuid(m_db.clock().nowUtc().toMSecsSinceEpoch(), *QRandomGenerator::system());
    if (mode == WriteMode::Edit || !a.modifiedAt.isValid()) {
        a.createdAt = m_db.clock().nowUtc();
        a.modifiedAt = a.createdAt;
        a.revision = 1;
    }
    if (!a.createdAt.isValid())
        a.createdAt = a.modifiedAt;
    a.revision = Revision::clamped(a.revision);
    // SQLite's own API (Database::sqliteStatement): an import inserts one per assessment.
    auto q = m_db.sqliteStatement("INSERT INTO assessments (uuid, use_case_id, rubric_id, assessor_id, "
                                  "assessor_name, assessor_organization, assessor_email, created_at, "
                                  "modified_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    (*q)->bindAll({QVariant(a.uuid), QVariant(useCaseId), QVariant(rubricId), QVariant(a.assessorId),
                   QVariant(a.assessorName), text(a.assessorOrganization), text(a.assessorEmail),
                   QVariant(toIsoUtc(a.createdAt)), QVariant(toIsoUtc(a.modifiedAt)), QVariant(a.revision)});
    if (!(*q)->run()) {
        if ((*q)->errorText().contains(QLatin1String("UNIQUE")))
            return makeError(ErrorCode::InputRejected,
                             tr("An assessment with the UUID %1 already exists.").arg(a.uuid),
                             (*q)->errorText());
        return m_db.storageError(tr("Saving the assessment"), (*q)->errorText());
    }
    a.id = (*q)->lastInsertRowId();
    return {};
}

Status AssessmentRepository::writeScores(const Assessment &a)
{
    auto q = m_db.sqliteStatement("INSERT INTO scores (assessment_id, criterion_id, state, level, rationale, "
                                  "evidence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    SqliteStatement &insert = **q;
    for (const CriterionScore &s : a.scores) {
        if (s.state == ScoreState::Unscored)
            continue;
        insert.bind(1, a.id);
        insert.bind(2, s.criterionId);
        insert.bind(3, stateText(s.state));
        if (s.state == ScoreState::Level)
            insert.bind(4, qint64(s.level));
        else
            insert.bindNull(4);
        insert.bind(5, text(s.rationale));
        insert.bind(6, text(s.evidence));
        insert.bind(7, text(confidenceToString(s.confidence)));
        if (!insert.run())
            return m_db.storageError(tr("Saving the assessment"), insert.errorText());
    }
    return {};
}

Result<QList<Assessment>> AssessmentRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT a.id, a.uuid, u.uuid, r.uuid, a.assessor_name, a.assessor_organization, "
                       "a.assessor_email, a.created_at, a.modified_at, a.revision, a.assessor_id "
                       "FROM assessments AS a JOIN use_cases AS u ON u.id = a.use_case_id "
                       "JOIN rubrics AS r ON r.id = a.rubric_id WHERE ")
        + where + QStringLiteral(" ORDER BY u.code, a.assessor_name COLLATE NOCASE, a.id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.storageError(tr("Reading assessments"), q.lastError().text());
    QList<Assessment> out;
    while (q.next()) {
        Assessment a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.useCaseUuid = q.value(2).toString();
        a.rubricUuid = q.value(3).toString();
        a.assessorName = q.value(4).toString();
        a.assessorOrganization = q.value(5).toString();
        a.assessorEmail = q.value(6).toString();
        a.createdAt = fromIsoUtc(q.value(7).toString());
        a.modifiedAt = fromIsoUtc(q.value(8).toString());
        a.revision = q.value(9).toInt();
        a.assessorId = q.value(10).toString();
        out.append(a);
    }
    q.finish();
    QSqlQuery &s = m_db.statement(QStringLiteral("SELECT criterion_id, state, level, rationale, evidence, "
                                                 "confidence FROM scores WHERE assessment_id = ? "
                                                 "ORDER BY criterion_id"));
    for (Assessment &a : out) {
        s.addBindValue(a.id);
        if (!s.exec())
            return m_db.storageError(tr("Reading assessments"), s.lastError().text());
        while (s.next()) {
            CriterionScore c;
            c.criterionId = s.value(0).toString();
            c.state = stateFrom(s.value(1).toString());
            c.level = s.value(2).toInt();
            c.rationale = s.value(3).toString();
            c.evidence = s.value(4).toString();
            // Written through confidenceToString(); any other text (a hand-edited file) reads as not given.
            c.confidence = confidenceFromString(s.value(5).toString()).value_or(Confidence::None);
            a.scores.append(c);
        }
        s.finish();
    }
    return out;
}

Result<Assessment> AssessmentRepository::get(const QString &uuid) const
{
    auto list =
        select(QStringLiteral("a.uuid = ?"), {QUuid::fromString(uuid).toString(QUuid::WithoutBraces)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no assessment %1.").arg(uuid));
    return list->first();
}

Result<std::optional<Assessment>> AssessmentRepository::find(const QString &useCaseUuid,
                                                             const QString &rubricUuid,
                                                             const QString &assessorName) const
{
    const QString id = m_db.assessorIdFor(assessorName);
    auto found = findByAssessor(useCaseUuid, rubricUuid, id);
    const QString legacy = AssessorIdentity::fromName(assessorName.trimmed());
    if (!found || *found || id == legacy)
        return found;
    // The member's assessment from before identities existed is filed under the name's identity.
    return findByAssessor(useCaseUuid, rubricUuid, legacy);
}

Result<std::optional<Assessment>> AssessmentRepository::findByAssessor(const QString &useCaseUuid,
                                                                       const QString &rubricUuid,
                                                                       const QString &assessorId) const
{
    auto list = select(QStringLiteral("u.uuid = ? AND r.uuid = ? AND a.assessor_id = ?"),
                       {useCaseUuid, rubricUuid, AssessorIdentity::normalized(assessorId)});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Assessment>() : std::optional<Assessment>(list->first());
}

Result<QList<Assessment>> AssessmentRepository::forUseCase(const QString &useCaseUuid,
                                                           const QString &rubricUuid) const
{
    if (rubricUuid.isEmpty())
        return select(QStringLiteral("u.uuid = ?"), {useCaseUuid});
    return select(QStringLiteral("u.uuid = ? AND r.uuid = ?"), {useCaseUuid, rubricUuid});
}

Result<QList<Assessment>> AssessmentRepository::scoresForUseCase(const QString &useCaseUuid,
                                                                 qint64 rubricId) const
{
    // SQLite's own API: the score index reads this once per use case an import touches (issue 13).
    auto q = m_db.sqliteStatement(
        "SELECT a.id, s.criterion_id, s.state, s.level FROM assessments AS a "
        "JOIN use_cases AS u ON u.id = a.use_case_id LEFT JOIN scores AS s ON s.assessment_id = a.id "
        "WHERE u.uuid = ? AND a.rubric_id = ? ORDER BY a.assessor_name COLLATE NOCASE, a.id, "
        "s.criterion_id");
    if (!q)
        return q.error();
    SqliteStatement &rows = **q;
    rows.bind(1, useCaseUuid);
    rows.bind(2, rubricId);
    QList<Assessment> out;
    const bool read = rows.eachRow([&] {
        const qint64 id = rows.columnInt64(0);
        if (out.isEmpty() || out.last().id != id) {
            out.append(Assessment());
            out.last().id = id;
            out.last().useCaseUuid = useCaseUuid;
        }
        if (rows.columnIsNull(1)) // an assessment without scores (LEFT JOIN)
            return;
        CriterionScore c;
        c.criterionId = rows.columnText(1);
        c.state = stateFrom(rows.columnText(2));
        c.level = int(rows.columnInt64(3));
        out.last().scores.append(c);
    });
    if (!read)
        return m_db.storageError(tr("Reading assessments"), rows.errorText());
    return out;
}

Result<QList<Assessment>> AssessmentRepository::forRubric(const QString &rubricUuid) const
{
    return select(QStringLiteral("r.uuid = ?"), {rubricUuid});
}

Result<QList<Assessment>> AssessmentRepository::all() const
{
    return select(QStringLiteral("1 = 1"), {});
}

Result<QList<Assessment>> AssessmentRepository::byUuids(const QStringList &uuids) const
{
    if (uuids.isEmpty())
        return QList<Assessment>();
    return select(QStringLiteral("a.uuid IN (SELECT value FROM json_each(?))"), {jsonTexts(uuids)});
}

Result<int> AssessmentRepository::countForRubric(const QString &rubricUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM assessments AS a JOIN rubrics AS r ON r.id = a.rubric_id "
                             "WHERE r.uuid = ?"));
    q.addBindValue(rubricUuid);
    if (!q.exec() || !q.next())
        return m_db.storageError(tr("Counting assessments"), q.lastError().text());
    return q.value(0).toInt();
}

Status AssessmentRepository::remove(const QString &uuid)
{
    Transaction tx(m_db);
    auto stored = get(uuid);
    if (!stored)
        return stored.error();
    auto rubric = RubricRepository(m_db).getVersion(stored->rubricUuid);
    if (!rubric)
        return rubric.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM assessments WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return m_db.storageError(tr("Deleting the assessment"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no assessment %1.").arg(uuid));
    if (Status s = ScoreIndex(m_db).refresh(stored->useCaseUuid, *rubric); !s)
        return s;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at, deleted_by) "
                             "VALUES (?, 'assessment', ?, ?)"));
    q.addBindValue(uuid);
    q.addBindValue(toIsoUtc(m_db.clock().nowUtc()));
    q.addBindValue(text(m_db.contributor()));
    if (!q.exec())
        return m_db.storageError(tr("Deleting the assessment"), q.lastError().text());
    return tx.commit();
}

} // namespace casebook
