#include "sync/SyncPush.h"

#include "merge/RecordCollector.h"
#include "merge/UseCaseContent.h"
#include "model/AssessmentJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/PgConnection.h"
#include "storage/RubricRepository.h"
#include "storage/SyncStateRepository.h"
#include "support/Clock.h"
#include "sync/ServerRecordCodec.h"

#include <QSet>

namespace casebook {

namespace {

const QString kUseCase = QStringLiteral("use_case");
const QString kAssessment = QStringLiteral("assessment");
const QString kRubric = QStringLiteral("rubric");
const QString kTombstone = QStringLiteral("tombstone");

/// The uuids of `candidates` that are not in `pending`.
QStringList notIn(const QStringList &candidates, const QStringList &pending)
{
    const QSet<QString> found(pending.cbegin(), pending.cend());
    QStringList out;
    for (const QString &uuid : candidates) {
        if (!found.contains(uuid))
            out.append(uuid);
    }
    return out;
}

} // namespace

SyncPush::SyncPush(Database &db, PgConnection &pg, const SyncOptions &options)
    : m_db(db)
    , m_pg(pg)
    , m_options(options)
{ }

bool SyncPush::interrupted(SyncStep step) const
{
    return m_options.stopsAt(step);
}

Result<PendingChanges> SyncPush::pending(Database &db, const QString &serverId)
{
    auto examined = examine(db, serverId);
    if (!examined)
        return examined.error();
    return examined->pending;
}

Status SyncPush::settle(Database &db, const QString &serverId)
{
    // Examined inside the transaction that removes the rows: a record written meanwhile by another
    // connection (the window, while a sync runs on its own) has its row kept by its trigger.
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto examined = examine(db, serverId);
    if (!examined)
        return examined.error();
    if (Status s = SyncStateRepository(db).settle(serverId, examined->settled); !s)
        return s;
    return tx.commit();
}

Result<SyncPush::Examined> SyncPush::examine(Database &db, const QString &serverId)
{
    SyncStateRepository state(db);
    auto candidates = state.candidates(serverId);
    if (!candidates)
        return candidates.error();
    Examined out;
    if (Status s = examineUseCases(state, serverId, candidates->useCases, &out); !s)
        return s.error();
    if (Status s = examineAssessments(db, serverId, candidates->assessments, &out); !s)
        return s.error();
    auto rubricBases = state.bases(serverId, kRubric);
    auto rubrics = RubricRepository(db).list();
    if (!rubricBases || !rubrics)
        return rubricBases ? rubrics.error() : rubricBases.error();
    for (const Rubric &r : std::as_const(*rubrics)) {
        if (!rubricBases->contains(r.uuid))
            out.pending.rubrics.append(r.uuid);
    }
    auto tombstoneBases = state.bases(serverId, kTombstone);
    if (!tombstoneBases)
        return tombstoneBases.error();
    for (const QString &kind : {kUseCase, kAssessment}) {
        auto list = HistoryRepository(db).tombstones(kind);
        if (!list)
            return list.error();
        for (const Tombstone &t : std::as_const(*list)) {
            if (!tombstoneBases->contains(t.uuid))
                out.pending.tombstones.append(t.uuid);
        }
    }
    return out;
}

Status SyncPush::examineUseCases(SyncStateRepository &state, const QString &serverId,
                                 const QStringList &candidates, Examined *out)
{
    auto bases = state.bases(serverId, kUseCase, candidates);
    auto local = state.useCaseStates(candidates);
    if (!bases || !local)
        return bases ? local.error() : bases.error();
    for (const LocalUseCaseState &l : std::as_const(*local)) {
        const auto base = bases->constFind(l.uuid);
        if (base == bases->constEnd() || base->contentHash != l.contentHash || base->tags != l.tags)
            out->pending.useCases.append(l.uuid);
    }
    out->settled.useCases = notIn(candidates, out->pending.useCases);
    return {};
}

Status SyncPush::examineAssessments(Database &db, const QString &serverId, const QStringList &candidates,
                                    Examined *out)
{
    auto bases = SyncStateRepository(db).bases(serverId, kAssessment, candidates);
    auto assessments = AssessmentRepository(db).byUuids(candidates);
    if (!bases || !assessments)
        return bases ? assessments.error() : bases.error();
    for (const Assessment &a : std::as_const(*assessments)) {
        const auto base = bases->constFind(a.uuid);
        if (base == bases->constEnd() || base->contentHash != AssessmentJson::contentHash(a))
            out->pending.assessments.append(a.uuid);
    }
    out->settled.assessments = notIn(candidates, out->pending.assessments);
    return {};
}

Result<PendingChanges> SyncPush::sendable(Database &db, const QString &serverId, const ServerMember &member,
                                          QStringList *notes)
{
    auto all = pending(db, serverId);
    if (!all)
        return all.error();
    PendingChanges out;
    if (!member.mayAssess()) {
        if (all->count() > 0)
            notes->append(
                tr("%n local change(s) stay here: a reader of the team repository sends no changes.", nullptr,
                   all->count()));
        return out;
    }
    if (member.mayEditUseCases()) {
        out.useCases = all->useCases;
        out.tombstones = all->tombstones;
    } else if (!all->useCases.isEmpty()) {
        notes->append(tr("%n use case(s) changed here stay here: only editors send use cases.", nullptr,
                         int(all->useCases.size())));
    }
    out.rubrics = all->rubrics;
    auto assessments = AssessmentRepository(db).byUuids(all->assessments);
    if (!assessments)
        return assessments.error();
    QStringList assessed;
    for (const Assessment &a : std::as_const(*assessments))
        assessed.append(a.useCaseUuid);
    auto onServer = SyncStateRepository(db).bases(serverId, kUseCase, assessed);
    if (!onServer)
        return onServer.error();
    const QSet<QString> sending(out.useCases.cbegin(), out.useCases.cend());
    int notOwn = 0;
    int notShared = 0;
    for (const Assessment &a : std::as_const(*assessments)) {
        if (member.kind != QLatin1String("owner") && AssessmentJson::assessorIdOf(a) != member.assessorId)
            ++notOwn;
        else if (!sending.contains(a.useCaseUuid) && onServer->value(a.useCaseUuid).serverRevision <= 0)
            ++notShared;
        else
            out.assessments.append(a.uuid);
    }
    if (notOwn > 0)
        notes->append(tr("%n assessment(s) by other assessors stay here: each assessor sends their own.",
                         nullptr, notOwn));
    if (notShared > 0)
        notes->append(tr("%n assessment(s) of use cases the team repository does not have stay here.",
                         nullptr, notShared));
    return out;
}

Result<SyncPush::Outcome> SyncPush::push(const QString &serverId, const PendingChanges &changes)
{
    Outcome outcome;
    m_newBases.clear();
    auto written = writeServer(serverId, changes, &outcome);
    if (!written)
        return written.error();
    if (!*written) {
        outcome.conflict = true;
        return outcome;
    }
    if (interrupted(SyncStep::ServerCommitted))
        return makeError(ErrorCode::Cancelled, tr("The sync was interrupted after writing on the server."));
    outcome.sent = changes;
    for (const QString &uuid : std::as_const(outcome.hidden)) {
        outcome.sent.useCases.removeAll(uuid);
        outcome.sent.assessments.removeAll(uuid);
    }
    if (Status s = writeBases(serverId, outcome.sent); !s)
        return s.error();
    return outcome;
}

Result<bool> SyncPush::writeServer(const QString &serverId, const PendingChanges &changes, Outcome *outcome)
{
    RecordCollector::Options collect;
    collect.assessments = false;
    auto records = RecordCollector::collect(m_db, changes.useCases, collect);
    if (!records)
        return records.error();
    SyncStateRepository state(m_db);
    auto useCaseBases = state.bases(serverId, kUseCase, changes.useCases + changes.tombstones);
    auto assessmentBases = state.bases(serverId, kAssessment, changes.assessments + changes.tombstones);
    if (!useCaseBases || !assessmentBases)
        return useCaseBases ? assessmentBases.error() : useCaseBases.error();
    ServerRepository server(m_pg);
    // Read committed whatever the server's default: lastSeq() must see what others committed while
    // this push waited for the numbering lock, not a snapshot taken before it.
    PgTransaction tx(m_pg, QStringLiteral("ISOLATION LEVEL READ COMMITTED"));
    if (!tx.status())
        return tx.status().error();
    if (Status s = server.lockChangeSequence(); !s)
        return s.error();
    auto before = server.lastSeq();
    if (!before)
        return before.error();
    m_seqBefore = *before;
    auto present = server.attachmentsPresent(records->attachments.keys());
    if (!present)
        return present.error();
    for (auto it = records->attachments.constBegin(); it != records->attachments.constEnd(); ++it) {
        if (present->contains(it.key()))
            continue;
        if (Status s = server.putAttachment(it.key(), it.value()); !s)
            return s.error();
        ++outcome->attachmentsSent;
    }
    for (const QString &uuid : changes.rubrics) {
        auto rubric = RubricRepository(m_db).getVersion(uuid);
        if (!rubric)
            return rubric.error();
        if (Status s = server.putRubric(uuid, ServerRecordCodec::fromRubric(*rubric).document); !s)
            return s.error();
    }
    for (const IncomingUseCase &u : std::as_const(records->useCases)) {
        auto revision = server.putUseCase(ServerRecordCodec::fromUseCase(u),
                                          useCaseBases->value(u.useCase.uuid).serverRevision);
        if (!revision)
            return revision.error();
        if (!revision->has_value()) {
            // A record the server holds but does not show this member (restricted, not shared with
            // them; received by bundle) stays here; any other refusal is a change made meanwhile.
            auto visible = server.useCaseVisible(u.useCase.uuid);
            if (!visible)
                return visible.error();
            if (*visible)
                return false;
            outcome->hidden.append(u.useCase.uuid);
            continue;
        }
        m_newBases.insert(
            kUseCase + u.useCase.uuid,
            {**revision, UseCaseContent::hash(u.useCase), SyncStateRepository::tagText(u.useCase.tags)});
    }
    for (const QString &uuid : changes.assessments) {
        auto a = AssessmentRepository(m_db).get(uuid);
        if (!a)
            return a.error();
        if (outcome->hidden.contains(a->useCaseUuid)) {
            outcome->hidden.append(uuid);
            continue;
        }
        auto revision = server.putAssessment(ServerRecordCodec::fromAssessment(*a),
                                             assessmentBases->value(uuid).serverRevision);
        if (!revision)
            return revision.error();
        if (!revision->has_value())
            return false;
        m_newBases.insert(kAssessment + uuid, {**revision, AssessmentJson::contentHash(*a), {}});
    }
    for (const QString &uuid : changes.tombstones) {
        auto t = HistoryRepository(m_db).tombstone(uuid);
        if (!t)
            return t.error();
        if (!t->has_value())
            continue;
        const ServerTombstone tomb{uuid, (*t)->kind, toIsoUtc((*t)->deletedAt), (*t)->deletedBy, 0};
        const auto &bases = (*t)->kind == kAssessment ? *assessmentBases : *useCaseBases;
        auto deleted = server.deleteRecord(tomb, bases.value(uuid).serverRevision);
        if (!deleted)
            return deleted.error();
        if (!*deleted)
            return false;
    }
    auto after = server.lastSeq();
    if (!after)
        return after.error();
    m_seqAfter = *after;
    if (interrupted(SyncStep::ServerWritten))
        return makeError(ErrorCode::Cancelled, tr("The sync was interrupted while writing on the server."));
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Status SyncPush::writeBases(const QString &serverId, const PendingChanges &changes)
{
    SyncStateRepository state(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const QString &uuid : changes.useCases) {
        if (Status s = state.setBase(serverId, kUseCase, uuid, m_newBases.value(kUseCase + uuid)); !s)
            return s;
    }
    for (const QString &uuid : changes.assessments) {
        if (Status s = state.setBase(serverId, kAssessment, uuid, m_newBases.value(kAssessment + uuid)); !s)
            return s;
    }
    for (const QString &uuid : changes.rubrics) {
        if (Status s = state.setBase(serverId, kRubric, uuid, {1, {}, {}}); !s)
            return s;
    }
    for (const QString &uuid : changes.tombstones) {
        if (Status s = state.setBase(serverId, kTombstone, uuid, {1, {}, {}}); !s)
            return s;
    }
    if (Status s = passOwnPush(state, serverId); !s)
        return s;
    return tx.commit();
}

Status SyncPush::passOwnPush(SyncStateRepository &state, const QString &serverId)
{
    // The push follows a pull that read up to the position. When the server had no change after
    // it once the push held the numbering lock, every change up to the push's last is the push's
    // own, which the bases above already hold: the next pull starts after them instead of reading
    // them back (the whole repository, after a first sync). Otherwise another member's change lies
    // between, and the next pull reads from the position as before.
    auto cursor = state.cursor(serverId);
    if (!cursor)
        return cursor.error();
    if (cursor->lastSeq < m_seqBefore || m_seqAfter <= cursor->lastSeq)
        return {};
    SyncCursor moved = *cursor;
    moved.lastSeq = m_seqAfter;
    return state.advance(moved);
}

} // namespace casebook
