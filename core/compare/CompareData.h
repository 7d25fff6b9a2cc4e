#pragma once

#include "model/UseCase.h"
#include "scoring/ReRanker.h"
#include "scoring/ScoreReport.h"
#include "scoring/WeightStability.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace casebook {

class Database;

/// What a comparison shows: 2 to 12 use cases, one rubric version, every assessment of those use cases
/// against it, and their comparison with the rubric's own weights (Comparison). Loaded once; weight
/// what-ifs work on the values (WhatIfReport), never on the database.
struct CompareData
{
    Q_DECLARE_TR_FUNCTIONS(CompareData)
public:
    Rubric rubric;
    QList<UseCase> useCases; ///< in the order chosen
    QList<QList<Assessment>> assessments; ///< one list per use case (maybe empty: not assessed)
    /// Every use case (those without an assessment have a row without index), ranked with the
    /// rubric's weights (Comparison::build).
    ScoreReport report;
    /// Rank stability with the rubric's weights: each dimension's, then each criterion's interval.
    QList<WeightInterval> stability;
    ReRanker ranker; ///< over the report's rows, for stability under what-if weights

    /// The report's row of the use case, nullptr when it is not compared.
    const UseCaseScore *scoreOf(const QString &uuid) const;
    /// Every assessor's name, in order of first appearance, for anonymising ("A", "B"...).
    QStringList assessorNames() const;

    /// Loads the use cases `uuids` (UUIDs or codes; CompareLimits apply) and `rubric` (a version or
    /// series UUID or a name; empty: the rubric used most, as `casebook-cli scores`).
    static Result<CompareData> load(Database &db, const QStringList &uuids, const QString &rubric = {});
    /// Builds from values (tests, and the loader). Assessments must be against `rubric`.
    static CompareData build(const Rubric &rubric, const QList<UseCase> &useCases,
                             const QList<QList<Assessment>> &assessments);
};

} // namespace casebook
