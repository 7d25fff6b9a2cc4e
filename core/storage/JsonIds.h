#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// Row ids as the JSON array that SQLite's json_each() reads, so that one statement takes a whole
/// list of them ("... WHERE id IN (SELECT value FROM json_each(?))").
inline QString jsonIds(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

/// Texts (uuids) as a JSON array of strings for json_each(), as jsonIds() does for row ids.
inline QString jsonTexts(const QStringList &texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

} // namespace casebook
