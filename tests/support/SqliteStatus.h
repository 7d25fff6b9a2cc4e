#pragma once

namespace casebook {
class Database;
}

namespace casebook::test {

/// How many changed pages the connection of `db` has written to the log before their transaction
/// committed, because its page cache was full (SQLite's SQLITE_DBSTATUS_CACHE_SPILL), since it
/// opened; -1 if SQLite does not say.
int pagesSpilled(Database &db);

} // namespace casebook::test
