#include "SqliteStatus.h"

#include "DatabaseTestAccess.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace casebook::test {

int pagesSpilled(Database &db)
{
    const QVariant handle = DatabaseTestAccess::connection(db).driver()->handle();
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    int current = 0;
    int highest = 0;
    if (sqlite3_db_status(sqlite, SQLITE_DBSTATUS_CACHE_SPILL, &current, &highest, 0) != SQLITE_OK)
        return -1;
    return current;
}

} // namespace casebook::test
