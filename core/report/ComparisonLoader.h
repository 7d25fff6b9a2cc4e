#pragma once

#include "scoring/Comparison.h"
#include "search/ComparisonSelection.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// A comparison read from the repository, and what its selection left out.
struct LoadedComparison
{
    ComparisonResult comparison;
    QStringList restrictedLeftOut; ///< codes of restricted use cases the selection left out
};

/// Reads a comparison from the repository: the selected use cases, the rubric version and every
/// assessment of them against it, then Comparison::build().
class ComparisonLoader
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonLoader)
public:
    /// The rubric is `rubricIdOrName` (a version UUID, series UUID or name), else the workshop's, else
    /// ScoreReportLoader::resolveRubric's default (the version with the most assessments). The weights
    /// are the workshop's (if any) with `weights` on top, key by key. No use case left after the
    /// selection (and its sharing rule) is an ErrorCode::NotFound error.
    static Result<LoadedComparison> load(Database &db, const ComparisonSelection &selection,
                                         const QString &rubricIdOrName, const WeightSet &weights = {},
                                         const ComparisonOptions &options = {});
};

} // namespace casebook
