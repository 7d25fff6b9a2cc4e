#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace casebook {

class Database;

/// A use case's full-text row as its write computes it (UseCaseStoredForm); the tags are read from
/// the stored links when the row is written.
struct SearchTextRow
{
    qint64 id = 0;
    QString code;
    QString title;
    QByteArray summary; ///< UTF-8
    QByteArray body; ///< UTF-8
};

/// Defers the full-text rows of a bulk write (an import, a sync, an add of many) to its end. FTS5
/// writes the rows it holds as a segment of their own whenever a statement of the transaction opens
/// a statement journal (a write with triggers, such as a synced repository's sync_changed ones), so
/// rows written record by record made one segment per record, and merging them cost each write more
/// as the index grew (issue 13). Made inside an all-or-nothing transaction (Transaction::Nesting::
/// Join), it registers on the database: write() then notes the rows, and flush() writes them
/// together, none for a record removed meanwhile. Call flush() inside that transaction, before it
/// commits, and before anything in it searches; one destroyed unflushed drops what it noted (its
/// transaction then cannot commit). Made anywhere else, or while another is registered on the same
/// database, it does nothing: rows are written at once, or by the outer one's flush().
class SearchTextDeferral
{
    Q_DECLARE_TR_FUNCTIONS(SearchTextDeferral)
public:
    explicit SearchTextDeferral(Database &db);
    ~SearchTextDeferral();
    SearchTextDeferral(const SearchTextDeferral &) = delete;
    SearchTextDeferral &operator=(const SearchTextDeferral &) = delete;

    /// Writes every noted row, first noted first, and forgets them.
    Status flush();

    /// Writes `row` into the index now, or notes it when a deferral is alive on `db`.
    static Status write(Database &db, SearchTextRow row);
    /// Forgets the noted row of `useCaseId`, if any (its row is being removed or rewritten).
    static void forget(Database &db, qint64 useCaseId);

private:
    /// Past this many noted bytes, the rows are written before the next is noted: a bulk write of
    /// 100,000 records holds two megabytes more (an import at the bundle limits peaked at 309 MB
    /// with eight, 289 MB with two, 285 MB writing each row at once), and a segment still takes
    /// about 700 records of 2 KB of text.
    static constexpr qint64 kMaxNotedBytes = 2 * 1024 * 1024;
    /// What a noted row holds besides its text (its strings' and the hash's bookkeeping), counted
    /// against kMaxNotedBytes so that many tiny records are bounded too.
    static constexpr qint64 kRowBytes = 160;

    static qint64 bytesOf(const SearchTextRow &row);

    Status note(SearchTextRow row);
    /// Writes the row into the index (its tags as stored now).
    static Status insert(Database &db, const SearchTextRow &row);

    Database &m_db;
    bool m_active = false;
    std::vector<qint64> m_order; ///< ids as first noted; one forgotten and noted again appears twice
    QHash<qint64, SearchTextRow> m_rows;
    qint64 m_bytes = 0;
};

} // namespace casebook
