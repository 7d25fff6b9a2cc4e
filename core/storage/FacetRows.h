#pragma once

#include "support/Result.h"

#include <QtGlobal>

class QJsonObject;
class QVariant;

namespace casebook {

class Database;

/// Writes the facet rows of a use case (verticals, SDGs, regions, countries, development contexts,
/// gap facets, standards bodies, ITU-T Questions, attachments) from the document stored for it, in
/// the transaction of the write (migration 10, issue 13). They are the rows, in the order, that the
/// triggers of migration 6 selected with json_each (which parsed the document eleven times per
/// write and made every insert of a use case open a statement journal): each value as json_each
/// gives it, SQLite's trim() (spaces only) where they trimmed, the same INSERT OR IGNORE, so the
/// tables' types, collations and keys decide as before. Values that are not objects where a
/// member is read give no row (the documents UseCaseJson writes hold objects there).
class FacetRows
{
public:
    explicit FacetRows(Database &db);

    /// On a file of an older schema (a test's, or while it is being upgraded) its triggers write
    /// and clear the rows, and write() and clear() do nothing.
    ///
    /// Adds the rows of `document` (the JSON stored in use_cases.document) for the use case `id`.
    /// An attachment whose bytes are not stored fails its foreign key: the error's detail holds
    /// SQLite's text ("FOREIGN KEY constraint failed").
    Status write(qint64 id, const QJsonObject &document);
    /// Removes every facet row of the use case `id` (before writing those of its new version).
    Status clear(qint64 id);

private:
    bool writtenByTriggers() const;
    Status insert(const char *table, qint64 id, const QVariant &value);
    Database &m_db;
};

} // namespace casebook
