#include "search/ComparisonSelection.h"

#include "workshop/WorkshopScope.h"

#include "storage/Database.h"

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
        auto found = WorkshopScope::resolve(db, name);
        if (!found)
            return found.error();
        WorkshopChoice choice;
        choice.useCases = found->useCaseUuids;
        choice.rubric = found->rubric.uuid;
        // The rubric's own weights: a workshop's named weight sets are what-ifs the window offers,
        // none of them replaces the rubric (give --weights to try one).
        return choice;
    };
}

} // namespace casebook
