#pragma once

#include "scoring/WeightSet.h"
#include "search/ExportSelection.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace casebook {

class Database;

/// What a saved workshop gives a comparison. This is the seam between comparisons and workshops
/// storage: a WorkshopLookup fills it from the repository.
struct WorkshopChoice
{
    QStringList useCases; ///< UUIDs or codes of the workshop's use cases
    QString rubric; ///< the workshop's rubric version (UUID); empty: the caller's or the default
    WeightSet weights; ///< the workshop's current weights; empty: the rubric's own
};

/// Finds a workshop by name: its WorkshopChoice, or an ErrorCode::NotFound error naming it.
using WorkshopLookup = std::function<Result<WorkshopChoice>(Database &db, const QString &name)>;

/// What a comparison is about once its selection is resolved.
struct ComparisonChoice
{
    SelectedUseCases useCases; ///< in code order; restricted ones left out as ExportSelection says
    QString rubric; ///< a workshop's rubric, else empty
    WeightSet weights; ///< a workshop's weights, else empty
};

/// Which use cases a comparison takes: the selection every export uses (`--ids`, `--tag`, `--query`,
/// `--since`, with its sharing rule: a restricted use case is compared only with
/// `--include-restricted`, as for `report`), or a saved workshop's use cases (`--workshop NAME`), to
/// which the same sharing rule applies.
struct ComparisonSelection
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonSelection)
public:
    ExportSelection selection; ///< ids, tag, query, since, includeRestricted
    QString workshop; ///< a workshop's name; then ids, tag, query and since must be empty
    /// How workshops are found; defaultWorkshopLookup() when empty.
    WorkshopLookup lookup;

    /// An ErrorCode::Usage error when nothing is chosen (a comparison never takes the whole
    /// repository by default) or when a workshop is combined with ids, tag, query or since.
    Status check() const;
    /// The use cases (and a workshop's rubric and weights). An id that names no use case, or a
    /// workshop that does not exist, is an ErrorCode::NotFound error.
    Result<ComparisonChoice> resolve(Database &db) const;

    /// The lookup used when none is set: the workshop saved under that name or UUID
    /// (WorkshopRepository), its use cases and rubric version, with the rubric's own weights (a
    /// workshop's weight sets are named, none is current); ErrorCode::NotFound when there is none.
    static WorkshopLookup defaultWorkshopLookup();
};

} // namespace casebook
