#include "exchange/CsvMultiValue.h"

namespace casebook {

namespace {

const QChar backslash = QLatin1Char('\\');
const QChar semicolon = QLatin1Char(';');

} // namespace

QString CsvMultiValue::escape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype k = 0; k < value.size(); ++k) {
        const QChar c = value.at(k);
        if (c == semicolon) {
            out.append(backslash);
        } else if (c == backslash) {
            const bool last = k + 1 == value.size();
            if (last || value.at(k + 1) == semicolon || value.at(k + 1) == backslash)
                out.append(backslash);
        }
        out.append(c);
    }
    return out;
}

QString CsvMultiValue::join(const QStringList &values)
{
    QString out;
    for (const QString &value : values) {
        if (!out.isEmpty())
            out.append(joinSeparator());
        out.append(escape(value));
    }
    return out;
}

QStringList CsvMultiValue::split(const QString &cell)
{
    QStringList values;
    QString current;
    const auto finish = [&values, &current] {
        const QString value = current.trimmed();
        if (!value.isEmpty())
            values.append(value);
        current.clear();
    };
    for (qsizetype k = 0; k < cell.size(); ++k) {
        const QChar c = cell.at(k);
        if (c == backslash && k + 1 < cell.size()
            && (cell.at(k + 1) == semicolon || cell.at(k + 1) == backslash)) {
            current.append(cell.at(++k));
        } else if (c == semicolon) {
            finish();
        } else {
            current.append(c);
        }
    }
    finish();
    return values;
}

} // namespace casebook
