#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

class Database;

/// How far this repository has read a team repository's changes (sync_servers).
struct SyncCursor
{
    QString serverId;
    QString address; ///< the connection string as given, without any password
    qint64 lastSeq = 0;
    QDateTime lastSyncAt; ///< invalid: never synced
};

/// What the server held of one record when this repository last saw it (sync_records).
struct SyncBase
{
    qint64 serverRevision = 0; ///< 0: deleted on the server (or never there)
    QString contentHash;
    QString tags; ///< the tags, sorted, one per line (use cases)
};

/// A local use case as sync compares it: its content hash and tags.
struct LocalUseCaseState
{
    QString uuid;
    QString contentHash;
    QString tags;
};

/// The local records whose state may differ from their base on one server (sync_changed).
struct SyncCandidates
{
    QStringList useCases;
    QStringList assessments;
};

/// The local bookkeeping of sync with a team repository (migration 009): the cursor into each
/// server's change sequence and the last known server state of every record. A local record that
/// differs from its SyncBase is a pending local change.
class SyncStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateRepository)
public:
    explicit SyncStateRepository(Database &db);

    /// The cursor of a server (lastSeq 0 when this repository never synced with it).
    Result<SyncCursor> cursor(const QString &serverId) const;
    /// The server synced most recently (empty serverId when none).
    Result<SyncCursor> lastUsed() const;
    /// Moves the cursor (call inside the transaction that writes the records it covers), and
    /// watches the writes from then on (watchWrites()).
    Status advance(const SyncCursor &cursor);
    /// Once this repository syncs with a server: makes the triggers that add every record written
    /// since to the candidates of every server (migration 015). A repository that never synced has
    /// none, so that its imports do not pay for them.
    Status watchWrites();
    /// The bases of every record of `kind` (use_case, assessment, rubric, tombstone) by uuid.
    Result<QHash<QString, SyncBase>> bases(const QString &serverId, const QString &kind) const;
    /// bases() of the records of `uuids` only.
    Result<QHash<QString, SyncBase>> bases(const QString &serverId, const QString &kind,
                                           const QStringList &uuids) const;
    Status setBase(const QString &serverId, const QString &kind, const QString &uuid, const SyncBase &base);
    /// The use cases of `uuids` that are here, in the order of the table, with their content hash
    /// (UseCaseContent) and tags.
    Result<QList<LocalUseCaseState>> useCaseStates(const QStringList &uuids) const;

    /// The use cases and assessments that may differ from their base on `serverId` (migration 015:
    /// written since a sync last found them equal to it), so that finding the pending local changes
    /// costs what was written, not the size of the repository; every local one when this repository
    /// never synced with that server.
    Result<SyncCandidates> candidates(const QString &serverId) const;
    /// Drops `settled` from the candidates of `serverId`: records found equal to their base, or gone.
    Status settle(const QString &serverId, const SyncCandidates &settled);
    /// The canonical form of a tag list as SyncBase::tags holds it.
    static QString tagText(QStringList tags);

private:
    /// The bases of `kind` on `serverId`: of `uuids` only, or every one when `uuids` is null.
    Result<QHash<QString, SyncBase>> readBases(const QString &serverId, const QString &kind,
                                               const QStringList *uuids) const;

    Database &m_db;
};

} // namespace casebook
