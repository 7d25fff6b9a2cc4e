#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casebook {

class Database;

/// What an ExportSelection chose once the sharing rule was applied.
struct SelectedUseCases
{
    QStringList uuids; ///< the use cases to export, in code order
    /// The codes of the use cases that matched but were left out because they are restricted,
    /// in code order (empty when the selection includes restricted use cases).
    QStringList restrictedLeftOut;

    int leftOut() const { return int(restrictedLeftOut.size()); }
};

/// Which use cases an export takes: the selection options shared by every export
/// (`--ids`, `--tag`, `--query`, `--since`, `--include-restricted`). All given criteria must hold;
/// none given means all.
///
/// The sharing rule lives here, once, for every export (bundle, spreadsheet, JSON, report, XML):
/// a use case whose sharing level is "restricted" leaves only when `includeRestricted` is set,
/// even when `ids` names it. resolve() applies the rule; select() also says what it left out, so
/// an export can tell the member (and a bundle's manifest can record it, see describe()).
struct ExportSelection
{
    Q_DECLARE_TR_FUNCTIONS(ExportSelection)
public:
    /// The sharing level (vocabulary id) that never leaves without includeRestricted.
    static QString restrictedLevel() { return QStringLiteral("restricted"); }

    QStringList ids; ///< UUIDs or codes; each must exist (restricted ones are still left out)
    QString tag; ///< a tag, with its sub-tags (as tag: in a search)
    QString query; ///< search text (SearchQuery::parse)
    QDateTime since; ///< modified at or after this instant (UTC)
    bool includeRestricted = false; ///< the member chose to export restricted use cases too

    /// True when no criterion is given: the whole repository (restricted use cases still follow
    /// includeRestricted).
    bool isEverything() const
    {
        return ids.isEmpty() && tag.isEmpty() && query.trimmed().isEmpty() && !since.isValid();
    }
    /// For people and the bundle manifest, e.g. "tag: water; changed since 2026-01-01T00:00:00.000Z";
    /// says when restricted use cases were included.
    QString describe() const;
    /// describe() and how many restricted use cases `chosen` left out, e.g. "everything; 2
    /// restricted use case(s) left out".
    QString describe(const SelectedUseCases &chosen) const;

    /// Reads "2026-03-01", "2026-03-01T10:00" or a full ISO 8601 timestamp (UTC unless it says
    /// otherwise); an invalid QDateTime when the text is none of these.
    static QDateTime parseSince(const QString &text);

    /// The selected use cases in code order, without the restricted ones unless includeRestricted,
    /// and the codes of those it left out. An id that names no use case is an ErrorCode::NotFound
    /// error.
    Result<SelectedUseCases> select(Database &db) const;
    /// The UUIDs of select(): what every export writes.
    Result<QStringList> resolve(Database &db) const;
};

} // namespace casebook
