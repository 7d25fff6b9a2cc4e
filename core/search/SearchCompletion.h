#pragma once

#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace casebook {

/// One proposal for the word being typed in the search box.
struct CompletionItem
{
    QString insertion; ///< what replaces the word ("vertical:", "smart_city", "\"ETSI TC\"")
    QString display; ///< how the list shows it ("smart_city - Smart city services")
};

/// The proposals for the word under the cursor and the span of text they replace.
struct CompletionProposal
{
    int start = 0; ///< first character replaced
    int end = 0; ///< one past the last character replaced
    bool forKey = false; ///< the items are filter keys ("tag:"), not values
    QList<CompletionItem> items;
    bool isEmpty() const { return items.isEmpty(); }
};

/// Completion for the search box: filter keys while one is typed, then the values of that key
/// (vocabulary ids, SDG numbers, country codes, and the tags, SDOs and Questions present in the
/// repository). Only the word (or the comma-separated alternative) at the cursor is replaced, so the
/// rest of the query stays as typed. The UI shows the items; the rules live here.
class SearchCompletion
{
    Q_DECLARE_TR_FUNCTIONS(SearchCompletion)
public:
    /// The values present in the repository for a field without a vocabulary (tag, sdo, question).
    using ValueSource = std::function<QStringList(SearchFilter::Field)>;
    /// At most this many items are proposed.
    static constexpr int kMaxItems = 50;

    /// Proposals for the word at `cursor` in `text`. Keys need at least one typed letter unless
    /// `evenWhenEmpty` (the member asked for completion); values are proposed from the ':' on.
    /// A value typed in full is not proposed again (longer ones still are: sdg:1 offers 10 to 17).
    static CompletionProposal propose(const QString &text, int cursor, const ValueSource &values,
                                      bool evenWhenEmpty = false);
    /// `text` with the proposal's span replaced by `item`; `cursor` (if given) receives the position
    /// just after the insertion.
    static QString apply(const QString &text, const CompletionProposal &proposal, const CompletionItem &item,
                         int *cursor = nullptr);
    /// Every filter key with its colon, in SearchFilter::Field order ("tag:", "vertical:"...).
    static QStringList keys();
};

} // namespace casebook
