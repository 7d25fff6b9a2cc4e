#include "search/FilterAdvice.h"

#include "model/Vocabulary.h"

#include <algorithm>

namespace casebook {

namespace {

const Vocabulary *vocabularyOf(SearchFilter::Field field)
{
    const Vocabularies &voc = Vocabularies::instance();
    using F = SearchFilter::Field;
    switch (field) {
    case F::Vertical: return &voc.verticals();
    case F::Sdg: return &voc.sdgs();
    case F::Region: return &voc.ituRegions();
    case F::Country: return &voc.countries();
    case F::Stage: return &voc.deploymentStages();
    case F::Context: return &voc.developmentContexts();
    case F::Status: return &voc.approvalStatuses();
    case F::Gap: return &voc.interoperabilityFacets();
    case F::Tag:
    case F::Sdo:
    case F::Question: return nullptr;
    }
    return nullptr;
}

constexpr int kListedValues = 17; ///< lists up to this long are offered whole when nothing is close

} // namespace

QStringList FilterAdvice::keys()
{
    using F = SearchFilter::Field;
    QStringList out;
    for (const F f : {F::Tag, F::Vertical, F::Sdg, F::Region, F::Country, F::Stage, F::Context, F::Status,
                      F::Gap, F::Sdo, F::Question})
        out.append(SearchQuery::keyOf(f));
    return out;
}

QStringList FilterAdvice::nearKeys(const QString &key)
{
    const QString typed = key.toLower();
    if (typed.size() < 3)
        return {};
    QList<std::pair<int, QString>> near;
    for (const QString &known : keys()) {
        const int distance = editDistance(typed, known);
        const bool prefix = known.startsWith(typed) || typed.startsWith(known);
        if (prefix || distance <= (typed.size() >= 6 ? 2 : 1))
            near.append({prefix ? std::min(distance, 1) : distance, known});
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &n : near)
        out.append(n.second);
    return out;
}

bool FilterAdvice::isKnownValue(SearchFilter::Field field, const QString &id)
{
    const Vocabulary *vocabulary = vocabularyOf(field);
    return !id.isEmpty() && (!vocabulary || vocabulary->contains(id));
}

QStringList FilterAdvice::valuesFor(SearchFilter::Field field, const QString &typed)
{
    const Vocabulary *vocabulary = vocabularyOf(field);
    if (!vocabulary || field == SearchFilter::Field::Sdg) // the message says 1 to 17
        return {};
    if (const QString near = vocabulary->suggest(typed); !near.isEmpty())
        return {near};
    return vocabulary->items().size() <= kListedValues ? vocabulary->ids() : QStringList{};
}

} // namespace casebook
