#pragma once

#include "support/Result.h"

#include <QString>

namespace casebook {
class Database;
}

namespace casebook::bench {

struct GenerateOptions
{
    int useCases = 1000;
    int assessors = 10;
    quint32 seed = 1;
    int batch = 1000; ///< use cases per transaction
    double assessedShare = 0.1; ///< share of use cases that every assessor scores
    /// 0: the repository numbers the use cases (UC-YYYY-001 on); otherwise they get the codes
    /// UC-YYYY-firstCode on, such as codes that no other generated repository has.
    int firstCode = 0;
};

struct GenerateCounts
{
    int useCases = 0;
    int assessments = 0;
    int attachments = 0;
};

/// A realistic synthetic repository, the same for the same seed (apart from the write times):
/// titles and texts of varied length in English, French, Arabic and Chinese, the product's own
/// vocabularies, nested and Unicode tags, shared attachments and assessments with the default
/// rubric. Written through the core repositories, the write path of the application, in bulk
/// transactions.
class Generator
{
public:
    static Result<GenerateCounts> generate(Database &db, const GenerateOptions &options);
};

} // namespace casebook::bench
