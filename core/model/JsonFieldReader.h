#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace casebook {

/// Reads typed fields of a JSON object from outside and remembers the first problem, with the
/// field's path, as an ErrorCode::InputRejected error. Each reader returns false once a problem is
/// found, so a caller chains them and returns error() at the end.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)
public:
    /// `path` prefixes the field names in messages, e.g. "workshops[2]".
    JsonFieldReader(QJsonObject object, QString path = {});

    /// A text of at most `maxChars` characters without control characters (tab and newlines
    /// allowed); a missing or null optional text reads as empty.
    bool text(const QString &key, int maxChars, bool required, QString *out);
    /// A UUID in canonical form (lowercase, without braces).
    bool uuid(const QString &key, QString *out);
    /// An ISO 8601 date and time; a missing or null optional one reads as invalid.
    bool timestamp(const QString &key, bool required, QDateTime *out);
    /// A whole number in [min, max].
    bool integer(const QString &key, qint64 min, qint64 max, int *out);
    /// A list of at most `maxItems` items; missing reads as empty.
    bool array(const QString &key, int maxItems, QJsonArray *out);
    /// An object; missing reads as empty.
    bool object(const QString &key, QJsonObject *out);

    /// Records a problem with a field (the first one wins); returns false.
    bool fail(const QString &key, const QString &problem);
    /// Takes the problem of a reader of a nested object (made with field(key) as its path); returns
    /// false.
    bool adopt(const JsonFieldReader &nested);
    QString field(const QString &key) const;
    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace casebook
