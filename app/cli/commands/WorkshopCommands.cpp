// casebook-cli workshop: workshops and their Delphi rounds (docs/cli.md, docs/workshops.md).
#include "cli/CliSupport.h"
#include "model/AssessmentJson.h"
#include "model/WorkshopJson.h"
#include "storage/RoundSheetRepository.h"
#include "storage/ScoreReportLoader.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/RoundAgreement.h"
#include "workshop/RoundDistribution.h"
#include "workshop/WorkshopRounds.h"
#include "workshop/WorkshopScope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casebook::cli {

namespace {

void printJson(const QJsonValue &v)
{
    out() << QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                           : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    out().flush();
}

bool checkFormat(const QCommandLineParser &p, QString *message)
{
    return formatAllowed(p.value(QStringLiteral("format")), {QStringLiteral("table"), QStringLiteral("json")},
                         message);
}

/// The chosen use cases: --ids in the order given, else the selection's (code) order. A workshop is
/// local, so restricted use cases may be chosen (a bundle applies the sharing rule when it leaves).
Result<QStringList> chosenUseCases(Database &db, const QCommandLineParser &p)
{
    auto selection = selectionFrom(p);
    if (!selection)
        return selection.error();
    if (selection->isEverything())
        return makeError(ErrorCode::Usage,
                         tr("workshop create needs --ids, --tag or --query to choose 2 to 12 "
                            "use cases."));
    selection->includeRestricted = true;
    auto chosen = selection->resolve(db);
    if (!chosen || selection->ids.isEmpty())
        return chosen;
    QStringList ordered;
    for (const QString &id : std::as_const(selection->ids)) {
        auto u = UseCaseRepository(db).get(id);
        if (u && chosen->contains(u->uuid) && !ordered.contains(u->uuid))
            ordered.append(u->uuid);
    }
    return ordered;
}

int workshopCreate(const Context &ctx, const QCommandLineParser &p, const QString &name)
{
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto useCases = chosenUseCases(**db, p);
    if (!useCases)
        return fail(ctx, useCases.error());
    auto rubric = ScoreReportLoader::resolveRubric(**db, p.value(QStringLiteral("rubric")));
    if (!rubric)
        return fail(ctx, rubric.error());
    Workshop w;
    w.name = name;
    w.description = p.value(QStringLiteral("description"));
    w.useCaseUuids = *useCases;
    w.rubricUuid = rubric->uuid;
    w.view = QStringLiteral("ranking");
    auto saved = WorkshopRepository(**db).save(w);
    if (!saved)
        return fail(ctx, saved.error());
    out() << tr("Created the workshop \"%1\": %2, rubric %3 version %4.")
                 .arg(saved->name, tr("%n use case(s)", nullptr, int(saved->useCaseUuids.size())),
                      rubric->name)
                 .arg(rubric->version)
          << Qt::endl;
    return Success;
}

QString roundsText(const Workshop &w)
{
    const WorkshopRound *r = w.currentRound();
    return r ? tr("round %1 %2").arg(r->number).arg(roundStateName(r->state)) : tr("no round");
}

int workshopList(const Context &ctx, const QCommandLineParser &p)
{
    QString message;
    if (!checkFormat(p, &message))
        return usage(message);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto list = WorkshopRepository(**db).list();
    if (!list)
        return fail(ctx, list.error());
    if (p.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const Workshop &w : std::as_const(*list))
            array.append(WorkshopJson::toJson(w));
        printJson(array);
        return Success;
    }
    if (list->isEmpty())
        err() << tr("No workshop yet; create one with 'workshop create NAME --ids A,B'.") << Qt::endl;
    for (const Workshop &w : std::as_const(*list))
        out() << QStringLiteral("%1  %2  %3\n")
                     .arg(ellipsize(w.name, 40), -40)
                     .arg(tr("%n use case(s)", nullptr, int(w.useCaseUuids.size())), -14)
                     .arg(roundsText(w));
    out().flush();
    return Success;
}

