#include "merge/ImportPlanner.h"
#include "merge/ImportActions.h"
#include "merge/ImportWriter.h"
#include "merge/LocalHistory.h"
#include "merge/PlanOnBothCores.h"
#include "support/Sha256.h"

#include "merge/UseCaseContent.h"
#include "merge/WorkshopPlanner.h"
#include "model/AssessmentJson.h"
#include "model/AttachmentSafety.h"
#include "model/UseCaseJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ImportLogRepository.h"
#include "storage/RubricRepository.h"
#include "storage/UseCaseRepository.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSet>

#include <algorithm>
#include <future>
#include <optional>

namespace casebook {

namespace {

QString useCaseKey(const QString &uuid, int index)
{
    return uuid.isEmpty() ? QStringLiteral("use_case:#%1").arg(index) : QStringLiteral("use_case:") + uuid;
}

/// Keys of a and b (sorted, once each).
QStringList unionKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys() + b.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

QStringList tagsMissing(const QStringList &local, const QStringList &incoming)
{
    QStringList out;
    for (const QString &t : incoming) {
        const QString n = UseCaseJson::normalizeTag(t);
        const bool known = std::any_of(local.cbegin(), local.cend(), [&n](const QString &l) {
            return l.compare(n, Qt::CaseInsensitive) == 0;
        });
        const bool dup = std::any_of(out.cbegin(), out.cend(), [&n](const QString &l) {
            return l.compare(n, Qt::CaseInsensitive) == 0;
        });
        if (!known && !dup && !n.isEmpty())
            out.append(n);
    }
    return out;
}

/// Whether an incoming record that claims (by its ancestry) to descend from the local version may be
/// taken as such: it must not be older than the time the local content was first seen here. An
/// older record, or one without a time, is not a descendant as far as this repository knows.
bool descendsFromLocal(const UseCase &local, const UseCase &incoming, const LocalHistory &history,
                       const QString &localHash)
{
    QDateTime since = local.modifiedAt;
    if (const QDateTime first = history.firstSeen(localHash); first.isValid() && first < since)
        since = first;
    return !since.isValid() || (incoming.modifiedAt.isValid() && incoming.modifiedAt >= since);
}

/// The latest common version named by the incoming ancestry and known here, if any.
std::optional<QJsonObject> commonBase(const IncomingUseCase &in, const LocalHistory &history)
{
    for (const QString &h : in.ancestry) {
        if (auto base = history.fields(h))
            return base;
    }
    return std::nullopt;
}

void diffFields(RecordPlan &p, const QJsonObject &mine, const QJsonObject &theirs, const QJsonObject *base,
                std::optional<FieldChange> forced)
{
    for (const QString &k : unionKeys(mine, theirs)) {
        const QJsonValue m = mine.value(k);
        const QJsonValue t = theirs.value(k);
        if (m == t)
            continue;
        FieldDiff d;
        d.field = k;
        d.mine = m;
        d.theirs = t;
        if (base) {
            d.hasBase = true;
            d.base = base->value(k);
        }
        if (forced)
            d.change = *forced;
        else if (base && m == d.base)
            d.change = FieldChange::There;
        else if (base && t == d.base)
            d.change = FieldChange::Here;
        else
            d.change = FieldChange::Both;
        p.fields.append(d);
    }
}

/// The incoming records that this repository never held (HistoryRepository::neverHeld), found
/// before planning.
struct Unseen
{
    QSet<QString> useCases;
    QSet<QString> assessments;

