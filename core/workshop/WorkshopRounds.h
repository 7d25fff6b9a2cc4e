#pragma once

#include "model/Workshop.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// The rules of a workshop's Delphi rounds (docs/workshops.md, "Rounds"), applied to the stored
/// workshop and its round sheets:
/// - openRound(): round 1, or the next round once the last one is revealed (which closes it). The
///   new round starts empty: nothing is copied from the previous round; each assessor scores again.
/// - reveal(): the last round, when open, becomes revealed: its distribution can be shown
///   (RoundDistribution) and its scores no longer change.
/// - close(): the last round, open or revealed, becomes closed.
/// - score(): an assessor's scores in the open round. From round 2 on, a score whose answer differs
///   from the same assessor's answer for that criterion and use case in the previous round needs a
///   reason; without one the whole call is refused and nothing is written.
/// Each call reads, checks and writes in one transaction.
class WorkshopRounds
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopRounds)
public:
    explicit WorkshopRounds(Database &db);

    Result<Workshop> openRound(const QString &workshop);
    Result<Workshop> reveal(const QString &workshop);
    Result<Workshop> close(const QString &workshop);

    /// Records `scores` as `assessorId`'s (signed `assessorName`) in the workshop's open round:
    /// each replaces the assessor's earlier score of the same use case and criterion in that
    /// round; the assessor's other scores stay. Returns the assessor's whole sheet.
    Result<RoundSheet> score(const QString &workshop, const QString &assessorId, const QString &assessorName,
                             const QList<RoundScore> &scores);

    /// The scores of `scores` that change the assessor's answer of `previous` without a reason
    /// (empty when `previous` is null: round 1 or a first score).
    static QList<RoundScore> changesWithoutReason(const RoundSheet *previous,
                                                  const QList<RoundScore> &scores);

private:
    Result<Workshop> changeState(const QString &workshop, RoundState from, RoundState to);
    Database &m_db;
};

} // namespace casebook
