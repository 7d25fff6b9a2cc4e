#include "compare/WeightSet.h"

#include "scoring/WeightWhatIf.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

const RubricDimension *dimensionOf(const Rubric &rubric, const QString &id)
{
    for (const RubricDimension &d : rubric.dimensions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace

WeightSet WeightSet::ofRubric(const Rubric &rubric, const QString &name)
{
    WeightSet set;
    set.name = name;
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            set.weights.insert(c.id, std::max(0.0, c.weight));
    }
    return set;
}

double WeightSet::criterion(const Rubric &rubric, const QString &id) const
{
    if (auto it = weights.constFind(id); it != weights.cend())
        return *it;
    const RubricCriterion *c = rubric.criterion(id);
    return c ? std::max(0.0, c->weight) : 0.0;
}

double WeightSet::dimension(const Rubric &rubric, const QString &dimensionId) const
{
    const RubricDimension *d = dimensionOf(rubric, dimensionId);
    double sum = 0;
    if (d) {
        for (const RubricCriterion &c : d->criteria)
            sum += criterion(rubric, c.id);
    }
    return sum;
}

void WeightSet::setDimension(const Rubric &rubric, const QString &dimensionId, double total)
{
    const RubricDimension *d = dimensionOf(rubric, dimensionId);
    if (!d || d->criteria.isEmpty())
        return;
    total = std::max(0.0, total);
    const double before = dimension(rubric, dimensionId);
    for (const RubricCriterion &c : d->criteria) {
        const double share = before > 0 ? criterion(rubric, c.id) / before : 1.0 / double(d->criteria.size());
        weights.insert(c.id, total * share);
    }
}

void WeightSet::setCriterion(const QString &id, double weight)
{
    weights.insert(id, std::max(0.0, weight));
}

bool WeightSet::isRubric(const Rubric &rubric) const
{
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria) {
            if (std::abs(criterion(rubric, c.id) - std::max(0.0, c.weight)) > 1e-9)
                return false;
        }
    }
    return true;
}

Rubric WeightSet::apply(const Rubric &rubric) const
{
    return WeightWhatIf::withWeights(rubric, weights);
}

QString WeightSet::describe(const Rubric &rubric) const
{
    QStringList parts;
    for (const RubricDimension &d : rubric.dimensions)
        parts.append(d.id + QLatin1Char(' ') + QLocale().toString(dimension(rubric, d.id), 'g', 4));
    return parts.join(QStringLiteral(" · "));
}

} // namespace casebook
