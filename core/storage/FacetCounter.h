#pragma once

#include "search/SearchQuery.h"
#include "storage/UseCaseRepository.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace casebook {

/// The counts of several facets for one search.
using FacetCountSet = QMap<SearchFilter::Field, QList<FacetCount>>;

/// Counts facets for a search on a read-only connection of its own to the repository file, so that
/// it can run on any thread while the window keeps its connection (issue 13: a broad search over
/// 100,000 use cases takes most of a second). One facet at a time. It asks whether it has been
/// cancelled before each facet and, while SQLite counts one, every few thousand steps of the
/// query (on the counting thread: `cancelled` must be safe to call there), and then stops at once
/// with ErrorCode::Cancelled.
class FacetCounter
{
    Q_DECLARE_TR_FUNCTIONS(FacetCounter)
public:
    using Cancelled = std::function<bool()>;

    static Result<FacetCountSet> count(const QString &path, const SearchQuery &query,
                                       const QList<SearchFilter::Field> &fields,
                                       const Cancelled &cancelled = {});
};

} // namespace casebook
