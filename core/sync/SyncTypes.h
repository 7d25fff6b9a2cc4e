#pragma once

#include "merge/ImportPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace casebook {

/// The points of a sync where it can be interrupted (SyncOptions::interruptAt, for tests). At each,
/// both repositories are as before the step or after it, never between.
enum class SyncStep {
    PulledFromServer, ///< the server's changes were read; nothing written
    LocalApplied, ///< pulled records written locally, not committed yet
    LocalCommitted, ///< pull committed locally (records, bases and cursor together)
    ServerWritten, ///< local changes written on the server, not committed yet
    ServerCommitted, ///< push committed on the server; local bookkeeping not written yet
};

/// How a sync runs.
struct SyncOptions
{
    QString address; ///< the connection string as given (remembered without any password)
    bool dryRun = false; ///< plan only: nothing is written on either side
    Resolutions resolutions; ///< the policy and per-record answers for the pull's plan
    int maxRounds = 3; ///< pull-push rounds when the server changed under a push
    /// Test seam: returning true at a step stops the sync there as if the process were killed.
    std::function<bool(SyncStep)> interruptAt;
    /// Progress and Cancel (the window's progress dialog): called with (records written, records
    /// to write) while the received records are written, and with (0, 0) before each commit.
    /// Returning false cancels (ErrorCode::Cancelled) where nothing is committed: the step's
    /// transaction rolls back, so each side stays as it was before that step.
    std::function<bool(int, int)> progress;

    /// Whether the sync stops at `step`: interruptAt says so, or a cancel before a commit.
    bool stopsAt(SyncStep step) const;
};

/// Local changes a push would send.
struct PendingChanges
{
    QStringList useCases;
    QStringList assessments;
    QStringList rubrics;
    QStringList tombstones; ///< uuids of local deletions
    int count() const
    {
        return int(useCases.size() + assessments.size() + rubrics.size() + tombstones.size());
    }
};

/// What a sync did (or, for a dry run, would do).
struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)
public:
    QString serverId;
    QString address;
    QString member;
    QString memberKind;
    bool dryRun = false;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    int rounds = 0;
    ImportPlan plan; ///< the plan of the last pull
    ImportResult pulled; ///< summed over rounds
    PendingChanges pending; ///< what was sent (or would be)
    int attachmentsSent = 0;
    QStringList notes; ///< translated remarks (changes a role may not send...)
    /// The report as JSON for `sync --format json` (docs/cli.md).
    QJsonObject toJson() const;
};

} // namespace casebook
