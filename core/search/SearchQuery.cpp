#include "search/SearchQuery.h"

#include "model/Vocabulary.h"

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
    QString text;        ///< without quotes
    QString raw;         ///< as typed
    bool quoted = false;
    bool negated = false;
    bool prefix = false;
    QString key;         ///< for key:value
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
        // key:value or key:"quoted value"
        int j = i;
        while (j < n && (input[j].isLetter() || input[j] == QLatin1Char('_')))
            ++j;
        if (j > i && j < n && input[j] == QLatin1Char(':') && j + 1 < n && !isSpace(input[j + 1])) {
            t.key = input.mid(i, j - i).toLower();
            i = j + 1;
        }
        if (i < n && input[i] == QLatin1Char('"')) {
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
        tokens.append(t);
    }
    return tokens;
}

bool resolveFilter(const QString &key, const QString &value, SearchFilter *out)
{
    const Vocabularies &voc = Vocabularies::instance();
    auto pick = [&value](const Vocabulary &v) {
        const QString id = v.match(value);
        return id.isEmpty() ? v.suggest(value) : id;
    };
    using F = SearchFilter::Field;
    const QString v = value.trimmed();
    if (v.isEmpty())
        return false;
    if (key == QLatin1String("tag") || key == QLatin1String("tags")) {
        *out = {F::Tag, v, false};
        return true;
    }
    if (key == QLatin1String("vertical")) {
        const QString id = pick(voc.verticals());
        *out = {F::Vertical, id.isEmpty() ? v : id, false};
        return true;
    }
    if (key == QLatin1String("sdg")) {
        bool ok = false;
        const int goal = v.toInt(&ok);
        if (!ok || goal < 1 || goal > 17)
            return false;
        *out = {F::Sdg, QString::number(goal), false};
        return true;
    }
    if (key == QLatin1String("region")) {
        const QString id = pick(voc.ituRegions());
        *out = {F::Region, id.isEmpty() ? v : id, false};
        return true;
    }
    if (key == QLatin1String("country")) {
        QString id = voc.countries().contains(v.toUpper()) ? v.toUpper() : voc.countries().match(v);
        *out = {F::Country, id.isEmpty() ? v.toUpper() : id, false};
        return true;
    }
    if (key == QLatin1String("stage")) {
        const QString id = pick(voc.deploymentStages());
        *out = {F::Stage, id.isEmpty() ? v : id, false};
        return true;
    }
    if (key == QLatin1String("context")) {
        const QString id = pick(voc.developmentContexts());
        *out = {F::Context, id.isEmpty() ? v : id, false};
        return true;
    }
    if (key == QLatin1String("status")) {
        const QString id = pick(voc.approvalStatuses());
        *out = {F::Status, id.isEmpty() ? v : id, false};
        return true;
    }
    return false;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery q;
    const QList<Token> tokens = tokenize(input);
    bool pendingOr = false;
    for (const Token &t : tokens) {
        if (!t.key.isEmpty()) {
            SearchFilter f;
            if (resolveFilter(t.key, t.text, &f)) {
                f.negated = t.negated;
                q.filters.append(f);
                pendingOr = false;
                continue;
            }
            if (t.key == QLatin1String("sdg")) {
                q.ignored.append(t.raw);
                continue;
            }
            // Unknown key: search "key value" as text.
        }
        const QString text = t.key.isEmpty() ? t.text : t.key + QLatin1Char(' ') + t.text;
        if (!t.quoted && !t.negated && t.key.isEmpty() && (text == QLatin1String("OR") || text == QLatin1String("|"))) {
            pendingOr = !q.groups.isEmpty();
            continue;
        }
        if (!t.quoted && !t.negated && t.key.isEmpty() && (text == QLatin1String("AND") || text == QLatin1String("NOT")
                                                           || text == QLatin1String("&&"))) {
            continue;
        }
        const QString trimmed = text.simplified();
        if (!hasIndexableChar(trimmed)) {
            if (!t.raw.isEmpty())
                q.ignored.append(t.raw);
            continue;
        }
        SearchTerm term{trimmed, t.quoted || !t.key.isEmpty(), t.prefix};
        if (t.negated) {
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

QString SearchQuery::ftsExpression() const
{
    QStringList parts;
    for (const auto &group : groups) {
        if (groupNeedsSubstringMatch(group))
            continue; // matched term by term by storage
        QStringList alternatives;
        for (const auto &t : group)
            alternatives.append(termExpression(t));
        parts.append(alternatives.size() == 1 ? alternatives.first()
                                              : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    return parts.join(QLatin1Char(' '));
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
        case QChar::Script_Tibetan:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace casebook
