#include "storage/PgConnInfo.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace casebook {

namespace {

QString decoded(const QString &part)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part.toUtf8()));
}

Error semicolonRefused(const QString &conninfo)
{
    return makeError(ErrorCode::Usage,
                     PgConnInfo::tr("Casebook cannot use the team repository address %1: a value contains "
                                    "';', which Qt's PostgreSQL driver does not pass on.")
                         .arg(PgConnInfo::withoutPassword(conninfo)));
}

/// Splits "host:port", "[::1]:port" or "host" of a URI's authority.
bool splitHostPort(const QString &hostport, QString *host, QString *port)
{
    if (hostport.startsWith(QLatin1Char('['))) {
        const auto close = hostport.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        *host = hostport.mid(1, close - 1);
        const QString rest = hostport.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        *port = rest.mid(1);
    } else {
        const auto colon = hostport.lastIndexOf(QLatin1Char(':'));
        *host = decoded(colon < 0 ? hostport : hostport.left(colon));
        *port = colon < 0 ? QString() : hostport.mid(colon + 1);
    }
    static const QRegularExpression digits(QStringLiteral("^\\d*$"));
    return digits.match(*port).hasMatch();
}

} // namespace

bool PgConnInfo::isUri(const QString &conninfo)
{
    const QString trimmed = conninfo.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"))
        || trimmed.startsWith(QLatin1String("postgres://"));
}

QString PgConnInfo::quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

Result<QString> PgConnInfo::toKeywords(const QString &conninfo)
{
    if (isUri(conninfo))
        return uriToKeywords(conninfo.trimmed());
    if (conninfo.contains(QLatin1Char(';')))
        return semicolonRefused(conninfo);
    return conninfo.trimmed();
}

Result<QString> PgConnInfo::uriToKeywords(const QString &uri)
{
    QString rest = uri.mid(uri.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const auto q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const auto slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    auto pairs = authorityPairs(rest, uri);
    if (!pairs)
        return pairs.error();
    if (!path.isEmpty())
        pairs->append({QStringLiteral("dbname"), decoded(path)});
    auto parameters = queryPairs(query, uri);
    if (!parameters)
        return parameters.error();
    QStringList out;
    for (const auto &[key, value] : *pairs + *parameters) {
        if (value.contains(QLatin1Char(';')))
            return semicolonRefused(uri);
        out.append(key + QLatin1Char('=') + quoted(value));
    }
    return out.join(QLatin1Char(' '));
}

Result<PgConnInfo::Pairs> PgConnInfo::authorityPairs(const QString &authority, const QString &uri)
{
    QString hostPort = authority;
    QString userInfo;
    if (const auto at = hostPort.lastIndexOf(QLatin1Char('@')); at >= 0) {
        userInfo = hostPort.left(at);
        hostPort = hostPort.mid(at + 1);
    }
    if (hostPort.contains(QLatin1Char(',')))
        return makeError(ErrorCode::Usage,
                         tr("Casebook cannot use the team repository address %1: it names several hosts; "
                            "give one.")
                             .arg(withoutPassword(uri)));
    QString host, port;
    if (!splitHostPort(hostPort, &host, &port))
        return makeError(
            ErrorCode::Usage,
            tr("Casebook cannot use the team repository address %1: its host or port is not valid.")
                .arg(withoutPassword(uri)));
    Pairs pairs;
    if (!host.isEmpty())
        pairs.append({QStringLiteral("host"), host});
    if (!port.isEmpty())
        pairs.append({QStringLiteral("port"), port});
    if (!userInfo.isEmpty()) {
        const auto colon = userInfo.indexOf(QLatin1Char(':'));
        pairs.append({QStringLiteral("user"), decoded(userInfo.left(colon))});
        if (colon >= 0)
            pairs.append({QStringLiteral("password"), decoded(userInfo.mid(colon + 1))});
    }
    return pairs;
}

Result<PgConnInfo::Pairs> PgConnInfo::queryPairs(const QString &query, const QString &uri)
{
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    Pairs pairs;
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const auto eq = item.indexOf(QLatin1Char('='));
        QString key = decoded(item.left(eq));
        QString value = eq < 0 ? QString() : decoded(item.mid(eq + 1));
        if (eq < 0 || !keyword.match(key).hasMatch())
            return makeError(ErrorCode::Usage,
                             tr("Casebook cannot use the team repository address %1: its parameter '%2' is "
                                "not a keyword=value pair.")
                                 .arg(withoutPassword(uri), key));
        if (key == QLatin1String("ssl") && value == QLatin1String("true")) // as libpq reads it
            key = QStringLiteral("sslmode"), value = QStringLiteral("require");
        pairs.append({key, value});
    }
    return pairs;
}

QString PgConnInfo::withoutPassword(const QString &conninfo)
{
    const QString trimmed = conninfo.trimmed();
    if (isUri(trimmed)) {
        QUrl url(trimmed);
        if (!url.isValid()) { // e.g. several hosts: drop the user's part, which may hold a password
            static const QRegularExpression userInfo(QStringLiteral("://[^/?]*@"));
            return QString(trimmed).replace(userInfo, QStringLiteral("://")).section(QLatin1Char('?'), 0, 0);
        }
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
        return url.toString();
    }
    static const QRegularExpression password(
        QStringLiteral("\\bpassword\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)\\s*"));
    QString out = trimmed;
    return out.remove(password).trimmed();
}

} // namespace casebook
