#include "search/SearchCompletion.h"

#include "model/Vocabulary.h"

#include <array>

namespace casebook {

namespace {

using Field = SearchFilter::Field;

constexpr std::array<Field, 11> kFields{Field::Tag,     Field::Vertical, Field::Sdg,     Field::Region,
                                        Field::Country, Field::Stage,    Field::Context, Field::Status,
                                        Field::Gap,     Field::Sdo,      Field::Question};

struct Candidate
{
    QString id;
    QString label;
};

QString keyHint(Field field)
{
    switch (field) {
    case Field::Tag: return SearchCompletion::tr("a tag");
    case Field::Vertical: return SearchCompletion::tr("a vertical");
    case Field::Sdg: return SearchCompletion::tr("a Sustainable Development Goal, 1 to 17");
    case Field::Region: return SearchCompletion::tr("an ITU region");
    case Field::Country: return SearchCompletion::tr("a country (ISO 3166 code)");
    case Field::Stage: return SearchCompletion::tr("a deployment stage");
    case Field::Context: return SearchCompletion::tr("a development context");
    case Field::Status: return SearchCompletion::tr("an approval status");
    case Field::Gap: return SearchCompletion::tr("the interoperability facet of a gap");
    case Field::Sdo: return SearchCompletion::tr("a gap's candidate SDO or a standard's body");
    case Field::Question: return SearchCompletion::tr("an ITU-T Question, e.g. Q2/20");
    }
    return {};
}

QList<Candidate> fromVocabulary(const Vocabulary &vocabulary)
{
    QList<Candidate> out;
    for (const VocabularyItem &item : vocabulary.items())
        out.append({item.id, vocabulary.displayLabel(item.id)});
    return out;
}

QList<Candidate> candidatesFor(Field field, const SearchCompletion::ValueSource &values)
{
    const Vocabularies &voc = Vocabularies::instance();
    switch (field) {
    case Field::Vertical: return fromVocabulary(voc.verticals());
    case Field::Sdg: return fromVocabulary(voc.sdgs());
    case Field::Region: return fromVocabulary(voc.ituRegions());
    case Field::Country: return fromVocabulary(voc.countries());
    case Field::Stage: return fromVocabulary(voc.deploymentStages());
    case Field::Context: return fromVocabulary(voc.developmentContexts());
    case Field::Status: return fromVocabulary(voc.approvalStatuses());
    case Field::Gap: return fromVocabulary(voc.interoperabilityFacets());
    case Field::Tag:
    case Field::Sdo:
    case Field::Question: break;
    }
    QList<Candidate> out;
    const QStringList present = values ? values(field) : QStringList();
    for (const QString &v : present) {
        const bool body = field == Field::Sdo && voc.standardsBodies().contains(v);
        out.append({v, body ? voc.standardsBodies().displayLabel(v) : QString()});
    }
    return out;
}

/// 0: the id starts with the prefix, 1: the label does, 2: either contains it; -1: no match.
int matchTier(const Candidate &c, const QString &prefix)
{
    if (c.id.startsWith(prefix, Qt::CaseInsensitive))
        return 0;
    if (c.label.startsWith(prefix, Qt::CaseInsensitive))
        return 1;
    if (prefix.size() >= 2
        && (c.id.contains(prefix, Qt::CaseInsensitive) || c.label.contains(prefix, Qt::CaseInsensitive)))
        return 2;
    return -1;
}

QString displayOf(const Candidate &c)
{
    if (c.label.isEmpty() || c.label.compare(c.id, Qt::CaseInsensitive) == 0)
        return c.id;
    return c.id + QStringLiteral(" \u2014 ") + c.label;
}

QList<CompletionItem> valueItems(Field field, const QString &typed,
                                 const SearchCompletion::ValueSource &values)
{
    QString prefix = typed;
    prefix.remove(QLatin1Char('"'));
    prefix = prefix.trimmed();
    std::array<QList<CompletionItem>, 3> tiers;
    const QList<Candidate> candidates = candidatesFor(field, values);
    for (const Candidate &c : candidates) {
        if (c.id.compare(prefix, Qt::CaseInsensitive) == 0)
            continue; // typed in full already
        const int tier = prefix.isEmpty() ? 0 : matchTier(c, prefix);
        if (tier >= 0)
            tiers[size_t(tier)].append({SearchQuery::formatValue(c.id), displayOf(c)});
    }
    QList<CompletionItem> out = tiers[0] + tiers[1] + tiers[2];
    if (out.size() > SearchCompletion::kMaxItems)
        out.resize(SearchCompletion::kMaxItems);
    return out;
}

QList<CompletionItem> keyItems(const QString &typed)
{
    QList<CompletionItem> out;
    for (const Field field : kFields) {
        const QString key = SearchQuery::keyOf(field);
        if (key.startsWith(typed, Qt::CaseInsensitive))
            out.append({key + QLatin1Char(':'), key + QStringLiteral(":  ") + keyHint(field)});
    }
    return out;
}

bool isKeyChar(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

/// The token around `cursor`: from the last space before it to the next space after it, spaces
/// inside quotes included. `quotedAtCursor` tells whether the cursor sits inside quotes.
void tokenAround(const QString &text, int cursor, int *start, int *end, bool *quotedAtCursor)
{
    bool quoted = false;
    *start = 0;
    for (int i = 0; i < cursor; ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text[i].isSpace())
            *start = i + 1;
    }
    *quotedAtCursor = quoted;
    *end = cursor;
    for (int i = cursor; i < int(text.size()); ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text[i].isSpace())
            break;
        *end = i + 1;
    }
}

/// The comma-separated alternative of a value around `cursor`, within [valueStart, tokenEnd).
void alternativeAround(const QString &text, int valueStart, int cursor, int tokenEnd, bool quotedAtCursor,
                       int *start, int *end)
{
    bool quoted = false;
    *start = valueStart;
    for (int i = valueStart; i < cursor; ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text[i] == QLatin1Char(','))
            *start = i + 1;
    }
    quoted = quotedAtCursor;
    *end = cursor;
    for (int i = cursor; i < tokenEnd; ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text[i] == QLatin1Char(','))
            break;
        *end = i + 1;
    }
}

} // namespace

