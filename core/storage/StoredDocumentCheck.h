#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace casebook {

class Database;

/// Reads every stored use case, rubric and assessment back through the same readers that check
/// imported files (UseCaseJson, RubricJson, AssessmentJson), so `check` finds a record that the
/// other commands could not read (for example a revision out of range) before they fail on it.
class StoredDocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(StoredDocumentCheck)
public:
    /// One line per record that does not read back: what it is, its code or UUID, and why.
    static Result<QStringList> problems(Database &db);
    /// problems() as a Corrupt error naming every unreadable record (none: success).
    static Status check(Database &db);

private:
    static Status checkUseCases(Database &db, QStringList *out);
    static Status checkRubrics(Database &db, QStringList *out);
    static Status checkAssessments(Database &db, QStringList *out);
};

} // namespace casebook
