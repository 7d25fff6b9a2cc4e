#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace casebook {

/// A statement of the team repository's SQL with its parameters ($1, $2...) written in as quoted
/// SQL literals, as Qt's PostgreSQL driver sends bound values (its EXECUTE carries literals too).
/// A QString or a number becomes a string literal of no declared type, so the server reads it as
/// the type the statement needs (as libpq's text parameters were); a QByteArray a bytea literal; a
/// null QVariant NULL. Only $n outside string literals, quoted names, dollar-quoted bodies and
/// comments are parameters. The values are data: nothing in them can end the literal.
class PgStatement
{
    Q_DECLARE_TR_FUNCTIONS(PgStatement)
public:
    static Result<QString> bind(const QString &sql, const QVariantList &params);
    /// `value` as a SQL literal (standard_conforming_strings on or off).
    static QString literal(const QVariant &value);

private:
    /// The end of the token that starts at `i` and is copied as it is (a literal, a quoted name,
    /// a dollar-quoted body, a comment), or `i` when none starts there.
    static qsizetype skipQuoted(const QString &sql, qsizetype i);
};

} // namespace casebook
