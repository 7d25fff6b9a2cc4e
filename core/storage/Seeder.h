#pragma once

#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// Fills a new repository with what ships with Casebook: the default rubric and, on request, the
/// example use cases. Safe to run again: records that are already there are left alone.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)
public:
    struct Counts
    {
        int rubrics = 0;
        int useCases = 0;
    };
    /// Adds the default rubric and (when `examples`) the example use cases, in one transaction.
    static Result<Counts> seed(Database &db, bool examples);
};

} // namespace casebook
