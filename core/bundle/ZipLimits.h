#pragma once

#include <QtGlobal>

namespace casebook {

/// Bounds that SafeZipReader enforces from the central directory before it decompresses anything.
/// The defaults suit a .casebook bundle (JSON documents plus attachments); callers may tighten them.
struct ZipLimits
{
    /// Most entries an archive may list.
    int maxEntries = 10000;
    /// Most bytes one entry may declare (and yield) when unpacked.
    qint64 maxEntrySize = qint64(64) * 1024 * 1024;
    /// Most bytes all entries together may declare when unpacked.
    qint64 maxTotalSize = qint64(512) * 1024 * 1024;
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
