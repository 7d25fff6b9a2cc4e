#include "cli/CliSupport.h"

#include "exchange/ImportFormats.h"

#include <QFileInfo>

// `export` and `import`: one command each for every file type. The file's name decides which
// exporter runs; ImportFormats::detect (content, then name) decides which importer runs (bundles in
// BundleCommands.cpp, spreadsheets in ExchangeCommands.cpp).
namespace casebook::cli {

namespace {

int cmdExport(const Context &ctx, const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usage(tr("export needs --out FILE (.casebook, .csv, .json or .xml)."));
    const QString suffix = QFileInfo(target).suffix().toLower();
    // .csv, .json and .xml are written by SpreadsheetExport (one selection, one restricted rule).
    const bool spreadsheet =
        suffix == QLatin1String("csv") || suffix == QLatin1String("json") || suffix == QLatin1String("xml");
    if (!spreadsheet && suffix != QLatin1String("casebook"))
        return usage(
            tr("export writes .casebook bundles, .csv spreadsheets, .json files and IEC 62559-3 .xml "
               "files; '%1' is none of these.")
                .arg(QFileInfo(target).fileName()));
    if (suffix != QLatin1String("casebook") && p.isSet(QStringLiteral("lean")))
        return usage(tr("--lean is for .casebook bundles; other files never carry attachments."));
    if (suffix != QLatin1String("csv")
        && (p.isSet(QStringLiteral("scores")) || p.isSet(QStringLiteral("separator"))))
        return usage(tr("--scores and --separator are for .csv files."));
    if (spreadsheet && p.isSet(QStringLiteral("workshop")))
        return usage(tr("--workshop is for .casebook bundles (they carry the workshop and its rounds)."));
    return spreadsheet ? exportSpreadsheet(ctx, p) : exportBundle(ctx, p);
}

int cmdImport(const Context &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return usage(tr("import needs exactly one file, e.g. import team.casebook --dry-run."));
    const QString file = p.positionalArguments().first();
    QString message;
    if (!formatAllowed(p.value(QStringLiteral("format")), {QStringLiteral("text"), QStringLiteral("json")},
                       &message))
        return usage(message);
    MergePolicy policy = MergePolicy::KeepMine;
    if (!policyFrom(p.value(QStringLiteral("policy")), &policy))
        return usage(tr("unknown policy '%1'; use keep-mine, take-theirs or newest.")
                         .arg(p.value(QStringLiteral("policy"))));
    if (!QFileInfo::exists(file))
        return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1 does not exist.").arg(file)));
    switch (const ImportFormat kind = ImportFormats::detect(file)) {
    case ImportFormat::Bundle: return importBundle(ctx, p, file);
    case ImportFormat::Xml: return importXml(ctx, p, file);
    case ImportFormat::Csv:
    case ImportFormat::Json: return importSpreadsheet(ctx, p, file, kind);
    case ImportFormat::Unknown: break;
    }
    return fail(ctx, makeError(ErrorCode::InputRejected, ImportFormats::unsupportedMessage(file)));
}

} // namespace

Command exportCommand()
{
    return {
        QStringLiteral("export"),
        QStringLiteral(
            "export --out FILE.casebook|FILE.csv|FILE.json|FILE.xml [--ids A,B] [--tag T] [--query Q] "
            "[--since DATE] [--include-restricted] [--workshop NAME] [--lean] [--scores] [--separator S] "
            "[--force]"),
        tr("Write the chosen use cases to a .casebook bundle to share (with assessments, rubrics and "
           "attachments, and the workshops all of whose use cases it holds; --lean leaves attachments out), "
           "to a spreadsheet (.csv; --scores for the score "
           "sheet), to .json, or to IEC 62559-3 use-case repository XML (.xml). Restricted use cases are "
           "left out unless --include-restricted."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("out"), tr("The file to write: .casebook, .csv, .json or .xml."),
                         tr("file")});
            addSelectionOptions(p);
            p.addOption({QStringLiteral("lean"), tr("Bundles: leave the attachments out (a smaller file).")});
            p.addOption({QStringLiteral("workshop"),
                         tr("Bundles: the use cases of this workshop, with the workshop and every round's "
                            "scores."),
                         tr("name")});
            addExportSpreadsheetOptions(p);
            p.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
        },
        cmdExport};
}

Command importCommand()
{
    return {
        QStringLiteral("import"),
        QStringLiteral("import FILE [--dry-run] [--format text|json] [--policy keep-mine|take-theirs|newest] "
                       "[--mapping FILE.json] [--accept-suggestions] [--separator S]"),
        tr("Import a .casebook bundle, a .csv spreadsheet, a .json file or IEC 62559-3 XML (.xml), all or "
           "nothing; undo-import takes it back. "
           "--dry-run shows the plan; conflicts follow --policy."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("FILE"),
                                    tr("The file to import: .casebook, .csv, .json or .xml."));
            p.addOption({QStringLiteral("dry-run"), tr("Show what the import would do; change nothing.")});
            p.addOption({QStringLiteral("policy"),
                         tr("Records changed on both sides: keep-mine (default), take-theirs or newest."),
                         tr("policy"), QStringLiteral("keep-mine")});
            p.addOption(formatOption(QStringLiteral("text, json"), QStringLiteral("text")));
            addImportSpreadsheetOptions(p);
        },
        cmdImport,
        true};
}

} // namespace casebook::cli
