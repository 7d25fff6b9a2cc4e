#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace casebook::test {

/// Path of a file or folder of the source tree, e.g. sourcePath("docs/search.md").
QString sourcePath(const QString &relative);
/// The casebook-cli executable of this build.
QString cliPath();
/// Path of a file under tests/data in the source tree.
QString dataPath(const QString &relative);
/// The whole content of a file (empty when it cannot be read).
QByteArray readAll(const QString &path);
/// Writes bytes to a file, replacing it; returns false on failure.
bool writeAll(const QString &path, const QByteArray &bytes);
/// Copies a file, replacing the destination.
bool copyFile(const QString &from, const QString &to);

/// What a run of casebook-cli gave.
struct CliRun
{
    int exit = -1; ///< -1: did not finish in time; -2: crashed
    qint64 peakMb = -1; ///< peak resident memory of casebook-cli (runCliMeasured only; -1: unknown)
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs casebook-cli as a process, as scripts do, in a temporary working folder: `environment` entries are
/// added to (or, with an empty value, removed from) the inherited environment; `input` goes to standard
/// input.
CliRun runCli(const QStringList &args, const QHash<QString, QString> &environment = {},
              const QByteArray &input = {});

/// Whether runCliMeasured() can measure: GNU time (Debian package `time`) is installed.
bool canMeasureMemory();
/// runCli() under GNU time, which fills CliRun::peakMb with the peak of casebook-cli alone
/// (getrusage(RUSAGE_CHILDREN) would also count the test's own peak, recorded when the child execs).
CliRun runCliMeasured(const QStringList &args, const QHash<QString, QString> &environment = {});

} // namespace casebook::test
