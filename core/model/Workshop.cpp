#include "model/Workshop.h"

namespace casebook {

const WorkshopRound *Workshop::round(int number) const
{
    for (const WorkshopRound &r : rounds) {
        if (r.number == number)
            return &r;
    }
    return nullptr;
}

WorkshopRound *Workshop::round(int number)
{
    for (WorkshopRound &r : rounds) {
        if (r.number == number)
            return &r;
    }
    return nullptr;
}

const WorkshopRound *Workshop::currentRound() const
{
    return rounds.isEmpty() ? nullptr : &rounds.last();
}

const RoundScore *RoundSheet::score(const QString &useCaseUuid, const QString &criterionId) const
{
    for (const RoundScore &s : scores) {
        if (s.useCaseUuid == useCaseUuid && s.criterionId == criterionId)
            return &s;
    }
    return nullptr;
}

QString roundStateName(RoundState state)
{
    switch (state) {
    case RoundState::Open: return QStringLiteral("open");
    case RoundState::Revealed: return QStringLiteral("revealed");
    case RoundState::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("open");
}

bool roundStateFrom(const QString &name, RoundState *state)
{
    for (RoundState s : {RoundState::Open, RoundState::Revealed, RoundState::Closed}) {
        if (name == roundStateName(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

} // namespace casebook
