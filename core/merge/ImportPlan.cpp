#include "merge/ImportPlan.h"

#include "support/Clock.h"

#include <QJsonArray>

namespace casebook {

bool RecordPlan::hasConflicts() const
{
    if (status == RecordStatus::Conflict)
        return true;
    for (const FieldDiff &f : fields) {
        if (f.isConflict())
            return true;
    }
    return false;
}

int ImportPlan::count(RecordKind kind, RecordStatus status) const
{
    int n = 0;
    for (const RecordPlan &r : records)
        n += r.kind == kind && r.status == status;
    return n;
}

int ImportPlan::count(RecordStatus status) const
{
    int n = 0;
    for (const RecordPlan &r : records)
        n += r.status == status;
    return n;
}

bool ImportPlan::hasConflicts() const
{
    for (const RecordPlan &r : records) {
        if (r.status == RecordStatus::Conflict)
            return true;
    }
    return false;
}

const RecordPlan *ImportPlan::find(const QString &key) const
{
    for (const RecordPlan &r : records) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

QString ImportPlan::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::UseCase: return QStringLiteral("use_case");
    case RecordKind::Rubric: return QStringLiteral("rubric");
    case RecordKind::Assessment: return QStringLiteral("assessment");
    case RecordKind::Attachment: return QStringLiteral("attachment");
    case RecordKind::Workshop: return QStringLiteral("workshop");
    case RecordKind::RoundSheet: return QStringLiteral("round_sheet");
    }
    return {};
}

QString ImportPlan::statusName(RecordStatus status)
{
    switch (status) {
    case RecordStatus::New: return QStringLiteral("new");
    case RecordStatus::Identical: return QStringLiteral("identical");
    case RecordStatus::ChangedThere: return QStringLiteral("changed_there");
    case RecordStatus::ChangedHere: return QStringLiteral("changed_here");
    case RecordStatus::Merged: return QStringLiteral("merged");
    case RecordStatus::Conflict: return QStringLiteral("conflict");
    case RecordStatus::DeletedThere: return QStringLiteral("deleted_there");
    case RecordStatus::DeletedHere: return QStringLiteral("deleted_here");
    }
    return {};
}

QString ImportPlan::changeName(FieldChange change)
{
    switch (change) {
    case FieldChange::There: return QStringLiteral("there");
    case FieldChange::Here: return QStringLiteral("here");
    case FieldChange::Both: return QStringLiteral("both");
    }
    return {};
}

QString ImportPlan::statusLabel(RecordStatus status)
{
    switch (status) {
    case RecordStatus::New: return tr("New");
    case RecordStatus::Identical: return tr("Identical");
    case RecordStatus::ChangedThere: return tr("Changed there only");
    case RecordStatus::ChangedHere: return tr("Changed here only");
    case RecordStatus::Merged: return tr("Changed on both sides, merged");
    case RecordStatus::Conflict: return tr("Conflict");
    case RecordStatus::DeletedThere: return tr("Deleted there");
    case RecordStatus::DeletedHere: return tr("Deleted here");
    }
    return {};
}

QList<RecordStatus> ImportPlan::allStatuses()
{
    return {RecordStatus::New,          RecordStatus::Identical,  RecordStatus::ChangedThere,
            RecordStatus::ChangedHere,  RecordStatus::Merged,     RecordStatus::Conflict,
            RecordStatus::DeletedThere, RecordStatus::DeletedHere};
}

QJsonObject ImportPlan::toJson() const
{
    QJsonObject counts;
    for (RecordKind kind : {RecordKind::UseCase, RecordKind::Rubric, RecordKind::Assessment,
                            RecordKind::Attachment, RecordKind::Workshop, RecordKind::RoundSheet}) {
        QJsonObject byStatus;
        for (RecordStatus s : allStatuses())
            byStatus.insert(statusName(s), count(kind, s));
        counts.insert(kindName(kind), byStatus);
    }
    QJsonArray list;
    for (const RecordPlan &r : records) {
        QJsonObject o{{QStringLiteral("kind"), kindName(r.kind)},
                      {QStringLiteral("key"), r.key},
                      {QStringLiteral("uuid"), r.uuid},
                      {QStringLiteral("title"), r.title},
                      {QStringLiteral("status"), statusName(r.status)}};
        if (r.kind == RecordKind::UseCase)
            o.insert(QStringLiteral("code"), r.code);
        if (!r.fields.isEmpty()) {
            QJsonArray fields;
            for (const FieldDiff &f : r.fields) {
                QJsonObject fo{{QStringLiteral("field"), f.field},
                               {QStringLiteral("change"), changeName(f.change)},
                               {QStringLiteral("mine"), f.mine.isUndefined() ? QJsonValue() : f.mine},
                               {QStringLiteral("theirs"), f.theirs.isUndefined() ? QJsonValue() : f.theirs}};
                if (f.hasBase)
                    fo.insert(QStringLiteral("base"), f.base.isUndefined() ? QJsonValue() : f.base);
                fields.append(fo);
            }
            o.insert(QStringLiteral("fields"), fields);
        }
        if (!r.tagsAdded.isEmpty())
            o.insert(QStringLiteral("tags_added"), QJsonArray::fromStringList(r.tagsAdded));
        if (!r.notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
        if (!r.resolvable)
            o.insert(QStringLiteral("resolvable"), false);
        list.append(o);
    }
    QJsonArray previous;
    for (const ImportLogEntry &e : previousImports)
        previous.append(QJsonObject{{QStringLiteral("imported_at"), toIsoUtc(e.importedAt)},
                                    {QStringLiteral("imported_by"), e.importedBy}});
    return QJsonObject{{QStringLiteral("source"),
                        QJsonObject{{QStringLiteral("name"), sourceName},
                                    {QStringLiteral("sha256"), sourceSha256},
                                    {QStringLiteral("kind"), sourceKind},
                                    {QStringLiteral("creator"), creator},
                                    {QStringLiteral("created_at"),
                                     sourceCreatedAt.isValid() ? toIsoUtc(sourceCreatedAt) : QString()}}},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("has_conflicts"), hasConflicts()},
                       {QStringLiteral("previous_imports"), previous},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("records"), list}};
}

QJsonObject ImportResult::toJson() const
{
    return QJsonObject{{QStringLiteral("changed"), changed},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("merged"), merged},
                       {QStringLiteral("copies"), copies},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("restored"), restored},
                       {QStringLiteral("tags_merged"), tagsMerged},
                       {QStringLiteral("kept"), kept},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("attachments_added"), attachmentsAdded},
                       {QStringLiteral("unchanged"), unchanged}};
}

} // namespace casebook
