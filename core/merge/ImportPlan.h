#pragma once

#include "storage/ImportLogRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// The kinds of record an import carries.
enum class RecordKind { UseCase, Rubric, Assessment, Attachment, Workshop, RoundSheet };

/// How an incoming record relates to the local one.
enum class RecordStatus {
    New, ///< not here (and not deleted here)
    Identical, ///< same content here (tags may still be added)
    ChangedThere, ///< changed at the source only: taken automatically
    ChangedHere, ///< changed here only (or the incoming version is already known): kept
    Merged, ///< changed on both sides in different fields: merged field by field automatically
    Conflict, ///< the same field changed on both sides, or no common earlier version: a choice
    DeletedThere, ///< deleted at the source, still here: kept unless the member chooses otherwise
    DeletedHere, ///< deleted here, present at the source: stays deleted unless the member chooses otherwise
};

/// Which side changed a field since the common earlier version.
enum class FieldChange {
    There, ///< only the incoming side: taken
    Here, ///< only the local side: kept
    Both, ///< both sides (or no common version known): a conflict
};

/// One side of a merge.
enum class Side { Mine, Theirs };

/// One field that differs between the local and the incoming record.
struct FieldDiff
{
    QString field; ///< a key of UseCaseContent::fields(), or "scores/<criterion>" for assessments
    bool hasBase = false;
    QJsonValue base; ///< the value in the common earlier version (when hasBase)
    QJsonValue mine; ///< undefined when the local record has no such field
    QJsonValue theirs; ///< undefined when the incoming record has no such field
    FieldChange change = FieldChange::Both;
    bool isConflict() const { return change == FieldChange::Both; }
};

/// What the planner found for one incoming record.
struct RecordPlan
{
    RecordKind kind = RecordKind::UseCase;
    RecordStatus status = RecordStatus::New;
    /// Identifies the record in Resolutions: "use_case:<uuid>", "assessment:<uuid>", ... (a use
    /// case without a uuid: "use_case:#<index>").
    QString key;
    QString uuid; ///< the local uuid when matched, else the incoming one
    QString code; ///< use cases
    QString title; ///< use case title, rubric name, "assessor — use case" for assessments
    int incomingIndex = -1; ///< index in the IncomingRecords list of its kind
    QList<FieldDiff> fields;
    QStringList tagsAdded; ///< tags the incoming record adds (tags merge as a union)
    int mineRevision = 0;
    int theirsRevision = 0;
    QDateTime mineModifiedAt; ///< for DeletedHere: when it was deleted here
    QDateTime theirsModifiedAt; ///< for DeletedThere: when it was deleted there
    QString mineModifiedBy;
    QString theirsModifiedBy;
    QStringList notes; ///< translated remarks (code already used here, no common version...)
    bool resolvable = true; ///< false when no choice can change the outcome (a rubric version conflict)
    bool hasConflicts() const;
};

/// The plan of an import: one RecordPlan per incoming record. Made by ImportPlanner::plan(),
/// shown by the preview, answered by Resolutions.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    QString sourceName;
    QString sourceSha256;
    QString sourceKind;
    QString creator;
    QDateTime sourceCreatedAt;
    QList<RecordPlan> records;
    QList<ImportLogEntry> previousImports; ///< earlier imports of the same source (by SHA-256)
    QStringList warnings; ///< translated (e.g. attachments left out of a lean bundle)

    int count(RecordKind kind, RecordStatus status) const;
    int count(RecordStatus status) const;
    bool hasConflicts() const;
    const RecordPlan *find(const QString &key) const;

    static QString
    kindName(RecordKind kind); ///< use_case, rubric, assessment, attachment, workshop, round_sheet
    static QString statusName(RecordStatus status); ///< new, identical, changed_there, ...
    static QString changeName(FieldChange change); ///< there, here, both
    /// A translated label for people: "New", "Changed there only", ...
    static QString statusLabel(RecordStatus status);
    static QList<RecordStatus> allStatuses();

    /// The plan as JSON for `import --dry-run --format json` (documented in docs/cli.md).
    QJsonObject toJson() const;
};

/// A policy that answers every open question of a plan at once (CLI --policy, the preview's default).
enum class MergePolicy {
    KeepMine, ///< default: conflicting fields keep the local value; deletions are not propagated
    TakeTheirs, ///< conflicting fields take the incoming value; deletions are propagated
    Newest, ///< the side modified (or deleted) last wins, record by record
};

/// The member's choice for one record.
enum class RecordChoice {
    Automatic, ///< one-sided changes merge; conflicts follow the policy
    KeepMine, ///< every differing field keeps the local value
    TakeTheirs, ///< every differing field takes the incoming value
    KeepBoth, ///< the local record stays as it is; the incoming one is added as a copy (new UUID)
};

struct RecordResolution
{
    RecordChoice choice = RecordChoice::Automatic;
    /// Per-field choices (use cases only); they win over `choice`.
    QHash<QString, Side> fields;
};

/// Answers to a plan: a policy and per-record choices keyed by RecordPlan::key.
struct Resolutions
{
    MergePolicy policy = MergePolicy::KeepMine;
    QHash<QString, RecordResolution> records;
};

/// What apply() did.
struct ImportResult
{
    bool changed = false; ///< false when there was nothing to do (nothing was written, not even the log)
    int added = 0; ///< new records (use cases, rubrics, assessments)
    int updated = 0; ///< records replaced by the incoming version
    int merged = 0; ///< records merged field by field
    int copies = 0; ///< incoming records added as copies (keep both)
    int deleted = 0; ///< records deleted because they were deleted at the source
    int restored = 0; ///< records deleted here and restored from the source
    int tagsMerged = 0; ///< records that only gained tags
    int kept = 0; ///< records where the local version was kept (the incoming one went to history)
    int skipped = 0; ///< assessments whose use case or rubric is not here
    int attachmentsAdded = 0;
    int unchanged = 0;
    qint64 importId = 0; ///< its entry in the import log (what ImportTakeBack takes)
    QStringList notes;
    QJsonObject toJson() const;
};

} // namespace casebook
