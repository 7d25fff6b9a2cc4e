#include "compare/CompareData.h"

#include "compare/CompareLimits.h"
#include "scoring/Comparison.h"
#include "storage/AssessmentRepository.h"
#include "storage/ScoreReportLoader.h"
#include "storage/UseCaseRepository.h"

namespace casebook {

const UseCaseScore *CompareData::scoreOf(const QString &uuid) const
{
    for (const UseCaseScore &s : report.useCases) {
        if (s.useCase.uuid == uuid)
            return &s;
    }
    return nullptr;
}

QStringList CompareData::assessorNames() const
{
    QStringList names;
    for (const QList<Assessment> &list : assessments) {
        for (const Assessment &a : list) {
            if (!names.contains(a.assessorName))
                names.append(a.assessorName);
        }
    }
    return names;
}

CompareData CompareData::build(const Rubric &rubric, const QList<UseCase> &useCases,
                               const QList<QList<Assessment>> &assessments)
{
    CompareData data;
    data.rubric = rubric;
    data.useCases = useCases;
    data.assessments = assessments;
    QList<Assessment> all;
    QList<UseCaseRef> refs;
    for (int i = 0; i < useCases.size(); ++i) {
        refs.append(UseCaseRef{useCases[i].uuid, useCases[i].code, useCases[i].title});
        all += assessments.value(i);
    }
    ComparisonOptions options;
    options.criterionStability = true;
    // The rubric's own weights are always valid for it: build() fails only on foreign weight keys.
    if (auto compared = Comparison::build(rubric, refs, all, {}, options)) {
        data.report = compared->scores;
        data.stability = compared->stability;
        data.ranker = Comparison::ranker(*compared);
    }
    return data;
}

Result<CompareData> CompareData::load(Database &db, const QStringList &uuids, const QString &rubric)
{
    if (Status limits = CompareLimits::check(int(uuids.size())); !limits)
        return limits.error();
    auto resolved = ScoreReportLoader::resolveRubric(db, rubric);
    if (!resolved)
        return resolved.error();
    UseCaseRepository useCases(db);
    AssessmentRepository assessments(db);
    QList<UseCase> chosen;
    QList<QList<Assessment>> scores;
    for (const QString &id : uuids) {
        auto useCase = useCases.get(id);
        if (!useCase)
            return useCase.error();
        auto list = assessments.forUseCase(useCase->uuid, resolved->uuid);
        if (!list)
            return list.error();
        chosen.append(*useCase);
        scores.append(*list);
    }
    return build(*resolved, chosen, scores);
}

} // namespace casebook
