#pragma once

#include "merge/ImportAction.h"
#include "merge/ImportCodes.h"
#include "merge/ImportPlan.h"
#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace casebook {

class ChangeJournal;
class Database;
struct ImportUndo;
struct UseCaseStoredForm;

/// The last step of an import (ImportPlanner::apply): writes the actions decided from the plan in
/// one transaction, after logging the import (imports, record_origins). A failure rolls everything
/// back, so the repository is exactly as it was.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)
public:
    /// `now` is the time of the import (logged as imported_at).
    ImportWriter(Database &db, const IncomingRecords &incoming, const QDateTime &now);

    /// Logs the import with `result`'s counts, then makes every action; sets result.importId and
    /// counts (and notes) assessments left out because their use case or rubric is not here.
    /// `progress` (done, total) is called before each action; returning false rolls everything back
    /// (ErrorCode::Cancelled). With `keepUndo`, what the actions change is kept with the import's
    /// log entry (ChangeJournal, ImportLogRepository::keepUndo), so ImportTakeBack can take it back.
    Status write(const QList<ImportAction> &actions, ImportResult &result,
                 const std::function<bool(int, int)> &progress = {}, bool keepUndo = true);
    /// The error of an import of `sourceName` the user cancelled (while planning or writing).
    static Error cancelled(const QString &sourceName);

private:
    Result<qint64> logImport(const ImportResult &result);
    /// Keeps what the journal recorded, so that the import can be taken back.
    Status keep(const ChangeJournal &journal, ImportUndo &undo, qint64 importId);
    Status writeActions(const QList<ImportAction> &actions, ImportResult &result,
                        const std::function<bool(int, int)> &progress);
    /// Makes one action; returns the uuid (or hash) of the record whose origin is noted, if any.
    /// `form` is the stored form of the action's use case computed ahead, if any; `givenCode` the
    /// code given to a use case inserted without one (ImportCodes::give).
    Result<QString> perform(const ImportAction &action, ImportResult &result, const UseCaseStoredForm *form,
                            const QString &givenCode);
    /// Inserts or updates the action's use case under the code ImportCodes settles on.
    Result<QString> writeUseCase(const ImportAction &action, ImportResult &result,
                                 const UseCaseStoredForm *form, const QString &givenCode);
    /// Placeholders for attachments a use case names whose bytes are neither here nor incoming.
    Status ensureAttachments(const UseCase &useCase);
    bool skipsAssessment(const Assessment &assessment, ImportResult &result);
    /// Saves an incoming assessment against its rubric, read once per import (m_rubrics).
    Result<QString> saveAssessment(const Assessment &assessment);
    /// Saves an incoming round sheet; one that no longer fits the workshop here is skipped and noted.
    Result<QString> saveSheet(const ImportAction &action, ImportResult &result);

    Database &m_db;
    const IncomingRecords &m_in;
    QDateTime m_now;
    /// The rubrics assessments were saved against, by the rubric uuid they name; emptied when a
    /// rubric is inserted (the only change to rubrics an import makes).
    QHash<QString, Rubric> m_rubrics;
    std::optional<ImportCodes> m_codes; ///< set by writeActions
    QSet<QString> m_versionsKept; ///< the use cases whose incoming version an action keeps in history
};

} // namespace casebook
