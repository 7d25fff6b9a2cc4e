// Benchmark: a repository of N use cases (default 100,000; CASEBOOK_BENCH_USE_CASES overrides).
// Prints timings; asserts nothing. Run: ctest --test-dir build -L bench --verbose
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace casebook;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    const int n = qEnvironmentVariableIsSet("CASEBOOK_BENCH_USE_CASES")
        ? qEnvironmentVariableIntValue("CASEBOOK_BENCH_USE_CASES")
        : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer t;

    {
        auto db = Database::open(path);
        if (!db) {
            out << db.error().message << Qt::endl;
            return 1;
        }
        UseCaseRepository repo(**db);
        const QStringList verticals{QStringLiteral("energy"), QStringLiteral("health"),
                                    QStringLiteral("water"), QStringLiteral("agriculture"),
                                    QStringLiteral("smart_city_services")};
        const QStringList regions{QStringLiteral("Africa"), QStringLiteral("Europe"),
                                  QStringLiteral("Americas"), QStringLiteral("Arab States")};
        const QStringList words{
            QStringLiteral("sensor"),           QStringLiteral("meter"),   QStringLiteral("gateway"),
            QStringLiteral("platform"),         QStringLiteral("lorawan"), QStringLiteral("semantic"),
            QStringLiteral("interoperability"), QStringLiteral("pilot"),   QStringLiteral("city")};
        QRandomGenerator rng(42);
        t.start();
        Transaction tx(**db);
        for (int i = 0; i < n; ++i) {
            UseCase u;
            u.code = QStringLiteral("UC-B-%1").arg(i, 6, 10, QLatin1Char('0'));
            u.title = QStringLiteral("Use case %1 %2 %3")
                          .arg(i)
                          .arg(words[rng.bounded(int(words.size()))], words[rng.bounded(int(words.size()))]);
            u.summary = QStringLiteral("A %1 deployment with %2 and %3.")
                            .arg(words[rng.bounded(int(words.size()))], words[rng.bounded(int(words.size()))],
                                 words[rng.bounded(int(words.size()))]);
            u.description = u.summary.repeated(8);
            u.verticals = {verticals[rng.bounded(int(verticals.size()))]};
            u.regions = {regions[rng.bounded(int(regions.size()))]};
            u.sdgs = {1 + rng.bounded(17)};
            u.deploymentStage = QStringLiteral("pilot");
            if (!qEnvironmentVariableIsSet("BENCH_NO_TAGS"))
                u.tags = {QStringLiteral("bench/%1").arg(rng.bounded(50))};
            if (auto r = repo.insert(u); !r) {
                out << r.error().message << ' ' << r.error().detail << Qt::endl;
                return 1;
            }
        }
        if (!tx.commit())
            return 1;
        out << QStringLiteral("insert %1 use cases: %2 ms (%3 per second)\n")
                   .arg(n)
                   .arg(t.elapsed())
                   .arg(qint64(n) * 1000 / std::max<qint64>(1, t.elapsed()));
    }

    t.restart();
    Database::OpenOptions options;
    options.integrityCheck = Database::IntegrityCheck::None;
    auto db = Database::open(path, options);
    UseCaseRepository repo(**db);
    auto count = repo.count();
    ListOptions page;
    page.limit = 200;
    auto first = repo.find({}, page);
    out << QStringLiteral("open + count + first page of 200: %1 ms (count %2)\n")
               .arg(t.elapsed())
               .arg(count ? *count : -1);

    for (const QString &q : {QStringLiteral("lorawan"), QStringLiteral("\"semantic interoperability\""),
                             QStringLiteral("meter* region:Africa"), QStringLiteral("tag:bench/7 sdg:11"),
                             QStringLiteral("vertical:energy,health -pilot")}) {
        t.restart();
        const SearchQuery query = SearchQuery::parse(q);
        auto c = repo.count(query);
        auto rows = repo.find(query, page);
        out << QStringLiteral("search %1: %2 ms (%3 matches)\n").arg(q).arg(t.elapsed()).arg(c ? *c : -1);
    }
    t.restart();
    for (auto f : {SearchFilter::Field::Vertical, SearchFilter::Field::Sdg, SearchFilter::Field::Region,
                   SearchFilter::Field::Stage, SearchFilter::Field::Tag})
        (void)repo.facetCounts(f, SearchQuery::parse(QStringLiteral("lorawan")));
    out << QStringLiteral("facet counts (5 facets) for \"lorawan\": %1 ms\n").arg(t.elapsed());
    t.restart();
    for (int offset = 0; offset < 20000; offset += 200) {
        page.offset = offset;
        (void)repo.find({}, page);
    }
    out << QStringLiteral("scroll 100 pages: %1 ms\n").arg(t.elapsed());
    t.restart();
    (void)(*db)->quickCheck();
    out << QStringLiteral("quick_check: %1 ms\n").arg(t.elapsed());
    return 0;
}
