#include "merge/WorkshopPlanner.h"

#include "merge/ImportPlanner.h"
#include "model/Revision.h"
#include "model/WorkshopJson.h"
#include "storage/Database.h"
#include "storage/RoundSheetRepository.h"
#include "storage/WorkshopRepository.h"

#include <QJsonObject>

namespace casebook {

namespace {

/// One FieldDiff per top-level field whose value differs.
QList<FieldDiff> differences(const QJsonObject &mine, const QJsonObject &theirs, FieldChange change)
{
    QList<FieldDiff> out;
    for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it) {
        if (mine.value(it.key()) == it.value())
            continue;
        FieldDiff f;
        f.field = it.key();
        f.mine = mine.value(it.key());
        f.theirs = it.value();
        f.change = change;
        out.append(f);
    }
    return out;
}

/// Identical, or decided by revision (equal revisions conflict); `reason` forces a conflict.
void decide(RecordPlan &p, bool same, int mine, int theirs, const QString &reason)
{
    if (same) {
        p.status = RecordStatus::Identical;
    } else if (!reason.isEmpty()) {
        p.status = RecordStatus::Conflict;
        p.notes.append(reason);
    } else if (mine > theirs) {
        p.status = RecordStatus::ChangedHere;
    } else if (theirs > mine) {
        p.status = RecordStatus::ChangedThere;
    } else {
        p.status = RecordStatus::Conflict;
        p.notes.append(WorkshopPlanner::tr("Both copies are revision %1 with different content.").arg(mine));
    }
}

FieldChange changeOf(RecordStatus s)
{
    return s == RecordStatus::ChangedHere ? FieldChange::Here
        : s == RecordStatus::ChangedThere ? FieldChange::There
                                          : FieldChange::Both;
}

Result<RecordPlan> planWorkshop(Database &db, const Workshop &w, int index)
{
    RecordPlan p;
    p.kind = RecordKind::Workshop;
    p.incomingIndex = index;
    p.uuid = w.uuid;
    p.key = QStringLiteral("workshop:") + w.uuid;
    p.title = w.name;
    p.theirsRevision = w.revision;
    p.theirsModifiedAt = w.modifiedAt;
    p.theirsModifiedBy = w.modifiedBy;
    WorkshopRepository repo(db);
    auto local = repo.find(w.uuid);
    if (!local)
        return local.error();
    if (!*local) {
        p.status = RecordStatus::New;
        auto name = repo.freeName(w.name, w.uuid);
        if (!name)
            return name.error();
        if (*name != w.name)
            p.notes.append(
                WorkshopPlanner::tr("A workshop here is already named \"%1\"; this one will be named "
                                    "\"%2\".")
                    .arg(w.name, *name));
        return p;
    }
    const Workshop &mine = **local;
    p.mineRevision = mine.revision;
    p.mineModifiedAt = mine.modifiedAt;
    p.mineModifiedBy = mine.modifiedBy;
    decide(p, WorkshopJson::contentHash(mine) == WorkshopJson::contentHash(w), mine.revision, w.revision, {});
    if (p.status != RecordStatus::Identical)
        p.fields =
            differences(WorkshopJson::contentJson(mine), WorkshopJson::contentJson(w), changeOf(p.status));
    return p;
}

Result<RecordPlan> planSheet(Database &db, const RoundSheet &s, int index, const QString &workshopName)
{
    RecordPlan p;
    p.kind = RecordKind::RoundSheet;
    p.incomingIndex = index;
    p.uuid = s.uuid;
    p.key = QStringLiteral("round_sheet:") + s.uuid;
    p.title = WorkshopPlanner::tr("%1, round %2 of %3").arg(s.assessorName).arg(s.round).arg(workshopName);
    p.theirsRevision = s.revision;
    p.theirsModifiedAt = s.modifiedAt;
    p.theirsModifiedBy = s.assessorName;
    RoundSheetRepository repo(db);
    auto local = repo.findByUuid(s.uuid);
    if (local && !*local)
        local = repo.find(s.workshopUuid, s.round, s.assessorId);
    if (!local)
        return local.error();
    if (!*local) {
        p.status = RecordStatus::New;
        return p;
    }
    const RoundSheet &mine = **local;
    p.uuid = mine.uuid;
    p.key = QStringLiteral("round_sheet:") + mine.uuid;
    p.mineRevision = mine.revision;
    p.mineModifiedAt = mine.modifiedAt;
    p.mineModifiedBy = mine.assessorName;
    RoundSheet theirs = s;
    theirs.uuid = mine.uuid;
    const bool same = WorkshopJson::sheetContentHash(mine) == WorkshopJson::sheetContentHash(theirs);
    QString reason;
    if (mine.workshopUuid != s.workshopUuid || mine.round != s.round || mine.assessorId != s.assessorId)
        reason = WorkshopPlanner::tr("The copies belong to different workshops, rounds or assessors.");
    else if (db.isOwnAssessor(mine.assessorId))
        reason =
            WorkshopPlanner::tr("These are your own scores; a copy from elsewhere never replaces them unless "
                                "you choose it.");
    decide(p, same, mine.revision, s.revision, reason);
    if (p.status != RecordStatus::Identical)
        p.fields = differences(WorkshopJson::sheetContentJson(mine), WorkshopJson::sheetContentJson(theirs),
                               changeOf(p.status));
    return p;
}

bool takes(const RecordPlan &p, const Resolutions &res)
{
    switch (res.records.value(p.key).choice) {
    case RecordChoice::TakeTheirs: return p.status != RecordStatus::Identical;
    case RecordChoice::KeepMine:
    case RecordChoice::KeepBoth: return p.status == RecordStatus::New;
    case RecordChoice::Automatic: break;
    }
    if (p.status == RecordStatus::Conflict)
        return ImportPlanner::takesTheirs(p, res);
    return p.status == RecordStatus::New || p.status == RecordStatus::ChangedThere;
}

} // namespace

