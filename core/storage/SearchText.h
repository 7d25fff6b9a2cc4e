#pragma once

#include <QJsonObject>
#include <QString>

namespace casebook {

/// The text the full-text index holds for one stored use case document, computed once per write
/// instead of by a json_tree trigger. It is exactly what the view use_case_fts_source (migration
/// "fulltext") yields for the same document, so search results and ranks do not change.
class SearchText
{
public:
    /// The summary column: the document's summary, or empty.
    static QString summary(const QJsonObject &document);
    /// The body column: every text value of the document in document order, joined by spaces,
    /// outside the top-level fields uuid, code, title, summary, language and licence and outside
    /// keys that hold no prose (uuid, sha256, added_at, url) at any depth.
    static QString body(const QJsonObject &document);
};

} // namespace casebook
