#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace casebook::test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(CASEBOOK_SOURCE_DIR) + QLatin1Char('/') + relative;
}

QString cliPath()
{
    return QStringLiteral(CASEBOOK_CLI_PATH);
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(CASEBOOK_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

namespace {

const char kGnuTime[] = "/usr/bin/time";

CliRun runProgram(const QString &program, const QStringList &args, const QHash<QString, QString> &environment,
                  const QByteArray &input, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    // A folder of its own, so a relative path in a test can never land in the source tree or in
    // the folder ctest was started from.
    static QTemporaryDir workingFolder;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingFolder.path());
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

CliRun runCli(const QStringList &args, const QHash<QString, QString> &environment, const QByteArray &input)
{
    return runProgram(cliPath(), args, environment, input, 120000);
}

bool canMeasureMemory()
{
    return QFileInfo(QString::fromLatin1(kGnuTime)).isExecutable();
}

CliRun runCliMeasured(const QStringList &args, const QHash<QString, QString> &environment)
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("peak.txt"));
    CliRun r = runProgram(
        QString::fromLatin1(kGnuTime),
        QStringList{QStringLiteral("-o"), report, QStringLiteral("-f"), QStringLiteral("%M"), cliPath()}
            + args,
        environment, {}, 300000);
    // The last line is the peak in KB (after "Command exited with non-zero status N", if so).
    bool ok = false;
    const qint64 kb = readAll(report).trimmed().split('\n').constLast().toLongLong(&ok);
    r.peakMb = ok ? kb / 1024 : -1;
    return r;
}

} // namespace casebook::test