Status WorkshopPlanner::plan(Database &db, const IncomingRecords &in, ImportPlan &plan)
{
    QHash<QString, QString> names;
    for (int i = 0; i < in.workshops.size(); ++i) {
        names.insert(in.workshops[i].uuid, in.workshops[i].name);
        auto p = planWorkshop(db, in.workshops[i], i);
        if (!p)
            return p.error();
        plan.records.append(*p);
    }
    for (int i = 0; i < in.roundSheets.size(); ++i) {
        auto p = planSheet(db, in.roundSheets[i], i, names.value(in.roundSheets[i].workshopUuid));
        if (!p)
            return p.error();
        plan.records.append(*p);
    }
    return {};
}

Result<QList<ImportAction>> WorkshopPlanner::actions(Database &db, const RecordPlan &p,
                                                     const IncomingRecords &in, const Resolutions &res,
                                                     const QDateTime &now, ImportResult &result)
{
    if (!takes(p, res)) {
        ++(p.status == RecordStatus::Identical ? result.unchanged : result.kept);
        return QList<ImportAction>();
    }
    const bool isNew = p.status == RecordStatus::New;
    ++(isNew ? result.added : result.updated);
    const QString origin = isNew ? QStringLiteral("added") : QStringLiteral("updated");
    if (p.kind == RecordKind::Workshop) {
        Workshop w = in.workshops[p.incomingIndex];
        if (!isNew && w.revision <= p.mineRevision) {
            w.revision = Revision::next(p.mineRevision);
            w.modifiedAt = now;
        }
        auto name = WorkshopRepository(db).freeName(w.name, w.uuid);
        if (!name)
            return name.error();
        w.name = *name;
        return QList<ImportAction>{ImportAction::onWorkshop(w, origin)};
    }
    RoundSheet s = in.roundSheets[p.incomingIndex];
    s.uuid = p.uuid; // the local copy's uuid when matched by (workshop, round, assessor)
    if (!isNew && s.revision <= p.mineRevision) {
        s.revision = Revision::next(p.mineRevision);
        s.modifiedAt = now;
    }
    return QList<ImportAction>{ImportAction::onRoundSheet(s, origin)};
}

} // namespace casebook
