#include "widgets/OperationProgress.h"

#include <QProgressDialog>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>

using namespace casebook::ui;

/// Progress and Cancel for long operations (issue 13), on the GUI thread and in the background.
class tst_OperationProgress : public QObject
{
    Q_OBJECT
private slots:
    void cancelStopsWorkOnTheGuiThread();
    void cancelStopsWorkInTheBackground();
    void backgroundWorkRunsOffTheGuiThread();
};

void tst_OperationProgress::cancelStopsWorkOnTheGuiThread()
{
    QWidget window;
    OperationProgress progress(QStringLiteral("Importing…"), QStringLiteral("importProgress"), &window);
    const OperationProgress::Progress callback = progress.callback();
    QVERIFY(callback(0, 10));
    auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    QVERIFY(dialog);
    // The member presses Cancel while the work runs: the next call tells the core to stop.
    QTimer::singleShot(0, dialog, &QProgressDialog::cancel);
    int done = 1;
    while (callback(done, 10000) && done < 10000) {
        QThread::msleep(1);
        ++done;
    }
    QVERIFY(done < 10000);
    QVERIFY(progress.wasCancelled());
    QVERIFY(!callback(done + 1, 10000));
}

void tst_OperationProgress::cancelStopsWorkInTheBackground()
{
    QWidget window;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, &window, [&window] {
        if (auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("exportProgress")))
            dialog->cancel();
    });
    timer.start();
    std::atomic<int> steps{0};
    bool stopped = false;
    OperationProgress::runInBackground(QStringLiteral("Writing…"), QStringLiteral("exportProgress"), &window,
                                       [&](const OperationProgress::Progress &progress) {
                                           for (int i = 0; i < 20000; ++i, ++steps) {
                                               if (!progress(i, 20000)) {
                                                   stopped = true;
                                                   return;
                                               }
                                               QThread::msleep(1);
                                           }
                                       });
    QVERIFY(stopped);
    QVERIFY(steps < 20000);
}

void tst_OperationProgress::backgroundWorkRunsOffTheGuiThread()
{
    QWidget window;
    QThread *worker = nullptr;
    int calls = 0;
    OperationProgress::runInBackground(QStringLiteral("Writing…"), QStringLiteral("exportProgress"), &window,
                                       [&](const OperationProgress::Progress &progress) {
                                           worker = QThread::currentThread();
                                           for (int i = 0; i <= 3; ++i)
                                               calls += progress(i, 3) ? 1 : 0;
                                       });
    QVERIFY(worker);
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(calls, 4);
    // Finished: no dialog is left up.
    for (auto *dialog : window.findChildren<QProgressDialog *>())
        QVERIFY(!dialog->isVisible());
}

QTEST_MAIN(tst_OperationProgress)
#include "tst_OperationProgress.moc"
