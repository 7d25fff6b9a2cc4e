#include "storage/ScoreReportLoader.h"

#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace casebook {

Result<Rubric> ScoreReportLoader::resolveRubric(Database &db, const QString &rubricIdOrName)
{
    RubricRepository rubrics(db);
    if (!rubricIdOrName.trimmed().isEmpty())
        return rubrics.get(rubricIdOrName);
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT r.uuid FROM rubrics AS r JOIN assessments AS a ON a.rubric_id = r.id "
            "GROUP BY r.id ORDER BY count(*) DESC, r.created_at DESC, r.version DESC LIMIT 1")))
        return db.storageError(tr("Reading rubrics"), q.lastError().text());
    if (q.next())
        return rubrics.getVersion(q.value(0).toString());
    auto shipped = rubrics.get(RubricJson::defaultRubric().seriesUuid);
    if (shipped)
        return shipped;
    auto all = rubrics.latestVersions();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no rubric yet; import one or run 'init'."));
    return all->first();
}

Result<ScoreReport> ScoreReportLoader::load(Database &db, const QString &rubricIdOrName,
                                            const AggregateOptions &options)
{
    auto rubric = resolveRubric(db, rubricIdOrName);
    if (!rubric)
        return rubric.error();
    auto assessments = AssessmentRepository(db).forRubric(rubric->uuid);
    if (!assessments)
        return assessments.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT uuid, code, title FROM use_cases WHERE id IN "
                             "(SELECT use_case_id FROM assessments WHERE rubric_id = ?)"));
    q.addBindValue(rubric->id);
    if (!q.exec())
        return db.storageError(tr("Reading use cases"), q.lastError().text());
    QList<UseCaseRef> refs;
    while (q.next())
        refs.append(UseCaseRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return ScoreReport::build(*rubric, *assessments, refs, options);
}

} // namespace casebook
