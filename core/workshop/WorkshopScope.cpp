#include "workshop/WorkshopScope.h"

#include "storage/Database.h"
#include "storage/RoundSheetRepository.h"
#include "storage/RubricRepository.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"

namespace casebook {

Result<ResolvedWorkshop> WorkshopScope::resolve(Database &db, const QString &nameOrUuid)
{
    auto w = WorkshopRepository(db).get(nameOrUuid);
    if (!w)
        return w.error();
    auto rubric = RubricRepository(db).getVersion(w->rubricUuid);
    if (!rubric)
        return makeError(
            ErrorCode::NotFound,
            tr("The rubric version of the workshop \"%1\" is not in this repository.").arg(w->name),
            rubric.error().message);
    ResolvedWorkshop out{*w, {}, {}, *rubric};
    UseCaseRepository useCases(db);
    for (const QString &id : w->useCaseUuids) {
        auto u = useCases.findExisting(id);
        if (!u)
            return u.error();
        (*u ? out.useCaseUuids : out.missing).append(id);
    }
    return out;
}

Result<QList<RoundAgreementResult>> WorkshopScope::revealedAgreement(Database &db, const ResolvedWorkshop &r)
{
    auto sheets = RoundSheetRepository(db).sheets(r.workshop.uuid);
    if (!sheets)
        return sheets.error();
    QList<int> rounds;
    for (const WorkshopRound &round : r.workshop.rounds) {
        if (round.state != RoundState::Open)
            rounds.append(round.number);
    }
    QStringList criteria;
    for (const RubricDimension &d : r.rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            criteria.append(c.id);
    }
    return RoundAgreement::perRound(r.workshop, criteria, *sheets, rounds);
}

} // namespace casebook
