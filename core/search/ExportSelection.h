#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casebook {

class Database;

/// Which use cases an export takes: the selection options shared by every export
/// (`--ids`, `--tag`, `--query`, `--since`). All given criteria must hold; none given means all.
struct ExportSelection
{
    Q_DECLARE_TR_FUNCTIONS(ExportSelection)
public:
    QStringList ids; ///< UUIDs or codes; each must exist
    QString tag; ///< a tag, with its sub-tags (as tag: in a search)
    QString query; ///< search text (SearchQuery::parse)
    QDateTime since; ///< modified at or after this instant (UTC)

    /// True when no criterion is given: the whole repository.
    bool isEverything() const
    {
        return ids.isEmpty() && tag.isEmpty() && query.trimmed().isEmpty() && !since.isValid();
    }
    /// For people and the bundle manifest, e.g. "tag: water; changed since 2026-01-01T00:00:00.000Z".
    QString describe() const;

    /// Reads "2026-03-01", "2026-03-01T10:00" or a full ISO 8601 timestamp (UTC unless it says
    /// otherwise); an invalid QDateTime when the text is none of these.
    static QDateTime parseSince(const QString &text);

    /// The UUIDs of the selected use cases in code order. An id that names no use case is an
    /// ErrorCode::NotFound error.
    Result<QStringList> resolve(Database &db) const;
};

} // namespace casebook
