#pragma once

#include <QtGlobal>

namespace casebook {

/// Bounds that SafeZipReader enforces from the central directory before it decompresses anything,
/// and the bounds of a .casebook bundle that BundleReader adds (JSON documents, records). The
/// defaults keep reading, planning and importing any bundle of at most kBaseFileSize within about
/// 300 MB of memory; forFileSize() grows the budgets in proportion to a larger file, so that
/// memory stays proportional to the file. BundleReader and BundleWriter both use forFileSize().
/// Callers may tighten the values.
struct ZipLimits
{
    /// Files up to this size get the default budgets (the proven 300 MB bound).
    static constexpr qint64 kBaseFileSize = qint64(10) * 1024 * 1024;
    /// Above kBaseFileSize: unpacked bytes of JSON documents per byte of file. Exported use cases
    /// deflate about 5:1, assessments about 10:1 (docs/bundle-format.md, "Limits").
    static constexpr qint64 kDocumentsPerFileByte = 12;
    /// Above kBaseFileSize: unpacked bytes of all entries (and of one entry) per byte of file:
    /// the JSON's factor, with a margin for attachments (stored, or deflated a little).
    static constexpr qint64 kTotalPerFileByte = 14;
    /// Above kBaseFileSize: records per MB of file. Exported use cases take about 1,300 per MB,
    /// assessments about 5,400 per MB.
    static constexpr qint64 kRecordsPerFileMB = 8000;

    /// The budgets for a bundle file of `fileBytes`: the defaults up to kBaseFileSize, above it each
    /// size and record budget the larger of its default and its factor times the file's size.
    static ZipLimits forFileSize(qint64 fileBytes);

    /// Most entries an archive may list.
    int maxEntries = 10000;
    /// Most bytes one entry may declare (and yield) when unpacked.
    qint64 maxEntrySize = qint64(64) * 1024 * 1024;
    /// Most bytes all entries together may declare when unpacked. Every entry is held in memory
    /// while a bundle is read and imported.
    qint64 maxTotalSize = qint64(64) * 1024 * 1024;
    /// Bundles: most bytes all JSON documents (every entry but attachments) may declare together
    /// when unpacked. Parsed JSON and the records built from it take several times these bytes.
    qint64 maxDocumentsSize = qint64(28) * 1024 * 1024;
    /// Bundles: most records (use cases, assessments and deleted records together) a bundle may
    /// hold. Each record takes a few KB once planned, however small its JSON.
    int maxRecords = 10000;
    /// Highest uncompressed/compressed ratio of one entry. Deflate can reach about 1032:1 on
    /// zeros; ordinary JSON stays far below 100:1.
    double maxCompressionRatio = 100.0;
    /// The ratio is only checked for entries that unpack to more than this many bytes, so that a
    /// small, very regular file (a few KB of spaces) is not mistaken for a bomb.
    qint64 ratioCheckMinSize = qint64(64) * 1024;
    /// Longest entry name, in bytes.
    int maxNameLength = 160;
    /// Whether directory entries ("name/") are accepted. Bundles have none.
    bool allowDirectories = false;
};

inline ZipLimits ZipLimits::forFileSize(qint64 fileBytes)
{
    ZipLimits l;
    if (fileBytes <= kBaseFileSize)
        return l;
    l.maxTotalSize = qMax(l.maxTotalSize, kTotalPerFileByte * fileBytes);
    l.maxEntrySize = qMax(l.maxEntrySize, l.maxTotalSize);
    l.maxDocumentsSize = qMax(l.maxDocumentsSize, kDocumentsPerFileByte * fileBytes);
    const qint64 records = kRecordsPerFileMB * fileBytes / (1024 * 1024);
    l.maxRecords = int(qBound(qint64(l.maxRecords), records, qint64(1) << 30));
    return l;
}

} // namespace casebook
