#include "report/GapRegister.h"

#include "model/Vocabulary.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace casebook {

namespace {

QString groupValue(const StandardizationGap &g, GapRegister::Grouping grouping)
{
    using G = GapRegister::Grouping;
    switch (grouping) {
    case G::None: return {};
    case G::Facet: return g.facet;
    case G::Sdo: return g.candidateSdo.trimmed();
    case G::Question: return g.question.trimmed();
    case G::Status: return g.status;
    }
    return {};
}

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

/// True when the gap's own value for a filter matches one of the filter's values.
bool gapMatches(const StandardizationGap &g, const SearchFilter &f)
{
    using F = SearchFilter::Field;
    const QString own = f.field == F::Gap ? g.facet : f.field == F::Sdo ? g.candidateSdo : g.question;
    return std::any_of(f.values.cbegin(), f.values.cend(),
                       [&own](const QString &v) { return sameText(own, v); });
}

/// Words of three letters or more, case-folded; in scripts that do not separate words, pairs of
/// characters.
QSet<QString> tokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> out;
    const QStringList words = text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (SearchQuery::needsSubstringMatch(w)) {
            for (qsizetype i = 0; i + 1 < w.size(); ++i)
                out.insert(w.mid(i, 2));
        } else if (w.size() >= 3) {
            out.insert(w);
        }
    }
    return out;
}

bool similarTokens(const QString &a, const QSet<QString> &ta, const QString &b, const QSet<QString> &tb)
{
    if (ta.isEmpty() || tb.isEmpty())
        return sameText(a, b);
    qsizetype common = 0;
    for (const QString &t : ta)
        common += tb.contains(t) ? 1 : 0;
    const qsizetype smaller = std::min(ta.size(), tb.size());
    return common * 2 >= smaller + 1 && common * 3 >= std::max(ta.size(), tb.size());
}

/// A cluster being built, with the words of each of its descriptions.
struct Cluster
{
    SharedGap shared;
    QList<QSet<QString>> words;
};

void addToCluster(QList<Cluster> &clusters, const GapEntry &e)
{
    const QSet<QString> words = tokens(e.gap.description);
    for (Cluster &c : clusters) {
        for (qsizetype i = 0; i < c.words.size(); ++i) {
            if (similarTokens(c.shared.gaps[i].gap.description, c.words[i], e.gap.description, words)) {
                c.shared.gaps.append(e);
                c.words.append(words);
                return;
            }
        }
    }
    clusters.append({SharedGap{e.gap.facet, e.gap.candidateSdo.trimmed(), {e}}, {words}});
}

} // namespace

QStringList SharedGap::useCaseCodes() const
{
    QStringList codes;
    for (const GapEntry &e : gaps) {
        if (!codes.contains(e.useCaseCode))
            codes.append(e.useCaseCode);
    }
    return codes;
}

std::optional<GapRegister::Grouping> GapRegister::groupingFrom(const QString &name)
{
    static const QHash<QString, Grouping> names{{QStringLiteral("none"), Grouping::None},
                                                {QStringLiteral("facet"), Grouping::Facet},
                                                {QStringLiteral("sdo"), Grouping::Sdo},
                                                {QStringLiteral("question"), Grouping::Question},
                                                {QStringLiteral("status"), Grouping::Status}};
    const auto it = names.constFind(name.trimmed().toLower());
    return it == names.cend() ? std::nullopt : std::optional<Grouping>(*it);
}

QList<GapEntry> GapRegister::filtered(const QList<GapEntry> &gaps, const SearchQuery &query)
{
    using F = SearchFilter::Field;
    QList<SearchFilter> gapFilters;
    for (const SearchFilter &f : query.filters) {
        if (f.field == F::Gap || f.field == F::Sdo || f.field == F::Question)
            gapFilters.append(f);
    }
    QList<GapEntry> out;
    for (const GapEntry &e : gaps) {
        const bool keep = std::all_of(gapFilters.cbegin(), gapFilters.cend(), [&e](const SearchFilter &f) {
            return gapMatches(e.gap, f) != f.negated;
        });
        if (keep)
            out.append(e);
    }
    return out;
}

