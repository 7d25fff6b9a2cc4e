#include "Cli.h"

#include "casebook/Version.h"
#include "model/UseCaseJson.h"
#include "report/UseCaseText.h"
#include "model/Vocabulary.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

#include <functional>
#include <memory>

namespace casebook::cli {

namespace {

/// Exit statuses of casebook-cli (docs/cli.md).
enum Exit { Success = 0, UsageError = 1, InputRejected = 2, StorageFailure = 3 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("casebook::cli", text);
}

int exitFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Usage:
    case ErrorCode::NotFound:
        return UsageError;
    case ErrorCode::InputRejected:
    case ErrorCode::NotCasebook:
    case ErrorCode::NewerVersion:
    case ErrorCode::Cancelled:
        return InputRejected;
    case ErrorCode::Corrupt:
    case ErrorCode::Storage:
        return StorageFailure;
    }
    return StorageFailure;
}

struct Context
{
    QString dbPath;
    bool verbose = false;
};

int fail(const Context &ctx, const Error &e)
{
    err() << "casebook-cli: " << e.message << Qt::endl;
    if (ctx.verbose && !e.detail.isEmpty())
        err() << "detail: " << e.detail << Qt::endl;
    return exitFor(e);
}

int usage(const QString &message)
{
    err() << "casebook-cli: " << message << Qt::endl;
    return UsageError;
}

Result<std::unique_ptr<Database>> openDb(const Context &ctx, bool create = false)
{
    Database::OpenOptions options;
    options.create = create;
    options.integrityCheck = Database::IntegrityCheck::Auto;
    options.contributor = qEnvironmentVariable("CASEBOOK_CONTRIBUTOR");
    auto db = Database::open(ctx.dbPath, options);
    if (!db && db.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         tr("The database %1 does not exist; create it with 'casebook-cli --db %1 init'.")
                             .arg(ctx.dbPath));
    return db;
}

QJsonObject summaryJson(const UseCaseSummary &s)
{
    auto arr = [](const QStringList &l) { return QJsonArray::fromStringList(l); };
    return QJsonObject{{QStringLiteral("uuid"), s.uuid},
                       {QStringLiteral("code"), s.code},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("tags"), arr(s.tags)},
                       {QStringLiteral("verticals"), arr(s.verticals)},
                       {QStringLiteral("regions"), arr(s.regions)},
                       {QStringLiteral("deployment_stage"), s.deploymentStage},
                       {QStringLiteral("approval_status"), s.approvalStatus},
                       {QStringLiteral("revision"), s.revision},
                       {QStringLiteral("modified_at"), toIsoUtc(s.modifiedAt)}};
}

