#include "storage/FacetCounter.h"

#include "storage/Database.h"

namespace casebook {

Result<FacetCountSet> FacetCounter::count(const QString &path, const SearchQuery &query,
                                          const QList<SearchFilter::Field> &fields,
                                          const Cancelled &cancelled)
{
    auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    const Error stopped = makeError(ErrorCode::Cancelled, tr("Counting the facets was cancelled."));
    if (isCancelled())
        return stopped;
    auto db = Database::openReader(path);
    if (!db)
        return db.error();
    if (cancelled)
        (*db)->setInterruption(cancelled); // a stale count stops inside a facet, not after it
    const UseCaseRepository repo(**db);
    FacetCountSet out;
    for (const SearchFilter::Field field : fields) {
        if (isCancelled())
            return stopped;
        auto counts = repo.facetCounts(field, query);
        if (!counts)
            return isCancelled() ? stopped : counts.error();
        out.insert(field, *counts);
    }
    return out;
}

} // namespace casebook
