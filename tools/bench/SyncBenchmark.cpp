#include "SyncBenchmark.h"

#include "Figures.h"
#include "Generator.h"
#include "PostgresTestServer.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace casebook::bench {

int SyncBenchmark::run(const RunOptions &o, QTextStream &out)
{
    if (!test::PostgresTestServer::available()) {
        out << "PostgreSQL server binaries not found in " << test::PostgresTestServer::binDir()
            << " (install postgresql-15)" << Qt::endl;
        return 1;
    }
    QTemporaryDir temp;
    const QString dir = o.workDir.isEmpty() ? temp.path() : o.workDir;
    out << "Machine: " << machineDescription() << Qt::endl;
    const QString source = dir + QStringLiteral("/source.sqlite");
    removeDb(source);
    {
        auto db = Database::open(source);
        if (!db)
            return 3;
        GenerateOptions g;
        g.useCases = o.useCases;
        g.assessors = o.assessors;
        g.seed = o.seed;
        if (auto r = Generator::generate(**db, g); !r)
            return 3;
    }
    const QString bundle = dir + QStringLiteral("/all.casebook");
    QFile::remove(bundle);
    if (!runCli(o.cli,
                {QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("--out"), bundle,
                 QStringLiteral("--include-restricted")}))
        return 3;
    test::PostgresTestServer server;
    if (!server.start()) {
        out << server.error() << Qt::endl;
        return 3;
    }
    const QString address = server.conninfo();
    if (!runCli(o.cli,
                {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), address}))
        return 3;
    QElapsedTimer seed;
    seed.start();
    if (!runCli(
            o.cli,
            {QStringLiteral("--db"), source, QStringLiteral("sync"), QStringLiteral("--server"), address}))
        return 3;
    Report report(out);
    report.line(QStringLiteral("first push of %1 use cases to the team repository: %2 ms")
                    .arg(o.useCases)
                    .arg(seed.elapsed()));
    const QString target = dir + QStringLiteral("/member.sqlite");
    const double syncMs = medianMs(
        o.runs,
        [&] {
            runCli(o.cli,
                   {QStringLiteral("--db"), target, QStringLiteral("sync"), QStringLiteral("--server"),
                    address});
        },
        [&] { removeDb(target); });
    const QString imported = dir + QStringLiteral("/imported.sqlite");
    const double importMs = medianMs(
        o.runs,
        [&] {
            runCli(o.cli, {QStringLiteral("--db"), imported, QStringLiteral("import"), bundle});
        },
        [&] { removeDb(imported); });
    report.compared(
        QStringLiteral("first sync of %1 use cases (casebook-cli into a new repository)").arg(o.useCases),
        syncMs, QStringLiteral("bundle import of the same records"), importMs, 3);
    return 0;
}

} // namespace casebook::bench