QString csvField(QString s)
{
    // Neutralise cells a spreadsheet would run as a formula, then quote per RFC 4180.
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')) || s.startsWith(QLatin1Char(' ')) || s.endsWith(QLatin1Char(' '))) {
        s.replace(QLatin1Char('"'), QLatin1String("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString ellipsize(const QString &s, int width)
{
    const QString flat = s.simplified();
    return flat.size() <= width ? flat : flat.left(width - 1) + QChar(0x2026);
}

void printTable(const QList<UseCaseSummary> &rows)
{
    const QString header = QStringLiteral("%1  %2  %3  %4")
                               .arg(tr("CODE").leftJustified(12), tr("TITLE").leftJustified(48),
                                    tr("STAGE").leftJustified(11), tr("TAGS"));
    out() << header.trimmed() << '\n';
    for (const auto &r : rows) {
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(ellipsize(r.code, 12).leftJustified(12), ellipsize(r.title, 48).leftJustified(48),
                          r.deploymentStage.leftJustified(11), r.tags.join(QLatin1String(", ")))
                     .trimmed()
              << '\n';
    }
    out().flush();
}

bool formatAllowed(const QString &format, const QStringList &allowed, QString *message)
{
    if (allowed.contains(format))
        return true;
    *message = tr("unknown format '%1'; use %2.").arg(format, allowed.join(QLatin1String(", ")));
    return false;
}

// ---- commands -------------------------------------------------------------------------------

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
    out() << tr(": added %1 rubric(s) and %2 example use case(s); it holds %3 use case(s).")
                 .arg(counts->rubrics)
                 .arg(counts->useCases)
                 .arg(total)
          << Qt::endl;
    return Success;
}

int cmdAdd(const Context &ctx, const QCommandLineParser &p)
{
    const QString file = p.value(QStringLiteral("json"));
    if (file.isEmpty())
        return usage(tr("add needs --json FILE (use - for standard input)."));
    QByteArray bytes;
    constexpr qint64 kMaxJson = 64LL * 1024 * 1024;
    if (file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(ctx, makeError(ErrorCode::InputRejected, tr("Cannot read standard input.")));
        bytes = in.read(kMaxJson + 1);
    } else {
        QFile in(file);
        if (!in.exists())
            return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1 does not exist.").arg(file)));
        if (!in.open(QIODevice::ReadOnly))
            return fail(ctx, makeError(ErrorCode::InputRejected, tr("Cannot read %1: %2.").arg(file, in.errorString())));
        bytes = in.read(kMaxJson + 1);
    }
    if (bytes.size() > kMaxJson)
        return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1 is larger than 64 MB.").arg(file)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ctx, makeError(ErrorCode::InputRejected,
                                   tr("%1 is not valid JSON (%2 at byte %3).")
                                       .arg(file, parseError.errorString())
                                       .arg(parseError.offset)));
    QList<QJsonObject> objects;
    if (doc.isObject()) {
        objects.append(doc.object());
    } else {
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array) {
            if (!v.isObject())
                return fail(ctx, makeError(ErrorCode::InputRejected,
                                           tr("%1 must hold a use case object or a list of them.").arg(file)));
            objects.append(v.toObject());
        }
    }
    if (objects.isEmpty())
        return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1 holds no use case.").arg(file)));
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
    UseCaseRepository repo(**db);
    Transaction tx(**db);
    if (!tx.status())
        return fail(ctx, tx.status().error());
    QStringList uuids;
    for (const UseCase &u : parsed) {
        auto stored = repo.insert(u);
        if (!stored)
            return fail(ctx, Error{stored.error().code, tr("%1: %2").arg(file, stored.error().message),
                                   stored.error().detail});
        uuids.append(stored->uuid);
    }
    if (Status s = tx.commit(); !s)
        return fail(ctx, s.error());
    for (const QString &uuid : uuids)
        out() << uuid << '\n';
    out().flush();
    return Success;
}

int printSummaries(const QList<UseCaseSummary> &rows, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &r : rows)
            array.append(summaryJson(r));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        out() << "uuid,code,title,tags,verticals,regions,deployment_stage,approval_status,revision,modified_at\r\n";
        for (const auto &r : rows) {
            const QStringList cells{r.uuid, r.code, r.title, r.tags.join(QLatin1String("; ")),
                                    r.verticals.join(QLatin1String("; ")), r.regions.join(QLatin1String("; ")),
                                    r.deploymentStage, r.approvalStatus, QString::number(r.revision),
                                    toIsoUtc(r.modifiedAt)};
            QStringList quoted;
            for (const QString &c : cells)
                quoted.append(csvField(c));
            out() << quoted.join(QLatin1Char(',')) << "\r\n";
        }
    } else if (rows.isEmpty()) {
        err() << tr("No use case matches.") << Qt::endl;
    } else {
        printTable(rows);
    }
    out().flush();
    return Success;
}

int cmdList(const Context &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}, &message))
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
    if (!query.ignored.isEmpty())
        err() << tr("casebook-cli: note: ignored %1").arg(query.ignored.join(QLatin1Char(' '))) << Qt::endl;
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
    out() << u->code << ": " << (u->tags.isEmpty() ? tr("(no tags)") : u->tags.join(QLatin1String(", "))) << Qt::endl;
    return Success;
}

