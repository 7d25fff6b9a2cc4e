#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

class PgConnection;

/// A record as the team repository holds it: its JSON document (docs/usecase-json.md, the bundle's
/// rubric and assessment forms) with the server's revision and change number.
struct ServerRecord
{
    QString uuid;
    qint64 revision = 0; ///< the server's own counter (use cases, assessments)
    QString contentHash;
    QByteArray document; ///< compact JSON
    QStringList ancestry; ///< use cases: content hashes of earlier versions, most recent first
    QString sharingLevel; ///< use cases
    QString useCaseUuid; ///< assessments
    QString rubricUuid; ///< assessments
    QString assessorId; ///< assessments
    qint64 seq = 0;
};

/// A deletion as the team repository holds it.
struct ServerTombstone
{
    QString uuid;
    QString kind; ///< use_case, assessment
    QString deletedAt; ///< ISO 8601 UTC
    QString deletedBy;
    qint64 seq = 0;
};

/// Everything the server changed after a change number, as the connected role may see it.
struct ServerChanges
{
    qint64 fromSeq = 0;
    qint64 toSeq = 0; ///< the highest change number read (fromSeq when nothing changed)
    QList<ServerRecord> useCases;
    QList<ServerRecord> rubrics;
    QList<ServerRecord> assessments;
    QList<ServerTombstone> tombstones;
    bool isEmpty() const
    {
        return useCases.isEmpty() && rubrics.isEmpty() && assessments.isEmpty() && tombstones.isEmpty();
    }
};

/// The connected member as the server knows them.
struct ServerMember
{
    QString roleName;
    QString kind; ///< reader, assessor, editor; "owner" for the database owner (the secretariat)
    QString assessorId;
    bool mayEditUseCases() const { return kind == QLatin1String("editor") || kind == QLatin1String("owner"); }
    bool mayAssess() const { return mayEditUseCases() || kind == QLatin1String("assessor"); }
};

/// The SQL of the team repository (PostgreSQL, server-migrations/): reads the changes since a
/// number and writes records with an optimistic revision check. The caller holds the transaction.
class ServerRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServerRepository)
public:
    explicit ServerRepository(PgConnection &pg);

    /// The roles a use case of the server (by its code) is shared with, the `shared_with` that
    /// decides who sees it when it is restricted. An error when this member sees no such use case.
    Result<QStringList> sharedWith(const QString &code);
    /// Shares the use case `code` with exactly `roles` (login or group roles of the server), in one
    /// statement; its change number moves, so a member who may now see it receives it at their next
    /// sync. Unknown roles are refused and nothing changes. Row-level security decides who may.
    Status shareWith(const QString &code, const QStringList &roles);

    /// The server's identity (casebook_server).
    Result<QString> serverId();
    /// The connected member; a role that is neither a member nor the owner is refused.
    Result<ServerMember> me();
    /// Every record changed after `seq` that the role may see.
    Result<ServerChanges> changesSince(qint64 seq);
    /// Takes, for the open transaction, the lock under which every write is numbered (the key of
    /// casebook_stamp in the server's schema): until the commit no other writer gets a number, so
    /// the numbers this transaction's writes get follow lastSeq() with nobody else's between.
    Status lockChangeSequence();
    /// The highest number of a change that changesSince() reads and the role may see (0: none).
    Result<qint64> lastSeq();
    /// The bytes of these attachments that the server has.
    Result<QHash<QString, QByteArray>> attachments(const QStringList &hashes);
    /// Which of these attachments the server already has.
    Result<QSet<QString>> attachmentsPresent(const QStringList &hashes);
    Status putAttachment(const QString &sha256, const QByteArray &bytes);
    /// Inserts a rubric version unless the server has it (versions never change).
    Status putRubric(const QString &uuid, const QByteArray &definition);
    /// Writes a use case: an update when `expectedRevision` > 0 (only if the server still has that
    /// revision), else an insert (only if the server has no such record). Returns the new server
    /// revision, or nullopt when the server's copy changed (pull again).
    Result<std::optional<qint64>> putUseCase(const ServerRecord &record, qint64 expectedRevision);
    /// Whether the role sees the use case (false also when the server has no such record).
    Result<bool> useCaseVisible(const QString &uuid);
    /// The same for an assessment.
    Result<std::optional<qint64>> putAssessment(const ServerRecord &record, qint64 expectedRevision);
    /// Deletes a record (use_case, assessment) if the server still has `expectedRevision` (or has no
    /// such record) and records the tombstone; false when the server's copy changed.
    Result<bool> deleteRecord(const ServerTombstone &tombstone, qint64 expectedRevision);

private:
    Result<std::optional<qint64>> put(const QString &insertSql, const QString &updateSql,
                                      const QVariantList &binds, qint64 expectedRevision);
    PgConnection &m_pg;
};

} // namespace casebook
