#include "cli/CliSupport.h"

#include "exchange/SheetImporter.h"
#include "exchange/SpreadsheetExport.h"
#include "merge/ImportPlanner.h"
#include "merge/ImportSummary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The spreadsheet exchange commands: export --out FILE.csv|FILE.json, import FILE.csv|FILE.json.
namespace casebook::cli {

namespace {

constexpr qint64 kMaxMappingBytes = 1024 * 1024;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

/// Reads --separator: comma, semicolon, tab (or the characters themselves); null when not given.
bool separatorFrom(const QCommandLineParser &p, QChar *separator, QString *message)
{
    const QString value = p.value(QStringLiteral("separator")).trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("auto")) {
        *separator = QChar();
    } else if (value == QLatin1String("comma") || value == QLatin1String(",")) {
        *separator = QLatin1Char(',');
    } else if (value == QLatin1String("semicolon") || value == QLatin1String(";")) {
        *separator = QLatin1Char(';');
    } else if (value == QLatin1String("tab")) {
        *separator = QLatin1Char('\t');
    } else {
        *message = tr("unknown separator '%1'; use comma, semicolon or tab.").arg(value);
        return false;
    }
    return true;
}

/// The dry-run JSON: ImportPlan::toJson() (as for bundles), each record with its line, plus the
/// spreadsheet's problems.
QJsonObject planJson(const QString &file, const SheetImportPlan &plan, const Resolutions &resolutions)
{
    QJsonObject o = plan.plan.toJson();
    QJsonArray records = o.value(QStringLiteral("records")).toArray();
    for (int i = 0; i < records.size() && i < plan.plan.records.size(); ++i) {
        const RecordPlan &r = plan.plan.records[i];
        QJsonObject record = records[i].toObject();
        if (plan.fromSheet)
            record.insert(QStringLiteral("line"), plan.lineOf(r));
        else
            record.insert(QStringLiteral("record"), plan.lines.value(r.incomingIndex) + 1);
        record.insert(QStringLiteral("writes"), SheetImportPlan::writes(r, resolutions));
        records[i] = record;
    }
    o.insert(QStringLiteral("records"), records);
    QJsonArray problems;
    for (const SheetIssue &issue : plan.errors + plan.suggestions) {
        QJsonObject p{{QStringLiteral("message"), issue.text()},
                      {QStringLiteral("severity"),
                       issue.severity == SheetIssue::Severity::Suggestion ? QStringLiteral("suggestion")
                                                                          : QStringLiteral("error")}};
        if (issue.line > 0)
            p.insert(QStringLiteral("line"), issue.line);
        if (!issue.field.isEmpty())
            p.insert(QStringLiteral("field"), issue.field);
        if (!issue.suggestion.isEmpty())
            p.insert(QStringLiteral("suggestion"), issue.suggestion);
        problems.append(p);
    }
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("rows"), plan.rowsRead);
    o.insert(QStringLiteral("valid"), plan.isValid());
    o.insert(QStringLiteral("writes"), plan.writes(resolutions));
    o.insert(QStringLiteral("problems"), problems);
    return o;
}

} // namespace

void addExportSpreadsheetOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("scores"),
         tr("Write the score sheet (one row per use case, criterion and assessor, and a summary row per "
            "use case) instead of the use cases; .csv only.")});
    p.addOption({QStringLiteral("separator"),
                 tr("Cell separator of a .csv: comma (default), semicolon or tab."), tr("separator")});
}

void addImportSpreadsheetOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("mapping"),
                 tr("A JSON file naming the field of each column (docs/spreadsheet.md)."), tr("file")});
    p.addOption({QStringLiteral("accept-suggestions"),
                 tr("Store the suggested vocabulary value where a cell is close to one (\"Smart city\" -> "
                    "smart_city_services) instead of refusing the file.")});
    p.addOption({QStringLiteral("separator"), tr("Cell separator: auto (default), comma, semicolon or tab."),
                 tr("separator")});
}

