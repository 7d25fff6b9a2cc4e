#pragma once

#include "model/UseCase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casebook {

/// Writes use cases as an IEC 62559-3 use-case repository (docs/iec62559-xml.md): the root
/// `UseCaseRepository` of the NIST schema (usnistgov/cpsframework at 017ef58, August 2016), with a
/// BusinessObjectLibrary (information exchanged), a RequirementLibrary, an ActorLibrary and a
/// UseCaseLibrary whose use cases refer to them by technicalId. What the schema has no element for
/// (SDGs, tags, standards, KPIs' values...) goes into the use case's CustomInformation as
/// "casebook:<field>" with the field's JSON, so Iec62559XmlReader gives back the same record.
/// Every reference in the output resolves inside it; a reference a record cannot resolve (a step's
/// unresolved text, an id that names nothing) is kept in the custom information instead.
class Iec62559XmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(Iec62559XmlWriter)
public:
    /// The document (UTF-8, indented) of `useCases`, in that order.
    static QByteArray write(const QList<UseCase> &useCases);
};

} // namespace casebook
