#include "merge/ImportActions.h"

#include "merge/ImportCodes.h"
#include "merge/ImportPlanner.h"
#include "merge/LocalHistory.h"
#include "merge/UseCaseContent.h"
#include "merge/WorkshopPlanner.h"
#include "model/AssessmentJson.h"
#include "model/Revision.h"
#include "model/UseCaseJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"
#include "support/Clock.h"

#include <algorithm>

namespace casebook {

namespace {

using Type = ImportAction::Type;

/// Builds the actions of one import (see ImportActions::build).
class ActionBuilder
{
public:
    ActionBuilder(Database &db, const IncomingRecords &in, const Resolutions &res, const QDateTime &now,
                  ImportResult &result)
        : m_db(db)
        , m_in(in)
        , m_res(res)
        , m_now(now)
        , m_result(result)
    { }

    Result<QList<ImportAction>> build(const ImportPlan &plan)
    {
        m_actions.reserve(plan.records.size()); // about one action per record; large ones are moved once
        for (const RecordPlan &p : plan.records) {
            if (Status s = add(p); !s)
                return s.error();
        }
        return m_actions;
    }

private:
    Status add(const RecordPlan &p)
    {
        switch (p.kind) {
        case RecordKind::Rubric:
            if (p.status == RecordStatus::New) {
                m_actions.append(ImportAction::insertRubric(m_in.rubrics[p.incomingIndex]));
                ++m_result.added;
            }
            return {};
        case RecordKind::Attachment:
            if (p.status == RecordStatus::New) {
                m_actions.append(ImportAction::putAttachment(p.uuid));
                ++m_result.attachmentsAdded;
            }
            return {};
        case RecordKind::UseCase:
            if (p.status == RecordStatus::DeletedThere)
                return addUseCaseDeletion(p);
            if (p.status == RecordStatus::New || p.status == RecordStatus::DeletedHere)
                return addUseCaseInsertion(p);
            return addUseCaseMerge(p);
        case RecordKind::Assessment: return addAssessment(p);
        case RecordKind::Workshop:
        case RecordKind::RoundSheet: {
            auto actions = WorkshopPlanner::actions(m_db, p, m_in, m_res, m_now, m_result);
            if (!actions)
                return actions.error();
            m_actions += *actions;
            return {};
        }
        }
        return {};
    }

    Status addUseCaseDeletion(const RecordPlan &p)
    {
        if (!ImportPlanner::takesTheirs(p, m_res)) {
            ++m_result.kept;
            return {};
        }
        auto local = UseCaseRepository(m_db).get(p.uuid);
        if (!local)
            return local.error();
        m_actions.append(ImportAction::onUseCase(Type::KeepUseCaseVersion, *local));
        auto scored = AssessmentRepository(m_db).forUseCase(p.uuid);
        if (!scored)
            return scored.error();
        for (const Assessment &a : *scored)
            m_actions.append(ImportAction::onAssessment(Type::KeepAssessmentVersion, a));
        m_actions.append(ImportAction::onUseCase(Type::DeleteUseCase, *local, QStringLiteral("deleted")));
        ++m_result.deleted;
        return {};
    }

    /// A new use case, or one deleted here that the member restores.
    Status addUseCaseInsertion(const RecordPlan &p)
    {
        const bool isNew = p.status == RecordStatus::New;
        if (!isNew && !ImportPlanner::takesTheirs(p, m_res)) {
            ++m_result.kept;
            return {};
        }
        const UseCase &theirs = m_in.useCases[p.incomingIndex].useCase;
        UseCase u = theirs;
        u.modifiedAt = notAfter(u.modifiedAt, m_now);
        auto yields = ImportCodes::yieldsAhead(m_db, u, m_in.codesAreShared);
        if (!yields)
            return yields.error();
        if (*yields)
            u.code.clear(); // ImportCodes gives it the next free code
        m_actions.append(ImportAction::onUseCase(
            Type::InsertUseCase, u, isNew ? QStringLiteral("added") : QStringLiteral("restored")));
        if (*yields)
            m_actions.append(ImportAction::onUseCase(Type::KeepUseCaseVersion, theirs));
        isNew ? ++m_result.added : ++m_result.restored;
        return {};
    }

    /// The incoming version of a use case here, as a whole record for its history.
    UseCase incomingVersion(const QJsonObject &theirs, const UseCase &theirsFull, const UseCase &local) const
    {
        auto t = UseCaseJson::fromJson(theirs);
        UseCase u = t ? *t : theirsFull;
        u.uuid = local.uuid;
        u.revision = theirsFull.revision > 0 ? theirsFull.revision : local.revision;
        u.modifiedAt = theirsFull.modifiedAt.isValid() ? notAfter(theirsFull.modifiedAt, m_now) : m_now;
        u.modifiedBy = theirsFull.modifiedBy;
        return u;
    }

