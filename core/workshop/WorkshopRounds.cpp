#include "workshop/WorkshopRounds.h"

#include "storage/Database.h"
#include "storage/RoundSheetRepository.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"

namespace casebook {

WorkshopRounds::WorkshopRounds(Database &db)
    : m_db(db)
{ }

Result<Workshop> WorkshopRounds::openRound(const QString &name)
{
    Transaction tx(m_db);
    WorkshopRepository repo(m_db);
    auto w = repo.get(name);
    if (!w)
        return w.error();
    if (WorkshopRound *last = w->rounds.isEmpty() ? nullptr : &w->rounds.last()) {
        if (last->state == RoundState::Open)
            return makeError(ErrorCode::Usage,
                             tr("Round %1 of the workshop \"%2\" is still open; reveal it before opening the "
                                "next round.")
                                 .arg(last->number)
                                 .arg(w->name));
        if (last->state == RoundState::Revealed) {
            last->state = RoundState::Closed;
            last->closedAt = m_db.clock().nowUtc();
        }
    }
    if (w->rounds.size() >= Workshop::kMaxRounds)
        return makeError(ErrorCode::Usage, tr("A workshop has at most %1 rounds.").arg(Workshop::kMaxRounds));
    WorkshopRound round;
    round.number = int(w->rounds.size()) + 1;
    round.openedAt = m_db.clock().nowUtc();
    w->rounds.append(round);
    auto saved = repo.save(*w);
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<Workshop> WorkshopRounds::reveal(const QString &workshop)
{
    return changeState(workshop, RoundState::Open, RoundState::Revealed);
}

Result<Workshop> WorkshopRounds::close(const QString &workshop)
{
    return changeState(workshop, RoundState::Revealed, RoundState::Closed);
}

Result<Workshop> WorkshopRounds::changeState(const QString &name, RoundState from, RoundState to)
{
    Transaction tx(m_db);
    WorkshopRepository repo(m_db);
    auto w = repo.get(name);
    if (!w)
        return w.error();
    if (w->rounds.isEmpty())
        return makeError(ErrorCode::Usage,
                         tr("The workshop \"%1\" has no round yet; open round 1 first.").arg(w->name));
    WorkshopRound &last = w->rounds.last();
    // Closing also takes an open round (a round abandoned without reveal).
    const bool allowed = last.state == from || (to == RoundState::Closed && last.state == RoundState::Open);
    if (!allowed)
        return makeError(ErrorCode::Usage,
                         tr("Round %1 of the workshop \"%2\" is %3 already.")
                             .arg(last.number)
                             .arg(w->name, roundStateName(last.state)));
    last.state = to;
    (to == RoundState::Revealed ? last.revealedAt : last.closedAt) = m_db.clock().nowUtc();
    auto saved = repo.save(*w);
    if (!saved)
        return saved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

QList<RoundScore> WorkshopRounds::changesWithoutReason(const RoundSheet *previous,
                                                       const QList<RoundScore> &scores)
{
    QList<RoundScore> out;
    if (!previous)
        return out;
    for (const RoundScore &s : scores) {
        const RoundScore *before = previous->score(s.useCaseUuid, s.criterionId);
        if (before && !before->sameAnswer(s) && s.reason.trimmed().isEmpty())
            out.append(s);
    }
    return out;
}

namespace {

QString answerText(const RoundScore &s)
{
    switch (s.state) {
    case ScoreState::Level: return QString::number(s.level);
    case ScoreState::NotApplicable: return WorkshopRounds::tr("N/A");
    case ScoreState::Unknown: return WorkshopRounds::tr("unknown");
    case ScoreState::Unscored: break;
    }
    return WorkshopRounds::tr("unscored");
}

} // namespace

Result<RoundSheet> WorkshopRounds::score(const QString &name, const QString &assessorId,
                                         const QString &assessorName, const QList<RoundScore> &scores)
{
    Transaction tx(m_db);
    auto w = WorkshopRepository(m_db).get(name);
    if (!w)
        return w.error();
    const WorkshopRound *round = w->currentRound();
    if (!round || round->state != RoundState::Open)
        return makeError(
            ErrorCode::Usage,
            tr("The workshop \"%1\" has no open round; the facilitator opens one.").arg(w->name));
    RoundSheetRepository sheets(m_db);
    auto previous = sheets.find(w->uuid, round->number - 1, assessorId);
    if (!previous)
        return previous.error();
    const QList<RoundScore> missing = changesWithoutReason(*previous ? &**previous : nullptr, scores);
    if (!missing.isEmpty()) {
        const RoundScore &s = missing.first();
        auto u = UseCaseRepository(m_db).get(s.useCaseUuid);
        return makeError(ErrorCode::InputRejected,
                         tr("%1 of %2 changes from %3 in round %4 to %5: give a reason for the change.")
                             .arg(s.criterionId, u ? u->code : s.useCaseUuid,
                                  answerText(*(*previous)->score(s.useCaseUuid, s.criterionId)))
                             .arg(round->number - 1)
                             .arg(answerText(s)));
    }
    auto current = sheets.find(w->uuid, round->number, assessorId);
    if (!current)
        return current.error();
    RoundSheet sheet = current->value_or(RoundSheet());
    sheet.workshopUuid = w->uuid;
    sheet.round = round->number;
    sheet.assessorId = assessorId;
    sheet.assessorName = assessorName;
    for (const RoundScore &s : scores) {
        sheet.scores.removeIf([&s](const RoundScore &o) {
            return o.useCaseUuid == s.useCaseUuid && o.criterionId == s.criterionId;
        });
        sheet.scores.append(s);
    }
    auto saved = sheets.save(sheet);
    if (!saved)
        return saved.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return saved;
}

} // namespace casebook