    static Result<Unseen> of(Database &db, const IncomingRecords &in)
    {
        QStringList useCases, assessments;
        for (const IncomingUseCase &u : in.useCases)
            useCases.append(u.useCase.uuid);
        for (const Assessment &a : in.assessments) {
            assessments.append(a.uuid);
            useCases.append(a.useCaseUuid); // a use case here has no assessment of an unseen one
        }
        Unseen unseen;
        const HistoryRepository history(db);
        auto u = history.neverHeld(HistoryRepository::Records::UseCases, useCases);
        if (!u)
            return u.error();
        unseen.useCases = std::move(*u);
        auto a = history.neverHeld(HistoryRepository::Records::Assessments, assessments);
        if (!a)
            return a.error();
        unseen.assessments = std::move(*a);
        return unseen;
    }
};

/// An incoming use case new here: it keeps its code unless a use case here has it (ImportCodes).
RecordPlan planNewUseCase(Database &db, bool codesAreShared, const UseCase &r, RecordPlan p)
{
    p.status = RecordStatus::New;
    if (!r.code.isEmpty() && !r.uuid.isEmpty()) {
        const auto taken = UseCaseRepository(db).titleOfCode(r.code); // an index step, no record read
        if (taken && *taken)
            p.notes.append(codesAreShared
                               ? ImportPlanner::tr("The code %1 is also used here by \"%2\": the use case "
                                                   "made first keeps it, the other gets a new code.")
                                     .arg(r.code, **taken)
                               : ImportPlanner::tr("The code %1 is already used here by \"%2\"; the use "
                                                   "case will get a new code.")
                                     .arg(r.code, **taken));
    }
    return p;
}

/// An incoming use case with no copy here: deleted here (by its tombstone), or new.
Result<RecordPlan> planAbsentUseCase(Database &db, bool codesAreShared, const UseCase &r, RecordPlan p)
{
    std::optional<Tombstone> tomb;
    if (!r.uuid.isEmpty()) {
        auto t = HistoryRepository(db).tombstone(r.uuid);
        if (!t)
            return t.error();
        tomb = *t;
    }
    if (tomb) {
        p.status = RecordStatus::DeletedHere;
        p.mineModifiedAt = tomb->deletedAt;
        p.mineModifiedBy = tomb->deletedBy;
        p.notes.append(ImportPlanner::tr("Deleted here on %1.").arg(toIsoUtc(tomb->deletedAt)));
        return p;
    }
    return planNewUseCase(db, codesAreShared, r, p);
}

/// Compares two differing copies through the common version `base`: one-sided changes merge, a
/// field changed on both sides is a conflict.
void planThreeWay(RecordPlan &p, const QJsonObject &mine, const QJsonObject &theirs, const QJsonObject &base)
{
    diffFields(p, mine, theirs, &base, std::nullopt);
    bool here = false, there = false, both = false;
    for (const FieldDiff &d : std::as_const(p.fields)) {
        here |= d.change == FieldChange::Here;
        there |= d.change == FieldChange::There;
        both |= d.change == FieldChange::Both;
    }
    p.status = both ? RecordStatus::Conflict
                    : (here && there ? RecordStatus::Merged
                                     : (there ? RecordStatus::ChangedThere : RecordStatus::ChangedHere));
}

/// Every difference is a choice (no common version can be trusted), with `note` saying why.
void planWithoutBase(RecordPlan &p, const QJsonObject &mine, const QJsonObject &theirs, const QString &note)
{
    p.status = RecordStatus::Conflict;
    p.notes.append(note);
    diffFields(p, mine, theirs, nullptr, std::nullopt);
}

/// An incoming use case with a copy here, compared by content (docs/bundle-format.md).
Result<RecordPlan> planPresentUseCase(Database &db, const IncomingUseCase &in, const UseCase &local,
                                      RecordPlan p)
{
    const UseCase &r = in.useCase;
    p.uuid = local.uuid;
    p.code = local.code;
    p.key = useCaseKey(local.uuid, p.incomingIndex);
    p.mineRevision = local.revision;
    p.mineModifiedAt = local.modifiedAt;
    p.mineModifiedBy = local.modifiedBy;
    p.tagsAdded = tagsMissing(local.tags, r.tags);

    const QJsonObject mine = UseCaseContent::fields(local);
    const QJsonObject theirs = UseCaseContent::incomingFields(in, mine);
    const QString hL = UseCaseContent::hashOfFields(mine);
    const QString hR = UseCaseContent::hashOfFields(theirs);
    if (hL == hR) {
        p.status = p.tagsAdded.isEmpty() ? RecordStatus::Identical : RecordStatus::ChangedThere;
        return p;
    }
    auto history = LocalHistory::ofUseCase(db, local.uuid);
    if (!history)
        return history.error();
    if (history->knows(hR)) {
        p.status = RecordStatus::ChangedHere;
        diffFields(p, mine, theirs, nullptr, FieldChange::Here);
    } else if (in.ancestry.contains(hL) && descendsFromLocal(local, r, *history, hL)) {
        p.status = RecordStatus::ChangedThere;
        diffFields(p, mine, theirs, &mine, FieldChange::There);
    } else if (in.ancestry.contains(hL)) {
        planWithoutBase(
            p, mine, theirs,
            ImportPlanner::tr("It claims to come from the version here but is older than it "
                              "(modified %1 there, %2 here), so every difference is a choice.")
                .arg(r.modifiedAt.isValid() ? toIsoUtc(r.modifiedAt) : ImportPlanner::tr("at no time"),
                     toIsoUtc(local.modifiedAt)));
    } else if (const std::optional<QJsonObject> base = commonBase(in, *history)) {
        planThreeWay(p, mine, theirs, *base);
    } else {
        planWithoutBase(
            p, mine, theirs,
            ImportPlanner::tr("No common earlier version is known, so every difference is a choice."));
    }
    return p;
}

Result<RecordPlan> planUseCase(Database &db, const IncomingUseCase &in, int index, const Unseen &unseen,
                               bool codesAreShared)
{
    const UseCase &r = in.useCase;
    RecordPlan p;
    p.kind = RecordKind::UseCase;
    p.incomingIndex = index;
    p.uuid = r.uuid;
    p.code = r.code;
    p.title = r.title;
    p.key = useCaseKey(r.uuid, index);
    p.theirsRevision = r.revision;
    p.theirsModifiedAt = r.modifiedAt;
    p.theirsModifiedBy = r.modifiedBy;
    if (unseen.useCases.contains(r.uuid))
        return planNewUseCase(db, codesAreShared, r, p);
    auto found = UseCaseRepository(db).findExisting(!r.uuid.isEmpty() ? r.uuid : r.code);
    if (!found)
        return found.error();
    if (!*found)
        return planAbsentUseCase(db, codesAreShared, r, p);
    return planPresentUseCase(db, in, **found, p);
}

/// Assessment fields for display: the assessor's details and one entry per scored criterion.
QJsonObject assessmentFields(const Assessment &a)
{
    const QJsonObject c = AssessmentJson::contentJson(a);
    QJsonObject out{
        {QStringLiteral("assessor_id"), c.value(QStringLiteral("assessor_id"))},
        {QStringLiteral("assessor_name"), c.value(QStringLiteral("assessor_name"))},
        {QStringLiteral("assessor_organization"), c.value(QStringLiteral("assessor_organization"))},
        {QStringLiteral("assessor_email"), c.value(QStringLiteral("assessor_email"))}};
    const QJsonArray scores = c.value(QStringLiteral("scores")).toArray();
    for (const QJsonValue &s : scores) {
        QJsonObject o = s.toObject();
        const QString id = o.take(QStringLiteral("criterion_id")).toString();
        out.insert(QStringLiteral("scores/") + id, o);
    }
    return out;
}

/// The local copy of an incoming assessment: the same UUID, else the same (use case, rubric version,
/// assessor identity).
Result<std::optional<Assessment>> localAssessment(AssessmentRepository &repo, const Assessment &r)
{
    if (auto got = repo.get(r.uuid); got)
        return std::optional<Assessment>(*got);
    else if (got.error().code != ErrorCode::NotFound)
        return got.error();
    return repo.findByAssessor(r.useCaseUuid, r.rubricUuid, AssessmentJson::assessorIdOf(r));
}

/// Why the revision numbers must not decide between two different copies of an assessment: the
/// local copy is the member's own (nobody else's copy replaces it unasked, whatever its revision),
/// or the copies name different assessors. Empty when the revisions may decide.
QString revisionsMustNotDecide(Database &db, const Assessment &local, const Assessment &theirs)
{
    const QString localId = AssessmentJson::assessorIdOf(local);
    if (localId != AssessmentJson::assessorIdOf(theirs))
        return ImportPlanner::tr("The copies name different assessors (%1 here, %2 there).")
            .arg(local.assessorName, theirs.assessorName);
    if (db.isOwnAssessor(localId))
        return ImportPlanner::tr("These are your own scores; a copy from elsewhere never replaces them "
                                 "unless you choose it (it says revision %1, yours is %2).")
            .arg(theirs.revision)
            .arg(local.revision);
    return {};
}

/// Plans an incoming assessment that has a local copy: identical, already seen (ChangedHere), or
/// decided by revision unless revisionsMustNotDecide().
Result<RecordPlan> planKnownAssessment(Database &db, RecordPlan p, const Assessment &local, Assessment theirs)
{
    p.uuid = local.uuid;
    p.key = QStringLiteral("assessment:") + local.uuid;
    p.mineRevision = local.revision;
    p.mineModifiedAt = local.modifiedAt;
    p.mineModifiedBy = local.assessorName;
    theirs.useCaseUuid = local.useCaseUuid;
    theirs.rubricUuid = local.rubricUuid;
    const QString hR = AssessmentJson::contentHash(theirs);
    if (AssessmentJson::contentHash(local) == hR) {
        p.status = RecordStatus::Identical;
        return p;
    }
    auto seen = LocalHistory::knowsAssessment(db, local.uuid, hR);
    if (!seen)
        return seen.error();
    const QString reason = revisionsMustNotDecide(db, local, theirs);
    if (*seen || local.revision > theirs.revision) {
        p.status = RecordStatus::ChangedHere;
    } else if (theirs.revision > local.revision && reason.isEmpty()) {
        p.status = RecordStatus::ChangedThere;
    } else {
        p.status = RecordStatus::Conflict;
        p.notes.append(
            !reason.isEmpty()
                ? reason
                : ImportPlanner::tr("Both copies are revision %1 of this assessment with different "
                                    "scores.")
                      .arg(theirs.revision));
    }
    const FieldChange change = p.status == RecordStatus::ChangedHere
        ? FieldChange::Here
        : (p.status == RecordStatus::ChangedThere ? FieldChange::There : FieldChange::Both);
    diffFields(p, assessmentFields(local), assessmentFields(theirs), nullptr, change);
    return p;
}

/// An incoming assessment new here (no copy, never deleted here).
RecordPlan planNewAssessment(const Database &db, const Assessment &r, RecordPlan p)
{
    p.status = RecordStatus::New;
    if (db.isOwnAssessor(AssessmentJson::assessorIdOf(r)))
        p.notes.append(ImportPlanner::tr("It is signed with your assessor identity, but you have no "
                                         "such assessment here."));
    return p;
}

Result<RecordPlan> planAssessment(Database &db, const Assessment &r, int index, const QString &useCaseTitle,
                                  const Unseen &unseen)
{
    AssessmentRepository repo(db);
    HistoryRepository hist(db);
    RecordPlan p;
    p.kind = RecordKind::Assessment;
    p.incomingIndex = index;
    p.uuid = r.uuid;
    p.key = QStringLiteral("assessment:") + r.uuid;
    p.title = useCaseTitle.isEmpty() ? r.assessorName
                                     : ImportPlanner::tr("%1 on %2").arg(r.assessorName, useCaseTitle);
    p.theirsRevision = r.revision;
    p.theirsModifiedAt = r.modifiedAt;
    p.theirsModifiedBy = r.assessorName;
    if (unseen.assessments.contains(r.uuid) && unseen.useCases.contains(r.useCaseUuid))
        return planNewAssessment(db, r, p);

    auto local = localAssessment(repo, r);
    if (!local)
        return local.error();
    if (*local)
        return planKnownAssessment(db, p, **local, r);
    auto tomb = hist.tombstone(r.uuid);
    if (!tomb)
        return tomb.error();
    if (*tomb) {
        p.status = RecordStatus::DeletedHere;
        p.mineModifiedAt = (*tomb)->deletedAt;
        p.notes.append(ImportPlanner::tr("Deleted here on %1.").arg(toIsoUtc((*tomb)->deletedAt)));
        return p;
    }
    return planNewAssessment(db, r, p);
}

/// Times from elsewhere never count as later than now (`--policy newest` would trust them forever):
/// a modified_at in the future is counted, and noted, as the time of the import.
void clampTimes(RecordPlan &p, const QDateTime &now)
{
    if (p.theirsModifiedAt.isValid() && p.theirsModifiedAt > now) {
        p.notes.append(ImportPlanner::tr("Modified there on %1, which is in the future; counted as the time "
                                         "of this import.")
                           .arg(toIsoUtc(p.theirsModifiedAt)));
        p.theirsModifiedAt = now;
    }
    p.mineModifiedAt = notAfter(p.mineModifiedAt, now);
}

/// A warning for every incoming attachment whose name, declared type or content could run a program
/// when opened (AttachmentSafety), e.g. "report.desktop", or "setup.exe" sent as application/pdf.
/// The content is judged from the incoming bytes (bytes stored here were judged when they came).
QStringList executableAttachmentWarnings(const IncomingRecords &in)
{
    QStringList warnings;
    QSet<QString> named;
    QHash<QString, QString> sniffedBySha256; // many use cases may name one attachment
    const QMimeDatabase mime;
    for (const IncomingUseCase &u : in.useCases) {
        for (const AttachmentRef &a : u.useCase.attachments) {
            const QString key = a.sha256 + QLatin1Char('/') + a.fileName;
            if (named.contains(key))
                continue;
            auto known = sniffedBySha256.constFind(a.sha256);
            if (known == sniffedBySha256.constEnd())
                known = sniffedBySha256.insert(a.sha256,
                                               mime.mimeTypeForData(in.attachments.value(a.sha256)).name());
            const QString &sniffed = *known;
            if (!AttachmentSafety::isExecutable(a.fileName, a.mediaType)
                && !AttachmentSafety::isExecutableMimeType(sniffed))
                continue;
            named.insert(key);
            warnings.append(ImportPlanner::tr("The attachment \"%1\" of \"%2\" could run a program when "
                                              "opened (declared as %3, content looks like %4); open it "
                                              "only if you trust the sender.")
                                .arg(a.fileName, u.useCase.title,
                                     a.mediaType.isEmpty() ? ImportPlanner::tr("no type") : a.mediaType,
                                     sniffed));
        }
    }
    return warnings;
}

Side policySide(MergePolicy policy, const QDateTime &mine, const QDateTime &theirs)
{
    switch (policy) {
    case MergePolicy::KeepMine: return Side::Mine;
    case MergePolicy::TakeTheirs: return Side::Theirs;
    case MergePolicy::Newest:
        return theirs.isValid() && (!mine.isValid() || theirs > mine) ? Side::Theirs : Side::Mine;
    }
    return Side::Mine;
}

bool samePlan(const ImportPlan &a, const ImportPlan &b)
{
    if (a.records.size() != b.records.size())
        return false;
    for (int i = 0; i < a.records.size(); ++i) {
        const RecordPlan &x = a.records[i];
        const RecordPlan &y = b.records[i];
        if (x.key != y.key || x.status != y.status || x.fields.size() != y.fields.size()
            || x.tagsAdded != y.tagsAdded)
            return false;
        for (int f = 0; f < x.fields.size(); ++f) {
            if (x.fields[f].field != y.fields[f].field || x.fields[f].mine != y.fields[f].mine)
                return false;
        }
    }
    return true;
}

} // namespace

Side ImportPlanner::chosenSide(const RecordPlan &record, const FieldDiff &field,
                               const Resolutions &resolutions)
{
    const RecordResolution rr = resolutions.records.value(record.key);
    if (const auto it = rr.fields.constFind(field.field); it != rr.fields.constEnd())
        return *it;
    switch (rr.choice) {
    case RecordChoice::TakeTheirs: return Side::Theirs;
    case RecordChoice::KeepMine:
    case RecordChoice::KeepBoth: return Side::Mine;
    case RecordChoice::Automatic: break;
    }
    if (field.change == FieldChange::There)
        return Side::Theirs;
    if (field.change == FieldChange::Here)
        return Side::Mine;
    return policySide(resolutions.policy, record.mineModifiedAt, record.theirsModifiedAt);
}

bool ImportPlanner::takesTheirs(const RecordPlan &record, const Resolutions &resolutions)
{
    const RecordResolution rr = resolutions.records.value(record.key);
    switch (rr.choice) {
    case RecordChoice::TakeTheirs: return true;
    case RecordChoice::KeepMine: return false;
    case RecordChoice::KeepBoth: return record.status == RecordStatus::DeletedHere;
    case RecordChoice::Automatic: break;
    }
    return policySide(resolutions.policy, record.mineModifiedAt, record.theirsModifiedAt) == Side::Theirs;
}

namespace {

/// Refuses an input that names one record twice, or a record both present and deleted.
Status checkUniqueness(const IncomingRecords &in)
{
    auto duplicate = [](const QString &what, const QString &uuid) {
        return makeError(ErrorCode::InputRejected,
                         ImportPlanner::tr("The %1 %2 appears twice.").arg(what, uuid));
    };
    QSet<QString> seen;
    for (const IncomingUseCase &u : in.useCases) {
        if (u.useCase.uuid.isEmpty())
            continue;
        if (seen.contains(u.useCase.uuid))
            return duplicate(ImportPlanner::tr("use case"), u.useCase.uuid);
        seen.insert(u.useCase.uuid);
    }
    for (const IncomingTombstone &t : in.tombstones) {
        if (seen.contains(t.uuid))
            return makeError(ErrorCode::InputRejected,
                             ImportPlanner::tr("The record %1 is both present and deleted in %2.")
                                 .arg(t.uuid, in.sourceName));
    }
    seen.clear();
    for (const Rubric &r : in.rubrics) {
        if (seen.contains(r.uuid))
            return duplicate(ImportPlanner::tr("rubric"), r.uuid);
        seen.insert(r.uuid);
    }
    seen.clear();
    for (const Assessment &a : in.assessments) {
        if (seen.contains(a.uuid))
            return duplicate(ImportPlanner::tr("assessment"), a.uuid);
        seen.insert(a.uuid);
    }
    return {};
}

/// Attachments named by incoming use cases must be somewhere, unless the source may leave them out
/// (a lean bundle): then each missing one is a warning.
Result<QStringList> missingAttachmentWarnings(const IncomingRecords &in, AttachmentStore &store)
{
    QStringList warnings;
    QSet<QString> reported;
    for (const IncomingUseCase &u : in.useCases) {
        for (const AttachmentRef &a : u.useCase.attachments) {
            if (in.attachments.contains(a.sha256) || store.contains(a.sha256))
                continue;
            if (!in.attachmentsMayBeMissing)
                return makeError(
                    ErrorCode::InputRejected,
                    ImportPlanner::tr("The use case \"%1\" names the attachment %2, whose file is missing.")
                        .arg(u.useCase.title, a.fileName),
                    a.sha256);
            if (reported.contains(a.sha256))
                continue;
            reported.insert(a.sha256);
            warnings.append(ImportPlanner::tr("The file %1 of \"%2\" was left out of this bundle; ask the "
                                              "sender for a bundle with attachments.")
                                .arg(a.fileName, u.useCase.title));
        }
    }
    return warnings;
}

/// Rubric versions never change: a different definition under a known UUID, or a known version of
/// the series under another UUID, is a conflict no choice resolves (the local one is kept).
Result<RecordPlan> planRubric(RubricRepository &rubrics, const Rubric &r, int index)
{
    RecordPlan p;
    p.kind = RecordKind::Rubric;
    p.incomingIndex = index;
    p.uuid = r.uuid;
    p.key = QStringLiteral("rubric:") + r.uuid;
    p.title = QStringLiteral("%1 (v%2)").arg(r.name).arg(r.version);
    auto local = rubrics.get(r.uuid);
    if (local && local->uuid == r.uuid) {
        const bool same = local->sameDefinition(r) && local->version == r.version;
        p.status = same ? RecordStatus::Identical : RecordStatus::Conflict;
        if (!same) {
            p.resolvable = false;
            p.notes.append(
                ImportPlanner::tr("A different rubric with this UUID is stored here; rubric versions "
                                  "never change, so the local one is kept."));
        }
        return p;
    }
    if (!local && local.error().code != ErrorCode::NotFound)
        return local.error();
    p.status = RecordStatus::New;
    auto all = rubrics.list();
    if (!all)
        return all.error();
    for (const Rubric &l : *all) {
        if (l.seriesUuid == r.seriesUuid && l.version == r.version) {
            p.status = RecordStatus::Conflict;
            p.resolvable = false;
            p.notes.append(ImportPlanner::tr("Version %1 of this rubric is already stored here with another "
                                             "UUID; the local one is kept.")
                               .arg(r.version));
        }
    }
    return p;
}

/// A record deleted at the source that is still here; nothing when it is not here.
std::optional<RecordPlan> planTombstone(Database &db, const IncomingTombstone &t)
{
    RecordPlan p;
    p.status = RecordStatus::DeletedThere;
    p.uuid = t.uuid;
    p.theirsModifiedAt = t.deletedAt;
    p.theirsModifiedBy = t.deletedBy;
    if (t.kind == QLatin1String("use_case")) {
        auto local = UseCaseRepository(db).get(t.uuid);
        if (!local)
            return std::nullopt; // not here (or deleted here too): nothing to plan
        p.kind = RecordKind::UseCase;
        p.key = QStringLiteral("use_case:") + t.uuid;
        p.code = local->code;
        p.title = local->title;
        p.mineRevision = local->revision;
        p.mineModifiedAt = local->modifiedAt;
        p.mineModifiedBy = local->modifiedBy;
    } else if (t.kind == QLatin1String("assessment")) {
        auto local = AssessmentRepository(db).get(t.uuid);
        if (!local)
            return std::nullopt;
        p.kind = RecordKind::Assessment;
        p.key = QStringLiteral("assessment:") + t.uuid;
        p.title = local->assessorName;
        p.mineRevision = local->revision;
        p.mineModifiedAt = local->modifiedAt;
    } else {
        return std::nullopt;
    }
    p.notes.append(ImportPlanner::tr("Deleted there on %1.").arg(toIsoUtc(t.deletedAt)));
    return p;
}

/// Reports the records compared so far to a plan's progress callback; false once it cancels.
class PlanProgress
{
public:
    PlanProgress(const std::function<bool(int, int)> &report, const IncomingRecords &in)
        : m_report(report)
        , m_total(int(in.rubrics.size() + in.useCases.size() + in.assessments.size()))
    { }
    /// Called before each record; false when the user cancelled.
    bool next() { return !m_report || m_report(m_done++, m_total); }
    /// Reports `done` records of a step that started at `from` (planOnBothCores).
    bool reached(int from, int done)
    {
        m_done = from + done;
        return !m_report || m_report(m_done, m_total);
    }
    int done() const { return m_done; }
    Error cancelled(const IncomingRecords &in) const { return ImportWriter::cancelled(in.sourceName); }

private:
    const std::function<bool(int, int)> &m_report;
    int m_total = 0;
    int m_done = 0;
};

/// Plans records of one kind on both cores (planOnBothCores), reporting progress from where the
/// step starts, and appends them to the plan.
template<typename PlanOne>
Status planStep(Database &db, const IncomingRecords &in, int count, ImportPlan &plan, PlanProgress &progress,
                const PlanOne &planOne)
{
    const int from = progress.done();
    auto plans = planOnBothCores<RecordPlan>(
        db, count, planOne, [&progress, from](int done) { return progress.reached(from, done); },
        progress.cancelled(in));
    if (!plans)
        return plans.error();
    progress.reached(from, count);
    plan.records.append(std::move(*plans));
    return {};
}

/// Plans the assessments; each is titled with its use case (incoming, else here).
Status planAssessments(Database &db, const IncomingRecords &in, ImportPlan &plan, PlanProgress &progress,
                       const Unseen &unseen)
{
    QHash<QString, QString> titles;
    for (const IncomingUseCase &u : in.useCases) {
        if (!u.useCase.uuid.isEmpty())
            titles.insert(u.useCase.uuid, u.useCase.title);
    }
    return planStep(db, in, int(in.assessments.size()), plan, progress, [&](Database &d, int i) {
        const Assessment &a = in.assessments[i];
        QString title = titles.value(a.useCaseUuid);
        if (title.isEmpty()) {
            if (auto u = UseCaseRepository(d).get(a.useCaseUuid); u)
                title = u->title;
        }
        return planAssessment(d, a, i, title, unseen);
    });
}

} // namespace

Result<ImportPlan> ImportPlanner::plan(Database &db, const IncomingRecords &in,
                                       const std::function<bool(int, int)> &report)
{
    PlanProgress progress(report, in);
    ImportPlan plan;
    plan.sourceName = in.sourceName;
    plan.sourceSha256 = in.sourceSha256;
    plan.sourceKind = in.sourceKind;
    plan.creator = in.creator;
    plan.sourceCreatedAt = in.createdAt;
    if (!in.sourceSha256.isEmpty()) {
        auto previous = ImportLogRepository(db).findBySource(in.sourceSha256);
        if (!previous)
            return previous.error();
        plan.previousImports = *previous;
    }
    if (Status s = checkUniqueness(in); !s)
        return s.error();
    // Judged beside the records' plans: the MIME database loads on first use (tens of milliseconds).
    auto executable = std::async(std::launch::async, [&in] { return executableAttachmentWarnings(in); });
    AttachmentStore store(db);
    auto missing = missingAttachmentWarnings(in, store);
    if (!missing)
        return missing.error();
    plan.warnings = *missing;

    RubricRepository rubrics(db);
    for (int i = 0; i < in.rubrics.size(); ++i) {
        if (!progress.next())
            return progress.cancelled(in);
        auto p = planRubric(rubrics, in.rubrics[i], i);
        if (!p)
            return p.error();
        plan.records.append(*p);
    }
    const auto unseen = Unseen::of(db, in);
    if (!unseen)
        return unseen.error();
    if (Status s = planStep(db, in, int(in.useCases.size()), plan, progress,
                            [&in, &unseen](Database &d, int i) {
                                return planUseCase(d, in.useCases[i], i, *unseen, in.codesAreShared);
                            });
        !s)
        return s.error();
    for (const IncomingTombstone &t : in.tombstones) {
        if (auto p = planTombstone(db, t))
            plan.records.append(*p);
    }
    if (Status s = planAssessments(db, in, plan, progress, *unseen); !s)
        return s.error();
    if (Status s = WorkshopPlanner::plan(db, in, plan); !s)
        return s.error();
    QStringList hashes = in.attachments.keys();
    std::sort(hashes.begin(), hashes.end());
    for (const QString &h : hashes) {
        RecordPlan p;
        p.kind = RecordKind::Attachment;
        p.uuid = h;
        p.key = QStringLiteral("attachment:") + h;
        p.title = h.left(12);
        p.status = store.contains(h) ? RecordStatus::Identical : RecordStatus::New;
        plan.records.append(p);
    }
    plan.warnings += executable.get();
    const QDateTime now = db.clock().nowUtc();
    for (RecordPlan &p : plan.records)
        clampTimes(p, now);
    return plan;
}

Result<ImportResult> ImportPlanner::apply(Database &db, const IncomingRecords &in, const Resolutions &res,
                                          const ApplyOptions &options)
{
    // One write transaction from the plan to the last write: no other writer comes between what the
    // plan read and what is written over, and the many reads of deciding the writes (who holds each
    // code) take no lock each. A larger page cache for the bulk write, until after the commit.
    const Database::LargerPageCache cache(db);
    Transaction tx(db, Transaction::Nesting::Join); // all or nothing
    if (!tx.status())
        return tx.status().error();
    // Plan: again, inside apply, so that what is written is what the repository holds now.
    auto fresh = plan(db, in, options.progress);
    if (!fresh)
        return fresh.error();
    if (options.expected && !samePlan(*options.expected, *fresh))
        return makeError(
            ErrorCode::Usage,
            tr("The repository changed since the preview, so nothing was imported; preview %1 again.")
                .arg(in.sourceName));
    if (options.planned)
        *options.planned = *fresh;

    // Actions: every write, decided before anything is written.
    const QDateTime now = db.clock().nowUtc();
    ImportResult result;
    auto actions = ImportActions::build(db, in, *fresh, res, now, result);
    if (!actions)
        return actions.error();
    if (actions->isEmpty()) {
        result.changed = false; // nothing to do: nothing at all is written, not even the log
        return result;
    }

    // Write, keeping what it changes so that it can be taken back.
    if (Status s = ImportWriter(db, in, now).write(*actions, result, options.progress, options.keepUndo); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    result.changed = true;
    return result;
}

} // namespace casebook
