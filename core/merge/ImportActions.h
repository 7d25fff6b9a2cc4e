#pragma once

#include "merge/ImportAction.h"
#include "merge/ImportPlan.h"
#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>

namespace casebook {

class Database;

/// The actions step of an import (ImportPlanner::apply: plan -> actions -> backup -> write).
class ImportActions
{
public:
    /// Turns each record of a fresh `plan`, as `resolutions` answer it, into the writes it needs
    /// (ImportAction), and counts them in `result`. Reads only. `now` is the time of the import:
    /// new local revisions get it, and no incoming time is kept later than it.
    static Result<QList<ImportAction>> build(Database &db, const IncomingRecords &incoming,
                                             const ImportPlan &plan, const Resolutions &resolutions,
                                             const QDateTime &now, ImportResult &result);
};

} // namespace casebook
