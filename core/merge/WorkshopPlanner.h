#pragma once

#include "merge/ImportAction.h"
#include "merge/ImportPlan.h"
#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace casebook {

class Database;

/// The import of workshops and their rounds' scores (ImportPlanner's plan and actions steps for
/// RecordKind::Workshop and RecordKind::RoundSheet; docs/bundle-format.md, "Workshops"):
/// - A workshop is matched by UUID. Same content: Identical; otherwise the higher revision wins
///   (ChangedThere / ChangedHere) and equal revisions with different content conflict. A new
///   workshop whose name is taken here is renamed "name (2)".
/// - A round sheet (one assessor's scores in one round) is matched by UUID, else by (workshop,
///   round, assessor identity), so sheets of different rounds or assessors never meet: two
///   assessors' sheets of the same round are both new records. Between two copies of the same
///   sheet the higher revision wins, as for assessments, except that a copy from elsewhere never
///   replaces the member's own sheet unasked (a conflict); equal revisions with different scores
///   conflict. Conflicts follow the resolutions (TakeTheirs, policy); KeepBoth keeps the local copy.
class WorkshopPlanner
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopPlanner)
public:
    /// Appends one RecordPlan per incoming workshop and sheet. Reads only.
    static Status plan(Database &db, const IncomingRecords &incoming, ImportPlan &plan);
    /// The writes for one planned workshop or sheet under `resolutions`, counted in `result`.
    static Result<QList<ImportAction>> actions(Database &db, const RecordPlan &record,
                                               const IncomingRecords &incoming,
                                               const Resolutions &resolutions, const QDateTime &now,
                                               ImportResult &result);
};

} // namespace casebook
