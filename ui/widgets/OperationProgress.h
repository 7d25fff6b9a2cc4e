#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProgressDialog>

#include <functional>

namespace casebook::ui {

/// Progress and Cancel for a long operation (issue 13: import, export, report), fed by the core's
/// progress callbacks (done, total; total 0 while unknown). A window-modal QProgressDialog that
/// shows after 400 ms.
///
/// - Work on the GUI thread (writes on the window's connection, which must stay on its thread):
///   hand callback() to the core; each call updates the dialog at most every 50 ms and lets the
///   window repaint and the Cancel button answer. The core rolls back or writes nothing on cancel.
/// - Work that only reads (exports): runInBackground() runs it on a thread of its own, which opens
///   its own connection (Database::openReader); the window stays live throughout.
class OperationProgress
{
    Q_DECLARE_TR_FUNCTIONS(OperationProgress)
public:
    using Progress = std::function<bool(int done, int total)>;

    OperationProgress(const QString &label, const QString &objectName, QWidget *parent);

    Progress callback();
    bool wasCancelled() const { return m_dialog.wasCanceled(); }
    /// Closes the dialog.
    void finish() { m_dialog.reset(); }

    /// Runs `work` on a thread of its own, giving it a progress callback for the core; returns once
    /// it has finished (after a cancel too): false when the user pressed Cancel meanwhile (work that
    /// cannot stop midway then drops what it made). `work` must touch no widget and not the window's
    /// Database.
    static bool runInBackground(const QString &label, const QString &objectName, QWidget *parent,
                                const std::function<void(const Progress &)> &work);

private:
    void show(int done, int total);

    QProgressDialog m_dialog;
    QElapsedTimer m_sinceShown;
};

} // namespace casebook::ui
