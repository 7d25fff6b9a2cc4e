#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace casebook {

class Database;

/// One applied import: where it came from and what it did.
struct ImportLogEntry
{
    qint64 id = 0;
    QString sourceSha256; ///< SHA-256 of the imported file (or of the incoming records)
    QString sourceName; ///< file name as the user chose it
    QString sourceKind; ///< "bundle", "csv", ...
    QString creator; ///< who made the source (bundle manifest), if known
    QDateTime sourceCreatedAt;
    QDateTime importedAt;
    QString importedBy;
    QString backupPath; ///< the copy of the repository taken before the import (older imports)
    QJsonObject counts; ///< e.g. {"added": 3, "updated": 1, "merged": 0, ...}
    QDateTime takenBackAt; ///< when it was taken back; invalid while it stands
    bool canTakeBack = false; ///< what it changed is kept (ImportLogRepository::keepUndo)

    /// Records it added; updated (replaced or merged); deleted: how the log and the take-back
    /// question count an import.
    int added() const { return counts.value(QLatin1String("added")).toInt(); }
    int updated() const
    {
        return counts.value(QLatin1String("updated")).toInt() + counts.value(QLatin1String("merged")).toInt();
    }
    int deleted() const { return counts.value(QLatin1String("deleted")).toInt(); }
};

/// What an import changed, as the changes that take it back (ChangeJournal::undoChanges).
struct ImportUndo
{
    int schemaVersion = 0; ///< the schema they were recorded on (ChangeJournal::kRecordedTablesSchema)
    QByteArray changes;
    /// The use cases the import added, and the assessments it added to them (ChangeJournal), kept
    /// with the revision and time the import left them at (table import_added) when the undo is kept.
    QList<qint64> addedUseCases;
    QList<qint64> addedAssessments;
    /// The versions the import kept in the use case history: ids in (historyAfter, historyUntil].
    qint64 historyAfter = 0;
    qint64 historyUntil = 0;
};

/// Where a record came from: the import that first brought it and the last one that changed it.
struct RecordOrigin
{
    QString kind; ///< use_case, rubric, assessment, attachment
    QString uuid;
    qint64 firstImportId = 0;
    qint64 lastImportId = 0;
    QString lastAction; ///< added, updated, merged, copied, deleted, restored
};

/// The import log (tables imports and record_origins).
class ImportLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportLogRepository)
public:
    /// How many imports can be taken back: the newest ones.
    static constexpr int kUndoKept = 8;

    explicit ImportLogRepository(Database &db);

    /// Remembers an import; returns its id.
    Result<qint64> add(const ImportLogEntry &entry);
    /// Notes that an import added or changed a record.
    Status noteOrigin(const QString &kind, const QString &uuid, qint64 importId, const QString &action);
    /// Every import, newest first.
    Result<QList<ImportLogEntry>> list() const;
    /// One import, if there is one with that id.
    Result<std::optional<ImportLogEntry>> get(qint64 id) const;
    /// Imports of one source file (by its SHA-256) that were not taken back, newest first.
    Result<QList<ImportLogEntry>> findBySource(const QString &sourceSha256) const;
    /// Keeps what import `importId` changed, so it can be taken back; drops what older imports
    /// changed beyond the newest kUndoKept.
    Status keepUndo(qint64 importId, const ImportUndo &undo);
    /// What import `importId` changed, if it is still kept.
    Result<std::optional<ImportUndo>> undoOf(qint64 importId) const;
    /// The ids of the use cases import `importId` added, while what it changed is kept.
    Result<QSet<qint64>> addedUseCases(qint64 importId) const;
    enum class AddedCheck {
        Revision, ///< it has another revision or time since (edited, or changed by a later import)
        Scored, ///< an assessment the import added to it was scored again, or another one was made
    };
    /// The first use case import `importId` added that is no longer as the import left it by
    /// `check`; 0 when every one is as it was left (or deleted since).
    Result<qint64> changedAddedUseCase(qint64 importId, AddedCheck check) const;
    /// Notes that import `importId` was taken back at `at` and drops what it changed.
    Status markTakenBack(qint64 importId, const QDateTime &at);
    /// The origin of a record, if an import brought or changed it.
    Result<std::optional<RecordOrigin>> origin(const QString &kind, const QString &uuid) const;

private:
    /// Keeps the revision and time of the rows `ids` of `kind` (use_case, assessment) that the
    /// import added.
    Status keepAdded(qint64 importId, const QString &kind, const QList<qint64> &ids);
    Result<QList<ImportLogEntry>> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace casebook
