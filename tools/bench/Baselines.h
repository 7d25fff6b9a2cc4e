#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace casebook::bench {

/// One file of a bundle, read into memory.
struct ZipEntry
{
    QString name;
    QByteArray data;
};

/// What the same work costs without Casebook: the bare SQLite C API and QuaZip (zlib).
class Baselines
{
public:
    /// Every entry of a ZIP file, read with QuaZip ("unzip" in memory).
    static QList<ZipEntry> unzip(const QString &zipPath);
    /// The entries written to a new ZIP file, deflated at level 6 (as `zip -6`).
    static bool zip6(const QList<ZipEntry> &entries, const QString &zipPath);
    /// A bulk load of the bundle's rows into a new database through the bare SQLite API: one row
    /// per use case (its JSON) with an FTS5 row (title, all its text), one per other JSON record
    /// and one per attachment; WAL, synchronous=FULL, one transaction, statements prepared once.
    /// Returns the rows written, -1 on failure.
    static int bulkLoad(const QList<ZipEntry> &entries, const QString &dbPath);
    /// The median time in milliseconds of `runs` runs of the query on the repository's own FTS5
    /// table with the same ranking, first page of `limit` rows, through the bare SQLite API on one
    /// open connection. `rows` receives the rows of the last run (-1 on failure).
    static double ftsQueryMs(const QString &dbPath, const QString &match, int limit, int runs, int *rows);
};

} // namespace casebook::bench