CompletionProposal SearchCompletion::propose(const QString &text, int cursor, const ValueSource &values,
                                             bool evenWhenEmpty)
{
    CompletionProposal p;
    cursor = qBound(0, cursor, int(text.size()));
    int tokenStart = 0;
    int tokenEnd = 0;
    bool quotedAtCursor = false;
    tokenAround(text, cursor, &tokenStart, &tokenEnd, &quotedAtCursor);
    int keyStart = tokenStart;
    if (keyStart < cursor && text[keyStart] == QLatin1Char('-'))
        ++keyStart;
    int keyEnd = keyStart;
    while (keyEnd < tokenEnd && isKeyChar(text[keyEnd]))
        ++keyEnd;
    const bool hasColon = keyEnd < tokenEnd && text[keyEnd] == QLatin1Char(':');
    if (cursor <= keyEnd) { // typing the key itself
        if (keyEnd < tokenEnd && !hasColon)
            return p; // a word with other characters: text, not a key
        const QString typed = text.mid(keyStart, cursor - keyStart);
        if (typed.isEmpty() && !evenWhenEmpty)
            return p;
        p.forKey = true;
        p.start = keyStart;
        p.end = hasColon ? keyEnd + 1 : typed.isEmpty() ? cursor : keyEnd;
        p.items = keyItems(typed);
        return p;
    }
    if (!hasColon || cursor <= keyEnd)
        return p;
    const auto field = SearchQuery::fieldOf(text.mid(keyStart, keyEnd - keyStart));
    if (!field)
        return p;
    alternativeAround(text, keyEnd + 1, cursor, tokenEnd, quotedAtCursor, &p.start, &p.end);
    p.items = valueItems(*field, text.mid(p.start, cursor - p.start), values);
    return p;
}

QString SearchCompletion::apply(const QString &text, const CompletionProposal &proposal,
                                const CompletionItem &item, int *cursor)
{
    const int start = qBound(0, proposal.start, int(text.size()));
    const int end = qBound(start, proposal.end, int(text.size()));
    if (cursor)
        *cursor = start + int(item.insertion.size());
    return text.left(start) + item.insertion + text.mid(end);
}

QStringList SearchCompletion::keys()
{
    QStringList out;
    for (const Field field : kFields)
        out.append(SearchQuery::keyOf(field) + QLatin1Char(':'));
    return out;
}

} // namespace casebook
