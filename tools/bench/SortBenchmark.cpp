#include "SortBenchmark.h"

#include "Figures.h"

#include "model/Vocabulary.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/ScoreReportLoader.h"
#include "storage/UseCaseRepository.h"

namespace casebook::bench {

namespace {

struct SortCase
{
    QString name;
    QString search;
    bool descending = true;
    int offset = 0;
};

QList<SortCase> sortCases(int useCases)
{
    const Vocabularies &v = Vocabularies::instance();
    const QString facets = QStringLiteral("vertical:%1 region:%2")
                               .arg(v.verticals().ids().value(0), v.ituRegions().ids().value(0));
    return {
        {QStringLiteral("a page in the middle, descending"), QString(), true, useCases / 2},
        {QStringLiteral("the first page, ascending"), QString(), false, 0},
        {QStringLiteral("the last page, descending"), QString(), true, std::max(0, useCases - 200)},
        {QStringLiteral("first page under the facet filter \"%1\"").arg(facets), facets, true, 0},
        {QStringLiteral("first page under the search \"smart meter\""), QStringLiteral("smart meter"), true,
         0},
    };
}

} // namespace

void SortBenchmark::run(Database &db, int useCases, int runs, Report &report)
{
    auto rubric = ScoreReportLoader::resolveRubric(db, {});
    if (!rubric) {
        report.line(QStringLiteral("sort by score: no rubric (%1)").arg(rubric.error().message));
        return;
    }
    UseCaseRepository repo(db);
    for (const SortCase &c : sortCases(useCases)) {
        ListOptions options;
        options.sort = ListOptions::Sort::Score;
        options.descending = c.descending;
        options.scoreRubricId = rubric->id;
        options.limit = 200;
        options.offset = c.offset;
        const SearchQuery query = SearchQuery::parse(c.search);
        int rows = 0;
        const double ms = medianMs(runs, [&] {
            auto page = repo.find(query, options);
            rows = page ? int(page->size()) : -1;
        });
        report.absolute(QStringLiteral("sort by score, %1 (%2 rows)").arg(c.name).arg(rows), ms, 100);
    }
}

bool SortBenchmark::run(const QString &path, int runs, Report &report)
{
    auto db = Database::openReader(path);
    if (!db)
        return false;
    auto count = UseCaseRepository(**db).count();
    if (!count)
        return false;
    run(**db, *count, runs, report);
    return true;
}

} // namespace casebook::bench