/// Per round: how many assessors scored it.
QMap<int, int> sheetCounts(Database &db, const Workshop &w)
{
    QMap<int, int> counts;
    if (auto sheets = RoundSheetRepository(db).sheets(w.uuid)) {
        for (const RoundSheet &s : std::as_const(*sheets))
            ++counts[s.round];
    }
    return counts;
}

QJsonObject showJson(Database &db, const ResolvedWorkshop &r)
{
    QJsonObject o = WorkshopJson::toJson(r.workshop);
    QJsonArray useCases;
    for (const QString &id : r.workshop.useCaseUuids) {
        auto u = UseCaseRepository(db).findExisting(id);
        const bool here = u && *u;
        useCases.append(QJsonObject{{QStringLiteral("uuid"), id},
                                    {QStringLiteral("code"), here ? (*u)->code : QString()},
                                    {QStringLiteral("title"), here ? (*u)->title : QString()},
                                    {QStringLiteral("present"), here}});
    }
    o.insert(QStringLiteral("use_cases"), useCases);
    o.insert(QStringLiteral("rubric_name"), r.rubric.name);
    const QMap<int, int> counts = sheetCounts(db, r.workshop);
    QJsonArray rounds = o.value(QStringLiteral("rounds")).toArray();
    for (int i = 0; i < rounds.size(); ++i) {
        QJsonObject round = rounds[i].toObject();
        round.insert(QStringLiteral("assessors"), counts.value(i + 1));
        rounds[i] = round;
    }
    o.insert(QStringLiteral("rounds"), rounds);
    return o;
}

void printShow(const QJsonObject &o)
{
    out() << o.value(QStringLiteral("name")).toString() << "  (" << o.value(QStringLiteral("uuid")).toString()
          << ")\n";
    out() << tr("Rubric: %1, version %2")
                 .arg(o.value(QStringLiteral("rubric_name")).toString())
                 .arg(o.value(QStringLiteral("rubric_version")).toInt())
          << "\n"
          << tr("Use cases:") << "\n";
    for (const QJsonValue &u : o.value(QStringLiteral("use_cases")).toArray())
        out() << "  " << ellipsize(u[QStringLiteral("code")].toString(), 14).leftJustified(14) << "  "
              << ellipsize(u[QStringLiteral("title")].toString(), 60) << "\n";
    for (const QJsonValue &w : o.value(QStringLiteral("weight_sets")).toArray())
        out() << tr("Weight set: %1").arg(w[QStringLiteral("name")].toString()) << "\n";
    for (const QJsonValue &r : o.value(QStringLiteral("rounds")).toArray())
        out() << tr("Round %1: %2, %3")
                     .arg(r[QStringLiteral("number")].toInt())
                     .arg(r[QStringLiteral("state")].toString(),
                          tr("%n assessor(s) scored", nullptr, r[QStringLiteral("assessors")].toInt()))
              << "\n";
    out().flush();
}

int workshopShow(const Context &ctx, const QCommandLineParser &p, const QString &name)
{
    QString message;
    if (!checkFormat(p, &message))
        return usage(message);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto resolved = WorkshopScope::resolve(**db, name);
    if (!resolved)
        return fail(ctx, resolved.error());
    const QJsonObject o = showJson(**db, *resolved);
    if (p.value(QStringLiteral("format")) == QLatin1String("json"))
        printJson(o);
    else
        printShow(o);
    return Success;
}

int workshopDelete(const Context &ctx, const QString &name)
{
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    WorkshopRepository repo(**db);
    auto w = repo.get(name);
    if (!w)
        return fail(ctx, w.error());
    if (Status s = repo.remove(w->uuid); !s)
        return fail(ctx, s.error());
    out() << tr("Deleted the workshop \"%1\" with its rounds.").arg(w->name) << Qt::endl;
    return Success;
}

