#pragma once

#include "model/Workshop.h"
#include "scoring/Statistics.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace casebook {

class Database;

/// One assessor's answer as the room sees it after the reveal: a letter instead of the assessor.
struct AnonymousScore
{
    QString label; ///< "A", "B", ...
    ScoreState state = ScoreState::Level;
    int level = 0;
    QString reason;
};

/// Every assessor's answer for one criterion of one use case in one round.
struct CriterionDistribution
{
    QString useCaseUuid;
    QString criterionId;
    QList<AnonymousScore> scores; ///< by label
    std::optional<Summary> levels; ///< of the levels (N/A and unknown left out); none without one
};

/// The anonymised distribution of a round's scores: one cell per use case (workshop order) and
/// criterion (rubric order) that somebody scored.
struct RoundDistributionResult
{
    int round = 0;
    QStringList labels; ///< the labels of the assessors who scored this round
    QList<CriterionDistribution> cells;
    QJsonObject toJson() const;
};

/// Who sees what of a round (docs/workshops.md, "Rounds"): while a round is open, nobody's scores
/// but one's own (RoundSheetRepository::find with one's identity); once it is revealed or closed,
/// everybody's, anonymised. Assessors get letters A, B, C, ... (then AA, AB, ...) in the order of
/// their identities (UUIDs) among everybody who scored in any round of the workshop, so a letter
/// stands for the same assessor in every round and on every machine.
class RoundDistribution
{
    Q_DECLARE_TR_FUNCTIONS(RoundDistribution)
public:
    /// The distribution of round `round` (0: the last round). Refused (ErrorCode::Usage) while the
    /// round is open: its scores are hidden until the facilitator reveals them.
    static Result<RoundDistributionResult> of(Database &db, const QString &workshop, int round = 0);

    /// The same from records already read (every sheet of the workshop); no visibility check.
    static RoundDistributionResult build(const Workshop &workshop, const QStringList &criterionIds,
                                         const QList<RoundSheet> &sheets, int round);
    /// Assessor identities of `sheets`, each once, in label order.
    static QStringList assessorOrder(const QList<RoundSheet> &sheets);
    /// "A" for 0, ..., "Z" for 25, "AA" for 26, ...
    static QString label(int index);
    /// Refusal for a round whose scores are hidden; empty when `round` may be shown.
    static std::optional<Error> hidden(const Workshop &workshop, int round);
};

} // namespace casebook
