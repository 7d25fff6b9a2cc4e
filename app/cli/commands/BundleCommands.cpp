#include "cli/CliSupport.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "merge/ImportPlanner.h"
#include "merge/ImportSummary.h"
#include "support/Clock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

// Bundles for the shared commands: export --out FILE.casebook, import FILE (a bundle).
namespace casebook::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

int cmdExport(const Context &ctx, const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usage(tr("export needs --out FILE.casebook."));
    if (const QString problem = existingTargetProblem(target, p); !problem.isEmpty())
        return usage(problem);
    auto chosen = selectionFrom(p);
    if (!chosen)
        return fail(ctx, chosen.error());
    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    if (p.isSet(QStringLiteral("workshop"))) {
        if (auto w = workshopSelection(**db, p, *chosen); !w)
            return fail(ctx, w.error());
    }
    const ExportSelection &selection = *chosen;
    BundleExporter::Options options;
    options.lean = p.isSet(QStringLiteral("lean"));
    auto summary = BundleExporter::exportTo(**db, selection, target, options);
    if (!summary)
        return fail(ctx, summary.error());
    if (summary->useCases == 0 && !selection.isEverything() && summary->restrictedLeftOut.isEmpty())
        err() << tr("casebook-cli: warning: no use case matches the selection (%1); the bundle holds none.")
                     .arg(selection.describe())
              << Qt::endl;
    QStringList parts{tr("%n use case(s)", nullptr, summary->useCases),
                      tr("%n assessment(s)", nullptr, summary->assessments),
                      tr("%n rubric(s)", nullptr, summary->rubrics),
                      tr("%n attachment(s)", nullptr, summary->attachments)};
    if (summary->tombstones)
        parts.append(tr("%n deletion(s)", nullptr, summary->tombstones));
    if (summary->workshops)
        parts.append(tr("%n workshop(s)", nullptr, summary->workshops));
    out()
        << tr("Wrote %1 (%2 MB): %3.").arg(target, megabytes(summary->size), parts.join(QLatin1String(", ")))
        << Qt::endl;
    noteRestrictedLeftOut(selection, summary->restrictedLeftOut);
    if (summary->overMailLimit)
        err()
            << tr("casebook-cli: warning: %1 is larger than %2 MB; many mail servers refuse attachments that "
                  "large (try --lean).")
                   .arg(target)
                   .arg(BundleFormat::kMailWarningBytes / (1024 * 1024))
            << Qt::endl;
    return Success;
}

} // namespace

void printPlanText(const ImportPlan &plan, const Resolutions &res)
{
    if (plan.sourceKind == QLatin1String("bundle"))
        out() << tr("Bundle %1 from %2, made %3.")
                     .arg(plan.sourceName, plan.creator.isEmpty() ? tr("an unnamed member") : plan.creator,
                          toIsoUtc(plan.sourceCreatedAt))
              << '\n';
    else
        out() << tr("File %1 (%2).").arg(plan.sourceName, plan.creator) << '\n';
    for (const ImportLogEntry &e : plan.previousImports)
        out() << tr("Already imported on %1.").arg(toIsoUtc(e.importedAt)) << '\n';
    for (RecordStatus s : ImportPlan::allStatuses()) {
        if (const int n = plan.count(s))
            out() << QStringLiteral("  %1: %2\n").arg(ImportPlan::statusLabel(s)).arg(n);
    }
    for (const RecordPlan &r : plan.records) {
        if (r.status == RecordStatus::Identical || r.kind == RecordKind::Attachment)
            continue;
        out() << QStringLiteral("%1 %2 %3: %4\n")
                     .arg(ImportPlan::kindName(r.kind), r.code.isEmpty() ? r.uuid : r.code,
                          ellipsize(r.title, 50), ImportPlan::statusLabel(r.status));
        for (const FieldDiff &f : r.fields) {
            const bool theirs = ImportPlanner::chosenSide(r, f, res) == Side::Theirs;
            out() << QStringLiteral("    %1 [%2] -> %3\n")
                         .arg(f.field, ImportPlan::changeName(f.change), theirs ? tr("theirs") : tr("mine"));
        }
        if (!r.tagsAdded.isEmpty())
            out() << QStringLiteral("    + tags: %1\n").arg(r.tagsAdded.join(QLatin1String(", ")));
        for (const QString &n : r.notes)
            out() << QStringLiteral("    ") << n << '\n';
    }
    for (const QString &w : plan.warnings)
        out() << tr("warning: %1").arg(w) << '\n';
    out().flush();
}

