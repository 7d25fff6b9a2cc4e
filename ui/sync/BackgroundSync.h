#pragma once

#include "storage/Database.h"
#include "support/Result.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace casebook {
class PgConnection;
}

namespace casebook::ui {

/// A sync's network and database work off the GUI thread, so the window stays live: each step
/// runs on a thread of its own (OperationProgress::runInBackground) behind a progress dialog with
/// Cancel (objectName syncProgress), on a connection of its own to the window's repository with
/// the same member and clock. A cancel is heard where nothing is committed (SyncOptions::progress):
/// each side stays as it was before that step. Dialogs (the conflict preview, the password) stay
/// on the GUI thread, between the steps.
class BackgroundSync
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundSync)
public:
    BackgroundSync(Database &db, QWidget *parent);

    /// Connects to `address` (with `password` when not empty). A cancel while connecting takes
    /// effect when the server has answered (ErrorCode::Cancelled).
    Result<std::unique_ptr<PgConnection>> connect(const QString &address, const QString &password);
    /// SyncEngine::sync on its own connection to the repository.
    Result<SyncReport> run(PgConnection &pg, SyncOptions options);

private:
    QString m_path;
    Database::OpenOptions m_open;
    QWidget *m_parent;
};

} // namespace casebook::ui
