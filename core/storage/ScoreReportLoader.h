#pragma once

#include "scoring/ScoreReport.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// Gathers what a ScoreReport needs from the repository: the rubric version, every assessment made
/// against it and the code and title of each assessed use case.
class ScoreReportLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScoreReportLoader)
public:
    /// The rubric version a score report is about. `rubricIdOrName` is a version UUID, a series UUID
    /// or a name (the newest version, as RubricRepository::get). When empty: the version with the most
    /// assessments (ties: the newest), or the newest version of the default rubric when nothing has
    /// been assessed yet.
    static Result<Rubric> resolveRubric(Database &db, const QString &rubricIdOrName);
    /// The report for one rubric version (see resolveRubric for `rubricIdOrName`).
    static Result<ScoreReport> load(Database &db, const QString &rubricIdOrName = {},
                                    const AggregateOptions &options = {});
};

} // namespace casebook
