#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// A filter typed as key:value, e.g. tag:energy, vertical:health, sdg:11, region:Africa, stage:pilot.
struct SearchFilter
{
    /// Gap: the interoperability facet of one of the record's gaps; Sdo: a gap's candidate SDO or
    /// a standard's body; Question: an ITU-T Question of the record or of one of its gaps.
    enum class Field { Tag, Vertical, Sdg, Region, Country, Stage, Context, Status, Gap, Sdo, Question };
    Field field = Field::Tag;
    /// Alternatives (tag:a,b matches either), each resolved to a vocabulary id where the field has
    /// a vocabulary, else as typed.
    QStringList values;
    bool negated = false;
    bool operator==(const SearchFilter &o) const
    {
        return field == o.field && values == o.values && negated == o.negated;
    }
};

/// One text term: a word, a "phrase", or a prefix*.
struct SearchTerm
{
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool operator==(const SearchTerm &o) const
    {
        return text == o.text && phrase == o.phrase && prefix == o.prefix;
    }
};

/// A piece of a search that was not used as typed, and why: shown under the search box and by
/// `casebook-cli search` on standard error.
struct SearchProblem
{
    enum class Kind {
        UnknownFilter, ///< key:value whose key is close to a filter key (stge:pilot): left out
        UnknownValue, ///< a filter value no record can have (stage:bogus, sdg:99): left out
        SearchedAsText, ///< key:value whose key is no filter (foo:bar): searched as words
        NothingToSearch, ///< no letter or digit (a lone *): left out
        TooMany, ///< beyond kMaxTerms or kMaxFilterValues: left out
    };
    Kind kind = Kind::NothingToSearch;
    QString typed; ///< the piece as typed
    QString key; ///< the key as typed, lower case (key:value pieces)
    QString value; ///< the value that is not known (UnknownValue)
    /// Pieces to put in place of `typed`, nearest first (stage:pilot), or empty.
    QStringList suggestions;

    /// One translated sentence for the person who typed it.
    QString message() const;
    bool operator==(const SearchProblem &o) const
    {
        return kind == o.kind && typed == o.typed && suggestions == o.suggestions;
    }
};

/// What a person typed in the search box, parsed. Parsing never fails: whatever cannot be used
/// is listed in `ignored` so the UI can say so.
struct SearchQuery
{
    /// At most this many text terms (alternatives and exclusions included); the rest are ignored.
    static constexpr int kMaxTerms = 64;
    /// At most this many filter values (all key:value filters and their alternatives together).
    static constexpr int kMaxFilterValues = 64;

    /// Groups of terms: every group must match; the terms within one group are alternatives (OR).
    QList<QList<SearchTerm>> groups;
    QList<SearchTerm> excluded; ///< -word or -"phrase"
    QList<SearchFilter> filters;
    QStringList ignored; ///< pieces of input that could not be used, as typed
    /// Why each piece of `ignored` was left out, and every key:value searched as words; see
    /// FilterAdvice for what counts as an unknown filter and what is offered instead.
    QList<SearchProblem> problems;

    bool isEmpty() const { return groups.isEmpty() && excluded.isEmpty() && filters.isEmpty(); }
    bool hasText() const { return !groups.isEmpty(); }

    /// Parses user input: words, "phrases" (an unbalanced quote runs to the end), prefix*,
    /// OR between terms, -exclusion, and key:value filters (tag, vertical, sdg, region, country,
    /// stage, context, status, gap, sdo, question; values may be quoted; unquoted values split on ',' into
    /// alternatives). A key close to a filter key (stge:) or a value no record can have
    /// (stage:bogus) is left out with a problem naming the nearest valid one; other keys (http://x,
    /// foo:bar) are searched as text, with a problem unless the value starts with "//". Terms beyond
    /// kMaxTerms and filters beyond kMaxFilterValues values are listed in `ignored`.
    static SearchQuery parse(const QString &input);
    /// How many text terms the query holds (every alternative and exclusion).
    int termCount() const;
    /// How many filter values the query holds (every alternative of every filter).
    int filterValueCount() const;

    /// The same query without the filters on `field` (for facet counts).
    SearchQuery withoutField(SearchFilter::Field field) const;
    /// The resolved values of the positive filters on `field`.
    QStringList filterValues(SearchFilter::Field field) const;

    /// The query key for a field ("tag", "vertical", "sdg", ...).
    static QString keyOf(SearchFilter::Field field);
    /// The field a typed key stands for (ignoring case; "tags" too); none for an unknown key.
    static std::optional<SearchFilter::Field> fieldOf(const QString &key);
    /// A filter value as it is written after "key:": quoted when it holds spaces, ',' or '"'.
    static QString formatValue(const QString &value);
    /// Adds `value` to the key:value filter of `key` in `text`, or removes it when present, keeping
    /// the rest of the text as typed. Used by facet clicks so the search box shows every filter.
    static QString toggleFilter(const QString &text, SearchFilter::Field field, const QString &value);

    /// The FTS5 MATCH expression for the positive text groups of terms that the unicode61
    /// tokenizer can index: groups joined by an explicit AND, alternatives in parentheses joined by
    /// OR, every term quoted, so no input can produce an FTS syntax error.
    QString ftsExpression() const;
    /// The FTS5 expression matching any excluded term (for NOT IN).
    QString excludedFtsExpression() const;
    /// True when a group holds a term that the word index cannot find (see needsSubstringMatch);
    /// such groups are left out of ftsExpression() and matched term by term by storage.
    static bool groupNeedsSubstringMatch(const QList<SearchTerm> &group);
    /// The FTS5 expression for one term (quoted, with * for a prefix).
    static QString ftsTerm(const SearchTerm &term);
    /// True when a term contains a character of a script that does not separate words by spaces
    /// (Chinese, Japanese, Thai...): the word index cannot find it inside a sentence, so storage
    /// matches it as a substring instead.
    static bool needsSubstringMatch(const QString &text);
};

} // namespace casebook
