#pragma once

#include "model/UseCase.h"

#include <QString>

namespace casebook {

/// Reads records written before use cases reached IEC 62559-2 depth (Casebook's schema 5 and
/// earlier, and bundles from those versions) into today's form, losing nothing:
/// - one `development_context` for the record becomes one per listed country;
/// - information exchanged and requirements without an id get the next free "I-n" / "R-n";
/// - a step's free-text "from", "to" and "information" become references where they name an actor
///   or an information exchanged of the record (ignoring case and surrounding spaces), and stay as
///   unresolved text, flagged in the editor, where they do not;
/// - the steps of a scenario that has no step numbers are numbered 1, 2, 3...;
/// - in any record, an actor named by a scenario or a step with other case or spaces (" sensor ")
///   is written as the actor's own name ("Sensor"), from whatever source the record came.
/// Applying it to a record in today's form changes nothing.
class LegacyRecordForm
{
public:
    static void upgrade(UseCase &useCase, const QString &legacyDevelopmentContext);
    /// Keys of the old form that are read (and converted) rather than kept as unknown fields.
    static bool isLegacyKey(const QString &key);

private:
    static void spreadContext(UseCase &useCase, const QString &context);
    static void assignIds(UseCase &useCase);
    static void resolveSteps(UseCase &useCase);
};

} // namespace casebook
