#include "Benchmarks.h"

#include "Baselines.h"
#include "Figures.h"
#include "Generator.h"
#include "SortBenchmark.h"

#include "model/Rubric.h"
#include "model/Vocabulary.h"
#include "scoring/ReRanker.h"
#include "scoring/WeightSet.h"
#include "scoring/WeightStability.h"
#include "scoring/WeightWhatIf.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace casebook::bench {

namespace {

std::unique_ptr<Database> openDb(const QString &path)
{
    Database::OpenOptions options;
    options.integrityCheck = Database::IntegrityCheck::None;
    options.checkpointOffThread = true; // as the window opens it: adding here is the window's add
    auto db = Database::open(path, options);
    if (!db)
        qFatal("%s: %s", qPrintable(db.error().message), qPrintable(db.error().detail));
    return std::move(*db);
}

} // namespace

void removeDb(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QDir(Database::backupDirectoryFor(path)).removeRecursively();
}

bool copyDb(const QString &from, const QString &to)
{
    removeDb(to);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFile::exists(from + suffix))
            continue;
        if (!QFile::copy(from + suffix, to + suffix))
            return false;
#ifdef Q_OS_UNIX
        QFile copy(to + suffix);
        if (!copy.open(QIODevice::ReadOnly) || ::fsync(copy.handle()) != 0)
            return false;
#endif
    }
    return true;
}

bool runCli(const QString &cli, const QStringList &args)
{
    QProcess p;
    p.start(cli, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(cli), qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return false;
    }
    return true;
}