QList<GapGroup> GapRegister::grouped(const QList<GapEntry> &gaps, Grouping grouping)
{
    QList<GapGroup> groups;
    QHash<QString, qsizetype> index; // case-folded key -> position in groups
    for (const GapEntry &e : gaps) {
        const QString key = groupValue(e.gap, grouping);
        const QString folded = key.toCaseFolded();
        auto it = index.constFind(folded);
        if (it == index.cend()) {
            it = index.insert(folded, groups.size());
            groups.append({key, {}});
        }
        groups[*it].gaps.append(e);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const GapGroup &a, const GapGroup &b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        return a.key.compare(b.key, Qt::CaseInsensitive) < 0;
    });
    return groups;
}

bool GapRegister::similar(const QString &a, const QString &b)
{
    return similarTokens(a, tokens(a), b, tokens(b));
}

QList<SharedGap> GapRegister::shared(const QList<GapEntry> &gaps)
{
    // Gaps of one facet and SDO are compared with each other only, each description's words
    // computed once: a register of tens of thousands of gaps stays quick.
    QHash<QString, QList<Cluster>> buckets;
    QStringList order; // buckets in the order their first gap came
    for (const GapEntry &e : gaps) {
        const QString key = e.gap.facet + QChar(0x1f) + e.gap.candidateSdo.trimmed().toCaseFolded();
        if (!buckets.contains(key))
            order.append(key);
        addToCluster(buckets[key], e);
    }
    QList<SharedGap> shared;
    for (const QString &key : std::as_const(order)) {
        for (const Cluster &c : std::as_const(buckets[key])) {
            if (c.shared.useCaseCodes().size() >= 2)
                shared.append(c.shared);
        }
    }
    std::stable_sort(shared.begin(), shared.end(), [](const SharedGap &a, const SharedGap &b) {
        return a.useCaseCodes().size() > b.useCaseCodes().size();
    });
    return shared;
}

QJsonObject GapRegister::toJson(const GapEntry &e)
{
    return QJsonObject{{QStringLiteral("use_case"),
                        QJsonObject{{QStringLiteral("uuid"), e.useCaseUuid},
                                    {QStringLiteral("code"), e.useCaseCode},
                                    {QStringLiteral("title"), e.useCaseTitle}}},
                       {QStringLiteral("description"), e.gap.description},
                       {QStringLiteral("facet"), e.gap.facet},
                       {QStringLiteral("candidate_sdo"), e.gap.candidateSdo},
                       {QStringLiteral("question"), e.gap.question},
                       {QStringLiteral("priority"), e.gap.priority},
                       {QStringLiteral("status"), e.gap.status}};
}

QJsonArray GapRegister::toJson(const QList<GapEntry> &gaps)
{
    QJsonArray out;
    for (const GapEntry &e : gaps)
        out.append(toJson(e));
    return out;
}

QJsonArray GapRegister::toJson(const QList<GapGroup> &groups)
{
    QJsonArray out;
    for (const GapGroup &g : groups)
        out.append(QJsonObject{{QStringLiteral("group"), g.key},
                               {QStringLiteral("count"), g.gaps.size()},
                               {QStringLiteral("gaps"), toJson(g.gaps)}});
    return out;
}

QStringList GapRegister::csvHeader(bool grouped)
{
    QStringList header{
        QStringLiteral("use_case_uuid"), QStringLiteral("use_case_code"), QStringLiteral("use_case_title"),
        QStringLiteral("description"),   QStringLiteral("facet"),         QStringLiteral("candidate_sdo"),
        QStringLiteral("question"),      QStringLiteral("priority"),      QStringLiteral("status")};
    if (grouped)
        header.prepend(QStringLiteral("group"));
    return header;
}

QList<QStringList> GapRegister::csvRows(const QList<GapGroup> &groups, bool grouped)
{
    QList<QStringList> rows;
    for (const GapGroup &g : groups) {
        for (const GapEntry &e : g.gaps) {
            QStringList row{e.useCaseUuid,     e.useCaseCode,  e.useCaseTitle,
                            e.gap.description, e.gap.facet,    e.gap.candidateSdo,
                            e.gap.question,    e.gap.priority, e.gap.status};
            if (grouped)
                row.prepend(g.key);
            rows.append(row);
        }
    }
    return rows;
}

} // namespace casebook
