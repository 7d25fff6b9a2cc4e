#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace casebook::test {

/// A PostgreSQL server of its own for a test: `initdb` and `pg_ctl start` from the PostgreSQL 15
/// binaries (Debian postgresql-15; CASEBOOK_PG_BINDIR names another folder) in a temporary folder,
/// listening only on a Unix socket there, with trust authentication for local connections (the
/// tests connect as any member role). PostgreSQL refuses to run as root: as root the server runs as
/// `nobody` through runuser, the folder handed to it. Stopped (immediately) and removed by the
/// destructor.
class PostgresTestServer
{
public:
    PostgresTestServer();
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    /// The folder of initdb and pg_ctl.
    static QString binDir();
    /// Whether the server binaries are installed (the tests skip when not).
    static bool available();

    /// Creates the cluster, starts it and creates the database `casebook` owned by the superuser
    /// `casebook_admin`. False with error() on failure.
    bool start();
    QString error() const { return m_error; }
    /// A libpq connection string for `user` (default: the superuser) to the database `dbname`.
    QString conninfo(const QString &user = {}, const QString &dbname = QStringLiteral("casebook")) const;
    QString socketDir() const { return m_dir.path(); }
    /// Makes the server ask `user` for a password (scram-sha-256 in pg_hba.conf; every other role
    /// stays trusted); the role's password is set as usual (ServerSchema::addMember). Waits until
    /// the reloaded server refuses `user` without one.
    bool requirePassword(const QString &user);

private:
    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_runAs; ///< the user the server runs as, when the test runs as root
    bool m_started = false;
    QString m_error;
};

} // namespace casebook::test

/// Starts `server` in a test function, skipping with a clear message when PostgreSQL is missing.
#define CASEBOOK_START_POSTGRES(server) \
    do { \
        if (!casebook::test::PostgresTestServer::available()) \
            QSKIP(qPrintable( \
                QStringLiteral("PostgreSQL server binaries not found in %1 (install postgresql-15 " \
                               "or set CASEBOOK_PG_BINDIR)") \
                    .arg(casebook::test::PostgresTestServer::binDir()))); \
        QVERIFY2((server).start(), qPrintable((server).error())); \
    } while (false)
