#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace casebook {

/// The rows a PostgreSQL statement returned, copied out of libpq (text format).
class PgRows
{
public:
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    /// The column's index, or -1.
    int column(const QString &name) const { return int(m_columns.indexOf(name)); }
    bool isNull(int row, const QString &column) const;
    QString text(int row, const QString &column) const;
    qint64 number(int row, const QString &column) const { return text(row, column).toLongLong(); }
    /// A bytea column, decoded from PostgreSQL's hex output.
    QByteArray bytes(int row, const QString &column) const;
    /// The number of rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const { return m_affected; }

private:
    friend class PgConnection;
    QStringList m_columns;
    QList<QList<QByteArray>> m_rows;
    QList<QList<bool>> m_nulls;
    qint64 m_affected = 0;
};

/// One connection to a PostgreSQL server through libpq: the team repository (docs/team-repository.md).
/// Statements take bound parameters only ($1, $2...): a QString or a number is sent as text, a
/// QByteArray as bytea, a null QVariant as NULL. The SQL that uses it lives in core/storage.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    /// SQLSTATE classes a caller acts on.
    static constexpr char kInsufficientPrivilege[] = "42501";
    static constexpr char kUniqueViolation[] = "23505";

    /// Connects with a libpq connection string or URI ("service=casebook-team",
    /// "postgresql://host/db", "host=/run/pg dbname=casebook"). `password`, when given, is sent
    /// instead of any in the connection string (the desktop keychain's, ServerPasswords); without
    /// it, libpq's own sources (~/.pgpass, PGPASSFILE, the service file). Never from Casebook's
    /// settings, never in a message.
    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo, const QString &password = {});
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs one statement with bound parameters.
    Result<PgRows> exec(const QString &sql, const QVariantList &params = {});
    /// Runs several statements at once (a migration script); no parameters.
    Status execScript(const QString &sql);
    /// BEGIN (with `mode`, e.g. "ISOLATION LEVEL REPEATABLE READ READ ONLY"), COMMIT, ROLLBACK.
    Status begin(const QString &mode = {});
    Status commit();
    void rollback();
    bool inTransaction() const;

    /// The role the server knows this session as (current_user).
    QString user() const { return m_user; }
    /// The connection string as given with any password taken out (for messages and settings).
    static QString withoutPassword(const QString &conninfo);
    /// The SQLSTATE of the last failed statement ("" when it succeeded).
    QString lastSqlState() const { return m_lastState; }

private:
    struct Handle;
    explicit PgConnection(std::unique_ptr<Handle> handle);
    Error failure(const QString &detail, const QString &state);

    std::unique_ptr<Handle> m_handle;
    QString m_user;
    QString m_lastState;
};

/// A server transaction that rolls back unless committed (the server's counterpart of Transaction).
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &pg, const QString &mode = {});
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    Status status() const { return m_status; }
    Status commit();

private:
    PgConnection &m_pg;
    Status m_status;
    bool m_done = false;
};

} // namespace casebook
