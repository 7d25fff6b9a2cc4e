#pragma once

#include "merge/IncomingRecords.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace casebook {

class Database;

/// Gathers records of a repository for sending elsewhere (a bundle): the chosen use cases with
/// their ancestry, their assessments, the rubric versions those name, attachment bytes and
/// tombstones. The result has the same shape an importer receives, so an export is exactly what
/// the other side's ImportPlanner will see.
class RecordCollector
{
    Q_DECLARE_TR_FUNCTIONS(RecordCollector)
public:
    struct Options
    {
        bool attachments = true; ///< include attachment bytes (false: a "lean" set)
        bool assessments = true; ///< include the assessments of the chosen use cases
        bool allRubrics = false; ///< every rubric version, not only those the assessments name
        bool tombstones = false; ///< include records deleted here (all, or since `since`)
        QDateTime since; ///< tombstones deleted at or after this time (invalid: all)
        int maxAncestry = 200; ///< at most this many earlier versions per use case
        /// Workshops (UUIDs or names) to include with every round's scores and their rubric
        /// version; their use cases must be among the chosen ones (a bundle's reader checks it).
        QStringList workshops;
        /// For a bundle writer only (issue 13): a use case whose stored document is in today's form
        /// is not parsed; it comes with its bundle JSON (IncomingUseCase::bundleJson) and a record
        /// that holds only uuid, code, title, tags and the attachments' hashes.
        bool bundleText = false;
    };

    /// Collects the use cases named by UUID, in the order given (duplicates once).
    static Result<IncomingRecords> collect(Database &db, const QStringList &useCaseUuids,
                                           const Options &options);
    static Result<IncomingRecords> collect(Database &db, const QStringList &useCaseUuids)
    {
        return collect(db, useCaseUuids, Options());
    }

    /// Adds the workshops named in `names`, their round sheets and their rubric versions to `out`.
    static Status collectWorkshops(Database &db, const QStringList &names, IncomingRecords &out);

    /// Content hashes of the earlier versions of `current` kept here, most recent first, without
    /// duplicates and without the hash of `current` itself.
    static Result<QStringList> ancestry(Database &db, const UseCase &current, int max = 200);

private:
    /// ancestry() of the use case `uuid`; `currentHash` is asked only when earlier versions exist.
    static Result<QStringList> ancestryOf(Database &db, const QString &uuid,
                                          const std::function<QString()> &currentHash, int max);
    /// The chosen use cases as the options ask (parsed, or as bundle text where stored so).
    static Result<QList<IncomingUseCase>> readUseCases(Database &db, const QStringList &uuids,
                                                       const Options &options);
};

} // namespace casebook
