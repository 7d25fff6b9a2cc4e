#include "workshop/RoundDistribution.h"

#include "model/AssessmentJson.h"
#include "storage/Database.h"
#include "storage/RoundSheetRepository.h"
#include "storage/RubricRepository.h"
#include "storage/WorkshopRepository.h"

#include <QJsonArray>

#include <algorithm>

namespace casebook {

QString RoundDistribution::label(int index)
{
    QString out;
    for (int n = index; n >= 0; n = n / 26 - 1)
        out.prepend(QChar(u'A' + n % 26));
    return out;
}

QStringList RoundDistribution::assessorOrder(const QList<RoundSheet> &sheets)
{
    QStringList ids;
    for (const RoundSheet &s : sheets) {
        if (!ids.contains(s.assessorId))
            ids.append(s.assessorId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<Error> RoundDistribution::hidden(const Workshop &w, int round)
{
    const WorkshopRound *r = w.round(round);
    if (!r)
        return makeError(ErrorCode::NotFound,
                         tr("The workshop \"%1\" has no round %2.").arg(w.name).arg(round));
    if (r->state == RoundState::Open)
        return makeError(ErrorCode::Usage,
                         tr("The scores of round %1 are hidden until the facilitator reveals "
                            "them; each assessor sees only their own.")
                             .arg(round));
    return std::nullopt;
}

RoundDistributionResult RoundDistribution::build(const Workshop &w, const QStringList &criterionIds,
                                                 const QList<RoundSheet> &sheets, int round)
{
    const QStringList order = assessorOrder(sheets);
    RoundDistributionResult out;
    out.round = round;
    QList<const RoundSheet *> inRound;
    for (const RoundSheet &s : sheets) {
        if (s.round == round) {
            inRound.append(&s);
            out.labels.append(label(int(order.indexOf(s.assessorId))));
        }
    }
    std::sort(out.labels.begin(), out.labels.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &useCase : w.useCaseUuids) {
        for (const QString &criterion : criterionIds) {
            CriterionDistribution cell{useCase, criterion, {}, std::nullopt};
            QList<double> levels;
            for (const RoundSheet *s : std::as_const(inRound)) {
                const RoundScore *sc = s->score(useCase, criterion);
                if (!sc)
                    continue;
                cell.scores.append(
                    {label(int(order.indexOf(s->assessorId))), sc->state, sc->level, sc->reason});
                if (sc->state == ScoreState::Level)
                    levels.append(sc->level);
            }
            if (cell.scores.isEmpty())
                continue;
            std::sort(cell.scores.begin(), cell.scores.end(),
                      [](const AnonymousScore &a, const AnonymousScore &b) {
                          return a.label.size() != b.label.size() ? a.label.size() < b.label.size()
                                                                  : a.label < b.label;
                      });
            cell.levels = Statistics::summarize(levels);
            out.cells.append(cell);
        }
    }
    return out;
}

Result<RoundDistributionResult> RoundDistribution::of(Database &db, const QString &workshop, int round)
{
    auto w = WorkshopRepository(db).get(workshop);
    if (!w)
        return w.error();
    if (round <= 0)
        round = w->rounds.isEmpty() ? 1 : w->rounds.last().number;
    if (auto refused = hidden(*w, round))
        return *refused;
    auto rubric = RubricRepository(db).getVersion(w->rubricUuid);
    if (!rubric)
        return rubric.error();
    QStringList criteria;
    for (const RubricDimension &d : rubric->dimensions) {
        for (const RubricCriterion &c : d.criteria)
            criteria.append(c.id);
    }
    auto sheets = RoundSheetRepository(db).sheets(w->uuid);
    if (!sheets)
        return sheets.error();
    return build(*w, criteria, *sheets, round);
}

QJsonObject RoundDistributionResult::toJson() const
{
    QJsonArray list;
    for (const CriterionDistribution &c : cells) {
        QJsonArray scores;
        for (const AnonymousScore &s : c.scores)
            scores.append(QJsonObject{
                {QStringLiteral("assessor"), s.label},
                {QStringLiteral("state"), AssessmentJson::stateName(s.state)},
                {QStringLiteral("level"), s.state == ScoreState::Level ? QJsonValue(s.level) : QJsonValue()},
                {QStringLiteral("reason"), s.reason}});
        QJsonObject cell{{QStringLiteral("use_case_uuid"), c.useCaseUuid},
                         {QStringLiteral("criterion"), c.criterionId},
                         {QStringLiteral("scores"), scores}};
        if (c.levels) {
            cell.insert(QStringLiteral("median"), c.levels->median);
            cell.insert(QStringLiteral("min"), c.levels->min);
            cell.insert(QStringLiteral("max"), c.levels->max);
            cell.insert(QStringLiteral("n"), c.levels->count);
        }
        list.append(cell);
    }
    return QJsonObject{{QStringLiteral("round"), round},
                       {QStringLiteral("assessors"), QJsonArray::fromStringList(labels)},
                       {QStringLiteral("cells"), list}};
}

} // namespace casebook
