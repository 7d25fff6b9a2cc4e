#include "scoring/ScoreEntry.h"

namespace casebook {

Assessment ScoreEntry::start(const std::optional<Assessment> &existing, const QString &useCaseUuid,
                             const QString &rubricUuid, const QString &assessor,
                             const std::optional<QString> &organization, bool replace)
{
    Assessment a;
    if (existing && !replace)
        a = *existing;
    a.useCaseUuid = useCaseUuid;
    a.rubricUuid = rubricUuid;
    a.assessorName = assessor.trimmed();
    if (organization)
        a.assessorOrganization = organization->trimmed();
    else if (existing)
        a.assessorOrganization = existing->assessorOrganization;
    return a;
}

Status ScoreEntry::checkCriterion(const Rubric &rubric, const QString &criterionId)
{
    if (rubric.criterion(criterionId))
        return {};
    return makeError(ErrorCode::InputRejected,
                     tr("The rubric \"%1\" (version %2) has no criterion %3.")
                         .arg(rubric.name)
                         .arg(rubric.version)
                         .arg(criterionId));
}

Status ScoreEntry::check(const Rubric &rubric, const QString &criterionId, ScoreState state, int level)
{
    if (Status s = checkCriterion(rubric, criterionId); !s)
        return s;
    if (state == ScoreState::Level && (level < rubric.scaleMin || level > rubric.scaleMax))
        return makeError(ErrorCode::InputRejected,
                         tr("%1: level %2 is outside the scale %3 to %4.")
                             .arg(criterionId)
                             .arg(level)
                             .arg(rubric.scaleMin)
                             .arg(rubric.scaleMax));
    return {};
}

void ScoreEntry::answer(CriterionScore &score, ScoreState state, int level)
{
    score.state = state;
    score.level = state == ScoreState::Level ? level : 0;
}

int ScoreEntry::indexOf(const Assessment &assessment, const QString &criterionId)
{
    for (int i = 0; i < assessment.scores.size(); ++i) {
        if (assessment.scores[i].criterionId == criterionId)
            return i;
    }
    return -1;
}

Status ScoreEntry::enter(Assessment &assessment, const Rubric &rubric, const QString &criterionId,
                         ScoreState state, int level)
{
    if (Status s = check(rubric, criterionId, state, level); !s)
        return s;
    int i = indexOf(assessment, criterionId);
    if (i < 0) {
        CriterionScore added;
        added.criterionId = criterionId;
        assessment.scores.append(added);
        i = int(assessment.scores.size()) - 1;
    }
    answer(assessment.scores[i], state, level);
    return {};
}

Status ScoreEntry::setNote(Assessment &assessment, const Rubric &rubric, const QString &criterionId,
                           Note note, const QString &value)
{
    if (Status s = checkCriterion(rubric, criterionId); !s)
        return s;
    const int i = indexOf(assessment, criterionId);
    if (i < 0)
        return makeError(ErrorCode::Usage, tr("%1 has no score; give it a score first.").arg(criterionId));
    CriterionScore &score = assessment.scores[i];
    switch (note) {
    case Note::Rationale: score.rationale = value; break;
    case Note::Evidence: score.evidence = value; break;
    case Note::Confidence:
        if (const auto c = confidenceFromString(value))
            score.confidence = *c;
        else
            return makeError(
                ErrorCode::InputRejected,
                tr("%1: the confidence '%2' is not low, medium or high.").arg(criterionId, value));
        break;
    }
    return {};
}

Status ScoreEntry::clear(Assessment &assessment, const Rubric &rubric, const QString &criterionId)
{
    if (Status s = checkCriterion(rubric, criterionId); !s)
        return s;
    if (const int i = indexOf(assessment, criterionId); i >= 0)
        assessment.scores.removeAt(i);
    return {};
}

} // namespace casebook
