#pragma once

#include "Benchmarks.h"

namespace casebook::bench {

/// Issue 14: the first sync of a new member with a team repository of `useCases` use cases (on a
/// PostgreSQL server of its own, tests/support/PostgresTestServer), against the bundle import of
/// the same records into a new repository (target: within 3x). Both run casebook-cli as a process.
class SyncBenchmark
{
public:
    static int run(const RunOptions &options, QTextStream &out);
    /// Issue 13: a sync that receives `options.added` new use cases into a member's repository
    /// already synced with a team repository that holds the repository at `path` (made by
    /// `generate`), against the same sync into one synced with an empty team repository; and a
    /// sync with nothing to receive or send, at both sizes (target: within 1.5x). Each side has a
    /// PostgreSQL server of its own; the runs alternate.
    static int receive(const RunOptions &options, const QString &path, QTextStream &out);
};

} // namespace casebook::bench
