#include "search/ComparisonSelection.h"

#include "workshop/WorkshopScope.h"

#include "storage/Database.h"
#include "storage/WorkshopRepository.h"

namespace casebook {

Status ComparisonSelection::check() const
{
    if (workshop.trimmed().isEmpty()) {
        if (selection.isEverything())
            return makeError(ErrorCode::Usage,
                             tr("Choose the use cases to compare: --ids, --tag, --query or --workshop."));
        return {};
    }
    if (!selection.isEverything())
        return makeError(ErrorCode::Usage,
                         tr("--workshop chooses the use cases itself; leave out --ids, --tag, --query and "
                            "--since."));
    return {};
}

Result<ComparisonChoice> ComparisonSelection::resolve(Database &db) const
{
    if (Status s = check(); !s)
        return s.error();
    ComparisonChoice choice;
    ExportSelection effective = selection;
    if (!workshop.trimmed().isEmpty()) {
        const WorkshopLookup find = lookup ? lookup : defaultWorkshopLookup();
        auto found = find(db, workshop.trimmed());
        if (!found)
            return found.error();
        if (found->useCases.isEmpty())
            return makeError(ErrorCode::NotFound, tr("The workshop \"%1\" has no use case.").arg(workshop));
        effective.ids = found->useCases;
        choice.rubric = found->rubric;
        choice.weights = found->weights;
    }
    auto chosen = effective.select(db);
    if (!chosen)
        return chosen.error();
    choice.useCases = *chosen;
    return choice;
}

WorkshopLookup ComparisonSelection::defaultWorkshopLookup()
{
    return [](Database &db, const QString &name) -> Result<WorkshopChoice> {
        auto found = WorkshopRepository(db).find(name);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, tr("There is no workshop named \"%1\".").arg(name));
        // A workshop keeps named weight sets but none is "current": it is compared with its rubric's
        // own weights, and --weights or --weights-file change them as for any comparison.
        return WorkshopChoice{(*found)->useCaseUuids, (*found)->rubricUuid, WeightSet()};
    };
}

} // namespace casebook
