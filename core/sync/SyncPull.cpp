#include "sync/SyncPull.h"

#include "merge/ImportPlanner.h"
#include "merge/UseCaseContent.h"
#include "model/AssessmentJson.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/PgConnection.h"
#include "support/Sha256.h"
#include "sync/ServerRecordCodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casebook {

SyncPull::SyncPull(Database &db, PgConnection &pg, const SyncOptions &options)
    : m_db(db)
    , m_pg(pg)
    , m_options(options)
{ }

bool SyncPull::interrupted(SyncStep step) const
{
    return m_options.stopsAt(step);
}

Result<SyncPull::Prepared> SyncPull::prepare(const QString &serverId)
{
    Prepared p;
    auto cursor = SyncStateRepository(m_db).cursor(serverId);
    if (!cursor)
        return cursor.error();
    p.cursor = *cursor;
    QHash<QString, QByteArray> bytes;
    {
        PgTransaction read(m_pg, QStringLiteral("ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        if (!read.status())
            return read.status().error();
        auto changes = ServerRepository(m_pg).changesSince(p.cursor.lastSeq);
        if (!changes)
            return changes.error();
        p.changes = *changes;
        if (Status s = dropKnown(serverId, &p.changes); !s)
            return s.error();
        QStringList missing;
        AttachmentStore store(m_db);
        for (const ServerRecord &r : std::as_const(p.changes.useCases)) {
            const QJsonArray list =
                QJsonDocument::fromJson(r.document).object().value(QStringLiteral("attachments")).toArray();
            for (const QJsonValue &a : list) {
                const QString h = a.toObject().value(QStringLiteral("sha256")).toString();
                if (!h.isEmpty() && !missing.contains(h) && !store.contains(h))
                    missing.append(h);
            }
        }
        auto fetched = ServerRepository(m_pg).attachments(missing);
        if (!fetched)
            return fetched.error();
        bytes = *fetched;
        if (auto s = read.commit(); !s)
            return s.error();
    }
    if (interrupted(SyncStep::PulledFromServer))
        return makeError(ErrorCode::Cancelled, tr("The sync was interrupted after reading the server."));
    auto incoming = ServerRecordCodec::toIncoming(p.changes, bytes);
    if (!incoming)
        return incoming.error();
    p.incoming = *incoming;
    p.incoming.sourceName = tr("team repository %1").arg(m_options.address);
    p.incoming.sourceSha256 = sha256Hex(
        QStringLiteral("%1:%2-%3").arg(serverId).arg(p.changes.fromSeq).arg(p.changes.toSeq).toUtf8());
    p.incoming.createdAt = m_db.clock().nowUtc();
    auto plan = ImportPlanner::plan(m_db, p.incoming);
    if (!plan)
        return plan.error();
    p.plan = *plan;
    return p;
}

Result<ImportResult> SyncPull::apply(const Prepared &p)
{
    // The transaction leaves the file as it was if anything fails, and the versions a sync replaces
    // are kept in their records' history, as with any import. Only a sync that deletes use cases
    // here (the member chose to take those deletions) copies the repository first: their tags are
    // in no history. Other syncs do not, so their cost per record does not grow with the
    // repository (issue 13: at 100,000 use cases the copy cost more than the sync).
    if (deletesHere(p)) {
        if (auto backup = m_db.snapshot(QStringLiteral("before-sync")); !backup)
            return backup.error();
    }
    ImportResult result;
    // The import inside (ImportPlanner::apply) is a Join savepoint of this one: its records join it
    // rather than each being a savepoint that makes the full-text index flush a segment (issue 13).
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (!p.changes.isEmpty()) {
        ImportPlanner::ApplyOptions options;
        options.keepUndo = false; // a sync is not taken back whole: its cursor and bases would have to be
        options.progress = m_options.progress;
        auto applied = ImportPlanner::apply(m_db, p.incoming, m_options.resolutions, options);
        if (!applied)
            return applied.error();
        result = *applied;
    }
    SyncCursor cursor = p.cursor;
    cursor.address = m_options.address;
    cursor.lastSeq = p.changes.toSeq;
    cursor.lastSyncAt = m_db.clock().nowUtc();
    if (Status s = SyncStateRepository(m_db).advance(cursor); !s)
        return s.error();
    if (Status s = writeBases(p); !s)
        return s.error();
    if (interrupted(SyncStep::LocalApplied))
        return makeError(ErrorCode::Cancelled, tr("The sync was interrupted while writing locally."));
    if (Status s = tx.commit(); !s)
        return s.error();
    if (interrupted(SyncStep::LocalCommitted))
        return makeError(ErrorCode::Cancelled, tr("The sync was interrupted after writing locally."));
    return result;
}

Status SyncPull::dropKnown(const QString &serverId, ServerChanges *changes) const
{
    SyncStateRepository state(m_db);
    for (const auto &[kind, records] : {std::pair(QStringLiteral("use_case"), &changes->useCases),
                                        std::pair(QStringLiteral("assessment"), &changes->assessments)}) {
        QStringList uuids;
        for (const ServerRecord &r : std::as_const(*records))
            uuids.append(r.uuid);
        auto bases = state.bases(serverId, kind, uuids);
        if (!bases)
            return bases.error();
        const bool useCases = records == &changes->useCases;
        records->erase(
            std::remove_if(records->begin(), records->end(),
                           [&](const ServerRecord &r) { return seen(bases->value(r.uuid), r, useCases); }),
            records->end());
    }
    return {};
}

bool SyncPull::seen(const SyncBase &base, const ServerRecord &r, bool useCase)
{
    // The revision alone is not enough: a record deleted there and sent again starts at 1 again.
    if (base.serverRevision != r.revision || base.contentHash != r.contentHash)
        return false;
    if (!useCase)
        return true;
    QStringList tags;
    const QJsonArray list =
        QJsonDocument::fromJson(r.document).object().value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &t : list)
        tags.append(t.toString());
    return base.tags == SyncStateRepository::tagText(tags);
}

bool SyncPull::deletesHere(const Prepared &p) const
{
    for (const RecordPlan &r : p.plan.records) {
        if (r.kind == RecordKind::UseCase && r.status == RecordStatus::DeletedThere
            && ImportPlanner::takesTheirs(r, m_options.resolutions))
            return true;
    }
    return false;
}

Status SyncPull::writeBases(const Prepared &p)
{
    SyncStateRepository state(m_db);
    const QString &server = p.cursor.serverId;
    for (int i = 0; i < p.changes.useCases.size(); ++i) {
        const UseCase &u = p.incoming.useCases.at(i).useCase;
        const SyncBase base{p.changes.useCases.at(i).revision, UseCaseContent::hash(u),
                            SyncStateRepository::tagText(u.tags)};
        if (Status s = state.setBase(server, QStringLiteral("use_case"), u.uuid, base); !s)
            return s;
    }
    for (int i = 0; i < p.changes.assessments.size(); ++i) {
        const Assessment &a = p.incoming.assessments.at(i);
        const SyncBase base{p.changes.assessments.at(i).revision, AssessmentJson::contentHash(a), {}};
        if (Status s = state.setBase(server, QStringLiteral("assessment"), a.uuid, base); !s)
            return s;
    }
    for (const Rubric &r : p.incoming.rubrics) {
        if (Status s = state.setBase(server, QStringLiteral("rubric"), r.uuid, {1, {}, {}}); !s)
            return s;
    }
    if (p.incoming.tombstones.isEmpty())
        return {};
    // A record deleted there and kept here (the policy keeps it) is not sent back unless edited
    // here later: its base is the local content as it is now.
    QStringList deleted;
    for (const IncomingTombstone &t : p.incoming.tombstones)
        deleted.append(t.uuid);
    auto local = state.useCaseStates(deleted);
    if (!local)
        return local.error();
    QHash<QString, LocalUseCaseState> byUuid;
    for (const LocalUseCaseState &l : std::as_const(*local))
        byUuid.insert(l.uuid, l);
    for (const IncomingTombstone &t : p.incoming.tombstones) {
        const LocalUseCaseState kept = byUuid.value(t.uuid);
        if (Status s = state.setBase(server, t.kind, t.uuid, {0, kept.contentHash, kept.tags}); !s)
            return s;
        if (Status s = state.setBase(server, QStringLiteral("tombstone"), t.uuid, {1, {}, {}}); !s)
            return s;
    }
    return {};
}

} // namespace casebook