int exportSpreadsheet(const Context &ctx, const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty())
        return usage(tr("export needs --out FILE.csv, FILE.json or FILE.xml."));
    const QString suffix = suffixOf(target);
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json") && suffix != QLatin1String("xml"))
        return usage(
            tr("export writes .csv, .json and .xml files here; '%1' has another extension.").arg(target));
    const bool scores = p.isSet(QStringLiteral("scores"));
    if (scores && suffix != QLatin1String("csv"))
        return usage(
            tr("--scores writes a .csv score sheet; use 'casebook-cli scores --format json' for JSON."));
    QChar separator;
    QString message;
    if (!separatorFrom(p, &separator, &message))
        return usage(message);
    if (const QString problem = existingTargetProblem(target, p); !problem.isEmpty())
        return usage(problem);
    auto selection = selectionFrom(p);
    if (!selection)
        return usage(selection.error().message);

    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    CsvWriteOptions options;
    if (!separator.isNull())
        options.separator = separator;
    auto written = SpreadsheetExport::exportTo(
        **db, *selection, SpreadsheetExport::kindForPath(target, scores), target, options);
    if (!written)
        return fail(ctx, written.error());
    const int count = int(written->uuids.size());
    if (count == 0 && !selection->isEverything() && written->restrictedLeftOut.isEmpty())
        err() << tr("casebook-cli: warning: no use case matches the selection (%1); the file holds none.")
                     .arg(selection->describe())
              << Qt::endl;
    out() << (scores ? tr("Wrote the scores of %n use case(s) to %1.", nullptr, count)
                  : suffix == QLatin1String("xml")
                  ? tr("Wrote %n use case(s) to %1 (IEC 62559-3 XML).", nullptr, count)
                  : tr("Wrote %n use case(s) to %1.", nullptr, count))
                 .arg(target)
          << Qt::endl;
    noteRestrictedLeftOut(*selection, written->restrictedLeftOut);
    return Success;
}

