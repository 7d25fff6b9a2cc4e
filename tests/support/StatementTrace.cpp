#include "StatementTrace.h"

#include "DatabaseTestAccess.h"

#include <sqlite3.h>

namespace casebook::test {

namespace {

int collect(unsigned type, void *context, void *statement, void *)
{
    if (type == SQLITE_TRACE_STMT) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace

QStringList statementsOf(Database &db, const std::function<void()> &call)
{
    sqlite3 *sqlite = DatabaseTestAccess::sqliteHandle(db);
    QStringList statements;
    sqlite3_trace_v2(sqlite, SQLITE_TRACE_STMT, collect, &statements);
    call();
    sqlite3_trace_v2(sqlite, 0, nullptr, nullptr);
    return statements;
}

} // namespace casebook::test
