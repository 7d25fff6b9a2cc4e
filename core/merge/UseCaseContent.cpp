#include "merge/UseCaseContent.h"
#include "support/Sha256.h"

#include "model/UseCaseJson.h"

#include <QJsonArray>
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

namespace {

QJsonValue withoutEmpty(const QJsonValue &value);

/// An object without the keys whose value is empty ("", null, [] or {} once pruned itself).
QJsonObject withoutEmpty(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = withoutEmpty(it.value());
        const bool empty = v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
            || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
        if (!empty)
            out.insert(it.key(), v);
    }
    return out;
}

QJsonValue withoutEmpty(const QJsonValue &value)
{
    if (value.isObject())
        return withoutEmpty(value.toObject());
    if (!value.isArray())
        return value;
    QJsonArray out;
    const QJsonArray in = value.toArray();
    for (const QJsonValue &v : in)
        out.append(withoutEmpty(v)); // positions matter in a list: nothing is dropped
    return out;
}

} // namespace

QString UseCaseContent::hashOfFields(const QJsonObject &fields)
{
    // Empty values are left out, so a later version that adds a field (empty in every record it has
    // not touched) computes the same hash for the same content, and bundles and sheets of both
    // versions still recognise each other's versions.
    const QByteArray bytes = QJsonDocument(withoutEmpty(fields)).toJson(QJsonDocument::Compact);
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
