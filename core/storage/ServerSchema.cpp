#include "storage/ServerSchema.h"

#include "storage/PgConnection.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace casebook {

QList<Migration> ServerSchema::migrations()
{
    QList<Migration> out;
    QDirIterator it(QStringLiteral(":/casebook/server-migrations"), {QStringLiteral("*.sql")}, QDir::Files);
    static const QRegularExpression re(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    while (it.hasNext()) {
        it.next();
        const auto m = re.match(it.fileName());
        QFile f(it.filePath());
        if (!m.hasMatch() || !f.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

Result<int> ServerSchema::version(PgConnection &pg)
{
    auto exists = pg.exec(QStringLiteral("SELECT to_regclass('casebook_schema') IS NOT NULL AS present"));
    if (!exists)
        return exists.error();
    if (exists->text(0, QStringLiteral("present")) != QLatin1String("t"))
        return 0;
    auto v = pg.exec(QStringLiteral("SELECT coalesce(max(version), 0) AS version FROM casebook_schema"));
    if (!v)
        return v.error();
    return int(v->number(0, QStringLiteral("version")));
}

Result<int> ServerSchema::init(PgConnection &pg)
{
    if (auto s = pg.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS casebook_schema (version integer "
                                              "PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now()); "
                                              "GRANT SELECT ON casebook_schema TO PUBLIC;"));
        !s)
        return s.error();
    auto current = version(pg);
    if (!current)
        return current.error();
    int applied = 0;
    for (const Migration &m : migrations()) {
        if (m.version <= *current)
            continue;
        PgTransaction tx(pg);
        if (!tx.status())
            return tx.status().error();
        if (auto s = pg.execScript(m.sql); !s)
            return makeError(s.error().code,
                             tr("Could not set up the team repository (step %1, %2): %3")
                                 .arg(m.version)
                                 .arg(m.name, s.error().message),
                             s.error().detail);
        if (auto r =
                pg.exec(QStringLiteral("INSERT INTO casebook_schema (version) VALUES ($1)"), {m.version});
            !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        ++applied;
    }
    return applied;
}

Status ServerSchema::check(PgConnection &pg)
{
    auto v = version(pg);
    if (!v)
        return v.error();
    const int known = migrations().isEmpty() ? 0 : migrations().last().version;
    if (*v == 0)
        return makeError(ErrorCode::NotCasebook,
                         tr("The server is not a Casebook team repository yet; its administrator runs "
                            "casebook-cli server init first."));
    if (*v > known)
        return makeError(
            ErrorCode::NewerVersion,
            tr("The team repository was set up by a newer version of Casebook (server schema %1; "
               "this version knows %2). Update Casebook.")
                .arg(*v)
                .arg(known));
    return {};
}

QString ServerSchema::roleName(MemberRole role)
{
    switch (role) {
    case MemberRole::Reader: return QStringLiteral("reader");
    case MemberRole::Assessor: return QStringLiteral("assessor");
    case MemberRole::Editor: return QStringLiteral("editor");
    }
    return {};
}

std::optional<MemberRole> ServerSchema::roleFrom(const QString &name)
{
    for (MemberRole r : {MemberRole::Reader, MemberRole::Assessor, MemberRole::Editor}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

bool ServerSchema::isRoleName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    return valid.match(name).hasMatch();
}

Status ServerSchema::addMember(PgConnection &pg, const QString &name, MemberRole role,
                               const QString &assessorId, const QString &password)
{
    if (!isRoleName(name) || name.startsWith(QLatin1String("casebook_"))
        || name.startsWith(QLatin1String("pg_")))
        return makeError(ErrorCode::Usage,
                         tr("'%1' cannot be a member name: use letters, digits, _ . @ - (at most 63), not "
                            "starting with casebook_ or pg_.")
                             .arg(name));
    if (auto s = check(pg); !s)
        return s;
    PgTransaction tx(pg);
    if (!tx.status())
        return tx.status();
    auto r =
        pg.exec(QStringLiteral("SELECT casebook_add_member($1, $2, $3, $4)"),
                {name, roleName(role), assessorId, password.isEmpty() ? QVariant() : QVariant(password)});
    if (!r)
        return r.error();
    return tx.commit();
}

} // namespace casebook
