#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace casebook {

/// The JSON form of an assessment, used by bundles and the assessment history:
/// `{uuid, use_case_uuid, rubric_uuid, assessor_id, assessor_name, assessor_organization,
/// assessor_email, created_at, modified_at, revision, scores: [{criterion_id, state, level,
/// rationale, evidence, confidence}]}` with state `level`, `na` or `unknown` (an unscored criterion
/// has no entry). `assessor_id` may be missing (written before assessor identities): it is then
/// AssessorIdentity::fromName(assessor_name).
class AssessmentJson
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentJson)
public:
    static constexpr int kTextChars = 20000;
    static constexpr int kMaxScores = 1000;

    /// Every field with stable key order; scores sorted by criterion id; local row ids left out.
    static QJsonObject toJson(const Assessment &assessment);
    /// The same without bookkeeping (uuid, created_at, modified_at, revision): what two copies of
    /// one assessor's assessment are compared on.
    static QJsonObject contentJson(const Assessment &assessment);
    /// The assessor identity of an assessment: its assessorId, or without one the identity derived
    /// from its name (AssessorIdentity::fromName).
    static QString assessorIdOf(const Assessment &assessment);
    /// The JSON name of a score state: level, na, unknown ("unscored" for Unscored).
    static QString stateName(ScoreState state);
    /// The state named level, na or unknown; nullopt for anything else.
    static std::optional<ScoreState> stateFrom(const QString &name);
    /// Lowercase hex SHA-256 of contentJson() in compact form.
    static QString contentHash(const Assessment &assessment);
    /// Reads and validates an assessment: UUIDs, dates, states, levels, text limits. The error
    /// message names the field. Rubric-specific checks (criteria, scale) are left to the repository.
    static Result<Assessment> fromJson(const QJsonObject &object);
};

} // namespace casebook
