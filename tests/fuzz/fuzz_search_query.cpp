// libFuzzer target: SearchQuery::parse and the FTS5 expressions built from it, on any text.
#include "search/SearchQuery.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const casebook::SearchQuery query = casebook::SearchQuery::parse(input);
    const QString fts = query.ftsExpression();
    const QString excluded = query.excludedFtsExpression();
    for (const casebook::SearchFilter::Field field :
         {casebook::SearchFilter::Field::Tag, casebook::SearchFilter::Field::Sdg}) {
        const casebook::SearchQuery without = query.withoutField(field);
        (void)without.filterValues(field);
        (void)casebook::SearchQuery::toggleFilter(input, field, QStringLiteral("x"));
    }
    // Quoting balance: every FTS term is quoted, so the expression has an even number of quotes.
    if (fts.count(QLatin1Char('"')) % 2 != 0 || excluded.count(QLatin1Char('"')) % 2 != 0)
        __builtin_trap();
    return 0;
}