int importSpreadsheet(const Context &ctx, const QCommandLineParser &p, const QString &file, ImportFormat kind)
{
    const bool json = kind == ImportFormat::Json;
    const QString format = p.value(QStringLiteral("format"));
    QString message;
    if (!formatAllowed(format, {QStringLiteral("text"), QStringLiteral("json")}, &message))
        return usage(message);
    MergePolicy policy = MergePolicy::KeepMine;
    if (!policyFrom(p.value(QStringLiteral("policy")), &policy))
        return usage(tr("unknown policy '%1'; use keep-mine, take-theirs or newest.")
                         .arg(p.value(QStringLiteral("policy"))));
    QChar separator;
    if (!separatorFrom(p, &separator, &message))
        return usage(message);
    if (json && p.isSet(QStringLiteral("mapping")))
        return usage(tr("--mapping is for spreadsheets; a .json file already names its fields."));
    if (!QFileInfo::exists(file))
        return fail(ctx, makeError(ErrorCode::InputRejected, tr("%1 does not exist.").arg(file)));

    SheetMapping mapping;
    if (p.isSet(QStringLiteral("mapping"))) {
        const QString mappingFile = p.value(QStringLiteral("mapping"));
        auto bytes = readInputFile(mappingFile, kMaxMappingBytes);
        if (!bytes)
            return fail(ctx, bytes.error());
        auto parsed = SheetMapping::fromJson(*bytes);
        if (!parsed)
            return fail(
                ctx, Error{parsed.error().code, tr("%1: %2").arg(mappingFile, parsed.error().message), {}});
        mapping = *parsed;
    }
    if (!separator.isNull())
        mapping.separator = separator;
    if (p.isSet(QStringLiteral("accept-suggestions")))
        mapping.values.acceptSuggestions = true;

    // Read and map: every problem here names the file and the line; nothing is opened for writing yet.
    QList<IncomingRow> rows;
    if (json) {
        auto parsed = SheetImporter::rowsFromJsonFile(file);
        if (!parsed)
            return fail(ctx, parsed.error());
        rows = *parsed;
    } else {
        // The header is mapped before any record is read; records then become rows one by one.
        const auto mapHeader = [&](const QStringList &header) -> Result<QStringList> {
            const ResolvedColumns columns = mapping.resolve(header);
            if (columns.isComplete())
                return columns.fields;
            QStringList names;
            for (int c : columns.unmapped)
                names.append(tr("'%1' (column %2)").arg(header[c]).arg(c + 1));
            for (int c : columns.duplicates)
                names.append(
                    tr("'%1' (column %2, its field is already in another column)").arg(header[c]).arg(c + 1));
            return makeError(ErrorCode::InputRejected,
                             tr("these columns name no field of a use case: %1; name their fields "
                                "(or null to leave them out) in a --mapping file.")
                                 .arg(names.join(QLatin1String(", "))));
        };
        auto read = SheetImporter::readCsvRows(file, mapping.separator, mapHeader, mapping.values);
        if (!read)
            return fail(ctx, read.error());
        rows = std::move(*read);
    }

    auto db = openDb(ctx);
    if (!db)
        return fail(ctx, db.error());
    SheetImporter importer(**db);
    auto plan = importer.plan(rows, QFileInfo(file).fileName(), SheetImporter::sha256OfFile(file),
                              json ? QStringLiteral("json") : QStringLiteral("csv"));
    if (!plan)
        return fail(ctx, plan.error());

    const Resolutions resolutions = resolutionsFor(policy);
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (format == QLatin1String("json") && (dryRun || !plan->isValid())) {
        out() << QString::fromUtf8(
            QJsonDocument(planJson(file, *plan, resolutions)).toJson(QJsonDocument::Indented));
        out().flush();
    }
    if (!plan->isValid()) {
        if (format != QLatin1String("json")) {
            for (const QString &line : plan->problemLines())
                err() << "casebook-cli: " << file << ": " << line << '\n';
        }
        if (!plan->suggestions.isEmpty() && format != QLatin1String("json"))
            err() << tr("casebook-cli: note: add --accept-suggestions to store the suggested values, or name "
                        "replacements under \"values\" in a --mapping file.")
                  << '\n';
        const int problems = int(plan->errors.size() + plan->suggestions.size());
        return fail(ctx,
                    makeError(ErrorCode::InputRejected,
                              tr("%1 was not imported: %n problem(s) (listed above); nothing was changed.",
                                 nullptr, problems)
                                  .arg(file)));
    }
    for (const QString &warning : std::as_const(plan->plan.warnings))
        err() << tr("casebook-cli: warning: %1: %2").arg(file, warning) << '\n';
    err().flush();

    QStringList counts;
    for (RecordStatus status : ImportPlan::allStatuses()) {
        if (const int n = plan->count(status); n > 0)
            counts.append(QStringLiteral("%1 %2").arg(n).arg(ImportPlan::statusName(status)));
    }
    if (dryRun) {
        if (format != QLatin1String("json")) {
            for (const RecordPlan &r : std::as_const(plan->plan.records)) {
                if (r.kind != RecordKind::UseCase)
                    continue;
                QString line = QStringLiteral("%1  %2  %3  %4")
                                   .arg(plan->whereOf(r).leftJustified(10),
                                        ImportPlan::statusName(r.status).leftJustified(13),
                                        (r.code.isEmpty() ? QStringLiteral("-") : r.code).leftJustified(12),
                                        ellipsize(r.title, 48));
                QStringList fields;
                for (const FieldDiff &f : r.fields)
                    fields.append(QStringLiteral("%1 (%2)").arg(
                        f.field,
                        ImportPlanner::chosenSide(r, f, resolutions) == Side::Theirs ? tr("theirs")
                                                                                     : tr("mine")));
                if (!fields.isEmpty())
                    line += QStringLiteral("  ") + fields.join(QLatin1String(", "));
                if (!r.tagsAdded.isEmpty())
                    line += QStringLiteral("  +tags: ") + r.tagsAdded.join(QLatin1String(", "));
                for (const QString &note : r.notes)
                    line += QStringLiteral("  [") + note + QLatin1Char(']');
                out() << line.trimmed() << '\n';
            }
            out() << tr("Dry run of %1: %2 row(s): %3; %4 use case(s) would be written. Nothing was changed.")
                         .arg(file)
                         .arg(plan->rowsRead)
                         .arg(counts.isEmpty() ? tr("nothing") : counts.join(QLatin1String(", ")))
                         .arg(plan->writes(resolutions))
                  << Qt::endl;
        }
        return Success;
    }

    auto outcome = importer.apply(*plan, resolutions);
    if (!outcome)
        return fail(ctx, outcome.error());
    const ImportSummary summary = ImportSummary::of(plan->plan, *outcome);
    if (format == QLatin1String("json")) {
        QJsonObject o = outcome->toJson();
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("import_id"), outcome->importId);
        o.insert(QStringLiteral("backup"), QString()); // no copy is taken any more; kept for scripts
        o.insert(QStringLiteral("summary"), summary.toJson());
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    out() << tr("Imported %1: %2.").arg(file, summary.toText()) << Qt::endl;
    for (const QString &note : std::as_const(outcome->notes))
        out() << note << '\n';
    if (outcome->changed)
        out() << tr("To take it back: casebook-cli undo-import %1").arg(outcome->importId) << Qt::endl;
    return Success;
}

} // namespace casebook::cli
