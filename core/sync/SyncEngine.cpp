#include "sync/SyncEngine.h"

#include "storage/Database.h"
#include "storage/PgConnection.h"
#include "storage/ServerRepository.h"
#include "storage/ServerSchema.h"
#include "sync/SyncPull.h"
#include "sync/SyncPush.h"

namespace casebook {

namespace {

void add(ImportResult &sum, const ImportResult &r)
{
    sum.changed = sum.changed || r.changed;
    sum.added += r.added;
    sum.updated += r.updated;
    sum.merged += r.merged;
    sum.copies += r.copies;
    sum.deleted += r.deleted;
    sum.restored += r.restored;
    sum.tagsMerged += r.tagsMerged;
    sum.kept += r.kept;
    sum.skipped += r.skipped;
    sum.attachmentsAdded += r.attachmentsAdded;
    sum.unchanged += r.unchanged;
    sum.notes += r.notes;
}

/// `report`, once the records this sync left equal to their base are no longer candidates for the
/// next one (SyncPush::settle).
Result<SyncReport> settled(Database &db, const QString &serverId, const SyncReport &report)
{
    if (Status s = SyncPush::settle(db, serverId); !s)
        return s.error();
    return report;
}

} // namespace

Result<SyncReport> SyncEngine::sync(Database &db, PgConnection &pg, const SyncOptions &options)
{
    if (Status s = ServerSchema::check(pg); !s)
        return s.error();
    ServerRepository server(pg);
    auto serverId = server.serverId();
    auto me = serverId ? server.me() : Result<ServerMember>(serverId.error());
    if (!me)
        return me.error();
    SyncReport report;
    report.serverId = *serverId;
    report.address = options.address;
    report.member = me->roleName;
    report.memberKind = me->kind;
    report.dryRun = options.dryRun;
    SyncPull pull(db, pg, options);
    SyncPush push(db, pg, options);
    for (int round = 1; round <= options.maxRounds; ++round) {
        report.rounds = round;
        auto prepared = pull.prepare(*serverId);
        if (!prepared)
            return prepared.error();
        if (round == 1)
            report.fromSeq = prepared->changes.fromSeq;
        report.toSeq = prepared->changes.toSeq;
        report.plan = prepared->plan;
        if (!options.dryRun) {
            auto applied = pull.apply(*prepared);
            if (!applied)
                return applied.error();
            add(report.pulled, *applied);
        }
        report.notes.clear();
        auto pending = SyncPush::sendable(db, *serverId, *me, &report.notes);
        if (!pending)
            return pending.error();
        report.pending = *pending;
        if (options.dryRun)
            return report;
        if (pending->count() == 0)
            return settled(db, *serverId, report);
        auto pushed = push.push(*serverId, *pending);
        if (!pushed)
            return pushed.error();
        if (!pushed->conflict) {
            report.attachmentsSent = pushed->attachmentsSent;
            report.pending = pushed->sent;
            if (!pushed->hidden.isEmpty())
                report.notes.append(tr("%n record(s) stay here: the team repository holds them restricted to "
                                       "other members.",
                                       nullptr, int(pushed->hidden.size())));
            return settled(db, *serverId, report);
        }
    }
    return makeError(
        ErrorCode::Storage,
        tr("The team repository kept changing the same records during the sync; nothing of the last "
           "push was written. Sync again."));
}

Result<SyncStatus> SyncEngine::status(Database &db)
{
    SyncStatus status;
    auto last = SyncStateRepository(db).lastUsed();
    if (!last)
        return last.error();
    status.lastServer = *last;
    if (last->serverId.isEmpty())
        return status;
    auto pending = SyncPush::pending(db, last->serverId);
    if (!pending)
        return pending.error();
    status.pendingChanges = pending->count();
    return status;
}

} // namespace casebook
