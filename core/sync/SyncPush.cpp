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
    PendingChanges out;
    SyncStateRepository state(db);
    auto useCaseBases = state.bases(serverId, kUseCase);
    auto local = state.useCaseStates();
    if (!useCaseBases || !local)
        return useCaseBases ? local.error() : useCaseBases.error();
    for (const LocalUseCaseState &l : std::as_const(*local)) {
        const auto base = useCaseBases->constFind(l.uuid);
        if (base == useCaseBases->constEnd() || base->contentHash != l.contentHash || base->tags != l.tags)
            out.useCases.append(l.uuid);
    }
    auto assessmentBases = state.bases(serverId, kAssessment);
    auto assessments = AssessmentRepository(db).all();
    if (!assessmentBases || !assessments)
        return assessmentBases ? assessments.error() : assessmentBases.error();
    for (const Assessment &a : std::as_const(*assessments)) {
        const auto base = assessmentBases->constFind(a.uuid);
        if (base == assessmentBases->constEnd() || base->contentHash != AssessmentJson::contentHash(a))
            out.assessments.append(a.uuid);
    }
    auto rubricBases = state.bases(serverId, kRubric);
    auto rubrics = RubricRepository(db).list();
    if (!rubricBases || !rubrics)
        return rubricBases ? rubrics.error() : rubricBases.error();
    for (const Rubric &r : std::as_const(*rubrics)) {
        if (!rubricBases->contains(r.uuid))
            out.rubrics.append(r.uuid);
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
                out.tombstones.append(t.uuid);
        }
    }
    return out;
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
    auto onServer = SyncStateRepository(db).bases(serverId, kUseCase);
    if (!onServer)
        return onServer.error();
    const QSet<QString> sending(out.useCases.cbegin(), out.useCases.cend());
    int notOwn = 0;
    int notShared = 0;
    for (const QString &uuid : std::as_const(all->assessments)) {
        auto a = AssessmentRepository(db).get(uuid);
        if (!a)
            return a.error();
        if (member.kind != QLatin1String("owner") && AssessmentJson::assessorIdOf(*a) != member.assessorId)
            ++notOwn;
        else if (!sending.contains(a->useCaseUuid) && onServer->value(a->useCaseUuid).serverRevision <= 0)
            ++notShared;
        else
            out.assessments.append(uuid);
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
    auto useCaseBases = state.bases(serverId, kUseCase);
    auto assessmentBases = state.bases(serverId, kAssessment);
    if (!useCaseBases || !assessmentBases)
        return useCaseBases ? assessmentBases.error() : useCaseBases.error();
    ServerRepository server(m_pg);
    PgTransaction tx(m_pg);
    if (!tx.status())
        return tx.status().error();
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
    return tx.commit();
}

} // namespace casebook