    /// What the three-way comparison of a use case here needs, computed once.
    struct UseCaseSides
    {
        UseCase local;
        UseCase theirsFull;
        QJsonObject mine;
        QJsonObject theirs;
        QString hL;
        QString hR;
        bool theirsKnown = false; ///< the incoming content is here or in local history
    };

    Result<UseCaseSides> sidesOf(const RecordPlan &p) const
    {
        const IncomingUseCase &incoming = m_in.useCases[p.incomingIndex];
        auto local = UseCaseRepository(m_db).get(p.uuid);
        if (!local)
            return local.error();
        UseCaseSides s;
        s.local = *local;
        s.theirsFull = incoming.useCase;
        s.mine = UseCaseContent::fields(s.local);
        s.theirs = UseCaseContent::incomingFields(incoming, s.mine);
        s.hL = UseCaseContent::hashOfFields(s.mine);
        s.hR = UseCaseContent::hashOfFields(s.theirs);
        auto history = LocalHistory::ofUseCase(m_db, p.uuid);
        if (!history)
            return history.error();
        s.theirsKnown = s.hL == s.hR || history->knows(s.hR);
        return s;
    }

    /// Keep both: the local record stays, the incoming one is added as a copy marked `duplicates`.
    void addCopy(const UseCaseSides &s)
    {
        UseCase copy = incomingVersion(s.theirs, s.theirsFull, s.local);
        copy.tags = s.theirsFull.tags;
        copy.uuid.clear();
        copy.code.clear();
        copy.related.append(RelatedUseCase{s.local.uuid, QStringLiteral("duplicates")});
        copy.revision = 1;
        m_actions.append(ImportAction::onUseCase(Type::InsertUseCase, copy, QStringLiteral("copied")));
        if (!s.theirsKnown)
            m_actions.append(ImportAction::onUseCase(Type::KeepUseCaseVersion,
                                                     incomingVersion(s.theirs, s.theirsFull, s.local)));
        ++m_result.copies;
    }

    void newRevision(UseCase &u, int mine, int theirs) const
    {
        u.revision = Revision::next(std::max(mine, theirs));
        u.modifiedAt = m_now;
        u.modifiedBy = m_db.contributor();
    }

    Status addUseCaseMerge(const RecordPlan &p)
    {
        auto sides = sidesOf(p);
        if (!sides)
            return sides.error();
        const UseCaseSides &s = *sides;
        if (m_res.records.value(p.key).choice == RecordChoice::KeepBoth && p.status != RecordStatus::Identical
            && p.status != RecordStatus::ChangedHere) {
            addCopy(s);
            return {};
        }
        QJsonObject merged = s.mine;
        bool anyTheirs = false, anyMine = false;
        for (const FieldDiff &d : p.fields) {
            if (ImportPlanner::chosenSide(p, d, m_res) == Side::Mine) {
                anyMine = true;
                continue;
            }
            anyTheirs = true;
            if (d.theirs.isUndefined())
                merged.remove(d.field);
            else
                merged.insert(d.field, d.theirs);
        }
        const QString hM = UseCaseContent::hashOfFields(merged);
        const bool contentChanges = hM != s.hL;
        if (!contentChanges && p.tagsAdded.isEmpty()) {
            if (!s.theirsKnown) {
                m_actions.append(ImportAction::onUseCase(Type::KeepUseCaseVersion,
                                                         incomingVersion(s.theirs, s.theirsFull, s.local)));
                ++m_result.kept;
            } else {
                ++m_result.unchanged;
            }
            return {};
        }
        auto parsed = UseCaseJson::fromJson(merged);
        if (!parsed)
            return makeError(ErrorCode::InputRejected,
                             ImportPlanner::tr("The merged use case \"%1\" is not valid.").arg(s.local.title),
                             parsed.error().message);
        UseCase u = *parsed;
        u.id = s.local.id;
        u.uuid = s.local.uuid;
        u.tags = s.local.tags + p.tagsAdded;
        const QString action = stamp(u, s, contentChanges && hM == s.hR, anyMine && anyTheirs,
                                     m_in.useCases[p.incomingIndex].providedFields.isEmpty(), contentChanges);
        if (!s.theirsKnown && hM != s.hR)
            m_actions.append(ImportAction::onUseCase(Type::KeepUseCaseVersion,
                                                     incomingVersion(s.theirs, s.theirsFull, s.local)));
        m_actions.append(ImportAction::onUseCase(Type::UpdateUseCase, u, action));
        return {};
    }

