#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

class QIODevice;

namespace casebook {

/// Writes a ZIP archive deterministically: entries in the order they were added, one fixed timestamp
/// for all of them, fixed attributes, no varying extra fields and no data descriptors, so the same
/// entries always give byte-identical output. Names must follow ZipNameRules (relative ASCII paths).
/// write() goes through QSaveFile, so the destination holds either the complete new archive or
/// whatever it held before, never a half-written file.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Compression {
        Deflate, ///< for text such as JSON
        Store, ///< for data that is already compressed (PNG, PDF, ...)
    };

    /// Longest entry name accepted; minizip in QuaZip 1.4 mishandles very long names.
    static constexpr int MaxNameLength = 160;

    /// `timestamp` is stored in every entry, as UTC; ZIP can only hold 1980-01-01 to 2107-12-31 with
    /// an even number of seconds. The default is 1980-01-01 00:00:00 UTC.
    explicit ZipWriter(const QDateTime &timestamp = defaultTimestamp());

    /// 1980-01-01 00:00:00 UTC, the earliest time a ZIP entry can carry.
    static QDateTime defaultTimestamp();

    /// Appends an entry. Entries are written in the order they are added; names are checked by write().
    void addEntry(const QString &name, const QByteArray &data,
                  Compression compression = Compression::Deflate);

    int entryCount() const { return int(m_entries.size()); }

    /// Writes the archive to `path` atomically (QSaveFile). On any error the destination is unchanged.
    /// `accept`, if set, is given the finished archive's size before it replaces the destination; an
    /// error it returns is returned and leaves the destination unchanged.
    Status write(const QString &path, const std::function<Status(qint64)> &accept = {}) const;

    /// Builds the archive in memory, for callers that hash or stream it and for tests.
    Result<QByteArray> toByteArray() const;

private:
    struct PendingEntry
    {
        QString name;
        QByteArray data;
        Compression compression = Compression::Deflate;
    };

    Status validate() const;
    Status writeTo(QIODevice *device) const;

    QDateTime m_timestamp;
    static constexpr int kDeflateLevel = 6;
    QVector<PendingEntry> m_entries;
};

} // namespace casebook
