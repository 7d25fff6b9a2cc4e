#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <utility>

namespace casebook::bench {

/// The machine the figures come from: CPU model (from /proc/cpuinfo), cores, load at the start.
QString machineDescription();

/// The median of the values (0 for none).
double median(QList<double> values);

/// Runs `work` `runs` times and returns the median wall time in milliseconds. `prepare`, when
/// given, runs untimed before each run (a fresh file, a clean directory).
double medianMs(int runs, const std::function<void()> &work, const std::function<void()> &prepare = {});

/// One timed step of a benchmark: `work`, after `prepare` (untimed) when given.
struct Timed
{
    std::function<void()> work;
    std::function<void()> prepare;
};

/// Runs `casebook` and `baseline` alternately, `runs` times each, and returns the median wall time
/// of each in milliseconds: on a shared machine a change of load then touches both alike.
std::pair<double, double> alternatedMediansMs(int runs, const Timed &casebook, const Timed &baseline);

/// Prints one benchmark: Casebook's time, the baseline's and the ratio, or a target when the
/// issue gives an absolute one.
class Report
{
public:
    explicit Report(QTextStream &out)
        : m_out(out)
    { }
    void compared(const QString &what, double casebookMs, const QString &baseline, double baselineMs,
                  double targetRatio);
    void absolute(const QString &what, double ms, double targetMs);
    void line(const QString &text);

private:
    QTextStream &m_out;
};

} // namespace casebook::bench
