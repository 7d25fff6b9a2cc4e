#include "bundle/BundleExporter.h"

#include "bundle/BundleFormat.h"
#include "merge/RecordCollector.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"
#include "support/Clock.h"

#include <QSet>

#include <algorithm>

namespace casebook {

Result<IncomingRecords> BundleExporter::collect(Database &db, const ExportSelection &s, bool lean)
{
    auto chosen = s.select(db);
    if (!chosen)
        return chosen.error();
    return collect(db, s, *chosen, lean);
}

Result<IncomingRecords> BundleExporter::collect(Database &db, const ExportSelection &s,
                                                const SelectedUseCases &chosen, bool lean, For use)
{
    RecordCollector::Options options;
    options.bundleText = use == For::Writing;
    options.attachments = !lean;
    options.allRubrics = s.isEverything();
    options.tombstones = s.isEverything()
        || (s.since.isValid() && s.ids.isEmpty() && s.tag.isEmpty() && s.query.trimmed().isEmpty());
    options.since = s.since;
    options.maxAncestry = BundleFormat::kMaxAncestry;
    auto workshops = workshopsWithin(db, chosen.uuids);
    if (!workshops)
        return workshops.error();
    options.workshops = *workshops;
    return RecordCollector::collect(db, chosen.uuids, options);
}

Result<QStringList> BundleExporter::workshopsWithin(Database &db, const QStringList &useCaseUuids)
{
    auto all = WorkshopRepository(db).list();
    if (!all)
        return all.error();
    const QSet<QString> chosen(useCaseUuids.cbegin(), useCaseUuids.cend());
    QStringList out;
    for (const Workshop &w : std::as_const(*all)) {
        if (std::all_of(w.useCaseUuids.cbegin(), w.useCaseUuids.cend(),
                        [&chosen](const QString &u) { return chosen.contains(u); }))
            out.append(w.uuid);
    }
    return out;
}

Result<ExportSummary> BundleExporter::exportTo(Database &db, const ExportSelection &s, const QString &path,
                                               const Options &options)
{
    auto chosen = s.select(db);
    if (!chosen)
        return chosen.error();
    auto records = collect(db, s, *chosen, options.lean, For::Writing);
    if (!records)
        return records.error();
    BundleWriter::Options w;
    w.creator = options.creator;
    if (w.creator.name.isEmpty())
        w.creator.name = db.contributor();
    w.createdAt = options.createdAt.isValid() ? options.createdAt : db.clock().nowUtc();
    w.lean = options.lean || records->attachmentsMayBeMissing;
    w.selection = s.describe(*chosen);
    w.progress = options.progress;
    auto size = BundleWriter::write(*records, path, w);
    if (!size)
        return size.error();
    ExportSummary summary;
    summary.path = path;
    summary.size = *size;
    summary.useCases = int(records->useCases.size());
    summary.rubrics = int(records->rubrics.size());
    summary.assessments = int(records->assessments.size());
    summary.attachments = int(records->attachments.size());
    summary.tombstones = int(records->tombstones.size());
    summary.workshops = int(records->workshops.size());
    summary.restrictedLeftOut = chosen->restrictedLeftOut;
    summary.lean = w.lean;
    summary.overMailLimit = *size > BundleFormat::kMailWarningBytes;
    return summary;
}

} // namespace casebook
