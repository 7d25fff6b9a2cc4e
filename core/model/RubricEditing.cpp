#include "model/RubricEditing.h"

#include <QSet>

#include <cmath>

namespace casebook {

QList<RubricProblem> RubricEditing::problems(const Rubric &r)
{
    QList<RubricProblem> out;
    auto add = [&out](int d, int c, int l, const QString &m) { out.append(RubricProblem{d, c, l, m}); };
    if (r.name.trimmed().isEmpty())
        add(-1, -1, -1, tr("The rubric needs a name."));
    else if (r.name.trimmed().size() > 500)
        add(-1, -1, -1, tr("The rubric's name is longer than 500 characters."));
    if (r.scaleMin < 0 || r.scaleMax <= r.scaleMin || r.scaleMax > 100)
        add(-1, -1, -1,
            tr("The scale needs a lowest level of 0 or more and a highest level above it (at most 100)."));
    if (r.dimensions.isEmpty())
        add(-1, -1, -1, tr("The rubric needs at least one dimension."));
    const int levelCount = r.scaleMax - r.scaleMin + 1;
    QSet<QString> ids;
    QSet<QString> dimensionIds;
    for (int d = 0; d < r.dimensions.size(); ++d) {
        const RubricDimension &dim = r.dimensions[d];
        if (dim.name.trimmed().isEmpty())
            add(d, -1, -1, tr("Dimension %1 needs a name.").arg(d + 1));
        if (!dim.id.trimmed().isEmpty() && dimensionIds.contains(dim.id.trimmed()))
            add(d, -1, -1, tr("The dimension id %1 is used twice.").arg(dim.id));
        dimensionIds.insert(dim.id.trimmed());
        if (dim.criteria.isEmpty())
            add(d, -1, -1, tr("The dimension \"%1\" has no criteria.").arg(dim.name));
        for (int c = 0; c < dim.criteria.size(); ++c) {
            const RubricCriterion &cr = dim.criteria[c];
            const QString label =
                cr.id.trimmed().isEmpty() ? tr("criterion %1.%2").arg(d + 1).arg(c + 1) : cr.id;
            const QString id = cr.id.trimmed();
            if (id.isEmpty() || id.size() > 32)
                add(d, c, -1, tr("%1 needs an id of 1 to 32 characters.").arg(label));
            else if (ids.contains(id))
                add(d, c, -1, tr("The criterion id %1 is used twice.").arg(id));
            ids.insert(id);
            if (cr.name.trimmed().isEmpty())
                add(d, c, -1, tr("%1 needs a name.").arg(label));
            if (!(cr.weight >= 0) || !std::isfinite(cr.weight) || cr.weight > 1e6)
                add(d, c, -1, tr("%1: the weight must be a number of 0 or more.").arg(label));
            for (int l = 0; l < levelCount; ++l) {
                if (l >= cr.levels.size() || cr.levels[l].trimmed().isEmpty())
                    add(d, c, l, tr("%1: level %2 needs a descriptor.").arg(label).arg(r.scaleMin + l));
            }
            if (cr.levels.size() > levelCount)
                add(d, c, -1,
                    tr("%1 has %2 level descriptors; the scale needs %3.")
                        .arg(label)
                        .arg(cr.levels.size())
                        .arg(levelCount));
        }
    }
    if (!r.dimensions.isEmpty() && !(r.totalWeight() > 0))
        add(-1, -1, -1, tr("At least one criterion needs a weight above 0."));
    for (const KnockoutRule &k : r.knockouts) {
        if (!ids.contains(k.criterionId))
            add(-1, -1, -1,
                tr("A warning rule names the criterion %1, which is not in the rubric.").arg(k.criterionId));
    }
    return out;
}

bool RubricEditing::normaliseWeights(Rubric &r, double total)
{
    const double sum = r.totalWeight();
    if (!(sum > 0))
        return false;
    double rounded = 0;
    RubricCriterion *heaviest = nullptr;
    for (auto &d : r.dimensions) {
        for (auto &c : d.criteria) {
            c.weight = std::round(std::max(0.0, c.weight) / sum * total * 100.0) / 100.0;
            rounded += c.weight;
            if (!heaviest || c.weight > heaviest->weight)
                heaviest = &c;
        }
    }
    if (heaviest)
        heaviest->weight = std::round((heaviest->weight + (total - rounded)) * 100.0) / 100.0;
    return true;
}

QString RubricEditing::newCriterionId(const Rubric &r, const QString &dimensionId, const QStringList &taken)
{
    QSet<QString> used(taken.cbegin(), taken.cend());
    for (const auto &d : r.dimensions) {
        for (const auto &c : d.criteria)
            used.insert(c.id);
    }
    QString prefix = dimensionId.trimmed();
    if (prefix.isEmpty() || prefix.size() > 24)
        prefix = QStringLiteral("C");
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!used.contains(id))
            return id;
    }
}

QString RubricEditing::newDimensionId(const Rubric &r)
{
    QSet<QString> used;
    for (const auto &d : r.dimensions)
        used.insert(d.id);
    for (char ch = 'A'; ch <= 'Z'; ++ch) {
        const QString id(QLatin1Char{ch});
        if (!used.contains(id))
            return id;
    }
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("D%1").arg(n);
        if (!used.contains(id))
            return id;
    }
}

void RubricEditing::fitLevelsToScale(Rubric &r)
{
    const int count = std::max(0, r.scaleMax - r.scaleMin + 1);
    for (auto &d : r.dimensions) {
        for (auto &c : d.criteria) {
            while (c.levels.size() < count)
                c.levels.append(QString());
            while (c.levels.size() > count)
                c.levels.removeLast();
        }
    }
    while (r.scaleLabels.size() > count)
        r.scaleLabels.removeLast();
}

} // namespace casebook
