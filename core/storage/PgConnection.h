#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace casebook {

/// The rows a PostgreSQL statement returned, read as PostgreSQL writes them as text.
class PgRows
{
public:
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    /// The column's index, or -1.
    int column(const QString &name) const { return int(m_columns.indexOf(name)); }
    bool isNull(int row, const QString &column) const;
    /// The value in PostgreSQL's text form: booleans "t" and "f", numbers in C notation (numeric
    /// exactly), timestamps ISO 8601 in UTC with milliseconds, bytea as "\\x" and hex.
    QString text(int row, const QString &column) const;
    qint64 number(int row, const QString &column) const { return text(row, column).toLongLong(); }
    /// A bytea column's bytes.
    QByteArray bytes(int row, const QString &column) const;
    /// The number of rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const { return m_affected; }

private:
    friend class PgConnection;
    QVariant value(int row, const QString &column) const;

    QStringList m_columns;
    QList<QVariantList> m_rows; ///< an invalid QVariant for NULL
    qint64 m_affected = 0;
};

/// One connection to a PostgreSQL server through Qt's driver QPSQL (Debian libqt6sql6-psql): the
/// team repository (docs/team-repository.md). Statements take parameters ($1, $2...; PgStatement):
/// a QString or a number is sent as text, a QByteArray as bytea, a null QVariant as NULL. The SQL
/// that uses it lives in core/storage. Like every QSqlDatabase, it is used in the thread that
/// opened it. The driver (and libpq) are loaded by the first open(), so other commands do not.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    /// SQLSTATE classes a caller acts on.
    static constexpr char kInsufficientPrivilege[] = "42501";
    static constexpr char kUniqueViolation[] = "23505";

    /// Connects with a libpq connection string or URI ("service=casebook-team",
    /// "postgresql://host/db", "host=/run/pg dbname=casebook"; PgConnInfo). Without `password`,
    /// passwords come from libpq's own sources (~/.pgpass, PGPASSFILE, the service file); a
    /// `password` (from the desktop keychain) is handed to the driver for this connection only,
    /// never written to a message, a log or settings.
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
    bool inTransaction() const { return m_inTransaction; }

    /// The role the server knows this session as (current_user).
    QString user() const { return m_user; }
    /// The connection string as given with any password taken out (for messages and settings).
    static QString withoutPassword(const QString &conninfo);
    /// Whether a failed open() was refused by the server for want of a password, or of the right
    /// one (libpq's "no password supplied"; "password authentication failed", SQLSTATE 28P01).
    /// Not 28000: a refusal by pg_hba.conf, which no password changes.
    static bool wantsPassword(const Error &openError);
    /// The SQLSTATE of the last failed statement ("" when it succeeded).
    QString lastSqlState() const { return m_lastState; }

private:
    explicit PgConnection(const QString &connectionName);
    static Error driverMissing(const QString &detail);
    /// Runs `sql` (one statement or several); false with lastError() when one failed.
    bool run(QSqlQuery &query, const QString &sql);
    Error failure(const QSqlError &error, const QString &sql);

    QString m_name;
    QSqlDatabase m_db;
    QString m_user;
    QString m_lastState;
    bool m_inTransaction = false;
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
