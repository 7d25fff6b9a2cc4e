#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class Prompts;

/// Repository > Sync with the team repository (docs/team-repository.md), and the sync state in the
/// status bar (last sync, pending local changes, whether the server answered the last attempt).
/// When the server's changes conflict with local edits, the import preview shows them first and
/// the member's answers are what the sync applies. Every dialog goes through the Prompts. The
/// password is the keychain's or asked for (ServerLogin); the network and database work runs off
/// the GUI thread behind a progress dialog with Cancel (BackgroundSync), the dialogs between its
/// steps.
class SyncActions : public QObject
{
    Q_OBJECT
public:
    SyncActions(QWidget *parent, Prompts &prompts);

    QAction *syncAction() const { return m_sync; }
    /// For the status bar (objectName syncStatusLabel).
    QLabel *statusLabel() const { return m_status; }
    const SyncReport &lastReport() const { return m_lastReport; }

public slots:
    /// Syncs `db` with `address` (asked for, the last server offered, when empty). False when
    /// cancelled or failed (the failure was shown).
    bool sync(casebook::Database &db, const QString &address = {});
    /// Shows the sync state of `db` in the status label.
    void updateStatus(casebook::Database &db);

signals:
    /// Emitted after a sync changed the repository: views should reload.
    void repositoryChanged();
    /// The window's current database is wanted (the action was triggered).
    void syncRequested();

private:
    QString askAddress(casebook::Database &db);
    bool previewConflicts(const SyncReport &dryRun, Resolutions *answers);
    /// Shows `error` unless it is a cancel; false.
    bool failed(const QString &title, const Error &error);

    QWidget *m_parent;
    Prompts &m_prompts;
    QAction *m_sync = nullptr;
    QLabel *m_status = nullptr;
    SyncReport m_lastReport;
    bool m_reachable = true;
};

} // namespace casebook::ui
