#pragma once

#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace casebook {

/// Decides what in a typed key:value is not a filter Casebook knows, and what the person most
/// likely meant. One rule for the window and the command line.
class FilterAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FilterAdvice)
public:
    /// The filter keys (tag, vertical, ...) that `key` is probably a typo of, nearest first; empty
    /// when `key` is far from every filter key (then key:value is ordinary text, like http://x).
    static QStringList nearKeys(const QString &key);
    /// True when `id`, resolved from what was typed, is a value the filter on `field` can match.
    /// Free-text filters (tag, sdo, question) accept anything.
    static bool isKnownValue(SearchFilter::Field field, const QString &id);
    /// Values to offer instead of `typed`: the nearest one when close, else every value of a
    /// short list; empty when the list is long and nothing is close, and for SDGs.
    static QStringList valuesFor(SearchFilter::Field field, const QString &typed);
    /// Every filter key, for "filters are: ..." hints.
    static QStringList keys();
};

} // namespace casebook
