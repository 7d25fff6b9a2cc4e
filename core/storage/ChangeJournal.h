#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3_changeset_iter;
struct sqlite3_session;

namespace casebook {

class Database;

/// Where changes that take back a write could not be applied: a row of `table` is no longer as the
/// write left it (edited since, or changed by a later write).
struct ChangeConflict
{
    QString table; ///< empty for a foreign key that no longer holds once every change is in
    qint64 useCaseId = 0; ///< the use case the row belongs to, when the table says (0: none)
    /// A use case the write added was assessed since (or an assessment the write added to it
    /// scored again): taking the write back would remove those scores with it.
    bool scoredSince = false;
};

/// Records what one write (an import) changes in the tables that hold records, with SQLite's session
/// extension, so that it can be taken back later without a copy of the whole repository: the
/// record's size follows the write, not the repository (issue 13). Not recorded: what is derived
/// from those tables and written again when they change (the full-text index, the score index),
/// the attachment store's bytes (never deleted), the import log itself, sync state, settings and
/// saved views; the use case history, to which a write only adds (the range of its new rows is
/// enough); and the rows of the use cases the write adds (addUseCaseRow()), which are kept by id.
///
/// Take the changes before the write's transaction ends; apply them later with apply(), inside a
/// transaction, then write the derived rows of touchedUseCases() again.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)
public:
    /// Starts recording on `db`'s connection (an error in status() if SQLite cannot).
    explicit ChangeJournal(Database &db);
    ~ChangeJournal();
    ChangeJournal(const ChangeJournal &) = delete;
    ChangeJournal &operator=(const ChangeJournal &) = delete;

    /// The schema on which the recorded tables last changed: changes recorded on it or later apply
    /// to today's tables.
    static constexpr int kRecordedTablesSchema = 13;

    Status status() const { return m_status; }
    /// Runs `insertRow`, which adds one use case row and returns its id, without recording the row
    /// (nor the rows that go with it, such as its facets) when a journal records `db`'s writes: the journal
    /// keeps the id instead (addedUseCases()). A new row whole would cost as much to record as to
    /// write, and taking the write back removes it whole anyway. Without a journal, just runs it.
    static Result<qint64> addUseCaseRow(Database &db, const std::function<Result<qint64>()> &insertRow);
    /// The same for an assessment of a use case added through addUseCaseRow() (its rows go with the
    /// use case): `insertRow` adds the assessment's row and its scores. An assessment of any other
    /// use case is recorded whole.
    static Result<qint64> addAssessmentRow(Database &db, qint64 useCaseId,
                                           const std::function<Result<qint64>()> &insertRow);
    /// The ids of the use cases and assessments added so while this journal recorded.
    const QList<qint64> &addedUseCases() const { return m_addedUseCases; }
    const QList<qint64> &addedAssessments() const { return m_addedAssessments; }
    /// The changes that take back everything recorded so far (SQLite's inverted changeset); empty
    /// when nothing was changed.
    Result<QByteArray> undoChanges() const;

    /// Applies `changes` (from undoChanges()) to `db`, which must be inside a transaction. At the
    /// first row that is no longer as the write left it, nothing is applied and `conflict` says
    /// where; a row the write added that is gone already (deleted since) is not a conflict.
    /// With `tables`, only the changes of the tables it accepts are applied.
    static Status apply(Database &db, const QByteArray &changes, std::optional<ChangeConflict> &conflict,
                        const std::function<bool(const QString &table)> &tables = {});
    /// The keys of the rows of `table` (with a one-column integer key) that `changes` delete: the
    /// rows the write added there.
    static Result<QList<qint64>> deletedKeys(const QByteArray &changes, const QString &table);
    /// The ids of the use cases whose rows `changes` touch (the use case's own row, or a row of a
    /// table with a use_case_id column).
    static Result<QSet<qint64>> touchedUseCases(Database &db, const QByteArray &changes);

private:
    /// Calls `each` with every change of `changes`, its table and its operation (SQLITE_INSERT...).
    static Status
    forEachChange(const QByteArray &changes,
                  const std::function<void(sqlite3_changeset_iter *, const QString &, int)> &each);
    /// Runs `insertRow` with recording paused.
    Result<qint64> unrecorded(const std::function<Result<qint64>()> &insertRow);

    Database &m_db;
    sqlite3_session *m_session = nullptr;
    QList<qint64> m_addedUseCases;
    QSet<qint64> m_addedUseCaseSet;
    QList<qint64> m_addedAssessments;
    QStringList m_virtualTables; ///< their shadow tables are not recorded
    Status m_status;
};

} // namespace casebook
