#include "storage/ScoreIndex.h"

#include "scoring/ScoringEngine.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace casebook {

namespace {

const QChar kFlagSeparator(31);

StoredScore storedScore(const Rubric &rubric, const QList<Assessment> &assessments)
{
    const AggregateResult aggregate = ScoringEngine::aggregate(rubric, assessments);
    const ScoreResult &overall = aggregate.overall;
    StoredScore s;
    s.index = overall.index;
    s.coverage = overall.coverage();
    s.incomplete = overall.isIncomplete();
    s.assessors = aggregate.assessors;
    s.unknowns = int(overall.unknownCriteria.size());
    s.disagreements = int(aggregate.disagreements().size());
    for (const KnockoutHit &hit : overall.knockouts)
        s.flags.append(hit.flag);
    return s;
}

} // namespace

ScoreIndex::ScoreIndex(Database &db)
    : m_db(db)
{ }

Status ScoreIndex::refresh(const QString &useCaseUuid, const Rubric &rubric)
{
    if (ScoreIndexDeferral *deferral = m_db.m_scoreDeferral) {
        deferral->note(useCaseUuid, rubric);
        return {};
    }
    return compute(useCaseUuid, rubric);
}

Status ScoreIndex::compute(const QString &useCaseUuid, const Rubric &rubric)
{
    auto assessments = AssessmentRepository(m_db).scoresForUseCase(useCaseUuid, rubric.id);
    if (!assessments)
        return assessments.error();
    return write(useCaseUuid, rubric, *assessments);
}

Status ScoreIndex::write(const QString &useCaseUuid, const Rubric &rubric,
                         const QList<Assessment> &assessments)
{
    if (assessments.isEmpty()) {
        QSqlQuery &q =
            m_db.statement(QStringLiteral("DELETE FROM use_case_scores WHERE rubric_id = ? AND use_case_id = "
                                          "(SELECT id FROM use_cases WHERE uuid = ?)"));
        q.addBindValue(rubric.id);
        q.addBindValue(useCaseUuid);
        if (!q.exec())
            return m_db.storageError(tr("Updating the score index"), q.lastError().text());
        return {};
    }
    const StoredScore s = storedScore(rubric, assessments);
    // SQLite's own API: an import writes this once per use case it touches (issue 13).
    auto q = m_db.sqliteStatement(
        "INSERT OR REPLACE INTO use_case_scores (use_case_id, rubric_id, overall_index, coverage, "
        "incomplete, assessors, unknowns, disagreements, flags) "
        "SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM use_cases WHERE uuid = ?");
    if (!q)
        return q.error();
    (*q)->bindAll({rubric.id, s.index ? QVariant(*s.index) : QVariant(), s.coverage, s.incomplete ? 1 : 0,
                   s.assessors, s.unknowns, s.disagreements,
                   QString(s.flags.join(kFlagSeparator) + QLatin1String("")), // never NULL
                   useCaseUuid});
    if (!(*q)->run())
        return m_db.storageError(tr("Updating the score index"), (*q)->errorText());
    return {};
}

Status ScoreIndex::refreshUseCases(const QSet<qint64> &ids)
{
    auto rubrics = RubricRepository(m_db).list();
    if (!rubrics)
        return rubrics.error();
    QHash<qint64, Rubric> byId;
    for (const Rubric &r : std::as_const(*rubrics))
        byId.insert(r.id, r);
    for (qint64 id : ids) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM use_case_scores WHERE use_case_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return m_db.storageError(tr("Updating the score index"), q.lastError().text());
        q.prepare(QStringLiteral("SELECT DISTINCT u.uuid, a.rubric_id FROM assessments AS a "
                                 "JOIN use_cases AS u ON u.id = a.use_case_id WHERE a.use_case_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return m_db.storageError(tr("Updating the score index"), q.lastError().text());
        while (q.next()) {
            if (Status s = compute(q.value(0).toString(), byId.value(q.value(1).toLongLong())); !s)
                return s;
        }
    }
    return {};
}

Status ScoreIndex::refreshRubric(const Rubric &rubric)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM use_case_scores WHERE rubric_id = ?"));
    q.addBindValue(rubric.id);
    if (!q.exec())
        return m_db.storageError(tr("Updating the score index"), q.lastError().text());
    auto assessments = AssessmentRepository(m_db).forRubric(rubric.uuid);
    if (!assessments)
        return assessments.error();
    // forRubric orders by use case, so the assessments of one use case come together.
    QList<Assessment> group;
    for (const Assessment &a : *assessments) {
        if (!group.isEmpty() && group.first().useCaseUuid != a.useCaseUuid) {
            if (Status s = write(group.first().useCaseUuid, rubric, group); !s)
                return s;
            group.clear();
        }
        group.append(a);
    }
    if (!group.isEmpty())
        return write(group.first().useCaseUuid, rubric, group);
    return {};
}

