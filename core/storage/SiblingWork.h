#pragma once

#include "storage/Database.h"

#include <future>
#include <optional>
#include <type_traits>
#include <utility>

namespace casebook {

/// Starts `work(reader)` on another thread with a read connection of its own that reads as `db`
/// does (Database::openSibling), for work that only reads (issue 13: the other core of a 2-core
/// laptop). Returns no future (not valid()) when `db` is inside a transaction, whose writes another
/// connection would not see; the future gives nothing when the connection did not open. Either
/// way the caller does the work itself, on `db`.
template<typename Work>
auto startOnSibling(Database &db, Work work)
    -> std::future<std::optional<std::invoke_result_t<Work &, Database &>>>
{
    using Out = std::optional<std::invoke_result_t<Work &, Database &>>;
    if (db.transactionDepth() > 0)
        return {};
    return std::async(std::launch::async, [&db, work = std::move(work)]() mutable -> Out {
        auto reader = db.openSibling(); // opened and used on that thread only
        if (!reader)
            return std::nullopt;
        return work(**reader);
    });
}

} // namespace casebook
