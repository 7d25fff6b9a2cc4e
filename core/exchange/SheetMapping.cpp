#include "exchange/SheetMapping.h"

#include "exchange/ColumnMapper.h"
#include "support/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casebook {

namespace {
const QString kFormat = QStringLiteral("casebook-csv-mapping");
}

Result<SheetMapping> SheetMapping::fromJson(const QByteArray &json)
{
    auto parsed = StrictJson::parse(json);
    if (!parsed)
        return makeError(ErrorCode::InputRejected, tr("The mapping: %1").arg(parsed.error().message),
                         parsed.error().detail);
    const QJsonDocument doc = *parsed;
    if (!doc.isObject())
        return makeError(ErrorCode::InputRejected, tr("The mapping must be a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::InputRejected,
                         tr("format: the mapping must say \"format\": \"%1\".").arg(kFormat));
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::InputRejected, tr("version: this Casebook reads mapping version 1."));

    static const QStringList known = {QStringLiteral("format"),
                                      QStringLiteral("version"),
                                      QStringLiteral("comment"),
                                      QStringLiteral("separator"),
                                      QStringLiteral("columns"),
                                      QStringLiteral("values"),
                                      QStringLiteral("accept_suggestions")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return makeError(ErrorCode::InputRejected, tr("%1: is not a key of a mapping.").arg(it.key()));
    }

    SheetMapping m;
    const QJsonValue sep = o.value(QStringLiteral("separator"));
    if (!sep.isUndefined() && !sep.isNull()) {
        const QString s = sep.toString();
        if (s == QLatin1String(",") || s == QLatin1String(";") || s == QLatin1String("\t"))
            m.separator = s.at(0);
        else if (s.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
            m.separator = QLatin1Char('\t');
        else if (!s.isEmpty() && s.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0)
            return makeError(ErrorCode::InputRejected,
                             tr("separator: must be \",\", \";\", \"tab\" or \"auto\", not \"%1\".").arg(s));
    }

    const QJsonValue columns = o.value(QStringLiteral("columns"));
    if (!columns.isUndefined() && !columns.isObject())
        return makeError(ErrorCode::InputRejected, tr("columns: must be an object of header name to field."));
    const QJsonObject cols = columns.toObject();
    for (auto it = cols.constBegin(); it != cols.constEnd(); ++it) {
        if (it.value().isNull()) {
            m.columns.insert(it.key(), QString());
            continue;
        }
        if (!it.value().isString())
            return makeError(ErrorCode::InputRejected,
                             tr("columns.%1: must be a field name, \"\" or null.").arg(it.key()));
        const QString field = it.value().toString().trimmed();
        if (!field.isEmpty() && !UseCaseSheet::isField(field))
            return makeError(ErrorCode::InputRejected,
                             tr("columns.%1: '%2' is not a field of a use case.").arg(it.key(), field));
        m.columns.insert(it.key(), field);
    }

    const QJsonValue values = o.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isObject())
        return makeError(ErrorCode::InputRejected, tr("values: must be an object of field to replacements."));
    const QJsonObject vals = values.toObject();
    for (auto it = vals.constBegin(); it != vals.constEnd(); ++it) {
        if (!UseCaseSheet::isField(it.key()))
            return makeError(ErrorCode::InputRejected,
                             tr("values.%1: is not a field of a use case.").arg(it.key()));
        if (!it.value().isObject())
            return makeError(
                ErrorCode::InputRejected,
                tr("values.%1: must be an object of value as typed to value to store.").arg(it.key()));
        const QJsonObject replacements = it.value().toObject();
        QHash<QString, QString> map;
        for (auto r = replacements.constBegin(); r != replacements.constEnd(); ++r) {
            if (!r.value().isString())
                return makeError(ErrorCode::InputRejected,
                                 tr("values.%1.%2: must be a text value.").arg(it.key(), r.key()));
            map.insert(r.key(), r.value().toString());
        }
        m.values.valueMap.insert(it.key(), map);
    }

    const QJsonValue accept = o.value(QStringLiteral("accept_suggestions"));
    if (!accept.isUndefined() && !accept.isBool())
        return makeError(ErrorCode::InputRejected, tr("accept_suggestions: must be true or false."));
    m.values.acceptSuggestions = accept.toBool(false);
    return m;
}

QByteArray SheetMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), 1);
    if (!separator.isNull())
        o.insert(QStringLiteral("separator"),
                 separator == QLatin1Char('\t') ? QStringLiteral("tab") : QString(separator));
    QJsonObject cols;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        cols.insert(it.key(), it.value().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value()));
    o.insert(QStringLiteral("columns"), cols);
    QJsonObject vals;
    for (auto it = values.valueMap.constBegin(); it != values.valueMap.constEnd(); ++it) {
        QJsonObject map;
        for (auto r = it->constBegin(); r != it->constEnd(); ++r)
            map.insert(r.key(), r.value());
        vals.insert(it.key(), map);
    }
    if (!vals.isEmpty())
        o.insert(QStringLiteral("values"), vals);
    o.insert(QStringLiteral("accept_suggestions"), values.acceptSuggestions);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString SheetMapping::automaticField(const QString &header, const QStringList &sheetHeader)
{
    if (header.trimmed().isEmpty())
        return {};
    if (const QString field = ColumnMapper::standard().fieldFor(header, sheetHeader); !field.isEmpty())
        return field;
    const QString normalised = ColumnMapper::normalise(header);
    const QStringList fields = UseCaseSheet::mappableFields();
    const auto it = std::find_if(fields.cbegin(), fields.cend(), [&normalised](const QString &f) {
        return ColumnMapper::normalise(f) == normalised;
    });
    return it == fields.cend() ? QString() : *it;
}

ResolvedColumns SheetMapping::resolve(const QStringList &header) const
{
    // Choices by header as written, then by its normalised form.
    QHash<QString, QString> byNormalised;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        byNormalised.insert(ColumnMapper::normalise(it.key()), it.value());

    ResolvedColumns r;
    r.fields.reserve(header.size());
    for (int c = 0; c < header.size(); ++c) {
        const QString &name = header[c];
        QString field;
        bool chosen = false;
        if (const auto it = columns.constFind(name); it != columns.constEnd()) {
            field = *it;
            chosen = true;
        } else if (const auto n = byNormalised.constFind(ColumnMapper::normalise(name));
                   n != byNormalised.constEnd() && !name.trimmed().isEmpty()) {
            field = *n;
            chosen = true;
        } else {
            field = automaticField(name, header);
        }
        if (chosen && field.isEmpty()) {
            r.ignored.append(c);
            r.fields.append(QString());
        } else if (field.isEmpty()) {
            if (!name.trimmed().isEmpty())
                r.unmapped.append(c);
            r.fields.append(QString());
        } else if (r.fields.contains(field)) {
            r.duplicates.append(c);
            r.fields.append(QString());
        } else {
            r.fields.append(field);
        }
    }
    return r;
}

} // namespace casebook
