#pragma once

#include "storage/ImportLogRepository.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace casebook {

class Database;
struct ChangeConflict;

/// What taking back an import did.
struct TakeBackResult
{
    ImportLogEntry import; ///< the import, as logged before it was taken back
    int useCases = 0; ///< use cases it touched, now as they were before it
};

/// Takes back one import: puts every record it added, changed or deleted back as it was before it,
/// from what ImportWriter kept (ChangeJournal), in one transaction, and notes it in the import log.
/// Refused, changing nothing, when a record the import changed has changed since (edited here, or
/// changed by a later import: take that one back first), when the import is not one of the newest
/// ImportLogRepository::kUndoKept, came from a sync, was taken back already, or was made before
/// the repository was upgraded. The versions the import brought are not kept (the file still has
/// them): importing it again brings the same changes.
class ImportTakeBack
{
    Q_DECLARE_TR_FUNCTIONS(ImportTakeBack)
public:
    /// `progress` (0, 0: how far is not known) is called every few thousand steps of SQLite while
    /// the changes are put back; returning false stops it (ErrorCode::Cancelled), changing nothing.
    static Result<TakeBackResult> run(Database &db, qint64 importId,
                                      const std::function<bool(int, int)> &progress = {});
    /// The newest import that stands (not taken back, not a sync): what "take back the last
    /// import" means; none when there is no such import.
    static Result<std::optional<ImportLogEntry>> latest(Database &db);

private:
    static Result<ImportUndo> undoOf(Database &db, const ImportLogEntry &entry);
    /// Removes the use cases the import added, puts the records it changed back (the histories
    /// last) and writes their derived rows again; returns how many use cases it touched. A conflict
    /// is returned in `conflict`; the caller rolls back.
    static Result<int> putBack(Database &db, qint64 importId, const ImportUndo &undo,
                               std::optional<ChangeConflict> &conflict);
    /// Applies the recorded changes: the records, then the histories, then the tags it added.
    static Status putBackRecorded(Database &db, const ImportUndo &undo,
                                  std::optional<ChangeConflict> &conflict);
    /// Sets `conflict` when a use case the import added (kept by id) changed since by `check`.
    static Status checkAdded(Database &db, qint64 importId, ImportLogRepository::AddedCheck check,
                             std::optional<ChangeConflict> &conflict);
    /// Writes again the search and score-index rows of the use cases the changes touched, but for
    /// those `removed`; returns how many use cases the take-back touched, removed ones included.
    static Result<int> rewriteDerived(Database &db, const ImportUndo &undo, const QSet<qint64> &removed);
    static Error conflictError(Database &db, const ImportLogEntry &entry, const ChangeConflict &conflict);
};

} // namespace casebook
