#pragma once

#include "bundle/BundleWriter.h"
#include "merge/IncomingRecords.h"
#include "search/ExportSelection.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace casebook {

class Database;

/// What an export wrote.
struct ExportSummary
{
    QString path;
    qint64 size = 0;
    int useCases = 0;
    int rubrics = 0;
    int assessments = 0;
    int attachments = 0;
    int tombstones = 0;
    int workshops = 0; ///< workshops (with all their rounds' scores)
    /// The restricted use cases the selection matched but left out (ExportSelection::select()).
    QStringList restrictedLeftOut;
    bool lean = false;
    /// True above BundleFormat::kMailWarningBytes (20 MB): many mail servers refuse it.
    bool overMailLimit = false;
};

/// Exports a selection of a repository as a .casebook bundle (from the app and the CLI).
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)
public:
    struct Options
    {
        bool lean = false; ///< leave attachment bytes out
        BundleCreator creator;
        QDateTime createdAt; ///< the manifest's time; invalid: now by the database's clock
        std::function<bool(int, int)> progress; ///< see BundleWriter::Options::progress
    };

    /// The records a bundle of this selection holds: the use cases with their ancestry, their
    /// assessments, the rubrics those name (every rubric for a full export), attachments unless
    /// lean, deletions (full export, or since the date), and the workshops all of whose use cases
    /// are chosen, with every round's scores.
    static Result<IncomingRecords> collect(Database &db, const ExportSelection &selection, bool lean);
    /// What the collected records are for: anything (each record whole), or only
    /// BundleWriter (records stored in today's form come as bundle text: RecordCollector::Options::
    /// bundleText), which spares parsing and writing their JSON again.
    enum class For { Anything, Writing };
    /// The same for use cases the selection has already chosen (`chosen` = selection.select(db)),
    /// so a caller that shows what was left out resolves only once.
    static Result<IncomingRecords> collect(Database &db, const ExportSelection &selection,
                                           const SelectedUseCases &chosen, bool lean,
                                           For use = For::Anything);
    /// Writes the bundle atomically to `path`; restricted use cases follow the selection's rule and
    /// the manifest's `selection` says how many were left out.
    /// The UUIDs of the workshops all of whose use cases are among `useCaseUuids`.
    static Result<QStringList> workshopsWithin(Database &db, const QStringList &useCaseUuids);
    static Result<ExportSummary> exportTo(Database &db, const ExportSelection &selection, const QString &path,
                                          const Options &options);
};

} // namespace casebook
