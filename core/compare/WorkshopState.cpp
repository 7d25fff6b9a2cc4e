#include "compare/WorkshopState.h"

namespace casebook {

Workshop WorkshopState::capture(Workshop workshop, const CompareData &data, const QList<NamedWeightSet> &sets,
                                const QString &view)
{
    workshop.useCaseUuids.clear();
    for (const UseCase &u : data.useCases)
        workshop.useCaseUuids.append(u.uuid);
    workshop.rubricUuid = data.rubric.uuid;
    workshop.rubricVersion = data.rubric.version;
    workshop.weightSets = sets;
    workshop.view = view;
    return workshop;
}

NamedWeightSet WorkshopState::named(const QString &name, const WeightSet &weights)
{
    NamedWeightSet set;
    set.name = name;
    for (const WeightSet::Entry &e : weights.entries())
        set.weights.insert(e.key, e.value);
    return set;
}

WeightSet WorkshopState::weights(const NamedWeightSet &set)
{
    WeightSet weights;
    for (auto it = set.weights.cbegin(); it != set.weights.cend(); ++it)
        weights.set(it.key(), it.value());
    return weights;
}

} // namespace casebook
