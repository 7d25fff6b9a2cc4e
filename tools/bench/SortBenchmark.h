#pragma once

#include <QString>

namespace casebook {
class Database;
}

namespace casebook::bench {

class Report;

/// The list's sort by the Score column over a whole repository (the stored index, ScoreIndex), as
/// the window's model asks for its pages of 200: a page in the middle (descending), the first page
/// (ascending), the last page, and the first page under a facet filter and under a two-word search.
class SortBenchmark
{
public:
    /// Times each case on `db` (medians of `runs`); `useCases` places the middle and last pages.
    static void run(Database &db, int useCases, int runs, Report &report);
    /// The same on a repository file made by `casebook-bench generate`, opened read-only; false when
    /// it cannot be read.
    static bool run(const QString &path, int runs, Report &report);
};

} // namespace casebook::bench
