#include "SqliteStatus.h"

#include "DatabaseTestAccess.h"

#include <sqlite3.h>

namespace casebook::test {

int pagesSpilled(Database &db)
{
    sqlite3 *sqlite = DatabaseTestAccess::sqliteHandle(db);
    int current = 0;
    int highest = 0;
    if (sqlite3_db_status(sqlite, SQLITE_DBSTATUS_CACHE_SPILL, &current, &highest, 0) != SQLITE_OK)
        return -1;
    return current;
}

} // namespace casebook::test
