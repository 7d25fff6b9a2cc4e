#pragma once

#include <QStringList>

namespace casebook {
class Database;
}

namespace casebook::test {

/// Every row of every table as "table|cell|cell...", in a stable order: a logical dump to prove
/// that a refused operation changed nothing. The full-text index's internal tables are left out
/// unless `withSearchIndex`.
QStringList dumpDatabase(Database &db, bool withSearchIndex = false);

} // namespace casebook::test
