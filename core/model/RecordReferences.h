#pragma once

#include "model/UseCase.h"

#include <QString>
#include <QStringList>

namespace casebook {

/// Keeps the references inside one record whole while it is edited: the next free id for a new
/// requirement or information exchanged, the next step number, and actor renames that follow into
/// the scenarios that name the actor.
class RecordReferences
{
public:
    /// The next "<prefix>n" after the highest n among `ids` (compared ignoring case), e.g. "R-3"
    /// after; "<prefix>1" when none has that form.
    static QString nextFreeId(const QStringList &ids, const QString &prefix);
    /// The number after the highest leading whole number of `numbers` ("1", "2", "2.1" give "3").
    static QString nextStepNumber(const QStringList &numbers);
    /// Points every primary actor, information producer and receiver naming `from` at `to`.
    /// Returns how many references changed.
    static int renameActor(UseCase &useCase, const QString &from, const QString &to);
    /// How many primary actors, producers and receivers of the record name `name`.
    static int actorReferenceCount(const UseCase &useCase, const QString &name);
};

} // namespace casebook
