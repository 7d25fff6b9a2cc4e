// casebook-bench: a synthetic repository generator and the benchmarks of issue 13, each with its
// baseline in the same run. Prints figures; never asserts a time. See docs/performance.md.
#include "Benchmarks.h"
#include "Generator.h"
#include "Startup.h"
#include "SyncBenchmark.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace casebook;
using namespace casebook::bench;

namespace {

int generate(const QCommandLineParser &p, QTextStream &out)
{
    if (p.value(QStringLiteral("db")).isEmpty()) {
        out << "generate needs --db PATH" << Qt::endl;
        return 1;
    }
    auto db = Database::open(p.value(QStringLiteral("db")));
    if (!db) {
        out << db.error().message << Qt::endl;
        return 3;
    }
    GenerateOptions g;
    g.useCases = p.value(QStringLiteral("use-cases")).toInt();
    g.assessors = p.value(QStringLiteral("assessors")).toInt();
    g.seed = p.value(QStringLiteral("seed")).toUInt();
    QElapsedTimer t;
    t.start();
    auto counts = Generator::generate(**db, g);
    if (!counts) {
        out << counts.error().message << ' ' << counts.error().detail << Qt::endl;
        return 3;
    }
    out << QStringLiteral("%1 use cases, %2 assessments, %3 attachments in %4 ms")
               .arg(counts->useCases)
               .arg(counts->assessments)
               .arg(counts->attachments)
               .arg(t.elapsed())
        << Qt::endl;
    return 0;
}

int startup(const QCommandLineParser &p, QTextStream &out)
{
    if (p.value(QStringLiteral("db")).isEmpty()) {
        out << "startup needs --db PATH (a repository made by generate)" << Qt::endl;
        return 1;
    }
    StartupOptions s;
    s.db = p.value(QStringLiteral("db"));
    s.gui = p.value(QStringLiteral("gui"));
    s.emptyWindow = p.value(QStringLiteral("window"));
    if (p.isSet(QStringLiteral("runs")))
        s.runs = p.value(QStringLiteral("runs")).toInt();
    return Startup::run(s, out);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "casebook-bench generate --use-cases N --assessors K --seed S --db PATH\n"
        "casebook-bench run [--use-cases N] [--quick] [--runs R] [--cli PATH] [--dir DIR] [--add-only]\n"
        "casebook-bench rerank [--runs R] [--seed S]\n"
        "casebook-bench startup --db PATH [--runs R] [--gui PATH] [--window PATH]\n"
        "casebook-bench queries --db PATH [--runs R]\n"
        "casebook-bench export --db PATH [--runs R] [--cli PATH] [--dir DIR]\n"
        "casebook-bench import --db PATH [--runs R] [--cli PATH] [--dir DIR]\n"
        "casebook-bench sync [--use-cases N] [--runs R] [--cli PATH] [--dir DIR]\n"
        "casebook-bench sync --db PATH [--runs R] [--cli PATH] [--dir DIR]"));
    p.addHelpOption();
    p.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("generate, run, rerank, startup, queries, export, import or sync"));
    const QList<QCommandLineOption> options{
        {QStringLiteral("use-cases"), QStringLiteral("Use cases (run: default 10000)."), QStringLiteral("N"),
         QStringLiteral("10000")},
        {QStringLiteral("assessors"), QStringLiteral("Assessors (default 10)."), QStringLiteral("K"),
         QStringLiteral("10")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("db"),
         QStringLiteral("generate: the database to make; sync: the repository the member holds."),
         QStringLiteral("PATH")},
        {QStringLiteral("runs"), QStringLiteral("Runs per benchmark (default 5, quick 3)."),
         QStringLiteral("R")},
        {QStringLiteral("quick"), QStringLiteral("A short run: 1,000 use cases, 3 runs.")},
        {QStringLiteral("add-only"),
         QStringLiteral(
             "run: only the costs per record (add, and import into the repository) at --use-cases.")},
        {QStringLiteral("cli"), QStringLiteral("casebook-cli to run for import and export."),
         QStringLiteral("PATH"), QStringLiteral(CASEBOOK_CLI_PATH)},
        {QStringLiteral("dir"), QStringLiteral("Folder for the files (default: temporary)."),
         QStringLiteral("DIR")},
        {QStringLiteral("gui"), QStringLiteral("casebook (the window) for startup."), QStringLiteral("PATH"),
         QStringLiteral(CASEBOOK_GUI_PATH)},
        {QStringLiteral("window"), QStringLiteral("The empty window of the startup baseline."),
         QStringLiteral("PATH"), QStringLiteral(CASEBOOK_WINDOW_PATH)}};
    p.addOptions(options);
    p.process(app);
    const QString command = p.positionalArguments().value(0);
    if (command == QLatin1String("generate"))
        return generate(p, out);
    if (command == QLatin1String("startup"))
        return startup(p, out);
    if (command != QLatin1String("run") && command != QLatin1String("rerank")
        && command != QLatin1String("sync") && command != QLatin1String("queries")
        && command != QLatin1String("export") && command != QLatin1String("import")) {
        out << p.helpText();
        return 1;
    }
    const bool quick = p.isSet(QStringLiteral("quick"));
    RunOptions o;
    o.useCases =
        p.isSet(QStringLiteral("use-cases")) || !quick ? p.value(QStringLiteral("use-cases")).toInt() : 1000;
    o.added = quick ? 100 : 500;
    o.assessors = p.value(QStringLiteral("assessors")).toInt();
    o.seed = p.value(QStringLiteral("seed")).toUInt();
    o.runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : (quick ? 3 : 5);
    o.cli = p.value(QStringLiteral("cli"));
    o.workDir = p.value(QStringLiteral("dir"));
    o.addOnly = p.isSet(QStringLiteral("add-only"));
    if (command == QLatin1String("sync"))
        return p.isSet(QStringLiteral("db")) ? SyncBenchmark::receive(o, p.value(QStringLiteral("db")), out)
                                             : SyncBenchmark::run(o, out);
    if (command == QLatin1String("queries") || command == QLatin1String("export")
        || command == QLatin1String("import")) {
        if (p.value(QStringLiteral("db")).isEmpty()) {
            out << command << " needs --db PATH (a repository made by generate)" << Qt::endl;
            return 1;
        }
        const QString db = p.value(QStringLiteral("db"));
        if (command == QLatin1String("queries"))
            return Benchmarks::queries(o, db, out);
        return command == QLatin1String("export") ? Benchmarks::exportOnly(o, db, out)
                                                  : Benchmarks::importOnly(o, db, out);
    }
    return command == QLatin1String("rerank") ? Benchmarks::rerank(o, out) : Benchmarks::run(o, out);
}
