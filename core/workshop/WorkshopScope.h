#pragma once

#include "model/Rubric.h"
#include "model/Workshop.h"
#include "support/Result.h"
#include "workshop/RoundAgreement.h"

#include <QCoreApplication>
#include <QStringList>

namespace casebook {

class Database;

/// What a workshop names, read from the repository: its use cases in the workshop's order and
/// its rubric version.
struct ResolvedWorkshop
{
    Workshop workshop;
    QStringList useCaseUuids; ///< the workshop's use cases still here, in the workshop's order
    QStringList missing; ///< UUIDs of its use cases no longer here (deleted since)
    Rubric rubric;
};

/// Resolves `--workshop NAME` for the commands and windows that work on a workshop's use cases
/// (`compare --workshop`, `report --workshop`, the comparison window), and reads what a view of
/// the workshop shows about its rounds.
class WorkshopScope
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopScope)
public:
    /// The workshop named `nameOrUuid` with its ordered use cases and its rubric version. NotFound
    /// when there is no such workshop or its rubric version is not here.
    static Result<ResolvedWorkshop> resolve(Database &db, const QString &nameOrUuid);
    /// Spread and alpha per criterion of every round whose scores may be shown (revealed or
    /// closed), in round order; an open round's scores stay hidden.
    static Result<QList<RoundAgreementResult>> revealedAgreement(Database &db,
                                                                 const ResolvedWorkshop &workshop);
};

} // namespace casebook
