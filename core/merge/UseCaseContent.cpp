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
    // Documents hashed here are stored ones, which may predate a rule: types only.
    UseCaseJson::ParseOptions stored;
    stored.applyRules = false;
    auto u = UseCaseJson::fromJson(document, stored);
    return u ? hash(*u) : QString();
}

QJsonObject UseCaseContent::incomingFields(const IncomingUseCase &in, const QJsonObject &mine)
{
    const QJsonObject full = fields(in.useCase);
    QJsonObject theirs;
    if (in.providedFields.isEmpty()) {
        theirs = full;
    } else {
        theirs = mine;
        for (const QString &f : in.providedFields) {
            if (full.contains(f))
                theirs.insert(f, full.value(f));
        }
    }
    for (const QString &k : {QStringLiteral("uuid"), QStringLiteral("code"), QStringLiteral("created_at")}) {
        if (theirs.value(k).toString().isEmpty())
            theirs.insert(k, mine.value(k));
    }
    return theirs;
}

} // namespace casebook
