#include "model/JsonFieldReader.h"

#include "support/Clock.h"

#include <QUuid>

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        const ushort u = c.unicode();
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f;
    });
}

} // namespace

JsonFieldReader::JsonFieldReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

QString JsonFieldReader::field(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool JsonFieldReader::fail(const QString &key, const QString &problem)
{
    if (!m_error)
        m_error = makeError(ErrorCode::InputRejected, tr("%1: %2").arg(field(key), problem));
    return false;
}

bool JsonFieldReader::adopt(const JsonFieldReader &nested)
{
    if (!m_error)
        m_error = nested.m_error;
    return false;
}

bool JsonFieldReader::text(const QString &key, int maxChars, bool required, QString *out)
{
    if (m_error)
        return false;
    const QJsonValue v = m_object.value(key);
    out->clear();
    if (v.isUndefined() || v.isNull())
        return required ? fail(key, tr("is required")) : true;
    if (!v.isString())
        return fail(key, tr("must be a text value"));
    *out = v.toString();
    if (out->size() > maxChars)
        return fail(key, tr("is %1 characters long; the limit is %2").arg(out->size()).arg(maxChars));
    if (hasControl(*out))
        return fail(key, tr("contains control characters"));
    if (required && out->trimmed().isEmpty())
        return fail(key, tr("must not be empty"));
    return true;
}

bool JsonFieldReader::uuid(const QString &key, QString *out)
{
    if (!text(key, 64, true, out))
        return false;
    const QUuid u = QUuid::fromString(*out);
    if (u.isNull())
        return fail(key, tr("'%1' is not a UUID").arg(*out));
    *out = u.toString(QUuid::WithoutBraces);
    return true;
}

bool JsonFieldReader::timestamp(const QString &key, bool required, QDateTime *out)
{
    QString s;
    if (!text(key, 64, required, &s))
        return false;
    *out = s.isEmpty() ? QDateTime() : fromIsoUtc(s);
    if (!s.isEmpty() && !out->isValid())
        return fail(key, tr("'%1' is not an ISO 8601 date and time").arg(s));
    return true;
}

bool JsonFieldReader::integer(const QString &key, qint64 min, qint64 max, int *out)
{
    if (m_error)
        return false;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return fail(key, tr("must be a whole number from %1 to %2").arg(min).arg(max));
    *out = int(d);
    return true;
}

bool JsonFieldReader::array(const QString &key, int maxItems, QJsonArray *out)
{
    if (m_error)
        return false;
    const QJsonValue v = m_object.value(key);
    *out = QJsonArray();
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(key, tr("must be a list"));
    *out = v.toArray();
    if (out->size() > maxItems)
        return fail(key, tr("has %1 items; the limit is %2").arg(out->size()).arg(maxItems));
    return true;
}

bool JsonFieldReader::object(const QString &key, QJsonObject *out)
{
    if (m_error)
        return false;
    const QJsonValue v = m_object.value(key);
    *out = QJsonObject();
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(key, tr("must be an object"));
    *out = v.toObject();
    return true;
}

} // namespace casebook