namespace {

/// Milliseconds per use case of adding `o.added` generated use cases in one bulk transaction (the
/// repository opened and the rubric seeded beforehand).
double addPerRecordMs(const QString &path, const RunOptions &o, quint32 seed)
{
    auto db = openDb(path);
    if (auto seeded = Seeder::seed(*db, false); !seeded)
        qFatal("%s", qPrintable(seeded.error().message));
    GenerateOptions g;
    g.useCases = o.added;
    g.assessors = 0;
    g.seed = seed;
    g.assessedShare = 0;
    QElapsedTimer t;
    t.start();
    if (auto r = Generator::generate(*db, g); !r)
        qFatal("%s", qPrintable(r.error().message));
    return double(t.nsecsElapsed()) / 1e6 / o.added;
}

/// The time per record of adding to a fresh copy of `start` (an empty repository when `start` is
/// empty), with the records of `seed`.
double addToCopyMs(const QString &file, const QString &start, const RunOptions &o, quint32 seed)
{
    removeDb(file);
    if (!start.isEmpty())
        copyDb(start, file);
    return addPerRecordMs(file, o, seed);
}

void benchAdd(const QString &dir, const QString &large, const RunOptions &o, Report &report)
{
    // Alternated, the same records added to both in each run, so that what the machine does
    // meanwhile (writing back a copied file) falls on both sides alike.
    QList<double> atZero, atN;
    for (int i = 0; i < std::max(1, o.runs); ++i) {
        const quint32 seed = o.seed + 1001 + quint32(i);
        atZero.append(addToCopyMs(dir + QStringLiteral("/add-empty.sqlite"), QString(), o, seed));
        atN.append(addToCopyMs(dir + QStringLiteral("/add-full.sqlite"), large, o, seed));
    }
    report.compared(QStringLiteral("add, per use case (%1 in one transaction) at %2 existing")
                        .arg(o.added)
                        .arg(o.useCases),
                    median(atN), QStringLiteral("the same at 0 existing"), median(atZero), 1.5);
}

/// Generates `useCases` use cases scored by `o.assessors` into `db` (codes from `firstCode`, 0: the
/// repository's own numbering).
Result<GenerateCounts> generateInto(Database &db, int useCases, quint32 seed, const RunOptions &o,
                                    int firstCode = 0)
{
    GenerateOptions g;
    g.useCases = useCases;
    g.assessors = o.assessors;
    g.seed = seed;
    g.firstCode = firstCode;
    return Generator::generate(db, g);
}

/// Codes from UC-YYYY-1000001 on: free in any repository made by generate of up to a million.
constexpr int kFreeFirstCode = 1000001;

/// A bundle of `o.added` use cases with their assessments, made apart from `large` (another seed).
/// Numbered as a new repository numbers them (`firstCode` 0), their codes are taken in `large`, as
/// in a colleague's bundle; from kFreeFirstCode they are free there.
QString smallBundle(const QString &dir, const RunOptions &o, int firstCode)
{
    const QString name = firstCode > 0 ? QStringLiteral("import-small-free") : QStringLiteral("import-small");
    const QString source = dir + QLatin1Char('/') + name + QStringLiteral("-source.sqlite");
    removeDb(source);
    if (auto r = generateInto(*openDb(source), o.added, o.seed + 7919, o, firstCode); !r)
        qFatal("%s", qPrintable(r.error().message));
    const QString bundle = dir + QLatin1Char('/') + name + QStringLiteral(".casebook");
    runCli(o.cli,
           {QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("--out"), bundle,
            QStringLiteral("--force")});
    return bundle;
}

/// Importing `bundle` (whole processes: open, plan, write, keep what it changed) into a copy of
/// `large` against the same import into a new repository, per use case.
void compareImportInto(const QString &dir, const QString &large, const QString &bundle, const QString &what,
                       const RunOptions &o, Report &report)
{
    const QString full = dir + QStringLiteral("/import-into-full.sqlite");
    const QString empty = dir + QStringLiteral("/import-into-new.sqlite");
    const auto importInto = [&](const QString &target) {
        runCli(o.cli, {QStringLiteral("--db"), target, QStringLiteral("import"), bundle});
    };
    const auto [fullMs, emptyMs] =
        alternatedMediansMs(o.runs, {[&] { importInto(full); }, [&] { copyDb(large, full); }},
                            {[&] { importInto(empty); },
                             [&] {
                                 removeDb(empty);
                                 runCli(o.cli, {QStringLiteral("--db"), empty, QStringLiteral("init")});
                             }});
    report.compared(QStringLiteral("import of %1 use cases %2, per use case, into %3 existing (kept to be "
                                   "taken back)")
                        .arg(o.added)
                        .arg(what)
                        .arg(o.useCases),
                    fullMs / o.added, QStringLiteral("the same into a new repository"), emptyMs / o.added,
                    1.5);
}

/// What a record of an import costs as the repository grows: with codes free in `large`, both sides
/// do the same work; with codes taken there, each use case is also written under the next free
/// code, its version as it came kept in its history, which a new repository never needs.
void benchImportInto(const QString &dir, const QString &large, const RunOptions &o, Report &report)
{
    compareImportInto(dir, large, smallBundle(dir, o, kFreeFirstCode), QStringLiteral("with codes free here"),
                      o, report);
    compareImportInto(dir, large, smallBundle(dir, o, 0),
                      QStringLiteral("whose codes are taken here (renumbered, as they came kept in history)"),
                      o, report);
}

void benchSearch(Database &db, const QString &path, const RunOptions &o, Report &report)
{
    UseCaseRepository repo(db);
    const QString words = QStringLiteral("smart meter");
    ListOptions page;
    page.sort = ListOptions::Sort::Relevance;
    page.limit = 200;
    int found = 0;
    const double casebook = medianMs(o.runs, [&] {
        auto rows = repo.find(SearchQuery::parse(words), page);
        found = rows ? int(rows->size()) : -1;
    });
    int bare = 0;
    const double baseline = Baselines::ftsQueryMs(path, words, page.limit, o.runs, &bare);
    report.compared(QStringLiteral("search \"%1\", first page (%2 rows)").arg(words).arg(found), casebook,
                    QStringLiteral("bare FTS5 query (%1 rows)").arg(bare), baseline, 1.5);

    const Vocabularies &v = Vocabularies::instance();
    const QString facets = QStringLiteral("vertical:%1 region:%2")
                               .arg(v.verticals().ids().value(0), v.ituRegions().ids().value(0));
    int matches = 0;
    const double facet = medianMs(o.runs, [&] {
        auto n = repo.count(SearchQuery::parse(facets));
        matches = n ? *n : -1;
        (void)repo.find(SearchQuery::parse(facets), page);
    });
    report.absolute(
        QStringLiteral("facet filter \"%1\" (%2 matches), count and first page").arg(facets).arg(matches),
        facet, 100);

    ListOptions byTitle;
    byTitle.sort = ListOptions::Sort::Title;
    byTitle.limit = 200;
    byTitle.offset = o.useCases / 2;
    const double sort = medianMs(o.runs, [&] { (void)repo.find({}, byTitle); });
    report.absolute(QStringLiteral("sort by title, a page in the middle"), sort, 100);
    SortBenchmark::run(db, o.useCases, o.runs, report);
}

/// Exports `large` to `bundle` (whole processes) against QuaZip's level 6 of the same entries.
void benchExport(const QString &dir, const QString &large, const QString &bundle, const RunOptions &o,
                 Report &report)
{
    const QString zipped = dir + QStringLiteral("/zip6.zip");
    const auto exportOnce = [&] {
        runCli(o.cli,
               {QStringLiteral("--db"), large, QStringLiteral("export"), QStringLiteral("--out"), bundle,
                QStringLiteral("--force")});
    };
    exportOnce(); // the bundle whose entries the baseline zips
    const QList<ZipEntry> entries = Baselines::unzip(bundle);
    qint64 bytes = 0;
    for (const ZipEntry &e : entries)
        bytes += e.data.size();
    const auto [exportMs, zipMs] =
        alternatedMediansMs(o.runs, {exportOnce, {}},
                            {[&] { Baselines::zip6(entries, zipped); }, [&] { QFile::remove(zipped); }});
    report.compared(QStringLiteral("export %1 use cases (casebook-cli, %2 entries, %3 MB)")
                        .arg(o.useCases)
                        .arg(entries.size())
                        .arg(double(bytes) / 1e6, 0, 'f', 1),
                    exportMs, QStringLiteral("zip level 6 of the same files"), zipMs, 1.5);
}

void benchImport(const QString &dir, const QString &bundle, const RunOptions &o, Report &report)
{
    const QString target = dir + QStringLiteral("/import.sqlite");
    const QString bare = dir + QStringLiteral("/bare.sqlite");
    int rows = 0;
    const auto [importMs, bareMs] = alternatedMediansMs(
        o.runs,
        {[&] {
             runCli(o.cli,
                    {QStringLiteral("--db"), target, QStringLiteral("import"), bundle,
                     QStringLiteral("--format"), QStringLiteral("json")});
         },
         [&] {
             removeDb(target);
             runCli(o.cli, {QStringLiteral("--db"), target, QStringLiteral("init")});
         }},
        {[&] { rows = Baselines::bulkLoad(Baselines::unzip(bundle), bare); }, [&] { removeDb(bare); }});
    report.compared(
        QStringLiteral("import %1 use cases (casebook-cli into a new repository)").arg(o.useCases), importMs,
        QStringLiteral("unzip + bare SQLite/FTS5 bulk load (%1 rows)").arg(rows), bareMs, 2);
}

void benchBundle(const QString &dir, const QString &large, const RunOptions &o, Report &report)
{
    const QString bundle = dir + QStringLiteral("/export.casebook");
    benchExport(dir, large, bundle, o, report);
    benchImport(dir, bundle, o, report);
}

/// 1,000 use cases × 10 assessors × 12 criteria (3 dimensions of 4), levels 0–4 at random.
QList<QList<Assessment>> rerankItems(const Rubric &rubric, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QList<Assessment>> items;
    for (int i = 0; i < 1000; ++i) {
        QList<Assessment> assessors;
        for (int k = 0; k < 10; ++k) {
            Assessment a;
            for (const RubricDimension &d : rubric.dimensions) {
                for (const RubricCriterion &c : d.criteria)
                    a.scores.append({c.id, ScoreState::Level, int(rng.bounded(5)), QString(), QString(),
                                     Confidence::None});
            }
            assessors.append(a);
        }
        items.append(assessors);
    }
    return items;
}

void benchRerank(const RunOptions &o, Report &report)
{
    Rubric rubric;
    rubric.uuid = QStringLiteral("bench");
    for (int d = 0; d < 3; ++d) {
        RubricDimension dim;
        dim.id = QStringLiteral("D%1").arg(d + 1);
        for (int c = 0; c < 4; ++c)
            dim.criteria.append(
                {QStringLiteral("D%1C%2").arg(d + 1).arg(c + 1), QString(), QString(), 10.0 + c, {}, {}});
        rubric.dimensions.append(dim);
    }
    const QList<QList<Assessment>> items = rerankItems(rubric, o.seed);

    // Once, when the comparison opens: the per-criterion aggregates (medians etc.) of every use case.
    std::optional<ReRanker> ranker;
    const double prepareMs = medianMs(o.runs, [&] { ranker.emplace(rubric, items); });
    report.line(QStringLiteral("re-rank preparation (aggregate 1,000 x 10 x 12 once): %1 ms")
                    .arg(prepareMs, 0, 'f', 1));

    // Each slider move: a dimension's weight changes, the weighted sums and the ranks are recomputed.
    double weight = 40;
    ReRanker::Scores scores;
    const double ms = medianMs(o.runs, [&] {
        WeightSet set;
        set.set(QStringLiteral("D2"), weight += 1);
        ranker->rank(ReRanker::weightsOf(set.applyTo(rubric)), scores);
    });
    report.absolute(
        QStringLiteral("re-rank 1,000 use cases x 10 assessors x 12 criteria after a weight change"), ms, 16);

    const QList<double> weights = ReRanker::weightsOf(rubric);
    const double stabilityMs =
        medianMs(o.runs, [&] { (void)WeightStability::ofDimensions(*ranker, weights); });
    report.line(QStringLiteral("rank stability of the 3 dimension weights over 1,000 use cases: %1 ms")
                    .arg(stabilityMs, 0, 'f', 1));
    const double whatIfMs = medianMs(o.runs, [&] {
        (void)WeightWhatIf::run(rubric, items, {{QStringLiteral("D2C3"), weight += 1}});
    });
    report.line(QStringLiteral("WeightWhatIf::run (aggregates again, then two rankings): %1 ms")
                    .arg(whatIfMs, 0, 'f', 1));
}

} // namespace

