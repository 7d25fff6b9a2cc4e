#pragma once

#include "merge/ImportPlan.h"
#include "merge/IncomingRecords.h"
#include "storage/ServerRepository.h"
#include "storage/SyncStateRepository.h"
#include "support/Result.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>

namespace casebook {

class Database;
class PgConnection;

/// The pull half of a sync: the server's changes since this repository's cursor, planned and
/// applied by ImportPlanner exactly as a bundle would be, then the sync bookkeeping (the server
/// state of each record and the cursor) written in the same local transaction.
class SyncPull
{
    Q_DECLARE_TR_FUNCTIONS(SyncPull)
public:
    /// What was read and how the planner answered it.
    struct Prepared
    {
        SyncCursor cursor;
        ServerChanges changes;
        IncomingRecords incoming;
        ImportPlan plan;
    };

    SyncPull(Database &db, PgConnection &pg, const SyncOptions &options);
    /// Reads the changes after the cursor of `serverId` in one read-only snapshot, and plans them.
    Result<Prepared> prepare(const QString &serverId);
    /// Applies the plan with the options' resolutions, the bases and the advanced cursor in one
    /// local transaction (after a backup only when it deletes use cases here).
    Result<ImportResult> apply(const Prepared &prepared);

private:
    /// Whether applying `prepared` deletes use cases here (deletions made there, taken).
    bool deletesHere(const Prepared &prepared) const;
    /// Drops from `changes` the use cases and assessments that are as this repository last saw
    /// them (its own push, coming back through the change sequence): received
    /// again, their older tags would be merged back into the local ones as a union, undoing a tag
    /// removed or renamed here since.
    Status dropKnown(const QString &serverId, ServerChanges *changes) const;
    /// Whether `r` is what this repository last saw of it: its base's revision, content and tags.
    static bool seen(const SyncBase &base, const ServerRecord &r, bool useCase);
    Status writeBases(const Prepared &prepared);
    bool interrupted(SyncStep step) const;

    Database &m_db;
    PgConnection &m_pg;
    const SyncOptions &m_options;
};

} // namespace casebook
