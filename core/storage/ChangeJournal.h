#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3_session;

namespace casebook {

class Database;

/// Where changes that take back a write could not be applied: a row of `table` is no longer as the
/// write left it (edited since, or changed by a later write).
struct ChangeConflict
{
    QString table; ///< empty for a foreign key that no longer holds once every change is in
    qint64 useCaseId = 0; ///< the use case the row belongs to, when the table says (0: none)
};

/// Records what one write (an import) changes in the tables that hold records, with SQLite's session
/// extension, so that it can be taken back later without a copy of the whole repository: the
/// record's size follows the write, not the repository (issue 13). Not recorded: what is derived
/// from those tables and written again when they change (the full-text index, the score index),
/// the attachment store's bytes (never deleted), the import log itself, sync state, settings and
/// saved views. The histories are recorded: taking an import back removes the versions it kept.
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

    Status status() const { return m_status; }
    /// The changes that take back everything recorded so far (SQLite's inverted changeset); empty
    /// when nothing was changed.
    Result<QByteArray> undoChanges() const;

    /// Applies `changes` (from undoChanges()) to `db`, which must be inside a transaction. At the
    /// first row that is no longer as the write left it, nothing is applied and `conflict` says
    /// where; a row the write added that is gone already (deleted since) is not a conflict.
    /// With `tables`, only the changes of the tables it accepts are applied.
    static Status apply(Database &db, const QByteArray &changes, std::optional<ChangeConflict> &conflict,
                        const std::function<bool(const QString &table)> &tables = {});
    /// The ids of the use cases whose rows `changes` touch (the use case's own row, or a row of a
    /// table with a use_case_id column).
    static Result<QSet<qint64>> touchedUseCases(Database &db, const QByteArray &changes);

private:
    sqlite3_session *m_session = nullptr;
    QStringList m_virtualTables; ///< their shadow tables are not recorded
    Status m_status;
};

} // namespace casebook