int Benchmarks::run(const RunOptions &o, QTextStream &out)
{
    QTemporaryDir temp;
    const QString dir = o.workDir.isEmpty() ? temp.path() : o.workDir;
    QDir().mkpath(dir);
    Report report(out);
    report.line(
        QStringLiteral("casebook-bench: %1 use cases, %2 runs each, medians").arg(o.useCases).arg(o.runs));
    report.line(QStringLiteral("machine: ") + machineDescription());

    const QString large = dir + QStringLiteral("/large.sqlite");
    removeDb(large);
    {
        // Closed before the benchmarks below copy the file (the last writes leave the log on close).
        const auto db = openDb(large);
        QElapsedTimer t;
        t.start();
        auto counts = generateInto(*db, o.useCases, o.seed, o);
        if (!counts) {
            out << counts.error().message << ' ' << counts.error().detail << Qt::endl;
            return 1;
        }
        report.line(QStringLiteral("generate: %1 use cases, %2 assessments in %3 s (%4 use cases/s)")
                        .arg(counts->useCases)
                        .arg(counts->assessments)
                        .arg(double(t.elapsed()) / 1000, 0, 'f', 1)
                        .arg(qint64(counts->useCases) * 1000 / std::max<qint64>(1, t.elapsed())));
        if (!o.addOnly)
            benchSearch(*db, large, o, report);
    }
    benchAdd(dir, large, o, report);
    benchImportInto(dir, large, o, report);
    if (!o.addOnly) {
        benchBundle(dir, large, o, report);
        benchRerank(o, report);
    }
    report.line(QStringLiteral("Timings are figures, never pass/fail."));
    return 0;
}

