#include "report/ComparisonLoader.h"

#include "storage/AssessmentRepository.h"
#include "storage/ScoreReportLoader.h"
#include "storage/UseCaseRepository.h"

namespace casebook {

Result<LoadedComparison> ComparisonLoader::load(Database &db, const ComparisonSelection &selection,
                                                const QString &rubricIdOrName, const WeightSet &weights,
                                                const ComparisonOptions &options)
{
    auto choice = selection.resolve(db);
    if (!choice)
        return choice.error();
    LoadedComparison loaded;
    loaded.restrictedLeftOut = choice->useCases.restrictedLeftOut;
    if (choice->useCases.uuids.isEmpty()) {
        if (loaded.restrictedLeftOut.isEmpty())
            return makeError(ErrorCode::NotFound,
                             tr("No use case matches the selection; nothing to compare."));
        return makeError(ErrorCode::NotFound,
                         tr("Every use case of the selection is restricted (%1); add --include-restricted to "
                            "compare them.")
                             .arg(loaded.restrictedLeftOut.join(QLatin1String(", "))));
    }
    const QString rubricName = rubricIdOrName.trimmed().isEmpty() ? choice->rubric : rubricIdOrName;
    auto rubric = ScoreReportLoader::resolveRubric(db, rubricName);
    if (!rubric)
        return rubric.error();

    // Only the chosen use cases' assessments of this version: a few use cases of a large repository
    // should not read every assessment.
    QList<UseCaseRef> refs;
    QList<Assessment> assessments;
    UseCaseRepository useCases(db);
    AssessmentRepository assessmentRepo(db);
    for (const QString &uuid : std::as_const(choice->useCases.uuids)) {
        auto u = useCases.get(uuid);
        if (!u)
            return u.error();
        refs.append(UseCaseRef{u->uuid, u->code, u->title});
        auto own = assessmentRepo.forUseCase(uuid, rubric->uuid);
        if (!own)
            return own.error();
        assessments += *own;
    }

    WeightSet effective = choice->weights;
    for (const WeightSet::Entry &e : weights.entries())
        effective.set(e.key, e.value);
    auto comparison = Comparison::build(*rubric, refs, assessments, effective, options);
    if (!comparison)
        return comparison.error();
    loaded.comparison = *comparison;
    return loaded;
}

} // namespace casebook
