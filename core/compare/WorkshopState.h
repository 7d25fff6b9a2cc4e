#pragma once

#include "compare/CompareData.h"
#include "model/Workshop.h"
#include "scoring/WeightSet.h"

#include <QList>
#include <QString>

namespace casebook {

/// What the comparison workspace keeps in a workshop (docs/workshops.md): its use cases, rubric
/// version, named weight sets and current view. Rounds are WorkshopRounds' business and are kept as
/// they are.
class WorkshopState
{
public:
    /// `workshop` (a new one, or the one open in the workspace) with the comparison's use cases (in
    /// their order), rubric version, `sets` and `view`; its name, description and rounds unchanged.
    static Workshop capture(Workshop workshop, const CompareData &data, const QList<NamedWeightSet> &sets,
                            const QString &view);
    /// A weight set as a workshop stores it: key → weight, under a name.
    static NamedWeightSet named(const QString &name, const WeightSet &weights);
    /// A stored weight set as weights to apply to the rubric.
    static WeightSet weights(const NamedWeightSet &set);
};

} // namespace casebook
