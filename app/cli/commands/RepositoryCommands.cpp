#include "cli/CliSupport.h"

#include "exchange/CsvReader.h"
#include "model/UseCaseJson.h"
#include "report/UseCaseText.h"
#include "storage/Seeder.h"
#include "storage/StoredDocumentCheck.h"
#include "storage/UseCaseOperations.h"
#include "support/Clock.h"
#include "support/StrictJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The repository commands: init, add, list, show, search, tag, untag, check, backup.
namespace casebook::cli {

namespace {

int cmdInit(const Context &ctx, const QCommandLineParser &p)
{
    const bool existed = QFileInfo::exists(ctx.dbPath);
    auto db = openDb(ctx, true);
    if (!db)
        return fail(ctx, db.error());
    auto counts = Seeder::seed(**db, p.isSet(QStringLiteral("examples")));
    if (!counts)
        return fail(ctx, counts.error());
    UseCaseRepository repo(**db);
    const int total = repo.count().ok() ? repo.count().value() : 0;
    out() << (existed ? tr("Opened %1").arg(ctx.dbPath) : tr("Created %1").arg(ctx.dbPath));
    out() << tr(": added %1 and %2; it holds %3.")
                 .arg(tr("%n rubric(s)", nullptr, counts->rubrics),
                      tr("%n example use case(s)", nullptr, counts->useCases),
                      tr("%n use case(s)", nullptr, total))
          << Qt::endl;
    if (counts->refreshed > 0)
        out() << tr("Brought %n example use case(s) that nobody had edited up to this version's text (the "
                    "earlier text is kept in history).",
                    nullptr, counts->refreshed)
              << Qt::endl;
    return Success;
}

int cmdAdd(const Context &ctx, const QCommandLineParser &p)
{
    const QString file = p.value(QStringLiteral("json"));
    if (file.isEmpty())
        return usage(tr("add needs --json FILE (use - for standard input)."));
    auto read = readInputFile(file, 64LL * 1024 * 1024);
    if (!read)
        return fail(ctx, read.error());
    const QByteArray bytes = *read;
    auto parsedDoc = StrictJson::parse(bytes);
    if (!parsedDoc)
        return fail(ctx,
                    makeError(ErrorCode::InputRejected, tr("%1: %2").arg(file, parsedDoc.error().message),
                              parsedDoc.error().detail));
    const QJsonDocument doc = *parsedDoc;
    QList<QJsonObject> objects;
    if (doc.isObject()) {
        objects.append(doc.object());
    } else {
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array) {
            if (!v.isObject())
                return fail(ctx,
                            makeError(ErrorCode::InputRejected,
                                      tr("%1 must hold a use case object or a list of them.").arg(file)));
            objects.append(v.toObject());
        }
    }
    if (objects.isEmpty())
        return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1 holds no use case.").arg(file)));
    if (objects.size() > CsvLimits::kMaxRecords)
        return fail(ctx,
                    makeError(ErrorCode::InputRejected,
                              tr("%1 holds %2 use cases; add takes at most %3 at once.")
                                  .arg(file)
                                  .arg(objects.size())
                                  .arg(CsvLimits::kMaxRecords)));
    QList<UseCase> parsed;
    for (int i = 0; i < objects.size(); ++i) {
        auto u = UseCaseJson::fromJson(objects[i]);
        if (!u) {
            const QString where = objects.size() > 1 ? QStringLiteral("%1 [%2]").arg(file).arg(i) : file;
            return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1: %2").arg(where, u.error().message)));
        }
        if (!u->extra.isEmpty())
            err() << tr("casebook-cli: warning: %1: unknown field(s) kept as they are: %2")
                         .arg(file, u->extra.keys().join(QLatin1String(", ")))
                  << Qt::endl;
        parsed.append(*u);
    }
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto uuids = UseCaseOperations(**db).add(parsed);
    if (!uuids)
        return fail(
            ctx,
            Error{uuids.error().code, tr("%1: %2").arg(file, uuids.error().message), uuids.error().detail});
    for (const QString &uuid : std::as_const(*uuids))
        out() << uuid << '\n';
    out().flush();
    return Success;
}

int cmdList(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")},
                       &message))
        return usage(message);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto rows = UseCaseRepository(**db).find({});
    if (!rows)
        return fail(ctx, rows.error());
    return printSummaries(*rows, format);
}

int cmdSearch(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json")}, &message))
        return usage(message);
    const QString text = p.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return usage(tr("search needs a query, for example: search \"air quality\" tag:energy sdg:11"));
    const SearchQuery query = SearchQuery::parse(text);
    noteIgnored(query);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    ListOptions options;
    options.sort = ListOptions::Sort::Relevance;
    auto rows = UseCaseRepository(**db).find(query, options);
    if (!rows)
        return fail(ctx, rows.error());
    return printSummaries(*rows, format);
}

int cmdShow(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("text"), QStringLiteral("json")}, &message))
        return usage(message);
    if (p.positionalArguments().size() != 1)
        return usage(tr("show needs exactly one use case: its UUID or its code."));
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    auto u = UseCaseRepository(**db).get(p.positionalArguments().first());
    if (!u)
        return fail(ctx, u.error());
    if (format == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(UseCaseJson::toJson(*u)).toJson(QJsonDocument::Indented));
    else
        out() << UseCaseText::toPlainText(*u);
    out().flush();
    return Success;
}

