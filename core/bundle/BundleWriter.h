#pragma once

#include "bundle/ZipLimits.h"
#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace casebook {

/// Who made a bundle (manifest `creator`).
struct BundleCreator
{
    QString name;
    QString organization;
    QString email;
};

/// Writes records (as RecordCollector gathers them) into a .casebook bundle: a ZIP with
/// manifest.json, usecases.json, rubrics.json, assessments.json, tags.json, tombstones.json and
/// attachments/<sha256> (docs/bundle-format.md). Documents are compact JSON. Everything Casebook holds
/// can be shared: a list document that would exceed the reader's entry limit continues in numbered
/// parts (usecases-0002.json, ...), and the finished bundle is checked against the limits the reader
/// applies to a file of its size (ZipLimits::forFileSize) before it replaces the destination; what
/// the reader would refuse is refused with a message naming it.
/// Deterministic: the same records give the same documents and entries byte for byte (only the
/// manifest's created_at differs). Atomic: the destination holds the complete bundle or what it held
/// before, never a part.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    struct Options
    {
        BundleCreator creator;
        QDateTime createdAt; ///< invalid: now
        /// Manifest `lean`: some attachments named by records are not in the bundle (the caller
        /// leaves them out of `records.attachments`).
        bool lean = false;
        QString selection; ///< how the records were chosen, for people (manifest `selection`)
        /// Called between steps with (done, total); returning false cancels (ErrorCode::Cancelled,
        /// nothing written).
        std::function<bool(int, int)> progress;
        /// The reader's limits the bundle must stay within. Unset: what BundleReader uses, the
        /// budgets for the finished file's size (ZipLimits::forFileSize), checked before the file
        /// replaces the destination.
        std::optional<ZipLimits> limits;
    };

    /// The JSON documents of a bundle by entry name (no manifest, no attachments), split into parts
    /// where a list would exceed `limits.maxEntrySize`. Refuses a record that alone exceeds it.
    static Result<QMap<QString, QByteArray>> documents(const IncomingRecords &records,
                                                       const ZipLimits &limits = ZipLimits());
    /// The manifest for these entries.
    static QByteArray manifest(const IncomingRecords &records, const QMap<QString, QByteArray> &entries,
                               const Options &options);
    /// Writes the bundle to `path` atomically. Returns the size of the file written.
    static Result<qint64> write(const IncomingRecords &records, const QString &path, const Options &options);

private:
    /// Refuses entries a reader with `limits` would refuse (records per list, entry count, entry size,
    /// size of the JSON documents, total size).
    static Status checkLimits(const IncomingRecords &records, const QMap<QString, QByteArray> &entries,
                              const QByteArray &manifestJson, const ZipLimits &limits);
};

} // namespace casebook
