#pragma once

#include <QList>
#include <QString>

namespace casebook {

/// The words that differ between two versions of a text, as character ranges of each, so a view
/// can highlight them by formatting ranges (never by building markup from the text).
struct WordDiff
{
    struct Range
    {
        int start = 0;
        int length = 0;
        bool operator==(const Range &o) const { return start == o.start && length == o.length; }
    };
    QList<Range> mine; ///< ranges of `a` that `b` does not have
    QList<Range> theirs; ///< ranges of `b` that `a` does not have

    /// Compares `a` and `b` word by word (a word is a run of letters and digits; spaces and
    /// punctuation are tokens of their own). Texts too long to compare word by word in a blink are
    /// compared by their common beginning and end only.
    static WordDiff between(const QString &a, const QString &b);
};

} // namespace casebook
