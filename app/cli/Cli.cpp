#include "cli/Cli.h"

#include "casebook/Version.h"
#include "cli/CliSupport.h"

#include <QCoreApplication>
#include <QDir>

namespace casebook::cli {

namespace {

/// Every command of casebook-cli, in the order --help lists them.
QList<Command> commandTable()
{
    return {
        initCommand(),   addCommand(),    listCommand(),    showCommand(),       searchCommand(),
        tagCommand(),    untagCommand(),  checkCommand(),   backupCommand(),     rubricCommand(),
        assessCommand(), scoresCommand(), compareCommand(), gapsCommand(),       reportCommand(),
        exportCommand(), importCommand(), importsCommand(), undoImportCommand(), workshopCommand(),
        syncCommand(),   serverCommand(),
    };
}

const QList<Command> &commands()
{
    static const QList<Command> table = commandTable();
    return table;
}

void addGlobalOptions(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("db"),
                 tr("The Casebook database file (default: %1).")
                     .arg(QDir::toNativeSeparators(Database::defaultPath())),
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
    text +=
        tr("\nOptions for every command:\n"
           "  --db PATH     The database file (default: %1).\n"
           "  --verbose     Also print technical details of errors.\n"
           "  -h, --help    Help for casebook-cli or for one command (casebook-cli list --help).\n"
           "  -v, --version Show the version.\n\n"
           "Exit status: 0 success, 1 usage error, 2 input rejected (nothing changed), 3 storage failure.\n")
            .arg(QDir::toNativeSeparators(Database::defaultPath()));
    return text;
}

} // namespace

int commandIndexOf(const QStringList &arguments)
{
    // The first argument that is not an option or the value of --db.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("-db")) {
            ++i;
            continue;
        }
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!a.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool needsGui(const QStringList &arguments)
{
    const int i = commandIndexOf(arguments);
    return i > 0 && arguments[i] == QLatin1String("report");
}

bool needsHugePages(const QStringList &arguments)
{
    // The commands that read or write a whole bundle, sheet or repository at once.
    static const QStringList bulk{QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("add"),
                                  QStringLiteral("sync")};
    const int i = commandIndexOf(arguments);
    return i > 0 && bulk.contains(arguments[i]);
}

int run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kAppName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kAppVersion));
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);

    const int commandIndex = commandIndexOf(arguments);
    const Command *command = nullptr;
    if (commandIndex > 0) {
        for (const Command &c : commands()) {
            if (c.name == arguments[commandIndex])
                command = &c;
        }
        if (!command)
            return usage(tr("unknown command '%1'; run 'casebook-cli --help' for the list.")
                             .arg(arguments[commandIndex]));
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
            out() << tr("Usage: casebook-cli [--db PATH] %1\n\n%2\n")
                         .arg(command->synopsis, command->description);
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
    if (!command->takesPositionals && !parser.positionalArguments().isEmpty())
        return usage(tr("%1 does not take '%2'; run 'casebook-cli %1 --help'.")
                         .arg(command->name, parser.positionalArguments().first()));

    Context ctx;
    ctx.dbPath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    ctx.verbose = parser.isSet(QStringLiteral("verbose"));
    if (ctx.dbPath.trimmed().isEmpty())
        return usage(tr("--db needs a file path."));
    return command->run(ctx, parser);
}

} // namespace casebook::cli