int cmdWorkshop(const Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString sub = args.value(0);
    const QString name = args.value(1);
    if (sub == QLatin1String("list"))
        return args.size() == 1 ? workshopList(ctx, p) : usage(tr("workshop list takes no name."));
    const QStringList known{QStringLiteral("create"), QStringLiteral("show"), QStringLiteral("delete"),
                            QStringLiteral("round")};
    if (!known.contains(sub))
        return usage(sub.isEmpty() ? tr("workshop needs a subcommand: create, list, show, delete or round.")
                                   : tr("unknown workshop subcommand '%1'; use create, list, show, delete or "
                                        "round.")
                                         .arg(sub));
    if (name.trimmed().isEmpty())
        return usage(tr("workshop %1 needs the workshop's name.").arg(sub));
    if (sub == QLatin1String("round"))
        return workshopRound(ctx, p, name, args.value(2));
    if (args.size() > 2)
        return usage(tr("workshop %1 takes one name; quote a name with spaces.").arg(sub));
    if (sub == QLatin1String("create"))
        return workshopCreate(ctx, p, name);
    if (sub == QLatin1String("show"))
        return workshopShow(ctx, p, name);
    return workshopDelete(ctx, name);
}

} // namespace

Result<ResolvedWorkshop> workshopSelection(Database &db, const QCommandLineParser &p,
                                           ExportSelection &selection)
{
    const QString name = p.value(QStringLiteral("workshop"));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, tr("--workshop needs the workshop's name."));
    if (!selection.ids.isEmpty() || !selection.tag.isEmpty() || !selection.query.trimmed().isEmpty())
        return makeError(ErrorCode::Usage,
                         tr("--workshop chooses the use cases itself; leave out --ids, --tag "
                            "and the query."));
    auto resolved = WorkshopScope::resolve(db, name);
    if (!resolved)
        return resolved.error();
    if (resolved->useCaseUuids.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            tr("None of the use cases of the workshop \"%1\" is here.").arg(resolved->workshop.name));
    selection.ids = resolved->useCaseUuids;
    return resolved;
}

Command workshopCommand()
{
    return {
        QStringLiteral("workshop"),
        QStringLiteral("workshop create NAME (--ids A,B,...|--tag T|--query Q) [--rubric R] [--description "
                       "TEXT] | workshop list [--format table|json] | workshop show NAME [--format "
                       "table|json] | workshop delete NAME | workshop round NAME open|reveal|close | "
                       "workshop round NAME score --use-case ID --criterion C --level N|na|unknown "
                       "[--reason TEXT] [--assessor NAME] | workshop round NAME status [--format "
                       "table|json]"),
        tr("Workshops: 2 to 12 use cases compared against one rubric version, scored in Delphi rounds "
           "(docs/workshops.md). In an open round each assessor sees only their own scores; 'reveal' "
           "shows everybody's, anonymised (A, B, C...); from round 2 on, a changed level needs --reason. "
           "Scores are kept under $CASEBOOK_ASSESSOR_ID as with 'assess'."),
        [](QCommandLineParser &p) {
            addSelectionOptions(p);
            p.addOption({QStringLiteral("rubric"),
                         tr("create: the rubric (version UUID, series UUID or name; default: as 'scores')."),
                         tr("rubric")});
            p.addOption({QStringLiteral("description"), tr("create: a description."), tr("text")});
            p.addOption(formatOption(QStringLiteral("table, json"), QStringLiteral("table")));
            p.addOption({QStringLiteral("use-case"), tr("score: the use case (UUID or code)."), tr("id")});
            p.addOption({QStringLiteral("criterion"), tr("score: the criterion, e.g. A1."), tr("crit")});
            p.addOption({QStringLiteral("level"), tr("score: a level, na or unknown."), tr("level")});
            p.addOption({QStringLiteral("reason"),
                         tr("score: why the level changed since your previous round (required then)."),
                         tr("text")});
            p.addOption({QStringLiteral("assessor"),
                         tr("score, status: the assessor's name (default: $CASEBOOK_CONTRIBUTOR)."),
                         tr("name")});
            p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("create, list, show, delete or round."));
            p.addPositionalArgument(QStringLiteral("NAME"), tr("The workshop's name (or UUID)."),
                                    QStringLiteral("[NAME]"));
            p.addPositionalArgument(QStringLiteral("ACTION"),
                                    tr("round: open, reveal, close, score or status."),
                                    QStringLiteral("[ACTION]"));
        },
        cmdWorkshop,
        true};
}

} // namespace casebook::cli
