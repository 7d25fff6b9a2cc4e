#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QVariant;

namespace casebook {

/// A statement prepared once through SQLite's own API on a Database's connection and reused
/// (Database::sqliteStatement). For the writes an import repeats per record, per score and per
/// facet row (issue 13): Qt SQL formats a placeholder name for every value bound and hands text
/// over as UTF-16, which SQLite translates back to UTF-8; together about 8% of an import of
/// 10,000 use cases; and for the reads it repeats per record. Bind every value (from 1), then
/// run() (a write) or eachRow() (a query): each steps to the end, resets, and clears the bindings,
/// so the statement never holds a read open or a pointer to a value.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, qint64 value);
    /// Text; a null QString binds NULL, as Qt SQL does.
    void bind(int index, const QString &text);
    void bindNull(int index);
    /// As Qt's SQLite driver binds it: NULL for a null variant (of any type), a null string or a
    /// null byte array; a byte array as a blob; integers, booleans and reals as numbers; a string
    /// (or anything else, as its string) as text.
    void bind(int index, const QVariant &value);
    /// Binds `values` in order from the first placeholder on, each as bind(int, const QVariant &).
    void bindAll(const QList<QVariant> &values);

    /// Steps the statement to its end; false on failure (then errorText() and isConstraint()).
    bool run();
    /// Steps a query to its end, calling `row()` for each row it gives (read the row inside with
    /// the column functions); then resets like run(). False on failure (then errorText()).
    template<typename Row> bool eachRow(const Row &row)
    {
        while (stepRow())
            row();
        return m_error == 0;
    }
    qint64 columnInt64(int index) const;
    /// Text as UTF-8 from SQLite; a null QString for NULL.
    QString columnText(int index) const;
    bool columnIsNull(int index) const;
    /// SQLite's message for the failed run(), for an Error's detail.
    const QString &errorText() const { return m_errorText; }
    /// Whether the failed run() broke a constraint (UNIQUE, FOREIGN KEY, NOT NULL, CHECK).
    bool isConstraint() const;
    qint64 lastInsertRowId() const;
    /// Rows the last run() inserted, updated or deleted.
    int changes() const;

private:
    /// One step: true on a row; at the end or on failure false, with the statement reset.
    bool stepRow();
    /// Records the outcome of the last step, resets, and clears the bindings.
    void finish(int rc);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    QList<QByteArray> m_kept; ///< the UTF-8 of bound text, alive until the run
    int m_error = 0;
    QString m_errorText;
};

} // namespace casebook
