#pragma once

namespace casebook {
class Database;
}

namespace casebook::test {

/// The segments the full-text index (use_cases_fts) holds, read from its structure record: FTS5
/// writes the rows it holds as a new segment at each commit, savepoint or statement journal.
int searchIndexSegments(Database &db);

/// Stops FTS5 from merging segments on `db` (automerge 0), so that searchIndexSegments() counts
/// the segments as they were written. Merging still happens at FTS5's crisis level (16 on a level).
bool stopSearchIndexMerges(Database &db);

} // namespace casebook::test
