#pragma once

#include "storage/Database.h"
#include "support/Result.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>

#include <QString>

class QWidget;

namespace casebook::ui {

/// How to reach a team repository: its address, and the password that opened it (empty: libpq's
/// own sources).
struct ServerAccess
{
    QString address;
    QString password;
};

/// A sync's network and database work off the GUI thread, so the window stays live: each step
/// runs on a thread of its own (OperationProgress::runInBackground) behind a progress dialog with
/// Cancel (objectName syncProgress), on connections of its own, to the window's repository (with
/// the same member and clock) and to the server: a Qt SQL connection is used only by the thread
/// that opened it. A cancel is heard where nothing is committed (SyncOptions::progress):
/// each side stays as it was before that step. Dialogs (the conflict preview, the password) stay
/// on the GUI thread, between the steps.
class BackgroundSync
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundSync)
public:
    BackgroundSync(Database &db, QWidget *parent);

    /// Whether the server takes `access` (connects, then closes). A cancel while connecting takes
    /// effect when the server has answered (ErrorCode::Cancelled).
    Status connect(const ServerAccess &access);
    /// SyncEngine::sync on connections of its own to the repository and the server.
    Result<SyncReport> run(const ServerAccess &access, SyncOptions options);

private:
    const Database &m_db; ///< the window's: its writing sibling syncs
    QWidget *m_parent;
};

} // namespace casebook::ui
