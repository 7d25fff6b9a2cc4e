#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>

namespace casebook {

/// Test-only access to a Database's SQL connection (private to core/storage everywhere else), for
/// DatabaseDump and for tests that forge or inspect rows. Never compiled into the application.
struct DatabaseTestAccess
{
    static QSqlDatabase connection(const Database &db) { return db.connection(); }
    static Result<SqliteStatement *> sqliteStatement(const Database &db, const std::string &sql)
    {
        return db.sqliteStatement(sql);
    }
    /// SQLite's own handle of the connection, for what Qt SQL does not say (traces, status counters).
    static sqlite3 *sqliteHandle(const Database &db) { return db.sqliteHandle(); }
};

} // namespace casebook
