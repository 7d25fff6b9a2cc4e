#pragma once

#include <QLatin1String>
#include <QString>
#include <QUuid>

namespace casebook {

/// What Casebook's IEC 62559-3 writer and reader share (docs/iec62559-xml.md): the schema's
/// namespace, the keys of the custom information Casebook writes, and the technicalIds it gives the
/// parts of a use case, so that every reference in a written file resolves inside it.
namespace Iec62559Xml {

/// The target namespace of the NIST schema (usnistgov/cpsframework, IEC62559-3.xsd): the root
/// element is in it; the elements below it are unqualified (the schema's elementFormDefault).
inline QString namespaceUri()
{
    return QStringLiteral("cpsframework");
}
/// The prefix of every CustomInformation key Casebook writes, e.g. "casebook:sdgs".
inline QLatin1String customPrefix()
{
    return QLatin1String("casebook:");
}
/// CustomInformation keys that point (with `reference`) at a repository-level object of the use case.
inline QString requirementKey()
{
    return QStringLiteral("casebook:requirement");
}
inline QString informationKey()
{
    return QStringLiteral("casebook:information");
}
inline QString dataModelKey()
{
    return QStringLiteral("casebook:information.data_model");
}
/// The record key under which content of foreign XML that Casebook cannot map is kept (in
/// UseCase::extra, so it travels with the record and is written back as custom information).
inline QString unmappedKey()
{
    return QStringLiteral("iec62559_unmapped");
}

/// The namespace of the name-based (version 5) UUIDs Casebook gives records of foreign XML, made
/// from the XML's own technicalId, so that importing the same file again updates the same records.
inline QUuid uuidNamespace()
{
    return QUuid(QStringLiteral("{5d0c6a3e-8f1b-4c27-9e4a-62559c3a0b17}"));
}

/// The technicalId of the `index`-th (from 1) part of `kind` ("actor", "requirement"...) of a use case.
inline QString partId(const QString &useCaseUuid, const char *kind, int index)
{
    return useCaseUuid + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('/') + QString::number(index);
}

} // namespace Iec62559Xml

} // namespace casebook
