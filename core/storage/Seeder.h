#pragma once

#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// Fills a new repository with what ships with Casebook: the default rubric and, on request, the
/// example use cases. Safe to run again: records that are already there are left alone, except an
/// example use case that nobody has edited (its editor is still "Casebook examples") and whose text
/// a newer Casebook corrects: it is written again as its next revision, the earlier one in history.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)
public:
    struct Counts
    {
        int rubrics = 0;
        int useCases = 0;
        int refreshed = 0; ///< unedited examples brought up to this version's text
    };
    /// Adds the default rubric and (when `examples`) the example use cases, and refreshes unedited
    /// examples, in one transaction.
    static Result<Counts> seed(Database &db, bool examples);
};

} // namespace casebook