int Benchmarks::queries(const RunOptions &options, const QString &path, QTextStream &out)
{
    auto db = Database::openReader(path);
    auto count = db ? UseCaseRepository(**db).count() : Result<int>(db.error());
    if (!count) {
        out << "cannot read " << path << Qt::endl;
        return 3;
    }
    RunOptions o = options;
    o.useCases = *count;
    Report report(out);
    report.line(QStringLiteral("casebook-bench queries: %1 use cases, %2 runs each, medians")
                    .arg(o.useCases)
                    .arg(o.runs));
    report.line(QStringLiteral("machine: ") + machineDescription());
    benchSearch(**db, path, o, report);
    return 0;
}

int Benchmarks::exportOnly(const RunOptions &o, const QString &path, QTextStream &out)
{
    return bundleOnly(o, path, out, false);
}

int Benchmarks::importOnly(const RunOptions &o, const QString &path, QTextStream &out)
{
    return bundleOnly(o, path, out, true);
}

int Benchmarks::bundleOnly(const RunOptions &o, const QString &path, QTextStream &out, bool import)
{
    QTemporaryDir temp;
    const QString dir = o.workDir.isEmpty() ? temp.path() : o.workDir;
    QDir().mkpath(dir);
    Report report(out);
    report.line(QStringLiteral("casebook-bench %1: %2, %3 runs each, alternated, medians")
                    .arg(import ? QStringLiteral("import") : QStringLiteral("export"), path)
                    .arg(o.runs));
    report.line(QStringLiteral("machine: ") + machineDescription());
    const QString bundle = dir + QStringLiteral("/export.casebook");
    if (import) {
        runCli(o.cli,
               {QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--out"), bundle,
                QStringLiteral("--force")});
        benchImport(dir, bundle, o, report);
    } else {
        benchExport(dir, path, bundle, o, report);
    }
    report.line(QStringLiteral("machine at the end: ") + machineDescription());
    return 0;
}

int Benchmarks::rerank(const RunOptions &o, QTextStream &out)
{
    Report report(out);
    report.line(QStringLiteral("casebook-bench rerank: %1 runs each, medians").arg(o.runs));
    report.line(QStringLiteral("machine: ") + machineDescription());
    benchRerank(o, report);
    report.line(QStringLiteral("Timings are figures, never pass/fail."));
    return 0;
}

} // namespace casebook::bench