int cmdCheck(const Context &ctx, const QCommandLineParser &)
{
    Database::OpenOptions options;
    options.create = false;
    options.integrityCheck = Database::IntegrityCheck::Quick;
    auto db = Database::open(ctx.dbPath, options);
    if (!db)
        return fail(ctx, db.error().code == ErrorCode::NotFound
                             ? makeError(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(ctx.dbPath))
                             : db.error());
    if (Status s = (*db)->fullCheck(); !s)
        return fail(ctx, s.error());
    const auto count = UseCaseRepository(**db).count();
    out() << tr("%1 is sound: schema version %2, %3 use case(s).")
                 .arg(ctx.dbPath)
                 .arg((*db)->schemaVersion())
                 .arg(count ? count.value() : 0)
          << Qt::endl;
    return Success;
}

int cmdBackup(const Context &ctx, const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usage(tr("backup needs --out FILE."));
    if (QFileInfo::exists(target) && !p.isSet(QStringLiteral("force")))
        return usage(tr("%1 already exists; choose another name or add --force to replace it.").arg(target));
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    if (Status s = (*db)->backupTo(target); !s)
        return fail(ctx, s.error());
    out() << tr("Backed up %1 to %2.").arg(ctx.dbPath, target) << Qt::endl;
    return Success;
}

// ---- command table --------------------------------------------------------------------------

struct Command
{
    QString name;
    QString synopsis;
    QString description;
    std::function<void(QCommandLineParser &)> options;
    std::function<int(const Context &, const QCommandLineParser &)> run;
};

QCommandLineOption formatOption(const QString &values, const QString &def)
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              tr("Output format: %1 (default: %2).").arg(values, def), tr("format"), def);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("init"), QStringLiteral("init [--examples]"),
         tr("Create the database (or complete it) with the default rubric; --examples adds the example use cases."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("examples"), tr("Also add the example use cases.")});
         },
         cmdInit},
        {QStringLiteral("add"), QStringLiteral("add --json FILE"),
         tr("Add use cases from a JSON file (one object or a list; see docs/usecase-json.md) and print their UUIDs."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("json"), tr("The JSON file to read, or - for standard input."), tr("file")});
         },
         cmdAdd},
        {QStringLiteral("list"), QStringLiteral("list [--format table|json|csv]"), tr("List all use cases by code."),
         [](QCommandLineParser &p) { p.addOption(formatOption(QStringLiteral("table, json, csv"), QStringLiteral("table"))); },
         cmdList},
        {QStringLiteral("show"), QStringLiteral("show ID [--format text|json]"),
         tr("Show one use case, named by UUID or code."),
         [](QCommandLineParser &p) {
             p.addOption(formatOption(QStringLiteral("text, json"), QStringLiteral("text")));
             p.addPositionalArgument(QStringLiteral("ID"), tr("UUID or code of the use case."));
         },
         cmdShow},
        {QStringLiteral("search"), QStringLiteral("search QUERY... [--format table|json]"),
         tr("Full-text search with filters, e.g. search \"smart meter\" tag:energy vertical:health sdg:11 "
            "region:Africa stage:pilot -excluded prefix*"),
         [](QCommandLineParser &p) {
             p.addOption(formatOption(QStringLiteral("table, json"), QStringLiteral("table")));
             p.addPositionalArgument(QStringLiteral("QUERY"), tr("Words, \"phrases\", prefix*, -word, key:value filters."));
         },
         cmdSearch},
        {QStringLiteral("tag"), QStringLiteral("tag ID TAG..."), tr("Add tags to a use case (sdo/oneM2M nests under sdo)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), tr("UUID or code of the use case."));
             p.addPositionalArgument(QStringLiteral("TAG"), tr("Tags to add."), QStringLiteral("TAG..."));
         },
         [](const Context &c, const QCommandLineParser &p) { return cmdTag(c, p, true); }},
        {QStringLiteral("untag"), QStringLiteral("untag ID TAG..."), tr("Remove tags from a use case."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), tr("UUID or code of the use case."));
             p.addPositionalArgument(QStringLiteral("TAG"), tr("Tags to remove."), QStringLiteral("TAG..."));
         },
         [](const Context &c, const QCommandLineParser &p) { return cmdTag(c, p, false); }},
        {QStringLiteral("check"), QStringLiteral("check"),
         tr("Check the database file: integrity, references and the search index."), [](QCommandLineParser &) {},
         cmdCheck},
        {QStringLiteral("backup"), QStringLiteral("backup --out FILE [--force]"),
         tr("Write a verified copy of the database to FILE."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("out"), tr("Where to write the backup."), tr("file")});
             p.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
         },
         cmdBackup},
    };
    return list;
}