int importBundle(const Context &ctx, const QCommandLineParser &p, const QString &file)
{
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("text"), QStringLiteral("json")}, &message))
        return usage(message);
    MergePolicy policy = MergePolicy::KeepMine;
    if (!policyFrom(p.value(QStringLiteral("policy")), &policy))
        return usage(tr("unknown policy '%1'; use keep-mine, take-theirs or newest.")
                         .arg(p.value(QStringLiteral("policy"))));

    // Read and validate the bundle before the database is even opened: a rejected bundle
    // leaves the repository exactly as it was.
    auto bundle = BundleReader().read(file);
    if (!bundle)
        return fail(ctx, bundle.error());
    for (const QString &w : bundle->warnings)
        err() << tr("casebook-cli: warning: %1").arg(w) << Qt::endl;
    return importRecords(ctx, p, file, bundle->records);
}

int importRecords(const Context &ctx, const QCommandLineParser &p, const QString &file,
                  const IncomingRecords &records, const QStringList &sourceWarnings)
{
    const QString format = p.value(QStringLiteral("format"));
    Resolutions res;
    if (!policyFrom(p.value(QStringLiteral("policy")), &res.policy))
        return usage(tr("unknown policy '%1'; use keep-mine, take-theirs or newest.")
                         .arg(p.value(QStringLiteral("policy"))));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto db = openDb(ctx, !dryRun);
    if (!db)
        return fail(ctx, db.error());
    const auto inFile = [&](const Error &e) {
        return Error{e.code, tr("%1: %2").arg(QFileInfo(file).fileName(), e.message), e.detail};
    };
    if (dryRun) {
        auto plan = ImportPlanner::plan(**db, records);
        if (!plan)
            return fail(ctx, inFile(plan.error()));
        plan->warnings += sourceWarnings;
        if (format == QLatin1String("json"))
            out() << QString::fromUtf8(QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented));
        else
            printPlanText(*plan, res);
        out().flush();
        return Success;
    }
    for (const QString &w : sourceWarnings)
        err() << tr("casebook-cli: warning: %1: %2").arg(QFileInfo(file).fileName(), w) << Qt::endl;
    // No preview to show, so apply() plans once and hands its plan back for the summary.
    std::optional<ImportPlan> plan;
    ImportPlanner::ApplyOptions options;
    options.planned = &plan;
    auto result = ImportPlanner::apply(**db, records, res, options);
    if (!result)
        return fail(ctx, plan ? result.error() : inFile(result.error()));
    const ImportSummary summary = ImportSummary::of(*plan, *result);
    if (format == QLatin1String("json")) {
        QJsonObject o = result->toJson();
        o.insert(QStringLiteral("import_id"), result->importId);
        o.insert(QStringLiteral("backup"), QString()); // no copy is taken any more; kept for scripts
        o.insert(QStringLiteral("summary"), summary.toJson());
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (!result->changed) {
        out() << tr("Nothing to import from %1: this repository already has everything in it.")
                     .arg(QFileInfo(file).fileName())
              << Qt::endl;
    } else {
        out() << tr("Imported %1: %2. To take it back: casebook-cli undo-import %3")
                     .arg(QFileInfo(file).fileName(), summary.toText())
                     .arg(result->importId)
              << Qt::endl;
        for (const QString &n : result->notes)
            err() << QStringLiteral("casebook-cli: note: ") << n << Qt::endl;
    }
    return Success;
}

int exportBundle(const Context &ctx, const QCommandLineParser &p)
{
    return cmdExport(ctx, p);
}

} // namespace casebook::cli
