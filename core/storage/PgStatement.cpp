#include "storage/PgStatement.h"

namespace casebook {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/// The end of a dollar-quoted body starting at `i` ($$...$$, $tag$...$tag$), or `i`.
qsizetype skipDollarQuoted(const QString &sql, qsizetype i)
{
    qsizetype j = i + 1;
    while (j < sql.size() && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
        ++j;
    if (j >= sql.size() || sql.at(j) != QLatin1Char('$') || (j > i + 1 && sql.at(i + 1).isDigit()))
        return i;
    const QString tag = sql.mid(i, j - i + 1);
    const qsizetype close = sql.indexOf(tag, j + 1);
    return close < 0 ? sql.size() : close + tag.size();
}

qsizetype skipStringLiteral(const QString &sql, qsizetype i)
{
    const bool escapes = i > 0 && (sql.at(i - 1) == QLatin1Char('E') || sql.at(i - 1) == QLatin1Char('e'))
        && (i < 2 || !isIdentifierChar(sql.at(i - 2)));
    for (qsizetype j = i + 1; j < sql.size(); ++j) {
        if (escapes && sql.at(j) == QLatin1Char('\\'))
            ++j;
        else if (sql.at(j) == QLatin1Char('\'')) {
            if (j + 1 < sql.size() && sql.at(j + 1) == QLatin1Char('\''))
                ++j;
            else
                return j + 1;
        }
    }
    return sql.size();
}

qsizetype until(const QString &sql, qsizetype from, const QString &end)
{
    const qsizetype at = sql.indexOf(end, from);
    return at < 0 ? sql.size() : at + end.size();
}

} // namespace

qsizetype PgStatement::skipQuoted(const QString &sql, qsizetype i)
{
    const QChar c = sql.at(i);
    const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
    if (c == QLatin1Char('\''))
        return skipStringLiteral(sql, i);
    if (c == QLatin1Char('"'))
        return until(sql, i + 1, QStringLiteral("\""));
    if (c == QLatin1Char('-') && next == QLatin1Char('-'))
        return until(sql, i + 2, QStringLiteral("\n"));
    if (c == QLatin1Char('/') && next == QLatin1Char('*'))
        return until(sql, i + 2, QStringLiteral("*/"));
    if (c == QLatin1Char('$') && !next.isDigit() && (i == 0 || !isIdentifierChar(sql.at(i - 1))))
        return skipDollarQuoted(sql, i);
    return i;
}

Result<QString> PgStatement::bind(const QString &sql, const QVariantList &params)
{
    QString out;
    out.reserve(sql.size());
    for (qsizetype i = 0; i < sql.size();) {
        if (const qsizetype end = skipQuoted(sql, i); end > i) {
            out += QStringView(sql).mid(i, end - i);
            i = end;
            continue;
        }
        const bool parameter = sql.at(i) == QLatin1Char('$') && i + 1 < sql.size() && sql.at(i + 1).isDigit()
            && (i == 0 || !isIdentifierChar(sql.at(i - 1)));
        if (!parameter) {
            out += sql.at(i++);
            continue;
        }
        qsizetype j = i + 1;
        while (j < sql.size() && sql.at(j).isDigit())
            ++j;
        const int n = QStringView(sql).mid(i + 1, j - i - 1).toInt();
        if (n < 1 || n > params.size())
            return makeError(
                ErrorCode::Storage, tr("The team repository failed: a statement lacks a value."),
                QStringLiteral("no value for $%1 in: %2").arg(n).arg(sql.simplified().left(200)));
        const QVariant &value = params.at(n - 1);
        if (value.typeId() != QMetaType::QByteArray && value.toString().contains(QChar(0)))
            return makeError(ErrorCode::InputRejected,
                             tr("The team repository cannot store text that contains a NUL character."),
                             QStringLiteral("NUL in $%1 of: %2").arg(n).arg(sql.simplified().left(200)));
        out += literal(value);
        i = j;
    }
    return out;
}

QString PgStatement::literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("E'\\\\x") + QString::fromLatin1(value.toByteArray().toHex())
            + QStringLiteral("'::bytea");
    QString text = value.toString();
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    if (!text.contains(QLatin1Char('\\')))
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    // An escape string reads the same whether standard_conforming_strings is on or off.
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return QStringLiteral("E'") + text + QLatin1Char('\'');
}

} // namespace casebook
