#include "merge/ImportTakeBack.h"

#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ScoreIndex.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"
#include "support/Clock.h"

#include <QLocale>

namespace casebook {

Result<std::optional<ImportLogEntry>> ImportTakeBack::latest(Database &db)
{
    auto imports = ImportLogRepository(db).list(); // newest first
    if (!imports)
        return imports.error();
    for (const ImportLogEntry &e : std::as_const(*imports)) {
        if (!e.takenBackAt.isValid() && e.sourceKind != QLatin1String("sync"))
            return std::optional<ImportLogEntry>(e);
    }
    return std::optional<ImportLogEntry>();
}

Result<ImportUndo> ImportTakeBack::undoOf(Database &db, const ImportLogEntry &entry)
{
    const QString id = QString::number(entry.id);
    if (entry.takenBackAt.isValid())
        return makeError(ErrorCode::Usage,
                         tr("The import %1 of %2 was already taken back (%3).")
                             .arg(id, entry.sourceName,
                                  QLocale().toString(entry.takenBackAt.toLocalTime(), QLocale::ShortFormat)));
    if (entry.sourceKind == QLatin1String("sync"))
        return makeError(ErrorCode::Usage,
                         tr("The import %1 came from a sync (%2); a sync cannot be taken back.")
                             .arg(id, entry.sourceName));
    auto undo = ImportLogRepository(db).undoOf(entry.id);
    if (!undo)
        return undo.error();
    if (!*undo && !entry.backupPath.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            tr("The import %1 of %2 was made by an earlier version of Casebook, which kept a copy "
               "of the repository from before it instead: %3. Open that copy, or copy it over "
               "this repository, to go back.")
                .arg(id, entry.sourceName, entry.backupPath));
    if (!*undo)
        return makeError(ErrorCode::NotFound,
                         tr("The import %1 of %2 can no longer be taken back: Casebook keeps what the newest "
                            "%3 imports changed.")
                             .arg(id, entry.sourceName)
                             .arg(ImportLogRepository::kUndoKept));
    if ((*undo)->schemaVersion < ChangeJournal::kRecordedTablesSchema
        || (*undo)->schemaVersion > db.schemaVersion())
        return makeError(ErrorCode::Usage,
                         tr("The import %1 of %2 was made before this repository was upgraded to a newer "
                            "Casebook, so it cannot be taken back.")
                             .arg(id, entry.sourceName));
    return **undo;
}

Error ImportTakeBack::conflictError(Database &db, const ImportLogEntry &entry, const ChangeConflict &conflict)
{
    QString code;
    if (conflict.useCaseId) {
        auto found = UseCaseRepository(db).codeOfRow(conflict.useCaseId);
        code = found ? *found : QString();
    }
    const QString id = QString::number(entry.id);
    const QString message = conflict.scoredSince
        ? tr("The import %1 of %2 cannot be taken back: the use case %3, which it added, has been scored "
             "since, and taking the import back would remove those scores with it. Nothing was changed.")
              .arg(id, entry.sourceName, code)
        : !code.isEmpty()
        ? tr("The import %1 of %2 cannot be taken back: the use case %3 changed after it (edited here, or "
             "changed by a later import, which must be taken back first). Nothing was changed.")
              .arg(id, entry.sourceName, code)
        : tr("The import %1 of %2 cannot be taken back: a record it changed has changed after it (edited "
             "here, or changed by a later import, which must be taken back first). Nothing was changed.")
              .arg(id, entry.sourceName);
    return Error{ErrorCode::Usage, message, QStringLiteral("conflict in table %1").arg(conflict.table)};
}

Result<int> ImportTakeBack::putBack(Database &db, qint64 importId, const ImportUndo &undo,
                                    std::optional<ChangeConflict> &conflict)
{
    auto added = ImportLogRepository(db).addedUseCases(importId);
    if (!added)
        return added.error();
    // The use cases it added (kept by id) are checked and removed first: the conflict names one
    // that a later import changed, and their assessments are gone before the rubric versions the
    // import brought are (assessments hold on to their rubric).
    using Check = ImportLogRepository::AddedCheck;
    for (Check check : {Check::Revision, Check::Scored}) {
        if (Status s = checkAdded(db, importId, check, conflict); !s || conflict)
            return s ? Result<int>(0) : Result<int>(s.error());
    }
    if (Status s = UseCaseRepository(db).removeAddedBy(importId); !s)
        return s.error();
    if (Status s = putBackRecorded(db, undo, conflict); !s || conflict)
        return s ? Result<int>(0) : Result<int>(s.error());
    return rewriteDerived(db, undo, *added);
}

Status ImportTakeBack::putBackRecorded(Database &db, const ImportUndo &undo,
                                       std::optional<ChangeConflict> &conflict)
{
    // Putting a record back stores the version the import brought in its history (the trigger of
    // every update): those rows go, and so do the versions the import kept there (a range of ids;
    // recorded with the rest on schema 13, applied last so that no row id is taken twice). The
    // import is then as if it had not been made, and importing the same file again brings the same
    // changes (its versions would otherwise count as seen here). The tags it added go last, and
    // only those no use case carries: one given since to a use case of one's own stays.
    const QString versions = QStringLiteral("use_case_history");
    const QString tags = QStringLiteral("tags");
    HistoryRepository history(db);
    auto newestVersion = history.newestUseCaseVersionId();
    if (!newestVersion)
        return newestVersion.error();
    if (Status s =
            ChangeJournal::apply(db, undo.changes, conflict,
                                 [&](const QString &table) { return table != versions && table != tags; });
        !s || conflict)
        return s;
    if (Status s = history.removeUseCaseVersionsAfter(*newestVersion); !s)
        return s;
    if (Status s = history.removeUseCaseVersionsAfter(undo.historyAfter, undo.historyUntil); !s)
        return s;
    if (Status s = ChangeJournal::apply(db, undo.changes, conflict,
                                        [&versions](const QString &table) { return table == versions; });
        !s || conflict)
        return s;
    auto addedTags = ChangeJournal::deletedKeys(undo.changes, tags);
    if (!addedTags)
        return addedTags.error();
    return TagRepository(db).deleteUnused(*addedTags);
}

Status ImportTakeBack::checkAdded(Database &db, qint64 importId, ImportLogRepository::AddedCheck check,
                                  std::optional<ChangeConflict> &conflict)
{
    auto changed = ImportLogRepository(db).changedAddedUseCase(importId, check);
    if (!changed)
        return changed.error();
    if (*changed)
        conflict =
            ChangeConflict{check == ImportLogRepository::AddedCheck::Scored ? QStringLiteral("assessments")
                                                                            : QStringLiteral("use_cases"),
                           *changed, check == ImportLogRepository::AddedCheck::Scored};
    return {};
}

Result<int> ImportTakeBack::rewriteDerived(Database &db, const ImportUndo &undo, const QSet<qint64> &removed)
{
    // The rows derived from the records put back: the full-text index and the score index. Those
    // of the use cases removed went with them.
    auto touched = ChangeJournal::touchedUseCases(db, undo.changes);
    if (!touched)
        return touched.error();
    touched->subtract(removed);
    UseCaseRepository useCases(db);
    for (qint64 id : std::as_const(*touched)) {
        if (Status s = useCases.rewriteSearchText(id); !s)
            return s.error();
    }
    if (Status s = ScoreIndex(db).refreshUseCases(*touched); !s)
        return s.error();
    return int(touched->size() + removed.size());
}

Result<TakeBackResult> ImportTakeBack::run(Database &db, qint64 importId,
                                           const std::function<bool(int, int)> &progress)
{
    ImportLogRepository log(db);
    auto entry = log.get(importId);
    if (!entry)
        return entry.error();
    if (!*entry)
        return makeError(ErrorCode::NotFound, tr("There is no import %1 in this repository.").arg(importId));
    auto undo = undoOf(db, **entry);
    if (!undo)
        return undo.error();
    const Error cancelled{ErrorCode::Cancelled,
                          tr("Taking back the import %1 of %2 was cancelled; nothing was changed.")
                              .arg(QString::number(importId), (*entry)->sourceName),
                          {}};
    bool stopped = progress && !progress(0, 0);
    if (stopped)
        return cancelled;

    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    if (progress)
        db.setInterruption([&] { return stopped = stopped || !progress(0, 0); });
    std::optional<ChangeConflict> conflict;
    auto put = putBack(db, importId, *undo, conflict);
    db.setInterruption({});
    if (stopped)
        return cancelled; // SQLite stopped inside a statement: the transaction rolls back
    if (!put)
        return put.error();
    if (conflict) {
        tx.rollback();
        return conflictError(db, **entry, *conflict);
    }
    if (Status s = log.markTakenBack(importId, db.clock().nowUtc()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return TakeBackResult{**entry, *put};
}

} // namespace casebook
