#include "SyncBenchmark.h"

#include "Figures.h"
#include "Generator.h"
#include "PostgresTestServer.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace casebook::bench {

namespace {

/// Whether the PostgreSQL server binaries are there (else says so).
bool postgresAvailable(QTextStream &out)
{
    if (test::PostgresTestServer::available())
        return true;
    out << "PostgreSQL server binaries not found in " << test::PostgresTestServer::binDir()
        << " (install postgresql-15)" << Qt::endl;
    return false;
}

/// Generates `useCases` use cases from `seed` into a new repository `source` and exports them all
/// to the bundle `bundle`.
bool generateBundle(const RunOptions &o, int useCases, quint32 seed, const QString &source,
                    const QString &bundle)
{
    removeDb(source);
    QFile::remove(bundle);
    {
        auto db = Database::open(source);
        GenerateOptions g;
        g.useCases = useCases;
        g.assessors = o.assessors;
        g.seed = seed;
        if (!db || !Generator::generate(**db, g))
            return false;
    }
    return runCli(o.cli,
                  {QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("--out"), bundle,
                   QStringLiteral("--include-restricted")});
}

/// One side of SyncBenchmark::receive: a team repository on a server of its own, holding `start`
/// (a repository file; none: empty), and a member's repository synced with it.
struct Side
{
    QString name;
    test::PostgresTestServer server;
    QString member; ///< the member's repository, as the timed syncs leave it
    QString synced; ///< the member's repository right after its first sync
    qint64 firstSyncMs = 0;
    qint64 secondSyncMs = 0;
};

/// Starts the side's server, makes `side.member` from `start` and syncs it (its first sync sends
/// every record), then lets a second member, a copy of it, add `bundle` and send it: the server
/// now holds what the member has not received.
bool setUp(const RunOptions &o, const QString &dir, const QString &start, const QString &bundle, Side &side,
           QTextStream &out)
{
    if (!side.server.start()) {
        out << side.server.error() << Qt::endl;
        return false;
    }
    const QString address = side.server.conninfo();
    if (!runCli(o.cli,
                {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), address}))
        return false;
    side.member = dir + QLatin1Char('/') + side.name + QStringLiteral("-member.sqlite");
    side.synced = dir + QLatin1Char('/') + side.name + QStringLiteral("-synced.sqlite");
    const QString writer = dir + QLatin1Char('/') + side.name + QStringLiteral("-writer.sqlite");
    removeDb(side.member);
    if (!start.isEmpty() && !copyDb(start, side.member))
        return false;
    QElapsedTimer first;
    first.start();
    if (!runCli(o.cli,
                {QStringLiteral("--db"), side.member, QStringLiteral("sync"), QStringLiteral("--server"),
                 address}))
        return false;
    side.firstSyncMs = first.elapsed();
    // The next sync reads that push back from the change sequence (and writes none of it): done
    // here, so the timed syncs start from a member as it is between two ordinary syncs.
    QElapsedTimer second;
    second.start();
    if (!runCli(o.cli, {QStringLiteral("--db"), side.member, QStringLiteral("sync")}))
        return false;
    side.secondSyncMs = second.elapsed();
    return copyDb(side.member, side.synced) && copyDb(side.member, writer)
        && runCli(o.cli, {QStringLiteral("--db"), writer, QStringLiteral("import"), bundle})
        && runCli(o.cli, {QStringLiteral("--db"), writer, QStringLiteral("sync")});
}

/// A sync of the side's member, with the last server.
Timed memberSync(const Side &side, const RunOptions &o, bool fromSynced)
{
    Timed t;
    t.work = [&side, &o] { runCli(o.cli, {QStringLiteral("--db"), side.member, QStringLiteral("sync")}); };
    if (fromSynced)
        t.prepare = [&side] { copyDb(side.synced, side.member); };
    return t;
}

} // namespace

int SyncBenchmark::receive(const RunOptions &o, const QString &path, QTextStream &out)
{
    if (!QFileInfo(path).isFile()) {
        out << path << " is not a repository file (make one with casebook-bench generate)" << Qt::endl;
        return 1;
    }
    if (!postgresAvailable(out))
        return 1;
    QTemporaryDir temp;
    const QString dir = o.workDir.isEmpty() ? temp.path() : o.workDir;
    out << "Machine: " << machineDescription() << Qt::endl;
    // The use cases the other member adds: generated from another seed, so new to both sides.
    const QString bundle = dir + QStringLiteral("/added.casebook");
    if (!generateBundle(o, o.added, o.seed + 1000, dir + QStringLiteral("/added.sqlite"), bundle))
        return 3;
    Side large;
    large.name = QStringLiteral("large");
    Side empty;
    empty.name = QStringLiteral("empty");
    if (!setUp(o, dir, path, bundle, large, out) || !setUp(o, dir, QString(), bundle, empty, out))
        return 3;
    Report report(out);
    report.line(QStringLiteral("first sync of the member holding %1 (sends every record): %2 ms; the next "
                               "one (nothing new on either side): %3 ms")
                    .arg(QFileInfo(path).fileName())
                    .arg(large.firstSyncMs)
                    .arg(large.secondSyncMs));
    const auto [receivedLarge, receivedEmpty] =
        alternatedMediansMs(o.runs, memberSync(large, o, true), memberSync(empty, o, true));
    report.compared(QStringLiteral("sync receiving %1 use cases into the synced %2")
                        .arg(o.added)
                        .arg(QFileInfo(path).fileName()),
                    receivedLarge, QStringLiteral("the same sync into a synced empty repository"),
                    receivedEmpty, 1.5);
    const auto [idleLarge, idleEmpty] =
        alternatedMediansMs(o.runs, memberSync(large, o, false), memberSync(empty, o, false));
    report.compared(
        QStringLiteral("sync with nothing to receive or send, %1").arg(QFileInfo(path).fileName()), idleLarge,
        QStringLiteral("the same with the %1 received only").arg(o.added), idleEmpty, 1.5);
    return 0;
}

int SyncBenchmark::run(const RunOptions &o, QTextStream &out)
{
    if (!postgresAvailable(out))
        return 1;
    QTemporaryDir temp;
    const QString dir = o.workDir.isEmpty() ? temp.path() : o.workDir;
    out << "Machine: " << machineDescription() << Qt::endl;
    const QString source = dir + QStringLiteral("/source.sqlite");
    const QString bundle = dir + QStringLiteral("/all.casebook");
    if (!generateBundle(o, o.useCases, o.seed, source, bundle))
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
