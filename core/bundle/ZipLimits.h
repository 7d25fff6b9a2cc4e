#pragma once

#include <QtGlobal>

namespace casebook {

/// Bounds that SafeZipReader enforces from the central directory before it decompresses anything,
/// and the bounds of a .casebook bundle that BundleReader adds (JSON documents, records). The
/// defaults suit a bundle and keep reading, planning and importing any bundle within about 300 MB
/// of memory; BundleWriter checks what it writes against the same values. Callers may tighten them.
struct ZipLimits
{
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

} // namespace casebook
