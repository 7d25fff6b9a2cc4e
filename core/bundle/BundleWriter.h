#pragma once

#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>

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
/// attachments/<sha256> (docs/bundle-format.md). Deterministic: the same records give the same
/// documents and entries byte for byte (only the manifest's created_at differs). Atomic: the
/// destination holds the complete bundle or what it held before, never a part.
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
    };

    /// The JSON documents of a bundle by entry name (no manifest, no attachments).
    static QMap<QString, QByteArray> documents(const IncomingRecords &records);
    /// The manifest for these entries.
    static QByteArray manifest(const IncomingRecords &records, const QMap<QString, QByteArray> &entries,
                               const Options &options);
    /// Writes the bundle to `path` atomically. Returns the size of the file written.
    static Result<qint64> write(const IncomingRecords &records, const QString &path, const Options &options);
};

} // namespace casebook
