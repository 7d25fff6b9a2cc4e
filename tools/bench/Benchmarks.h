#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace casebook::bench {

struct RunOptions
{
    int useCases = 10000; ///< the repository searched, exported and imported
    int added = 500; ///< use cases added (and imported) to measure the cost per record at 0 and at useCases
    int assessors = 10;
    quint32 seed = 1;
    int runs = 5;
    QString cli; ///< casebook-cli, run as a whole process for import and export
    QString workDir; ///< where the files go (a temporary folder when empty)
    bool addOnly = false; ///< run: generate, then only add and import-into (e.g. at 100,000)
};

/// Removes a repository file with its write-ahead log and backups.
void removeDb(const QString &path);
/// Copies a repository file and its write-ahead log over `to`, then makes the system write the
/// copy to disk, so that the timed run after it does not wait for a gigabyte of another file's
/// writing at its own first fsync.
bool copyDb(const QString &from, const QString &to);
/// Runs casebook-cli as a whole process; false (with a warning) when it fails.
bool runCli(const QString &cli, const QStringList &args);

/// Every benchmark of issue 13 that has no window, each with its baseline in the same run.
class Benchmarks
{
public:
    static int run(const RunOptions &options, QTextStream &out);
    /// Only the list's queries (search, facet filter, sorts) on an existing repository made by
    /// `generate` (`path`), opened without changing it.
    static int queries(const RunOptions &options, const QString &path, QTextStream &out);
    /// Only the export benchmark, of an existing repository (`path`) made by `generate`.
    static int exportOnly(const RunOptions &options, const QString &path, QTextStream &out);
    /// The import benchmark alone, on a bundle exported (untimed) from the repository at `path`.
    static int importOnly(const RunOptions &options, const QString &path, QTextStream &out);
    /// Only the re-rank benchmarks (1,000 use cases × 10 assessors × 12 criteria, no repository).
    static int rerank(const RunOptions &options, QTextStream &out);

private:
    static int bundleOnly(const RunOptions &options, const QString &path, QTextStream &out, bool import);
};

} // namespace casebook::bench
