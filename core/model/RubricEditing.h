#pragma once

#include "model/Rubric.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casebook {

/// One thing wrong with a rubric being edited, located so an editor can show it next to the field.
struct RubricProblem
{
    int dimension = -1; ///< index of the dimension, or -1 for the rubric itself
    int criterion = -1; ///< index of the criterion within the dimension, or -1
    int level = -1; ///< index of the level descriptor, or -1
    QString message; ///< translated, one sentence
};

/// Rules for editing rubrics, shared by the rubric editor and the command line. Pure functions.
class RubricEditing
{
    Q_DECLARE_TR_FUNCTIONS(RubricEditing)
public:
    /// Every problem that keeps the rubric from being saved: a missing name, an empty dimension list,
    /// criteria without id or name, duplicate ids, negative weights, no weight above zero, a level
    /// descriptor missing or empty, a knock-out naming a missing criterion. Empty when it can be saved.
    static QList<RubricProblem> problems(const Rubric &rubric);

    /// Scales every weight so that they add up to `total` (rounded to two decimals; the rounding
    /// remainder goes to the heaviest criterion so the sum is exact). Returns false, and changes
    /// nothing, when the weights add up to zero.
    static bool normaliseWeights(Rubric &rubric, double total = 100.0);

    /// A criterion id for a new criterion of dimension `dimensionId`: the dimension id followed by the
    /// next free number ("A6"), never one of `taken` (pass the ids of every version of the series so
    /// that a removed criterion's id is not reused with another meaning).
    static QString newCriterionId(const Rubric &rubric, const QString &dimensionId,
                                  const QStringList &taken = {});
    /// A dimension id for a new dimension: the next free capital letter, then "D<n>".
    static QString newDimensionId(const Rubric &rubric);

    /// Resizes every criterion's level descriptors to the rubric's scale (new levels are empty, to be
    /// written; surplus levels at the top are dropped).
    static void fitLevelsToScale(Rubric &rubric);
};

} // namespace casebook