int cmdTag(const Context &ctx, const QCommandLineParser &p, bool add)
{
    QStringList args = p.positionalArguments();
    if (args.size() < 2)
        return usage(add ? tr("tag needs a use case and at least one tag: tag ID TAG...")
                         : tr("untag needs a use case and at least one tag: untag ID TAG..."));
    const QString id = args.takeFirst();
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    UseCaseRepository repo(**db);
    auto u = add ? repo.addTags(id, args) : repo.removeTags(id, args);
    if (!u)
        return fail(ctx, u.error());
    out() << u->code << ": " << (u->tags.isEmpty() ? tr("(no tags)") : u->tags.join(QLatin1String(", ")))
          << Qt::endl;
    return Success;
}

int cmdCheck(const Context &ctx, const QCommandLineParser &)
{
    Database::OpenOptions options;
    options.create = false;
    options.integrityCheck = Database::IntegrityCheck::Quick;
    auto db = Database::open(ctx.dbPath, options);
    if (!db)
        return fail(ctx,
                    db.error().code == ErrorCode::NotFound ? makeError(
                        ErrorCode::NotFound, tr("The database %1 does not exist.").arg(ctx.dbPath))
                                                           : db.error());
    if (Status s = (*db)->fullCheck(); !s)
        return fail(ctx, s.error());
    if (Status s = StoredDocumentCheck::check(**db); !s)
        return fail(ctx, s.error());
    const auto count = UseCaseRepository(**db).count();
    out() << tr("%1 is sound: schema version %2, %3.")
                 .arg(ctx.dbPath)
                 .arg((*db)->schemaVersion())
                 .arg(tr("%n use case(s)", nullptr, count ? count.value() : 0))
          << Qt::endl;
    return Success;
}

int cmdBackup(const Context &ctx, const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usage(tr("backup needs --out FILE."));
    if (const QString problem = existingTargetProblem(target, p); !problem.isEmpty())
        return usage(problem);
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    if (Status s = (*db)->backupTo(target); !s)
        return fail(ctx, s.error());
    out() << tr("Backed up %1 to %2.").arg(ctx.dbPath, target) << Qt::endl;
    return Success;
}

// ---- command table --------------------------------------------------------------------------

} // namespace

Command initCommand()
{
    return {
        QStringLiteral("init"), QStringLiteral("init [--examples]"),
        tr("Create the database (or complete it) with the default rubric; --examples adds the example use "
           "cases."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("examples"), tr("Also add the example use cases.")});
        },
        cmdInit};
}

Command addCommand()
{
    return {
        QStringLiteral("add"), QStringLiteral("add --json FILE"),
        tr("Add use cases from a JSON file (one object or a list; see docs/usecase-json.md) and print their "
           "UUIDs."),
        [](QCommandLineParser &p) {
            p.addOption(
                {QStringLiteral("json"), tr("The JSON file to read, or - for standard input."), tr("file")});
        },
        cmdAdd};
}

Command listCommand()
{
    return {QStringLiteral("list"), QStringLiteral("list [--format table|json|csv]"),
            tr("List all use cases by code."),
            [](QCommandLineParser &p) {
                p.addOption(formatOption(QStringLiteral("table, json, csv"), QStringLiteral("table")));
            },
            cmdList};
}

Command showCommand()
{
    return {QStringLiteral("show"),
            QStringLiteral("show ID [--format text|json]"),
            tr("Show one use case, named by UUID or code."),
            [](QCommandLineParser &p) {
                p.addOption(formatOption(QStringLiteral("text, json"), QStringLiteral("text")));
                p.addPositionalArgument(QStringLiteral("ID"), tr("UUID or code of the use case."));
            },
            cmdShow,
            true};
}

Command searchCommand()
{
    return {QStringLiteral("search"),
            QStringLiteral("search QUERY... [--format table|json]"),
            tr("Full-text search with filters, e.g. search \"smart meter\" tag:energy vertical:health sdg:11 "
               "region:Africa stage:pilot -excluded prefix*"),
            [](QCommandLineParser &p) {
                p.addOption(formatOption(QStringLiteral("table, json"), QStringLiteral("table")));
                p.addPositionalArgument(QStringLiteral("QUERY"),
                                        tr("Words, \"phrases\", prefix*, -word, key:value filters."));
            },
            cmdSearch,
            true};
}

Command tagCommand()
{
    return {QStringLiteral("tag"),
            QStringLiteral("tag ID TAG..."),
            tr("Add tags to a use case (sdo/oneM2M nests under sdo)."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("ID"), tr("UUID or code of the use case."));
                p.addPositionalArgument(QStringLiteral("TAG"), tr("Tags to add."), QStringLiteral("TAG..."));
            },
            [](const Context &c, const QCommandLineParser &p) { return cmdTag(c, p, true); },
            true};
}

Command untagCommand()
{
    return {QStringLiteral("untag"),
            QStringLiteral("untag ID TAG..."),
            tr("Remove tags from a use case."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("ID"), tr("UUID or code of the use case."));
                p.addPositionalArgument(QStringLiteral("TAG"), tr("Tags to remove."),
                                        QStringLiteral("TAG..."));
            },
            [](const Context &c, const QCommandLineParser &p) { return cmdTag(c, p, false); },
            true};
}

Command checkCommand()
{
    return {QStringLiteral("check"), QStringLiteral("check"),
            tr("Check the database file: integrity, references, the search index, and that every stored "
               "use case, rubric and assessment reads back."),
            [](QCommandLineParser &) {}, cmdCheck};
}

Command backupCommand()
{
    return {QStringLiteral("backup"), QStringLiteral("backup --out FILE [--force]"),
            tr("Write a verified copy of the database to FILE."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("out"), tr("Where to write the backup."), tr("file")});
                p.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
            },
            cmdBackup};
}

} // namespace casebook::cli
