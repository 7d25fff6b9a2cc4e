#pragma once

#include "bundle/BundleWriter.h"
#include "bundle/ZipLimits.h"
#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace casebook {

/// Reads and validates a received .casebook bundle (untrusted input) into IncomingRecords for
/// ImportPlanner. Nothing is written anywhere. The archive is read by SafeZipReader (bounded,
/// hostile-input safe) with the bundle's layout as name filter; then every entry is checked
/// against the manifest (size and SHA-256, no entry missing or extra), the manifest's format
/// version is checked (a newer major version is refused), and every document is validated:
/// types, ranges, required fields, text limits, dates, invalid Unicode, duplicate UUIDs and codes,
/// and references (assessments to use cases and rubrics in the bundle, criteria and levels to
/// their rubric, attachments to entries, tags to tags.json).
///
/// A refusal is an Error with ErrorCode::InputRejected (ErrorCode::NewerVersion for a newer
/// format), a one-sentence message that starts with the file name, and a technical detail.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)
public:
    struct Manifest
    {
        QString formatVersion;
        QString minReaderVersion;
        QString appVersion;
        QDateTime createdAt;
        BundleCreator creator;
        bool lean = false;
        QString selection;
        QJsonObject counts;
    };

    struct Bundle
    {
        Manifest manifest;
        IncomingRecords records; ///< sourceName = file name, sourceSha256 = SHA-256 of the file
        qint64 fileSize = 0;
        QStringList warnings; ///< translated, e.g. fields from a newer Casebook that were kept
    };

    /// Budgets from the file's size (ZipLimits::forFileSize).
    BundleReader() = default;
    /// Fixed budgets, whatever the file's size.
    explicit BundleReader(const ZipLimits &limits);

    /// Reads, checks and validates the bundle at `path`.
    Result<Bundle> read(const QString &path) const;

private:
    std::optional<ZipLimits> m_limits;
};

} // namespace casebook
