#include "merge/UseCaseContent.h"
#include "support/Sha256.h"

#include "model/UseCaseJson.h"

#include <QJsonDocument>

namespace casebook {

const QStringList &UseCaseContent::excludedKeys()
{
    static const QStringList keys{QStringLiteral("revision"), QStringLiteral("modified_at"),
                                  QStringLiteral("modified_by"), QStringLiteral("tags")};
    return keys;
}

QJsonObject UseCaseContent::fields(const UseCase &useCase)
{
    QJsonObject o = UseCaseJson::toJson(useCase);
    for (const QString &k : excludedKeys())
        o.remove(k);
    return o;
}

QString UseCaseContent::hash(const UseCase &useCase)
{
    return hashOfFields(fields(useCase));
}

QString UseCaseContent::hashOfFields(const QJsonObject &fields)
{
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return sha256Hex(bytes);
}

QString UseCaseContent::hashOfDocument(const QJsonObject &document)
{
    auto u = UseCaseJson::fromJson(document);
    return u ? hash(*u) : QString();
}

} // namespace casebook
