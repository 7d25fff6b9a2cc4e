#pragma once
// Header only: the start-up benchmark's empty window (tools/bench) uses it without casebook_ui.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <functional>
#include <utility>

namespace casebook::ui {

/// Calls `done` once, as soon as the first of `widgets` has been painted (queued after that paint
/// event, so the pixels are there). What start-up defers until the first paint of the list hangs
/// on it (issue 13: nothing slow on the path to the first paint).
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(const QList<QWidget *> &widgets, std::function<void()> done, QObject *parent)
        : QObject(parent)
        , m_done(std::move(done))
    {
        for (QWidget *w : widgets) {
            m_widgets.append(w);
            w->installEventFilter(this);
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !m_done)
            return QObject::eventFilter(watched, event);
        for (const QPointer<QWidget> &w : std::as_const(m_widgets)) {
            if (w)
                w->removeEventFilter(this);
        }
        QTimer::singleShot(0, this, std::exchange(m_done, nullptr));
        return false;
    }

private:
    std::function<void()> m_done;
    QList<QPointer<QWidget>> m_widgets;
};

/// For `casebook-bench startup`: when CASEBOOK_BENCH_FIRST_PAINT is set, prints "first-paint" on
/// standard output at the first paint, stays the number of milliseconds the variable gives (0:
/// none; background work such as the facet counts runs meanwhile), then prints "peak-rss-kb N"
/// (VmHWM of /proc/self/status) and quits the application.
inline void reportFirstPaintForBenchmark()
{
    std::printf("first-paint\n");
    std::fflush(stdout);
    const int stayMs = qEnvironmentVariableIntValue("CASEBOOK_BENCH_FIRST_PAINT");
    QTimer::singleShot(stayMs, QCoreApplication::instance(), [] {
        QFile status(QStringLiteral("/proc/self/status"));
        QByteArray peak = "0";
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peak = line.mid(6).trimmed().split(' ').value(0);
            }
        }
        std::printf("peak-rss-kb %s\n", peak.constData());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace casebook::ui
