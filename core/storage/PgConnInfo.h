#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace casebook {

/// A team repository's address as the member gives it: a libpq connection string
/// ("service=casebook-team", "host=/run/pg dbname=casebook user=amina") or URI
/// ("postgresql://amina@db.example.org:5432/casebook?sslmode=require").
///
/// Qt's PostgreSQL driver builds its own connection string and appends the connect options to it
/// with every ';' turned into a space, so an address reaches it as keyword=value pairs: a URI is
/// converted (percent-decoded, its query parameters as keywords) and what that path would change
/// (a ';' in a value, several hosts in a URI) is refused rather than connecting elsewhere.
class PgConnInfo
{
    Q_DECLARE_TR_FUNCTIONS(PgConnInfo)
public:
    /// The keyword=value form of `conninfo`, for QSqlDatabase::setConnectOptions.
    static Result<QString> toKeywords(const QString &conninfo);
    /// The address as given with any password taken out (for messages and settings).
    static QString withoutPassword(const QString &conninfo);
    static bool isUri(const QString &conninfo);

private:
    using Pairs = QList<QPair<QString, QString>>;
    static Result<QString> uriToKeywords(const QString &uri);
    /// host, port, user and password of "user:password@host:port".
    static Result<Pairs> authorityPairs(const QString &authority, const QString &uri);
    /// The keywords of "sslmode=require&application_name=x".
    static Result<Pairs> queryPairs(const QString &query, const QString &uri);
    static QString quoted(const QString &value);
};

} // namespace casebook
