#include "widgets/OperationProgress.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace casebook::ui {

OperationProgress::OperationProgress(const QString &label, const QString &objectName, QWidget *parent)
    : m_dialog(label, tr("Cancel"), 0, 0, parent)
{
    m_dialog.setObjectName(objectName);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(400);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.setValue(0); // starts the 400 ms clock
}

void OperationProgress::show(int done, int total)
{
    m_dialog.setMaximum(std::max(0, total));
    m_dialog.setValue(total > 0 ? std::clamp(done, 0, total) : 0);
}

OperationProgress::Progress OperationProgress::callback()
{
    m_sinceShown.start();
    return [this](int done, int total) {
        if (m_sinceShown.elapsed() >= 50 || done == 0) {
            m_sinceShown.restart();
            show(done, total);
            QCoreApplication::processEvents(); // repaint; the Cancel button
        }
        return !m_dialog.wasCanceled();
    };
}

bool OperationProgress::runInBackground(const QString &label, const QString &objectName, QWidget *parent,
                                        const std::function<void(const Progress &)> &work)
{
    OperationProgress progress(label, objectName, parent);
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0}, total{0};
    QThread *thread = QThread::create([&] {
        work([&](int d, int t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (progress.wasCancelled())
            cancelled = true; // the work stops at its next progress call
        else
            progress.show(done, total);
    });
    thread->start();
    timer.start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.finish();
    return !cancelled.load() && !progress.wasCancelled();
}

} // namespace casebook::ui
