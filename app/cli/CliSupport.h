#pragma once

#include "exchange/ImportFormats.h"
#include "merge/ImportPlan.h"
#include "merge/IncomingRecords.h"
#include "scoring/ScoreReport.h"
#include "search/ExportSelection.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"
#include "support/Result.h"
#include "workshop/WorkshopScope.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace casebook::cli {

/// Exit statuses of casebook-cli (docs/cli.md).
enum Exit { Success = 0, UsageError = 1, InputRejected = 2, StorageFailure = 3 };

/// What every command gets: the database path and global switches.
struct Context
{
    QString dbPath;
    bool verbose = false;
};

/// One command of casebook-cli. Each file under commands/ defines a few; Cli.cpp lists them all, in order.
struct Command
{
    QString name;
    QString synopsis;
    QString description;
    std::function<void(QCommandLineParser &)> options;
    std::function<int(const Context &, const QCommandLineParser &)> run;
    bool takesPositionals = false;
};

QTextStream &out();
QTextStream &err();
/// Translates a CLI message (context "casebook::cli"); `n` chooses the plural form of "%n".
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

/// The exit status for an error: usage 1, rejected input 2, storage 3.
int exitFor(const Error &e);
/// Prints the error as one sentence on stderr (and the detail with --verbose); returns its status.
int fail(const Context &ctx, const Error &e);
/// Prints a usage error; returns 1.
int usage(const QString &message);
/// Opens the database of the context. Without `create`, a missing file is an error that says how to create
/// it.
Result<std::unique_ptr<Database>> openDb(const Context &ctx, bool create = false);

/// A -f/--format option listing its values.
QCommandLineOption formatOption(const QString &values, const QString &def);
/// Checks a --format value; fills `message` for usage() when it is not allowed.
bool formatAllowed(const QString &format, const QStringList &allowed, QString *message);

/// Prints use-case rows as table, json or csv (the shapes documented in docs/cli.md).
int printSummaries(const QList<UseCaseSummary> &rows, const QString &format);
/// A text shortened to `width` characters with an ellipsis.
QString ellipsize(const QString &s, int width);

/// The usage message when `target` exists and --force is not given; empty when it may be written.
QString existingTargetProblem(const QString &target, const QCommandLineParser &p);

/// Reads --policy: keep-mine, take-theirs or newest. False for anything else.
bool policyFrom(const QString &value, MergePolicy *policy);

/// Reads a whole input file (or standard input for "-") with a size limit; errors name the file.
Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes);

// The commands, one function each; commandTable() in Cli.cpp lists them in the order of --help.
// The repository (commands/RepositoryCommands.cpp).
Command initCommand();
Command addCommand();
Command listCommand();
Command showCommand();
Command searchCommand();
Command tagCommand();
Command untagCommand();
Command checkCommand();
Command backupCommand();
/// `imports` and `undo-import IMPORT` (commands/ImportLogCommands.cpp).
Command importsCommand();
Command undoImportCommand();
// Rubrics and scores (commands/ScoringCommands.cpp).
Command rubricCommand();
Command assessCommand();
Command scoresCommand();
Command gapsCommand();
// Comparisons (commands/CompareCommands.cpp).
Command compareCommand();

// Workshops and their rounds (commands/WorkshopCommands.cpp, commands/WorkshopRoundCommands.cpp).
Command workshopCommand();
/// `workshop round NAME open|reveal|close|score|status` (commands/WorkshopRoundCommands.cpp).
int workshopRound(const Context &ctx, const QCommandLineParser &p, const QString &name,
                  const QString &action);
/// Reads --workshop NAME into `selection` (its use cases, in the workshop's order) for `export` and
/// `report`; refused with --ids, --tag or a query. Returns the resolved workshop.
Result<ResolvedWorkshop> workshopSelection(Database &db, const QCommandLineParser &p,
                                           ExportSelection &selection);
// Contribution reports (commands/ReportCommands.cpp).
Command reportCommand();
// `export` and `import`, for every file type (commands/TransferCommands.cpp).
Command exportCommand();
Command importCommand();

/// `export --out FILE.casebook` (commands/BundleCommands.cpp).
int exportBundle(const Context &ctx, const QCommandLineParser &p);
/// `import FILE` for a bundle (commands/BundleCommands.cpp).
int importBundle(const Context &ctx, const QCommandLineParser &p, const QString &file);
/// Plans (--dry-run: shows the plan) and applies records read from `file`, as bundles are
/// (commands/BundleCommands.cpp): the one import path of bundles and IEC 62559-3 XML.
/// `sourceWarnings` (what the reader noted) join the plan's warnings in a dry run and go to
/// standard error before an import.
int importRecords(const Context &ctx, const QCommandLineParser &p, const QString &file,
                  const IncomingRecords &records, const QStringList &sourceWarnings = {});
/// Prints an import plan for people (`import --dry-run`, `sync --dry-run`).
void printPlanText(const ImportPlan &plan, const Resolutions &res);
/// `server init|add-member` and `sync` (commands/SyncCommands.cpp).
Command serverCommand();
Command syncCommand();
/// `import FILE` for IEC 62559-3 XML (commands/XmlCommands.cpp).
int importXml(const Context &ctx, const QCommandLineParser &p, const QString &file);
/// Tells on standard error which parts of a search query were not used as typed, and what the
/// person probably meant (see SearchQuery::problems).
void noteIgnored(const SearchQuery &query);
/// Adds --ids, --tag, --query, --since and --include-restricted (the selection options shared by
/// every export).
void addSelectionOptions(QCommandLineParser &p);
/// Reads the selection options; a malformed value is an ErrorCode::Usage error.
Result<ExportSelection> selectionFrom(const QCommandLineParser &p);
/// Tells on standard output how many restricted use cases an export left out (naming them when
/// --ids chose them) and how to include them; nothing when none was left out. Every export calls it
/// (`compare` tells it on standard error, where it does not mix with the data).
void noteRestrictedLeftOut(const ExportSelection &selection, const QStringList &leftOut,
                           QTextStream &stream = out());

// Scores as text, shared by `scores` and `compare`.
/// A number with `decimals` decimals; "-" when absent or not finite.
QString formatNumber(const std::optional<double> &v, int decimals);
/// "0.812 [0.610, 0.950] reliable": alpha, its 95% bootstrap interval and its reading.
QString alphaText(const AlphaEstimate &e);
/// "58%".
QString percent(double share);
/// The overall agreement of a report and, when computable, one line per criterion.
void printAgreement(const ScoreReport &report);
/// The agreement per criterion, one line each.
void printCriterionAgreement(const ScoreReport &report);

// Spreadsheet exchange (commands/ExchangeCommands.cpp), reached through `export` and `import`.
/// Adds the options only spreadsheet exports have: --scores and --separator.
void addExportSpreadsheetOptions(QCommandLineParser &p);
/// Adds the options only spreadsheet imports have: --mapping, --accept-suggestions, --separator.
void addImportSpreadsheetOptions(QCommandLineParser &p);
/// `export --out FILE.csv|FILE.json [--scores] [selection options]`.
int exportSpreadsheet(const Context &ctx, const QCommandLineParser &p);
/// `import FILE [--mapping FILE.json] [--dry-run] [--policy P] [--format text|json]` for a spreadsheet
/// (`kind` Csv) or a JSON file (`kind` Json), as ImportFormats::detect() decided.
int importSpreadsheet(const Context &ctx, const QCommandLineParser &p, const QString &file,
                      ImportFormat kind);

} // namespace casebook::cli
