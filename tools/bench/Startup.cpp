#include "Startup.h"

#include "Figures.h"
#include "SortBenchmark.h"

#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace casebook::bench {

namespace {

struct Launch
{
    double firstPaintMs = -1; ///< -1: the program never reported a first paint
    qint64 peakKb = 0;
    double openEditorMs = -1; ///< the window's median time to open a use case in the editor
};

/// Runs `program` until it exits (it quits by itself after reporting), timing launch to the
/// "first-paint" line on its standard output.
Launch launch(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    Launch result;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardErrorFile(QProcess::nullDevice()); // platform warnings
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    QByteArray output;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        if (!p.waitForReadyRead(60000) && p.bytesAvailable() == 0)
            break;
        output += p.readAllStandardOutput();
        if (result.firstPaintMs < 0 && output.contains("first-paint\n"))
            result.firstPaintMs = double(t.nsecsElapsed()) / 1e6;
    }
    p.waitForFinished(60000);
    output += p.readAllStandardOutput();
    const int peak = output.indexOf("peak-rss-kb ");
    if (peak >= 0)
        result.peakKb = output.mid(peak + 12).split('\n').value(0).trimmed().toLongLong();
    const int open = output.indexOf("open-editor-ms ");
    if (open >= 0)
        result.openEditorMs = output.mid(open + 15).split('\n').value(0).trimmed().toDouble();
    return result;
}

int useCaseCount(const QString &path)
{
    auto db = Database::openReader(path);
    if (!db)
        return -1;
    auto n = UseCaseRepository(**db).count();
    return n ? *n : -1;
}

} // namespace

int Startup::run(const StartupOptions &o, QTextStream &out)
{
    Report report(out);
    const int useCases = useCaseCount(o.db);
    if (useCases < 0) {
        out << "cannot read " << o.db << Qt::endl;
        return 3;
    }
    // A fresh home: no saved settings, window geometry or recent files.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("CASEBOOK_BENCH_FIRST_PAINT"), QStringLiteral("0"));
    const QString platform = env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(default)"));
    report.line(QStringLiteral("start-up: %1 use cases, %2 launches each, alternated, platform %3, medians")
                    .arg(useCases)
                    .arg(o.runs)
                    .arg(platform));
    report.line(QStringLiteral("machine: ") + machineDescription());
    SortBenchmark::run(o.db, o.runs, report);
    const QStringList guiArgs{QStringLiteral("--db"), o.db};
    (void)launch(o.gui, guiArgs, env); // once untimed: migrations, page cache, font cache
    (void)launch(o.emptyWindow, {}, env);
    QList<double> gui, empty, openEditor;
    for (int i = 0; i < o.runs; ++i) {
        const Launch window = launch(o.gui, guiArgs, env);
        gui.append(window.firstPaintMs);
        openEditor.append(window.openEditorMs);
        empty.append(launch(o.emptyWindow, {}, env).firstPaintMs);
    }
    if (gui.contains(-1) || empty.contains(-1)) {
        out << "a launch did not report its first paint" << Qt::endl;
        return 3;
    }
    report.compared(
        QStringLiteral("launch to the first painted page of the list, %1 use cases").arg(useCases),
        median(gui), QStringLiteral("empty Qt main window with a table"), median(empty),
        useCases > 10000 ? 5 : 2);
    if (!openEditor.contains(-1))
        report.absolute(QStringLiteral("open a use case in the editor (select to painted), from the middle"),
                        median(openEditor), 16);

    env.insert(QStringLiteral("CASEBOOK_BENCH_FIRST_PAINT"), QString::number(o.settleMs));
    const Launch memory = launch(o.gui, guiArgs, env);
    const Launch emptyMemory = launch(o.emptyWindow, {}, env);
    report.line(QStringLiteral("peak memory of the window, %1 s after the first paint: %2 MB (target under "
                               "150 MB); the empty window: %3 MB")
                    .arg(double(o.settleMs) / 1000, 0, 'f', 1)
                    .arg(double(memory.peakKb) / 1024, 0, 'f', 1)
                    .arg(double(emptyMemory.peakKb) / 1024, 0, 'f', 1));
    report.line(QStringLiteral("Timings are figures, never pass/fail."));
    return 0;
}

} // namespace casebook::bench
