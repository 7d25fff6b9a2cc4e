#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

namespace casebook {

/// Reading and writing a rubric's JSON form (docs/rubric-json.md) as a file.
class RubricFile
{
    Q_DECLARE_TR_FUNCTIONS(RubricFile)
public:
    static constexpr qint64 kMaxBytes = 8LL * 1024 * 1024;

    /// Reads and validates a rubric file (at most kMaxBytes). Errors are InputRejected and name the file.
    static Result<Rubric> read(const QString &path);
    /// Writes the rubric atomically (QSaveFile): the old file stays if anything fails.
    static Status write(const QString &path, const Rubric &rubric);
};

} // namespace casebook
