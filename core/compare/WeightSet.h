#pragma once

#include "model/Rubric.h"

#include <QList>
#include <QMap>
#include <QString>

namespace casebook {

/// Weights of a rubric's criteria that a workshop tries out ("what if security weighed more?"),
/// under a name. A dimension's weight is the sum of its criteria's weights; changing it scales
/// those criteria in proportion, so the balance inside the dimension is kept.
struct WeightSet
{
    QString name;
    QMap<QString, double> weights; ///< criterion id → weight (criteria not named keep the rubric's)

    bool operator==(const WeightSet &o) const { return name == o.name && weights == o.weights; }

    /// The rubric's own weights.
    static WeightSet ofRubric(const Rubric &rubric, const QString &name = {});
    /// The weight of criterion `id`: this set's, else the rubric's (0 for an unknown id).
    double criterion(const Rubric &rubric, const QString &id) const;
    /// The sum of the weights of the dimension's criteria (0 for an unknown dimension).
    double dimension(const Rubric &rubric, const QString &dimensionId) const;
    /// Sets the dimension's weight to `total` (below zero: zero) by scaling its criteria in
    /// proportion; when they all weigh zero, each gets an equal share.
    void setDimension(const Rubric &rubric, const QString &dimensionId, double total);
    /// Sets one criterion's weight (below zero: zero).
    void setCriterion(const QString &id, double weight);
    /// True when every criterion weighs what the rubric says (within 1e-9).
    bool isRubric(const Rubric &rubric) const;
    /// A copy of the rubric with these weights (WeightWhatIf::withWeights): same UUID, so its
    /// assessments still apply.
    Rubric apply(const Rubric &rubric) const;
    /// The dimensions' weights in rubric order as shown under a chart: "A 40 · B 16 · C 24".
    QString describe(const Rubric &rubric) const;
};

} // namespace casebook
