#include "cli/CliSupport.h"

#include "merge/ImportSummary.h"
#include "storage/PgConnection.h"
#include "storage/ServerRepository.h"
#include "storage/ServerSchema.h"
#include "storage/SyncStateRepository.h"
#include "sync/ServerPasswords.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonDocument>

// The team repository: `server init|add-member` (the secretariat) and `sync` (every member).
// docs/team-repository.md.
namespace casebook::cli {

namespace {

void addServerOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("server"),
                 tr("The team repository: a libpq connection string or service (\"service=casebook-team\", "
                    "\"postgresql://host/db\"). Passwords come from the system keychain (sync) or libpq's "
                    "~/.pgpass, never from Casebook's settings."),
                 tr("conninfo")});
}

Result<std::unique_ptr<PgConnection>> connect(const QString &address)
{
    return PgConnection::open(address);
}

/// A member's connection: with the password stored in the system keychain for `address` when
/// there is one (the window stores it), else with libpq's own sources. An unreachable keychain is
/// no keychain: libpq's sources still apply.
Result<std::unique_ptr<PgConnection>> connectMember(const QString &address)
{
    auto stored = ServerPasswords::forAddress(address);
    return PgConnection::open(address, stored && stored->has_value() ? **stored : QString());
}

int cmdServerInit(const Context &ctx, const QCommandLineParser &p)
{
    const QString address = p.value(QStringLiteral("server"));
    if (address.isEmpty())
        return usage(tr("server init needs --server CONNINFO (the database, as its owner)."));
    auto pg = connect(address);
    if (!pg)
        return fail(ctx, pg.error());
    auto applied = ServerSchema::init(**pg);
    if (!applied)
        return fail(ctx, applied.error());
    auto version = ServerSchema::version(**pg);
    out() << (*applied == 0 ? tr("The team repository %1 is up to date (server schema %2).")
                            : tr("Set up the team repository %1 (server schema %2)."))
                 .arg(PgConnection::withoutPassword(address))
                 .arg(version ? *version : 0)
          << Qt::endl;
    return Success;
}

int cmdServerAddMember(const Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString address = p.value(QStringLiteral("server"));
    const auto role = ServerSchema::roleFrom(p.value(QStringLiteral("role")));
    if (args.size() != 2 || address.isEmpty() || !role)
        return usage(
            tr("server add-member needs NAME, --role editor|assessor|reader and --server CONNINFO."));
    QString password;
    if (p.isSet(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(tr("could not read the password from standard input."));
        password = QString::fromUtf8(in.readLine(4096)).trimmed();
        if (password.isEmpty())
            return usage(tr("--password-stdin read an empty password."));
    }
    auto pg = connect(address);
    if (!pg)
        return fail(ctx, pg.error());
    if (Status s = ServerSchema::addMember(**pg, args.at(1), *role, p.value(QStringLiteral("assessor-id")),
                                           password);
        !s)
        return fail(ctx, s.error());
    out() << tr("%1 is a member of the team repository as %2.").arg(args.at(1), ServerSchema::roleName(*role))
          << Qt::endl;
    return Success;
}

int cmdServerShare(const Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString address = p.value(QStringLiteral("server"));
    if (args.size() < 2 || address.isEmpty())
        return usage(tr("server share needs CODE, the roles to share it with (none: show them) and --server "
                        "CONNINFO."));
    auto pg = connect(address);
    if (!pg)
        return fail(ctx, pg.error());
    if (Status s = ServerSchema::check(**pg); !s)
        return fail(ctx, s.error());
    ServerRepository server(**pg);
    const QString code = args.at(1);
    if (args.size() > 2) {
        if (Status s = server.shareWith(code, args.mid(2)); !s)
            return fail(ctx, s.error());
    }
    auto roles = server.sharedWith(code);
    if (!roles)
        return fail(ctx, roles.error());
    out() << tr("%1 is shared with: %2").arg(code, roles->join(QStringLiteral(", "))) << Qt::endl;
    return Success;
}

int cmdServer(const Context &ctx, const QCommandLineParser &p)
{
    const QString action = p.positionalArguments().value(0);
    if (action == QLatin1String("init") && p.positionalArguments().size() == 1)
        return cmdServerInit(ctx, p);
    if (action == QLatin1String("add-member"))
        return cmdServerAddMember(ctx, p);
    if (action == QLatin1String("share"))
        return cmdServerShare(ctx, p);
    return usage(
        tr("server needs init, add-member or share, e.g. server init --server \"service=casebook-team\"."));
}

QString pushedText(const PendingChanges &c)
{
    return tr("%1, %2, %3 and %4")
        .arg(tr("%n use case(s)", nullptr, int(c.useCases.size())),
             tr("%n assessment(s)", nullptr, int(c.assessments.size())),
             tr("%n rubric version(s)", nullptr, int(c.rubrics.size())),
             tr("%n deletion(s)", nullptr, int(c.tombstones.size())));
}

void printReport(const SyncReport &r, const SyncOptions &options)
{
    if (r.dryRun) {
        printPlanText(r.plan, options.resolutions);
        out() << tr("Would send to %1: %2.").arg(r.address, pushedText(r.pending)) << Qt::endl;
    } else {
        out() << tr("Synced with %1 as %2 (%3): received %4; sent %5.")
                     .arg(r.address, r.member, r.memberKind,
                          r.pulled.changed ? ImportSummary::of(r.plan, r.pulled).toText() : tr("nothing new"),
                          pushedText(r.pending))
              << Qt::endl;
    }
    for (const QString &n : r.notes)
        err() << QStringLiteral("casebook-cli: note: ") << n << Qt::endl;
}

int cmdSync(const Context &ctx, const QCommandLineParser &p)
{
    QString message;
    const QString format = p.value(QStringLiteral("format"));
    if (!formatAllowed(format, {QStringLiteral("text"), QStringLiteral("json")}, &message))
        return usage(message);
    SyncOptions options;
    if (!policyFrom(p.value(QStringLiteral("policy")), &options.resolutions.policy))
        return usage(tr("unknown policy '%1'; use keep-mine, take-theirs or newest.")
                         .arg(p.value(QStringLiteral("policy"))));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    auto db = openDb(ctx, !options.dryRun);
    if (!db)
        return fail(ctx, db.error());
    QString address = p.value(QStringLiteral("server"));
    if (address.isEmpty()) {
        auto last = SyncStateRepository(**db).lastUsed();
        if (!last)
            return fail(ctx, last.error());
        address = last->address;
    }
    if (address.isEmpty())
        return usage(tr("sync needs --server CONNINFO the first time; later syncs use the last server."));
    options.address = PgConnection::withoutPassword(address);
    if (p.isSet(QStringLiteral("forget-password"))) {
        if (Status s = ServerPasswords::forget(address); !s)
            return fail(ctx, s.error());
        out() << tr("The system keychain holds no password for %1 now.").arg(options.address) << Qt::endl;
        return Success;
    }
    auto pg = connectMember(address);
    if (!pg)
        return fail(ctx, pg.error());
    auto report = SyncEngine::sync(**db, **pg, options);
    if (!report)
        return fail(ctx, report.error());
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
    else
        printReport(*report, options);
    out().flush();
    return Success;
}

} // namespace

