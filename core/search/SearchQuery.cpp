#include "search/SearchQuery.h"

#include "model/Vocabulary.h"
#include "search/FilterAdvice.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace casebook {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace();
}

bool hasIndexableChar(const QString &s)
{
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString quoteFts(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString termExpression(const SearchTerm &t)
{
    return quoteFts(t.text) + (t.prefix ? QStringLiteral("*") : QString());
}

struct Token
{
    QString text; ///< without quotes (for a key token: the value as typed, parts joined by ',')
    QString raw; ///< as typed
    bool quoted = false;
    bool negated = false;
    bool prefix = false;
    QString key; ///< for key:value
    QStringList parts; ///< for key:value, the comma-separated alternatives without quotes
};

QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(input.size());
    while (i < n) {
        while (i < n && isSpace(input[i]))
            ++i;
        if (i >= n)
            break;
        const int start = i;
        Token t;
        if (input[i] == QLatin1Char('-') && i + 1 < n && !isSpace(input[i + 1])) {
            t.negated = true;
            ++i;
        }
        // key:value, key:"quoted value", key:a,b,"c d"
        int j = i;
        while (j < n && (input[j].isLetter() || input[j] == QLatin1Char('_')))
            ++j;
        if (j > i && j < n && input[j] == QLatin1Char(':') && j + 1 < n && !isSpace(input[j + 1])) {
            t.key = input.mid(i, j - i).toLower();
            i = j + 1;
            while (i < n && !isSpace(input[i])) {
                QString part;
                if (input[i] == QLatin1Char('"')) {
                    t.quoted = true;
                    const int close = int(input.indexOf(QLatin1Char('"'), i + 1));
                    const int end = close < 0 ? n : close;
                    part = input.mid(i + 1, end - i - 1);
                    i = close < 0 ? n : close + 1;
                } else {
                    const int s = i;
                    while (i < n && !isSpace(input[i]) && input[i] != QLatin1Char(',')
                           && input[i] != QLatin1Char('"'))
                        ++i;
                    part = input.mid(s, i - s);
                }
                if (!part.trimmed().isEmpty())
                    t.parts.append(part);
                if (i < n && input[i] == QLatin1Char(','))
                    ++i;
                else if (i < n && !isSpace(input[i]) && input[i] != QLatin1Char('"'))
                    break;
            }
            t.text = t.parts.join(QLatin1Char(' '));
        } else if (i < n && input[i] == QLatin1Char('"')) {
            t.quoted = true;
            const int close = int(input.indexOf(QLatin1Char('"'), i + 1));
            const int end = close < 0 ? n : close;
            t.text = input.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
            if (i < n && input[i] == QLatin1Char('*')) {
                t.prefix = true;
                ++i;
            }
            // Anything glued to the closing quote belongs to the next token.
        } else {
            const int s = i;
            while (i < n && !isSpace(input[i]) && input[i] != QLatin1Char('"'))
                ++i;
            t.text = input.mid(s, i - s);
            while (t.text.endsWith(QLatin1Char('*'))) {
                t.prefix = true;
                t.text.chop(1);
            }
        }
        t.raw = input.mid(start, i - start);
        if (t.raw.isEmpty()) { // a lone separator: never loop forever
            t.raw = input.mid(start, 1);
            i = start + 1;
        }
        tokens.append(t);
    }
    return tokens;
}

std::optional<SearchFilter::Field> fieldForKey(const QString &key)
{
    using F = SearchFilter::Field;
    static const QHash<QString, F> keys = {
        {QStringLiteral("tag"), F::Tag},           {QStringLiteral("tags"), F::Tag},
        {QStringLiteral("vertical"), F::Vertical}, {QStringLiteral("sdg"), F::Sdg},
        {QStringLiteral("region"), F::Region},     {QStringLiteral("country"), F::Country},
        {QStringLiteral("stage"), F::Stage},       {QStringLiteral("context"), F::Context},
        {QStringLiteral("status"), F::Status},     {QStringLiteral("gap"), F::Gap},
        {QStringLiteral("sdo"), F::Sdo},           {QStringLiteral("question"), F::Question}};
    const auto it = keys.constFind(key);
    return it == keys.cend() ? std::nullopt : std::optional<F>(*it);
}

QString lettersOf(const QString &s)
{
    QString out;
    for (const QChar c : s.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

/// Whether `typed` is part of the id or the label of the item `id`.
bool isPartOf(const QString &typed, const QString &id, const Vocabulary &vocabulary)
{
    const QString part = lettersOf(typed);
    return !id.isEmpty() && !part.isEmpty()
        && (lettersOf(id).contains(part) || lettersOf(vocabulary.label(id)).contains(part));
}

/// The id a filter value stands for; empty when it can never match (an SDG out of range).
QString resolveValue(SearchFilter::Field field, const QString &raw)
{
    const Vocabularies &voc = Vocabularies::instance();
    const QString v = raw.trimmed();
    // A value that names a part of one item ("health" for healthcare) is that item; a typo is not
    // corrected silently: FilterAdvice offers the nearest value instead.
    auto pick = [&v](const Vocabulary &vocabulary) {
        QString id = vocabulary.match(v);
        if (const QString near = id.isEmpty() ? vocabulary.suggest(v) : QString();
            isPartOf(v, near, vocabulary))
            id = near;
        return id.isEmpty() ? v : id;
    };
    using F = SearchFilter::Field;
    switch (field) {
    case F::Tag: return v;
    case F::Vertical: return pick(voc.verticals());
    case F::Sdg: {
        QString digits = v;
        digits.remove(
            QRegularExpression(QStringLiteral("^(sdg|goal)\\s*"), QRegularExpression::CaseInsensitiveOption));
        bool ok = false;
        const int goal = digits.toInt(&ok);
        return ok && goal >= 1 && goal <= 17 ? QString::number(goal) : QString();
    }
    case F::Region: return pick(voc.ituRegions());
    case F::Country: {
        if (voc.countries().contains(v.toUpper()))
            return v.toUpper();
        const QString id = voc.countries().match(v);
        return id.isEmpty() ? v.toUpper() : id;
    }
    case F::Stage: return pick(voc.deploymentStages());
    case F::Context: return pick(voc.developmentContexts());
    case F::Status: return pick(voc.approvalStatuses());
    case F::Gap: return pick(voc.interoperabilityFacets());
    case F::Sdo: {
        const QString id = voc.standardsBodies().match(v);
        return id.isEmpty() ? v : id;
    }
    case F::Question: return v.toUpper();
    }
    return v;
}

QString formatPart(const QString &value)
{
    bool plain = !value.isEmpty();
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('"'))
            plain = false;
    }
    if (plain)
        return value;
    QString v = value;
    v.remove(QLatin1Char('"'));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace

namespace {

using Kind = SearchProblem::Kind;

SearchProblem problem(Kind kind, const Token &t, QStringList suggestions = {})
{
    SearchProblem p;
    p.kind = kind;
    p.typed = t.raw;
    p.key = t.key;
    p.suggestions = std::move(suggestions);
    return p;
}

/// The value part of a key:value token as typed (after the first ':').
QString rawValue(const Token &t)
{
    return t.raw.mid(t.raw.indexOf(QLatin1Char(':')) + 1);
}

/// key:value pieces that replace `t` with each of `keys` in place of its key.
QStringList withKeys(const Token &t, const QStringList &keys)
{
    QStringList out;
    for (const QString &key : keys)
        out.append((t.negated ? QStringLiteral("-") : QString()) + key + QLatin1Char(':') + rawValue(t));
    return out;
}

/// Reads a filter token; on an unknown value, returns the problem instead (nearest values offered).
std::optional<SearchProblem> readFilter(const Token &t, SearchFilter::Field field, SearchFilter &f)
{
    f.field = field;
    f.negated = t.negated;
    for (int i = 0; i < t.parts.size(); ++i) {
        const QString id = resolveValue(field, t.parts[i]);
        if (!FilterAdvice::isKnownValue(field, id)) {
            SearchProblem p = problem(Kind::UnknownValue, t);
            p.value = t.parts[i].trimmed();
            for (const QString &near : FilterAdvice::valuesFor(field, p.value)) {
                QStringList parts = t.parts;
                parts[i] = near;
                QStringList formatted;
                for (const QString &part : parts)
                    formatted.append(formatPart(part));
                p.suggestions.append((t.negated ? QStringLiteral("-") : QString()) + t.key + QLatin1Char(':')
                                     + formatted.join(QLatin1Char(',')));
            }
            return p;
        }
        if (!f.values.contains(id))
            f.values.append(id);
    }
    return std::nullopt;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery q;
    const QList<Token> tokens = tokenize(input);
    bool pendingOr = false;
    auto leaveOut = [&q](const SearchProblem &p) {
        q.ignored.append(p.typed);
        q.problems.append(p);
    };
    for (const Token &t : tokens) {
        if (!t.key.isEmpty()) {
            if (const auto field = fieldForKey(t.key)) {
                SearchFilter f;
                if (const auto bad = readFilter(t, *field, f))
                    leaveOut(*bad);
                else if (f.values.isEmpty())
                    leaveOut(problem(Kind::NothingToSearch, t));
                else if (q.filterValueCount() + f.values.size() > kMaxFilterValues)
                    leaveOut(problem(Kind::TooMany, t));
                else
                    q.filters.append(f);
                pendingOr = false;
                continue;
            }
            const bool url = rawValue(t).startsWith(QLatin1String("//"));
            if (const QStringList near = url ? QStringList{} : FilterAdvice::nearKeys(t.key);
                !near.isEmpty()) {
                leaveOut(problem(Kind::UnknownFilter, t, withKeys(t, near)));
                pendingOr = false;
                continue;
            }
            // Any other key: search "key value" as text (http://x, ISO:9001).
            if (!url)
                q.problems.append(problem(Kind::SearchedAsText, t));
        }
        const QString text = t.key.isEmpty() ? t.text : t.key + QLatin1Char(' ') + t.text;
        if (!t.quoted && !t.negated && t.key.isEmpty()
            && (text == QLatin1String("OR") || text == QLatin1String("|"))) {
            pendingOr = !q.groups.isEmpty();
            continue;
        }
        if (!t.quoted && !t.negated && t.key.isEmpty()
            && (text == QLatin1String("AND") || text == QLatin1String("NOT")
                || text == QLatin1String("&&"))) {
            continue;
        }
        const QString trimmed = text.simplified();
        if (!hasIndexableChar(trimmed)) {
            if (!t.raw.trimmed().isEmpty())
                leaveOut(problem(Kind::NothingToSearch, t));
            continue;
        }
        SearchTerm term{trimmed, t.quoted || !t.key.isEmpty(), t.prefix};
        if (q.termCount() >= kMaxTerms) {
            leaveOut(problem(Kind::TooMany, t));
        } else if (t.negated) {
            q.excluded.append(term);
        } else if (pendingOr) {
            q.groups.last().append(term);
        } else {
            q.groups.append({term});
        }
        pendingOr = false;
    }
    return q;
}

QString SearchProblem::message() const
{
    using K = Kind;
    switch (kind) {
    case K::UnknownFilter:
        return QCoreApplication::translate("SearchProblem", "“%1:” is not a filter, so “%2” was left out.")
            .arg(key, typed);
    case K::UnknownValue:
        if (key == QLatin1String("sdg"))
            return QCoreApplication::translate("SearchProblem",
                                               "“%1” was left out: SDGs are numbered 1 to 17.")
                .arg(typed);
        return QCoreApplication::translate("SearchProblem",
                                           "“%1” was left out: “%2” is not a value of the %3 filter.")
            .arg(typed, value, key);
    case K::SearchedAsText:
        return QCoreApplication::translate("SearchProblem",
                                           "“%1:” is not a filter, so “%2” was searched as words.")
            .arg(key, typed);
    case K::NothingToSearch:
        return QCoreApplication::translate("SearchProblem",
                                           "“%1” was left out: it has no letters or digits to search for.")
            .arg(typed);
    case K::TooMany:
        return QCoreApplication::translate(
                   "SearchProblem",
                   "“%1” was left out: a search holds at most %2 words and %3 filter values.")
            .arg(typed)
            .arg(SearchQuery::kMaxTerms)
            .arg(SearchQuery::kMaxFilterValues);
    }
    return {};
}

int SearchQuery::termCount() const
{
    int n = int(excluded.size());
    for (const auto &group : groups)
        n += int(group.size());
    return n;
}

int SearchQuery::filterValueCount() const
{
    int n = 0;
    for (const auto &f : filters)
        n += int(f.values.size());
    return n;
}

SearchQuery SearchQuery::withoutField(SearchFilter::Field field) const
{
    SearchQuery copy = *this;
    copy.filters.erase(std::remove_if(copy.filters.begin(), copy.filters.end(),
                                      [field](const SearchFilter &f) { return f.field == field; }),
                       copy.filters.end());
    return copy;
}

QStringList SearchQuery::filterValues(SearchFilter::Field field) const
{
    QStringList out;
    for (const auto &f : filters) {
        if (f.field == field && !f.negated)
            out += f.values;
    }
    return out;
}

QString SearchQuery::keyOf(SearchFilter::Field field)
{
    using F = SearchFilter::Field;
    switch (field) {
    case F::Tag: return QStringLiteral("tag");
    case F::Vertical: return QStringLiteral("vertical");
    case F::Sdg: return QStringLiteral("sdg");
    case F::Region: return QStringLiteral("region");
    case F::Country: return QStringLiteral("country");
    case F::Stage: return QStringLiteral("stage");
    case F::Context: return QStringLiteral("context");
    case F::Status: return QStringLiteral("status");
    case F::Gap: return QStringLiteral("gap");
    case F::Sdo: return QStringLiteral("sdo");
    case F::Question: return QStringLiteral("question");
    }
    return {};
}

std::optional<SearchFilter::Field> SearchQuery::fieldOf(const QString &key)
{
    return fieldForKey(key.toLower());
}

QString SearchQuery::formatValue(const QString &value)
{
    return formatPart(value);
}

QString SearchQuery::toggleFilter(const QString &text, SearchFilter::Field field, const QString &value)
{
    const QList<Token> tokens = tokenize(text);
    QStringList raws;
    bool handled = false;
    const QString id = resolveValue(field, value);
    for (const Token &t : tokens) {
        const auto f = t.key.isEmpty() ? std::nullopt : fieldForKey(t.key);
        if (handled || t.negated || !f || *f != field) {
            raws.append(t.raw);
            continue;
        }
        handled = true;
        QStringList parts;
        bool removed = false;
        for (const QString &part : t.parts) {
            const bool same = field == SearchFilter::Field::Tag
                ? part.compare(value, Qt::CaseInsensitive) == 0
                : resolveValue(field, part) == id;
            if (same)
                removed = true;
            else
                parts.append(part);
        }
        if (!removed)
            parts.append(value);
        if (parts.isEmpty())
            continue;
        QStringList formatted;
        for (const QString &p : parts)
            formatted.append(formatPart(p));
        raws.append(keyOf(field) + QLatin1Char(':') + formatted.join(QLatin1Char(',')));
    }
    if (!handled)
        raws.append(keyOf(field) + QLatin1Char(':') + formatPart(value));
    return raws.join(QLatin1Char(' '));
}

QString SearchQuery::ftsExpression() const
{
    QStringList parts;
    for (const auto &group : groups) {
        if (groupNeedsSubstringMatch(group))
            continue; // matched term by term by storage
        QStringList alternatives;
        for (const auto &t : group)
            alternatives.append(termExpression(t));
        parts.append(alternatives.size() == 1
                         ? alternatives.first()
                         : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    return parts.join(QLatin1String(" AND "));
}

QString SearchQuery::excludedFtsExpression() const
{
    QStringList parts;
    for (const auto &t : excluded) {
        if (!needsSubstringMatch(t.text))
            parts.append(termExpression(t));
    }
    return parts.join(QLatin1String(" OR "));
}

bool SearchQuery::groupNeedsSubstringMatch(const QList<SearchTerm> &group)
{
    for (const auto &t : group) {
        if (needsSubstringMatch(t.text))
            return true;
    }
    return false;
}

QString SearchQuery::ftsTerm(const SearchTerm &term)
{
    return termExpression(term);
}

bool SearchQuery::needsSubstringMatch(const QString &text)
{
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Thai:
        case QChar::Script_Lao:
        case QChar::Script_Khmer:
        case QChar::Script_Myanmar:
        case QChar::Script_Tibetan: return true;
        default: break;
        }
    }
    return false;
}

} // namespace casebook
