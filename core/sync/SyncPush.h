#pragma once

#include "storage/ServerRepository.h"
#include "storage/SyncStateRepository.h"
#include "support/Result.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>

namespace casebook {

class Database;
class PgConnection;

/// The push half of a sync: the local records that differ from what the server held when this
/// repository last saw it, written on the server in one transaction with an optimistic revision
/// check (a record the server changed meanwhile stops the push: pull again, never overwrite).
class SyncPush
{
    Q_DECLARE_TR_FUNCTIONS(SyncPush)
public:
    struct Outcome
    {
        bool conflict = false; ///< the server changed a record under the push: nothing was written
        PendingChanges sent;
        /// Records the server holds but hides from this member (restricted use cases not shared
        /// with them, and assessments of those): left here, not sent.
        QStringList hidden;
        int attachmentsSent = 0;
    };

    /// Every pending local change (no server needed: the status bar counts them). Only the
    /// candidates of SyncStateRepository are read and compared with their bases.
    static Result<PendingChanges> pending(Database &db, const QString &serverId);
    /// Drops from the candidates the records that are equal to their base now (after a sync), so
    /// that the next sync reads only what is written after this one.
    static Status settle(Database &db, const QString &serverId);
    /// The pending changes `member` may send; the rest are described in `notes`.
    static Result<PendingChanges> sendable(Database &db, const QString &serverId, const ServerMember &member,
                                           QStringList *notes);

    SyncPush(Database &db, PgConnection &pg, const SyncOptions &options);
    /// Sends `changes`: server writes in one transaction, then the local bases in one.
    Result<Outcome> push(const QString &serverId, const PendingChanges &changes);

private:
    /// The pending changes, and the candidates that turned out equal to their base (or gone).
    struct Examined
    {
        PendingChanges pending;
        SyncCandidates settled;
    };
    static Result<Examined> examine(Database &db, const QString &serverId);
    static Status examineUseCases(SyncStateRepository &state, const QString &serverId,
                                  const QStringList &candidates, Examined *out);
    static Status examineAssessments(Database &db, const QString &serverId, const QStringList &candidates,
                                     Examined *out);

    Result<bool> writeServer(const QString &serverId, const PendingChanges &changes, Outcome *outcome);
    Status writeBases(const QString &serverId, const PendingChanges &changes);
    /// Moves the position past this push when nothing else was written since the pull it follows.
    Status passOwnPush(SyncStateRepository &state, const QString &serverId);
    bool interrupted(SyncStep step) const;

    Database &m_db;
    PgConnection &m_pg;
    const SyncOptions &m_options;
    QHash<QString, SyncBase> m_newBases; ///< "kind" + uuid -> what the server holds after the write
    /// The server's last change number when the push took the numbering lock, and at its commit:
    /// the push's own changes are the numbers between.
    qint64 m_seqBefore = 0;
    qint64 m_seqAfter = 0;
};

} // namespace casebook