void addGlobalOptions(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("db"),
                 tr("The Casebook database file (default: %1).").arg(QDir::toNativeSeparators(Database::defaultPath())),
                 tr("path")});
    p.addOption({QStringLiteral("verbose"), tr("Also print technical details of errors.")});
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")});
    p.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")});
}

QString generalHelp()
{
    QString text = tr("Usage: casebook-cli [--db PATH] <command> [options]\n\n"
                      "Casebook keeps a catalogue of IoT and smart-city use cases. Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.description);
    text += tr("\nOptions for every command:\n"
               "  --db PATH     The database file (default: %1).\n"
               "  --verbose     Also print technical details of errors.\n"
               "  -h, --help    Help for casebook-cli or for one command (casebook-cli list --help).\n"
               "  -v, --version Show the version.\n\n"
               "Exit status: 0 success, 1 usage error, 2 input rejected (nothing changed), 3 storage failure.\n")
                .arg(QDir::toNativeSeparators(Database::defaultPath()));
    return text;
}

} // namespace

int run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kAppName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kAppVersion));
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);

    // Find the command: the first argument that is not an option or the value of --db.
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("-db")) {
            ++i;
            continue;
        }
        if (a == QLatin1String("--")) {
            commandIndex = i + 1 < arguments.size() ? i + 1 : -1;
            break;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }

    const Command *command = nullptr;
    if (commandIndex > 0) {
        for (const Command &c : commands()) {
            if (c.name == arguments[commandIndex])
                command = &c;
        }
        if (!command)
            return usage(tr("unknown command '%1'; run 'casebook-cli --help' for the list.").arg(arguments[commandIndex]));
    }

    QCommandLineParser parser;
    addGlobalOptions(parser);
    if (command)
        command->options(parser);
    QStringList args = arguments;
    if (commandIndex > 0)
        args.removeAt(commandIndex);
    if (!parser.parse(args))
        return usage(parser.errorText() + QLatin1Char('.'));
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "casebook-cli " << kAppVersion << Qt::endl;
        return Success;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        if (command) {
            out() << tr("Usage: casebook-cli [--db PATH] %1\n\n%2\n").arg(command->synopsis, command->description);
            QString options = parser.helpText();
            options = options.mid(options.indexOf(QLatin1String("Options:")));
            out() << '\n' << options;
        } else {
            out() << generalHelp();
        }
        out().flush();
        return Success;
    }
    if (!command) {
        err() << generalHelp();
        err().flush();
        return UsageError;
    }
    const bool takesPositionals = command->name == QLatin1String("show") || command->name == QLatin1String("search")
        || command->name == QLatin1String("tag") || command->name == QLatin1String("untag");
    if (!takesPositionals && !parser.positionalArguments().isEmpty())
        return usage(tr("%1 does not take '%2'; run 'casebook-cli %1 --help'.")
                         .arg(command->name, parser.positionalArguments().first()));

    Context ctx;
    ctx.dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    ctx.verbose = parser.isSet(QStringLiteral("verbose"));
    if (ctx.dbPath.trimmed().isEmpty())
        return usage(tr("--db needs a file path."));
    return command->run(ctx, parser);
}

} // namespace casebook::cli
