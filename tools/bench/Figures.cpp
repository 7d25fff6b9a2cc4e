#include "Figures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>

namespace casebook::bench {

QString machineDescription()
{
    QString model = QStringLiteral("unknown CPU");
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines = QString::fromUtf8(cpuinfo.readAll()).split(QLatin1Char('\n'));
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("model name"))) {
                model = l.section(QLatin1Char(':'), 1).trimmed();
                break;
            }
        }
    }
    QString load;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly | QIODevice::Text))
        load = QString::fromUtf8(loadavg.readAll()).section(QLatin1Char(' '), 0, 2);
    return QStringLiteral("%1, %2 cores, load average %3")
        .arg(model)
        .arg(QThread::idealThreadCount())
        .arg(load);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double medianMs(int runs, const std::function<void()> &work, const std::function<void()> &prepare)
{
    QList<double> times;
    for (int i = 0; i < std::max(1, runs); ++i) {
        if (prepare)
            prepare();
        QElapsedTimer t;
        t.start();
        work();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

std::pair<double, double> alternatedMediansMs(int runs, const Timed &casebook, const Timed &baseline)
{
    QList<double> a, b;
    for (int i = 0; i < std::max(1, runs); ++i) {
        a.append(medianMs(1, casebook.work, casebook.prepare));
        b.append(medianMs(1, baseline.work, baseline.prepare));
    }
    return {median(a), median(b)};
}

void Report::compared(const QString &what, double casebookMs, const QString &baseline, double baselineMs,
                      double targetRatio)
{
    const double ratio = baselineMs > 0 ? casebookMs / baselineMs : 0;
    m_out << QStringLiteral("%1: %2 ms; %3: %4 ms; ratio %5x (target %6x)")
                 .arg(what)
                 .arg(casebookMs, 0, 'f', casebookMs < 10 ? 3 : 1)
                 .arg(baseline)
                 .arg(baselineMs, 0, 'f', baselineMs < 10 ? 3 : 1)
                 .arg(ratio, 0, 'f', 2)
                 .arg(targetRatio, 0, 'f', 1)
          << Qt::endl;
}

void Report::absolute(const QString &what, double ms, double targetMs)
{
    m_out << QStringLiteral("%1: %2 ms (target under %3 ms)")
                 .arg(what)
                 .arg(ms, 0, 'f', ms < 1 ? 3 : 1)
                 .arg(targetMs)
          << Qt::endl;
}

void Report::line(const QString &text)
{
    m_out << text << Qt::endl;
}

} // namespace casebook::bench
