#pragma once

#include "merge/ImportPlan.h"
#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace casebook {

class Database;

/// Plans and applies the import of records from any source (bundle, spreadsheet) into a local
/// repository, never losing anybody's work.
///
/// Usage (every source):
/// ```cpp
/// IncomingRecords in = ...;                        // parsed and validated by the source's reader
/// auto plan = ImportPlanner::plan(db, in);         // reads only; nothing is written
/// if (!plan) return plan.error();
/// Resolutions answers;                             // policy + per-record / per-field choices
/// answers.policy = MergePolicy::KeepMine;
/// answers.records[plan->records[0].key].choice = RecordChoice::KeepBoth;
/// ImportPlanner::ApplyOptions options;
/// options.expected = &*plan;                       // refuse if the repository changed since
/// auto result = ImportPlanner::apply(db, in, answers, options);
/// ```
///
/// How use cases are compared (three-way merge, see docs/bundle-format.md):
/// - Content = UseCaseContent::fields() (every field but revision, modified_*, tags), hashed.
/// - Same hash: Identical. The incoming hash is in local history: ChangedHere (already seen).
///   The local hash is in the incoming `ancestry`: ChangedThere (fast-forward), but only when the
///   incoming record is not older than the local content (its modified_at is not before the time
///   that content was first seen here); an older one is a Conflict. Ancestry is a claim.
/// - Otherwise the latest common ancestor is the first `ancestry` hash found in local history
///   (found by content only, never by revision number: revisions are counted per repository).
///   Fields changed on one side merge automatically (Merged); a field changed on both sides is a
///   conflict (Conflict). With no common version every differing field is a conflict.
/// - Tags merge as a union. Assessments belong to their assessor: matched by uuid or by (use case,
///   rubric, assessor); the higher revision wins; equal revisions with different scores conflict.
///   Rubric versions are immutable: a different definition under a known UUID is kept as it is.
///
/// apply() runs in named steps: plan (again, so that what is written is what the repository holds
/// now) -> ImportActions (every write, decided first) -> ImportWriter, all in one write transaction
/// (another writer waits from the plan to the commit). It writes nothing at all when there is
/// nothing to do, writes everything or nothing, keeps what it
/// changed so that the import can be taken back (ImportTakeBack), keeps every losing version in
/// use_case_history / assessment_history, and logs the import (imports, record_origins). Importing the same
/// records twice changes nothing.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    struct ApplyOptions
    {
        /// Keep what the import changes with its log entry, so it can be taken back (ImportTakeBack):
        /// the size of that record follows the import, where a copy of the repository before each
        /// import followed the repository (issue 13).
        bool keepUndo = true;
        /// When set, apply() refuses (ErrorCode::Usage) if the fresh plan differs from this one
        /// (the repository changed between preview and apply).
        const ImportPlan *expected = nullptr;
        /// Called while planning, with (records compared, records to compare), then while writing,
        /// with (records written, records to write); returning false cancels (ErrorCode::Cancelled):
        /// nothing is written, or everything written is rolled back; the repository is as it was.
        std::function<bool(int, int)> progress;
        /// When set, receives the plan apply() made and writes by, as soon as it is made: a caller
        /// that shows no preview thus plans once (issue 13), and reads the counts from it. Left
        /// empty when the planning itself failed.
        std::optional<ImportPlan> *planned = nullptr;
    };

    /// Compares incoming records with the repository. Reads only. Fails (InputRejected) on
    /// duplicate UUIDs in the input or an attachment reference whose bytes are nowhere.
    /// `progress` (records compared, records to compare), if set, is called before each rubric,
    /// use case and assessment; returning false stops the plan (ErrorCode::Cancelled).
    static Result<ImportPlan> plan(Database &db, const IncomingRecords &incoming,
                                   const std::function<bool(int, int)> &progress = {});

    /// Applies the incoming records as `resolutions` answer the plan, in one transaction.
    static Result<ImportResult> apply(Database &db, const IncomingRecords &incoming,
                                      const Resolutions &resolutions, const ApplyOptions &options);
    static Result<ImportResult> apply(Database &db, const IncomingRecords &incoming,
                                      const Resolutions &resolutions)
    {
        return apply(db, incoming, resolutions, ApplyOptions());
    }

    /// The side a differing field will take under `resolutions` (what the preview shows as chosen).
    static Side chosenSide(const RecordPlan &record, const FieldDiff &field, const Resolutions &resolutions);
    /// Whether a DeletedThere record will be deleted / a DeletedHere record restored, or a
    /// conflicting assessment replaced, under `resolutions`.
    static bool takesTheirs(const RecordPlan &record, const Resolutions &resolutions);
};

} // namespace casebook
