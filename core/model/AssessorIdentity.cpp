#include "model/AssessorIdentity.h"

#include <QUuid>

namespace casebook {

namespace {

/// The namespace of name-derived assessor identities. Never change it: it makes old assessments
/// match across repositories.
const QUuid kNameNamespace(QStringLiteral("{8d3f6c1a-2b7e-5c40-9e1d-4a6b0c2f7e93}"));

} // namespace

QString AssessorIdentity::create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString AssessorIdentity::fromName(const QString &name)
{
    if (name.isEmpty())
        return {};
    return QUuid::createUuidV5(kNameNamespace, name).toString(QUuid::WithoutBraces);
}

QString AssessorIdentity::normalized(const QString &id)
{
    const QUuid u = QUuid::fromString(id.trimmed());
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

} // namespace casebook