    /// Sets the revision, time and editor of a merged use case and counts it; returns the action noted
    /// as its origin. Taking a whole newer record keeps its revision and time; anything else is a new
    /// local revision.
    QString stamp(UseCase &u, const UseCaseSides &s, bool takesTheirsWhole, bool mixed, bool wholeRecord,
                  bool contentChanges)
    {
        if (!contentChanges) {
            u.revision = s.local.revision;
            newRevision(u, s.local.revision, 0);
            ++m_result.tagsMerged;
            return QStringLiteral("tags");
        }
        if (takesTheirsWhole && wholeRecord && s.theirsFull.revision > s.local.revision
            && s.theirsFull.modifiedAt.isValid()) {
            u.revision = s.theirsFull.revision;
            u.modifiedAt = notAfter(s.theirsFull.modifiedAt, m_now);
            u.modifiedBy = s.theirsFull.modifiedBy;
            ++m_result.updated;
            return QStringLiteral("updated");
        }
        newRevision(u, s.local.revision, s.theirsFull.revision);
        mixed ? ++m_result.merged : ++m_result.updated;
        return mixed ? QStringLiteral("merged") : QStringLiteral("updated");
    }

    Status addAssessment(const RecordPlan &p)
    {
        if (p.status == RecordStatus::Identical) {
            ++m_result.unchanged;
            return {};
        }
        if (p.status == RecordStatus::DeletedThere)
            return addAssessmentDeletion(p);
        Assessment theirs = m_in.assessments[p.incomingIndex];
        theirs.modifiedAt = notAfter(theirs.modifiedAt, m_now);
        if (p.status == RecordStatus::New || p.status == RecordStatus::DeletedHere) {
            const bool isNew = p.status == RecordStatus::New;
            if (!isNew && !ImportPlanner::takesTheirs(p, m_res)) {
                ++m_result.kept;
                return {};
            }
            m_actions.append(ImportAction::onAssessment(
                Type::SaveAssessment, theirs, isNew ? QStringLiteral("added") : QStringLiteral("restored")));
            isNew ? ++m_result.added : ++m_result.restored;
            return {};
        }
        return addAssessmentUpdate(p, theirs);
    }

    Status addAssessmentDeletion(const RecordPlan &p)
    {
        if (!ImportPlanner::takesTheirs(p, m_res)) {
            ++m_result.kept;
            return {};
        }
        auto local = AssessmentRepository(m_db).get(p.uuid);
        if (!local)
            return local.error();
        m_actions.append(ImportAction::onAssessment(Type::KeepAssessmentVersion, *local));
        m_actions.append(
            ImportAction::onAssessment(Type::DeleteAssessment, *local, QStringLiteral("deleted")));
        ++m_result.deleted;
        return {};
    }

    /// Whether an assessment here is replaced by the incoming copy under the member's answers.
    bool takesAssessment(const RecordPlan &p) const
    {
        switch (m_res.records.value(p.key).choice) {
        case RecordChoice::TakeTheirs: return true;
        case RecordChoice::KeepMine:
        case RecordChoice::KeepBoth: return false;
        case RecordChoice::Automatic: break;
        }
        if (p.status == RecordStatus::Conflict)
            return ImportPlanner::takesTheirs(p, m_res);
        return p.status == RecordStatus::ChangedThere;
    }

    Status addAssessmentUpdate(const RecordPlan &p, Assessment theirs)
    {
        auto localR = AssessmentRepository(m_db).get(p.uuid);
        if (!localR)
            return localR.error();
        const Assessment local = *localR;
        theirs.uuid = local.uuid;
        theirs.useCaseUuid = local.useCaseUuid;
        theirs.rubricUuid = local.rubricUuid;
        theirs.assessorId = AssessmentJson::assessorIdOf(local); // the key stays the local one
        auto known = LocalHistory::knowsAssessment(m_db, local.uuid, AssessmentJson::contentHash(theirs));
        if (!known)
            return known.error();
        if (takesAssessment(p)) {
            if (theirs.revision <= local.revision) {
                theirs.revision = Revision::next(local.revision);
                theirs.modifiedAt = m_now;
            }
            m_actions.append(ImportAction::onAssessment(Type::KeepAssessmentVersion, local));
            m_actions.append(
                ImportAction::onAssessment(Type::SaveAssessment, theirs, QStringLiteral("updated")));
            ++m_result.updated;
        } else if (!*known) {
            m_actions.append(ImportAction::onAssessment(Type::KeepAssessmentVersion, theirs));
            ++m_result.kept;
        } else {
            ++m_result.unchanged;
        }
        return {};
    }

    Database &m_db;
    const IncomingRecords &m_in;
    const Resolutions &m_res;
    QDateTime m_now;
    ImportResult &m_result;
    QList<ImportAction> m_actions;
};

} // namespace

Result<QList<ImportAction>> ImportActions::build(Database &db, const IncomingRecords &incoming,
                                                 const ImportPlan &plan, const Resolutions &resolutions,
                                                 const QDateTime &now, ImportResult &result)
{
    return ActionBuilder(db, incoming, resolutions, now, result).build(plan);
}

} // namespace casebook
