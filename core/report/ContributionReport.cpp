#include "report/ContributionReport.h"

#include "model/RubricText.h"

#include "storage/AssessmentRepository.h"
#include "storage/ScoreReportLoader.h"
#include "storage/UseCaseRepository.h"

#include <QHash>

#include <algorithm>

namespace casebook {

namespace {

/// The chosen use cases' assessments against one rubric version, ranked among themselves; nullopt
/// when none of them is assessed.
Result<std::optional<ScoreReport>> scoresOf(Database &db, const QString &rubricIdOrName,
                                            const QList<UseCase> &useCases, QList<Assessment> &assessments)
{
    auto rubric = ScoreReportLoader::resolveRubric(db, rubricIdOrName);
    if (!rubric && rubric.error().code == ErrorCode::NotFound && rubricIdOrName.trimmed().isEmpty())
        return std::optional<ScoreReport>(); // no rubric at all: a report without scores
    if (!rubric)
        return rubric.error();
    auto all = AssessmentRepository(db).forRubric(rubric->uuid);
    if (!all)
        return all.error();
    QHash<QString, UseCaseRef> chosen;
    for (const UseCase &u : useCases)
        chosen.insert(u.uuid, UseCaseRef{u.uuid, u.code, u.title});
    QList<UseCaseRef> refs;
    for (const Assessment &a : std::as_const(*all)) {
        if (!chosen.contains(a.useCaseUuid))
            continue;
        assessments.append(a);
        if (std::none_of(refs.cbegin(), refs.cend(),
                         [&a](const UseCaseRef &r) { return r.uuid == a.useCaseUuid; }))
            refs.append(chosen.value(a.useCaseUuid));
    }
    if (assessments.isEmpty())
        return std::optional<ScoreReport>();
    return std::optional<ScoreReport>(ScoreReport::build(RubricText::forDisplay(*rubric), assessments, refs));
}

} // namespace

Result<ContributionReport> ContributionReportLoader::load(Database &db, const ExportSelection &selection,
                                                          const QString &rubricIdOrName,
                                                          const ContributionCover &cover)
{
    auto chosen = selection.select(db);
    if (!chosen)
        return chosen.error();
    ContributionReport report;
    report.cover = cover;
    report.restrictedLeftOut = chosen->restrictedLeftOut;
    UseCaseRepository repo(db);
    for (const QString &uuid : std::as_const(chosen->uuids)) {
        auto u = repo.get(uuid);
        if (!u)
            return u.error();
        report.useCases.append(*u);
        for (const StandardizationGap &g : std::as_const(u->gaps))
            report.gaps.append({u->uuid, u->code, u->title, g});
    }
    auto scores = scoresOf(db, rubricIdOrName, report.useCases, report.assessments);
    if (!scores)
        return scores.error();
    report.scores = *scores;
    return report;
}

} // namespace casebook
