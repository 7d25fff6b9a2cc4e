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
};

} // namespace casebook::bench
