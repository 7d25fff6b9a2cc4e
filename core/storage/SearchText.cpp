#include "storage/SearchText.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace casebook {

namespace {

/// SQLite names a member $.key only when the key is a letter followed by letters and digits, and
/// $."key" otherwise; the view compares those names, so a key such as created_at is never left out
/// by the top-level list (dates and editor have always been in the index).
bool plainPathName(const QString &key)
{
    auto letter = [](QChar c) { return c.unicode() < 128 && c.isLetter(); };
    auto digit = [](QChar c) { return c.unicode() < 128 && c.isDigit(); };
    if (key.isEmpty() || !letter(key.front()))
        return false;
    return std::all_of(key.cbegin(), key.cend(), [&](QChar c) { return letter(c) || digit(c); });
}

bool excludedTopLevel(const QString &key)
{
    static const QSet<QString> keys{
        QStringLiteral("uuid"),        QStringLiteral("code"),       QStringLiteral("title"),
        QStringLiteral("summary"),     QStringLiteral("created_at"), QStringLiteral("modified_at"),
        QStringLiteral("modified_by"), QStringLiteral("language"),   QStringLiteral("licence")};
    return keys.contains(key) && plainPathName(key);
}

bool excludedAnywhere(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("uuid"), QStringLiteral("sha256"),
                                    QStringLiteral("added_at"), QStringLiteral("url")};
    return keys.contains(key);
}

void collect(const QJsonValue &value, QStringList &out);

void collectObject(const QJsonObject &object, bool topLevel, QStringList &out)
{
    // QJsonObject keeps its keys sorted, the order in which the stored text lists them.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString() && ((topLevel && excludedTopLevel(it.key())) || excludedAnywhere(it.key())))
            continue;
        collect(it.value(), out);
    }
}

void collect(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            collect(element, out);
    } else if (value.isObject()) {
        collectObject(value.toObject(), false, out);
    }
}

} // namespace

QString SearchText::summary(const QJsonObject &document)
{
    return document.value(QStringLiteral("summary")).toString();
}

QString SearchText::body(const QJsonObject &document)
{
    QStringList parts;
    collectObject(document, true, parts);
    return parts.join(QLatin1Char(' '));
}

} // namespace casebook
