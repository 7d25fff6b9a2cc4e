#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace casebook {

/// Entering scores into one assessor's assessment, the same way for the score sheet and
/// `casebook-cli assess`: answers are checked against the rubric (the criterion exists, a level lies
/// on its scale), and re-entering a score keeps the criterion's rationale, evidence and confidence.
/// Pure functions on values; AssessmentRepository::save() stores the result.
class ScoreEntry
{
    Q_DECLARE_TR_FUNCTIONS(ScoreEntry)
public:
    enum class Note { Rationale, Evidence, Confidence };

    /// The assessment an assessor edits: the stored one (`existing`, unless `replace`), or a new one
    /// for the use case, rubric version and assessor. `organization`, when given, replaces the stored one.
    static Assessment start(const std::optional<Assessment> &existing, const QString &useCaseUuid,
                            const QString &rubricUuid, const QString &assessor,
                            const std::optional<QString> &organization, bool replace = false);

    /// Whether `rubric` has the criterion (ErrorCode::InputRejected naming rubric and criterion if not).
    static Status checkCriterion(const Rubric &rubric, const QString &criterionId);
    /// checkCriterion(), and for a level, that it lies on the rubric's scale.
    static Status check(const Rubric &rubric, const QString &criterionId, ScoreState state, int level);

    /// Re-enters a score: the new state and level (0 unless a level), the notes kept.
    static void answer(CriterionScore &score, ScoreState state, int level);
    /// Enters a checked score for a criterion of `assessment`: changes its score if it has one (its
    /// notes kept), or adds one.
    static Status enter(Assessment &assessment, const Rubric &rubric, const QString &criterionId,
                        ScoreState state, int level = 0);
    /// Sets a note of a criterion that has a score; ErrorCode::Usage when it has none (a note needs a
    /// score), InputRejected for an unknown criterion or confidence.
    static Status setNote(Assessment &assessment, const Rubric &rubric, const QString &criterionId, Note note,
                          const QString &value);
    /// Removes a criterion's score and notes.
    static Status clear(Assessment &assessment, const Rubric &rubric, const QString &criterionId);

private:
    static int indexOf(const Assessment &assessment, const QString &criterionId);
};

} // namespace casebook
