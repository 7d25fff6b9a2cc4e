#include "model/RecordReferences.h"

#include <QRegularExpression>

#include <algorithm>

namespace casebook {

namespace {

/// Calls `visit` on every field of the record that names an actor.
template<typename Record, typename F> void forEachActorReference(Record &u, F visit)
{
    for (auto &s : u.scenarios) {
        visit(s.primaryActor);
        for (auto &step : s.steps) {
            visit(step.producer);
            visit(step.receiver);
        }
    }
}

} // namespace

QString RecordReferences::nextFreeId(const QStringList &ids, const QString &prefix)
{
    const QRegularExpression numbered(
        QStringLiteral("^%1(\\d{1,9})$").arg(QRegularExpression::escape(prefix)),
        QRegularExpression::CaseInsensitiveOption);
    int highest = 0;
    for (const QString &id : ids) {
        if (const auto m = numbered.match(id.trimmed()); m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    }
    return prefix + QString::number(highest + 1);
}

QString RecordReferences::nextStepNumber(const QStringList &numbers)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*(\\d{1,9})"));
    int highest = 0;
    for (const QString &number : numbers) {
        if (const auto m = leading.match(number); m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    }
    return QString::number(highest + 1);
}

int RecordReferences::renameActor(UseCase &useCase, const QString &from, const QString &to)
{
    int changed = 0;
    if (from.isEmpty() || from == to)
        return changed;
    forEachActorReference(useCase, [&](QString &reference) {
        if (reference == from) {
            reference = to;
            ++changed;
        }
    });
    return changed;
}

int RecordReferences::actorReferenceCount(const UseCase &useCase, const QString &name)
{
    int count = 0;
    if (name.isEmpty())
        return count;
    forEachActorReference(useCase, [&](const QString &reference) { count += reference == name ? 1 : 0; });
    return count;
}

} // namespace casebook
