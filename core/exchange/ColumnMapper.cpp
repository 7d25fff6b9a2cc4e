#include "exchange/ColumnMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casebook {

QString ColumnMapper::normalise(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == QChar(0x0640)) // Arabic tatweel: stretches a word, means nothing
            continue;
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

Result<ColumnMapper> ColumnMapper::fromJson(const QByteArray &json)
{
    const auto bad = [](const QString &detail) {
        return makeError(ErrorCode::InputRejected, tr("The column synonyms table is not valid."), detail);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return bad(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("casebook-column-synonyms"))
        return bad(QStringLiteral("format is not casebook-column-synonyms"));
    const QJsonValue fieldsValue = root.value(QStringLiteral("fields"));
    if (!fieldsValue.isObject())
        return bad(QStringLiteral("no fields object"));
    const QJsonObject fields = fieldsValue.toObject();

    ColumnMapper mapper;
    // QJsonObject iterates in key order, so fieldKeys() is alphabetical.
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString field = it.key();
        if (!it.value().isArray())
            return bad(QStringLiteral("field %1 is not a list").arg(field));
        QStringList names{field};
        for (const QJsonValue &v : it.value().toArray()) {
            if (!v.isString())
                return bad(QStringLiteral("field %1 has a synonym that is not a string").arg(field));
            names.append(v.toString());
        }
        mapper.m_fields.append(field);
        mapper.m_synonyms.insert(field, names.mid(1));
        for (const QString &name : std::as_const(names)) {
            const QString key = normalise(name);
            if (key.isEmpty())
                return bad(QStringLiteral("field %1 has an empty synonym").arg(field));
            const QString owner = mapper.m_index.value(key);
            if (!owner.isEmpty() && owner != field)
                return bad(QStringLiteral("\"%1\" is listed under %2 and %3").arg(name, owner, field));
            mapper.m_index.insert(key, field);
        }
    }
    const QJsonObject beside = root.value(QStringLiteral("names_beside")).toObject();
    for (auto it = beside.constBegin(); it != beside.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        const BesideRule rule{o.value(QStringLiteral("field")).toString(),
                              normalise(o.value(QStringLiteral("beside")).toString()),
                              o.value(QStringLiteral("beside_field")).toString()};
        const QString key = normalise(it.key());
        if (!mapper.m_synonyms.contains(rule.field) || key.isEmpty()
            || rule.heading.isEmpty() == rule.besideField.isEmpty()
            || (!rule.besideField.isEmpty() && !mapper.m_synonyms.contains(rule.besideField)))
            return bad(QStringLiteral("names_beside.%1 needs a known field and either a heading or a known "
                                      "beside_field")
                           .arg(it.key()));
        if (mapper.m_index.contains(key))
            return bad(
                QStringLiteral("names_beside.%1 is also listed under %2").arg(it.key(), mapper.m_index[key]));
        mapper.m_beside.insert(key, rule);
    }
    return mapper;
}

QString ColumnMapper::fieldFor(const QString &name, const QStringList &header) const
{
    if (const QString field = fieldFor(name); !field.isEmpty())
        return field;
    const auto rule = m_beside.constFind(normalise(name));
    if (rule == m_beside.constEnd())
        return {};
    const bool beside = std::any_of(header.cbegin(), header.cend(), [&](const QString &h) {
        return rule->heading.isEmpty() ? fieldFor(h) == rule->besideField : normalise(h) == rule->heading;
    });
    return beside ? rule->field : QString();
}

const ColumnMapper &ColumnMapper::standard()
{
    static const ColumnMapper mapper = [] {
        QFile file(QStringLiteral(":/casebook/exchange/column-synonyms.json"));
        const QByteArray json = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        Result<ColumnMapper> loaded = fromJson(json);
        Q_ASSERT_X(loaded.ok(), "ColumnMapper", "the column synonyms resource is missing or invalid");
        return loaded.ok() ? std::move(loaded).value() : ColumnMapper();
    }();
    return mapper;
}

ColumnMapping ColumnMapper::map(const QStringList &header) const
{
    ColumnMapping mapping;
    mapping.fields.reserve(header.size());
    for (int column = 0; column < header.size(); ++column) {
        const QString field = fieldFor(header.at(column), header);
        if (field.isEmpty()) {
            if (!header.at(column).trimmed().isEmpty())
                mapping.unmapped.append(column);
            mapping.fields.append(QString());
        } else if (mapping.fields.contains(field)) {
            mapping.duplicates.append(column);
            mapping.fields.append(QString());
        } else {
            mapping.fields.append(field);
        }
    }
    return mapping;
}

} // namespace casebook