Status ScoreIndex::rebuild()
{
    auto rubrics = RubricRepository(m_db).list();
    if (!rubrics)
        return rubrics.error();
    for (const Rubric &rubric : *rubrics) {
        if (Status s = refreshRubric(rubric); !s)
            return s;
    }
    return {};
}

Result<std::optional<StoredScore>> ScoreIndex::get(const QString &useCaseUuid,
                                                   const QString &rubricUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + columns(QStringLiteral("s"))
              + QStringLiteral(" FROM use_case_scores AS s JOIN use_cases AS u ON u.id = s.use_case_id "
                               "JOIN rubrics AS r ON r.id = s.rubric_id WHERE u.uuid = ? AND r.uuid = ?"));
    q.addBindValue(useCaseUuid);
    q.addBindValue(rubricUuid);
    if (!q.exec())
        return m_db.storageError(tr("Reading the score index"), q.lastError().text());
    if (!q.next())
        return std::optional<StoredScore>();
    return fromColumns(q, 0);
}

QString ScoreIndex::columns(const QString &alias)
{
    QStringList out;
    for (const char *c :
         {"overall_index", "coverage", "incomplete", "assessors", "unknowns", "disagreements", "flags"})
        out.append(alias + QLatin1Char('.') + QLatin1String(c));
    return out.join(QLatin1String(", "));
}

std::optional<StoredScore> ScoreIndex::fromColumns(const QSqlQuery &q, int first)
{
    if (q.value(first + 1).isNull()) // coverage is never NULL in a stored row: no row (a LEFT JOIN)
        return std::nullopt;
    StoredScore s;
    if (!q.value(first).isNull())
        s.index = q.value(first).toDouble();
    s.coverage = q.value(first + 1).toDouble();
    s.incomplete = q.value(first + 2).toInt() != 0;
    s.assessors = q.value(first + 3).toInt();
    s.unknowns = q.value(first + 4).toInt();
    s.disagreements = q.value(first + 5).toInt();
    s.flags = q.value(first + 6).toString().split(kFlagSeparator, Qt::SkipEmptyParts);
    return s;
}

ScoreIndexDeferral::ScoreIndexDeferral(Database &db)
    : m_db(db)
    , m_active(db.m_scoreDeferral == nullptr)
{
    if (m_active)
        m_db.m_scoreDeferral = this;
}

ScoreIndexDeferral::~ScoreIndexDeferral()
{
    if (m_active)
        m_db.m_scoreDeferral = nullptr;
}

void ScoreIndexDeferral::note(const QString &useCaseUuid, const Rubric &rubric)
{
    const QPair<QString, qint64> key(useCaseUuid, rubric.id);
    if (m_noted.contains(key))
        return;
    m_noted.insert(key);
    m_pending.append(key);
    if (!m_rubrics.contains(rubric.id))
        m_rubrics.insert(rubric.id, rubric);
}

Status ScoreIndexDeferral::flush()
{
    if (!m_active)
        return {};
    // Compute directly: refresh() would only note the pair again while this deferral is registered.
    ScoreIndex index(m_db);
    for (const auto &[useCaseUuid, rubricId] : std::as_const(m_pending)) {
        if (Status s = index.compute(useCaseUuid, m_rubrics.value(rubricId)); !s)
            return s;
    }
    m_pending.clear();
    m_noted.clear();
    m_rubrics.clear();
    return {};
}

} // namespace casebook
