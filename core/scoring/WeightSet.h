#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace casebook {

/// Weights chosen for a comparison or a what-if, by key: a dimension id ("A=40") or a criterion id
/// ("A1=6").
///
/// - A dimension key sets the dimension's total weight: its criteria are scaled so that their weights
///   sum to the value, keeping their proportions (an even split when they are all zero or below).
/// - A criterion key sets that criterion's weight.
/// - Dimension keys apply first, then criterion keys (so "A=40,A1=10" scales A to 40, then sets A1 to
///   10, and A's total becomes 40 − A1's scaled share + 10).
/// - A key that names both a dimension and a criterion of the rubric is read as the dimension.
/// Values are finite numbers ≥ 0. The keys are checked against a rubric by check().
class WeightSet
{
    Q_DECLARE_TR_FUNCTIONS(WeightSet)
public:
    struct Entry
    {
        QString key;
        double value = 0;
        bool operator==(const Entry &o) const { return key == o.key && value == o.value; }
    };

    /// Reads "A=40,B=16,A1=6" (separated by commas, semicolons or line breaks; spaces ignored). A
    /// malformed item, a value that is not a number, a negative or non-finite value or a key given twice
    /// is an ErrorCode::Usage error naming it. Empty text gives an empty set.
    static Result<WeightSet> parse(const QString &text);
    /// Reads a weights file: a JSON object of key → number ({"A": 40, "A1": 6}, the "weights" of
    /// `casebook-cli compare --format json`) or the text form of parse(). Problems are
    /// ErrorCode::InputRejected errors naming `fileName`.
    static Result<WeightSet> fromFile(const QByteArray &bytes, const QString &fileName);
    /// Every dimension's total and every criterion's weight of the rubric, as a set (in rubric order:
    /// A, A1, A2..., B, B1...). Applying it to the same rubric changes no weight.
    static WeightSet of(const Rubric &rubric);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    /// Adds or replaces a key.
    void set(const QString &key, double value);

    /// An ErrorCode::Usage error naming the first key that is neither a dimension nor a criterion of
    /// the rubric.
    Status check(const Rubric &rubric) const;
    /// A copy of the rubric with these weights (keys the rubric does not have are ignored).
    Rubric applyTo(const Rubric &rubric) const;
    /// {"A": 40, "A1": 6, ...} in the order of the entries.
    QJsonObject toJson() const;

    bool operator==(const WeightSet &o) const { return m_entries == o.m_entries; }

    /// The weight of a dimension: the sum of its criteria's weights (below zero as zero).
    static double dimensionWeight(const RubricDimension &dimension);
    /// Scales the dimension's criteria so their weights sum to `total` (see the class comment).
    static void setDimensionWeight(RubricDimension &dimension, double total);

private:
    static Result<double> valueOf(const QString &key, const QString &text);
    QList<Entry> m_entries;
};

} // namespace casebook
