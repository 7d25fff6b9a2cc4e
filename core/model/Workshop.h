#pragma once

#include "model/Rubric.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace casebook {

/// A named set of what-if weights: weight by dimension id ("A") or criterion id ("A1").
struct NamedWeightSet
{
    QString name;
    QMap<QString, double> weights;
    bool operator==(const NamedWeightSet &o) const { return name == o.name && weights == o.weights; }
};

/// Where a round of a workshop stands (docs/workshops.md, "Rounds").
enum class RoundState {
    Open, ///< assessors score; each sees only their own scores
    Revealed, ///< the anonymised distribution is shown; scores may no longer change
    Closed, ///< finished; kept for the record
};

/// One Delphi round of a workshop. Its scores are RoundSheet records, one per assessor.
struct WorkshopRound
{
    int number = 1; ///< 1, 2, ...
    RoundState state = RoundState::Open;
    QDateTime openedAt;
    QDateTime revealedAt; ///< invalid until revealed
    QDateTime closedAt; ///< invalid until closed
    bool operator==(const WorkshopRound &o) const
    {
        return number == o.number && state == o.state && openedAt == o.openedAt && revealedAt == o.revealedAt
            && closedAt == o.closedAt;
    }
};

/// A comparison workshop (issue 11): 2 to 12 use cases side by side against one rubric version,
/// with named weight sets, the view the window shows and the Delphi rounds. Identity is the UUID;
/// the name is unique in a repository (the CLI's handle). Scores of the rounds are not part of
/// this record (RoundSheet), so an assessor scoring never edits the workshop itself.
struct Workshop
{
    static constexpr int kMinUseCases = 2;
    static constexpr int kMaxUseCases = 12;
    static constexpr int kMaxRounds = 50;
    static constexpr int kMaxWeightSets = 100;

    qint64 id = 0; ///< local row id
    QString uuid;
    QString name;
    QString description;
    QStringList useCaseUuids; ///< ordered, 2 to 12, no duplicates
    QString rubricUuid; ///< the rubric version the workshop scores against
    int rubricVersion = 0; ///< that version's number, for display
    QList<NamedWeightSet> weightSets;
    QString view; ///< the window's current view key, e.g. "ranking"
    QList<WorkshopRound> rounds; ///< numbered 1..n in order
    QDateTime createdAt;
    QDateTime modifiedAt;
    QString modifiedBy;
    int revision = 0;

    /// The round numbered `number`, or nullptr.
    const WorkshopRound *round(int number) const;
    WorkshopRound *round(int number);
    /// The last round, or nullptr when none was opened.
    const WorkshopRound *currentRound() const;
};

/// One assessor's score of one criterion of one use case in a round. From round 2 on, `reason`
/// says why the level changed against the assessor's previous round (required then).
struct RoundScore
{
    QString useCaseUuid;
    QString criterionId;
    ScoreState state = ScoreState::Level; ///< Level, NotApplicable or Unknown
    int level = 0;
    QString reason;
    bool operator==(const RoundScore &o) const
    {
        return useCaseUuid == o.useCaseUuid && criterionId == o.criterionId && state == o.state
            && (state != ScoreState::Level || level == o.level) && reason == o.reason;
    }
    /// Same answer (state and level), whatever the reason.
    bool sameAnswer(const RoundScore &o) const
    {
        return state == o.state && (state != ScoreState::Level || level == o.level);
    }
};

/// One assessor's scores in one round of one workshop: the unit the merge keeps apart, keyed by
/// (workshop, round, assessor identity) and kept apart from the use cases' ordinary assessments.
struct RoundSheet
{
    static constexpr int kMaxScores = Workshop::kMaxUseCases * 1000;

    qint64 id = 0;
    QString uuid;
    QString workshopUuid;
    int round = 1;
    QString assessorId; ///< AssessorIdentity
    QString assessorName; ///< display label
    QList<RoundScore> scores;
    QDateTime createdAt;
    QDateTime modifiedAt;
    int revision = 0;

    const RoundScore *score(const QString &useCaseUuid, const QString &criterionId) const;
};

/// Stable names of round states used in JSON: open, revealed, closed.
QString roundStateName(RoundState state);
/// The state named `name`; false when it is none of them.
bool roundStateFrom(const QString &name, RoundState *state);

} // namespace casebook
