#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProgressDialog>

#include <functional>
#include <optional>

namespace casebook::ui {

/// Progress and Cancel for a long operation (issue 13: import, export, report), fed by the core's
/// progress callbacks (done, total; total 0 while unknown). A window-modal QProgressDialog that
/// shows after 400 ms.
///
/// - Work that must stay on the GUI thread (a report lays text out with the application's fonts):
///   hand callback() to the core; each call updates the dialog at most every 50 ms and lets the
///   window repaint and the Cancel button answer. The core rolls back or writes nothing on cancel.
/// - Work that only reads (exports): runInBackground() runs it on a thread of its own, which opens
///   its own connection (Database::openReader); the window stays live throughout.
/// - Work that writes (imports): writeInBackground(), on a writing connection of its own.
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

    /// runInBackground() for a write (imports, take-backs): `work` writes on a connection of its
    /// own to `db`'s repository (Database::openSiblingWriter), opened and closed on its thread, so
    /// the window stays painted. The answer is the work's, whatever the Cancel button said: the core
    /// stops at its next progress call and rolls back (ErrorCode::Cancelled), or it had already
    /// committed and what it wrote stays.
    template<typename T>
    static Result<T> writeInBackground(const QString &label, const QString &objectName, QWidget *parent,
                                       const Database &db,
                                       const std::function<Result<T>(Database &, const Progress &)> &work)
    {
        std::optional<Result<T>> result;
        runInBackground(label, objectName, parent, [&](const Progress &progress) {
            auto writer = db.openSiblingWriter();
            if (!writer)
                result = writer.error();
            else
                result = work(**writer, progress);
        });
        return std::move(*result);
    }

private:
    void show(int done, int total);

    QProgressDialog m_dialog;
    QElapsedTimer m_sinceShown;
};

} // namespace casebook::ui
