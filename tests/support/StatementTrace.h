#pragma once

#include <QStringList>

#include <functional>

namespace casebook {
class Database;
}

namespace casebook::test {

/// The statements `call` runs on the connection of `db`, in order, with their values in place
/// (SQLite's statement trace; statements run by triggers appear as their `--` comments).
QStringList statementsOf(Database &db, const std::function<void()> &call);

} // namespace casebook::test