Command serverCommand()
{
    Command c{
        QStringLiteral("server"),
        QStringLiteral(
            "server init --server CONNINFO | server add-member NAME --role editor|assessor|reader "
            "[--assessor-id UUID] [--password-stdin] --server CONNINFO | server share CODE [ROLE...] "
            "--server CONNINFO"),
        tr("Set up a team repository on PostgreSQL (init: its schema, roles and row-level security) and "
           "add members (a login role granted casebook_editor, casebook_assessor or casebook_reader; "
           "--password-stdin reads its password from the first line of standard input). Run by the "
           "database owner. share: the roles (members or casebook_* groups) a restricted use case is "
           "shared with, set to exactly those given, or shown when none are given; an editor who sees "
           "the use case, or the owner, may set them."),
        [](QCommandLineParser &p) {
            addServerOption(p);
            p.addOption({QStringLiteral("role"), tr("add-member: editor, assessor or reader."), tr("role")});
            p.addOption({QStringLiteral("assessor-id"),
                         tr("add-member: the member's assessor identity (their assessments carry it)."),
                         tr("uuid")});
            p.addOption({QStringLiteral("password-stdin"),
                         tr("add-member: read the role's password from standard input.")});
        },
        cmdServer};
    c.takesPositionals = true;
    return c;
}

Command syncCommand()
{
    return {
        QStringLiteral("sync"),
        QStringLiteral("sync [--server CONNINFO] [--dry-run] [--policy keep-mine|take-theirs|newest] "
                       "[--format text|json] | sync --forget-password [--server CONNINFO]"),
        tr("Sync with the team repository: receive its changes since the last sync (merged as a bundle "
           "import is), then send the local changes. A record changed on the server meanwhile is received "
           "again, never overwritten. The last server is remembered (without any password). The password is "
           "the "
           "one the window stored in the system keychain for the server, else libpq's (~/.pgpass, the "
           "service file); --forget-password removes the stored one."),
        [](QCommandLineParser &p) {
            addServerOption(p);
            p.addOption(
                {QStringLiteral("dry-run"), tr("Show what would be received and sent; change nothing.")});
            p.addOption({QStringLiteral("policy"),
                         tr("Conflicts: keep-mine (default), take-theirs or newest."), tr("policy"),
                         QStringLiteral("keep-mine")});
            p.addOption(formatOption(QStringLiteral("text|json"), QStringLiteral("text")));
            p.addOption({QStringLiteral("forget-password"),
                         tr("Remove the server's password from the system keychain; do not sync.")});
        },
        cmdSync};
}

} // namespace casebook::cli
