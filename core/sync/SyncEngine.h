#pragma once

#include "storage/SyncStateRepository.h"
#include "support/Result.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>

namespace casebook {

class Database;
class PgConnection;

/// What the window's status bar shows of sync.
struct SyncStatus
{
    SyncCursor lastServer; ///< empty serverId: never synced
    int pendingChanges = 0;
};

/// Sync of a local repository with a team repository (docs/team-repository.md): pull the server's
/// changes since the last sync through ImportPlanner (the same three-way merge as bundles), then
/// push the local changes with an optimistic revision check. A push refused because the server
/// changed meanwhile pulls again (up to SyncOptions::maxRounds). Each side is written in one
/// transaction per step, the cursor with the data it covers, so an interrupted sync leaves both
/// sides as before or after each step and the next sync completes it.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    static Result<SyncReport> sync(Database &db, PgConnection &pg, const SyncOptions &options);
    /// The last server synced with and the number of pending local changes (no connection needed).
    static Result<SyncStatus> status(Database &db);
};

} // namespace casebook
