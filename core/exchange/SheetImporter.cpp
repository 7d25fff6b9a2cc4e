#include "exchange/SheetImporter.h"
#include "support/Sha256.h"

#include "exchange/StepTable.h"
#include "merge/ImportPlanner.h"
#include "merge/UseCaseContent.h"
#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"
#include "support/StrictJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace casebook {

namespace {

/// Keys whose empty cell means "not given" rather than "clear it".
bool keepsWhenEmpty(const QString &field)
{
    static const QStringList keys = {QStringLiteral("uuid"),
                                     QStringLiteral("code"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("modified_at"),
                                     QStringLiteral("modified_by"),
                                     QStringLiteral("revision"),
                                     QStringLiteral("approval_status"),
                                     QStringLiteral("extra"),
                                     UseCaseSheet::contentHashKey()};
    return keys.contains(field);
}

/// Takes the content_sha256 cell out of a row: the version the row was exported from. Empty when
/// not given; nullopt when it is not a SHA-256 (64 hex digits).
std::optional<QString> takeContentHash(QJsonObject &fields)
{
    const QString raw = fields.take(UseCaseSheet::contentHashKey()).toString().trimmed().toLower();
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!raw.isEmpty() && !sha256.match(raw).hasMatch())
        return std::nullopt;
    return raw;
}

const QString kContexts = QStringLiteral("development_contexts");

/// A sheet with the one "development_context" column of the earlier form: its value is spread over
/// the record's countries when the record is read (LegacyRecordForm), so it replaces the contexts of
/// the record here unless the sheet also gives them per country. Returns the content key it gives.
QString takeLegacyContext(const QJsonObject &fields, QJsonObject &merged)
{
    const QString legacy = UseCaseSheet::legacyContextKey();
    if (!fields.contains(legacy))
        return {};
    if (fields.value(kContexts).toArray().isEmpty())
        merged.insert(kContexts, QJsonArray());
    return kContexts;
}

QString normalizedUuid(const QString &s)
{
    const QUuid u = QUuid::fromString(s.trimmed());
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

void addProblem(QList<SheetIssue> &list, SheetIssue issue)
{
    if (list.size() < SheetImporter::kMaxProblems)
        list.append(std::move(issue));
}

SheetIssue rowError(const IncomingRow &row, const QString &message)
{
    SheetIssue issue;
    issue.line = row.line;
    issue.message = row.line > 0 ? message : SheetImporter::tr("%1: %2").arg(row.where(), message);
    return issue;
}

} // namespace

QString IncomingRow::where() const
{
    return line > 0 ? SheetImporter::tr("line %1").arg(line) : SheetImporter::tr("record %1").arg(index + 1);
}

QString SheetImportPlan::whereOf(const RecordPlan &record) const
{
    const int value = lines.value(record.incomingIndex);
    return fromSheet ? SheetImporter::tr("line %1").arg(value)
                     : SheetImporter::tr("record %1").arg(value + 1);
}

int SheetImportPlan::lineOf(const RecordPlan &record) const
{
    return fromSheet ? lines.value(record.incomingIndex) : 0;
}

bool SheetImportPlan::writes(const RecordPlan &record, const Resolutions &resolutions)
{
    switch (record.status) {
    case RecordStatus::New: return true;
    case RecordStatus::Identical: return !record.tagsAdded.isEmpty();
    case RecordStatus::DeletedHere:
    case RecordStatus::DeletedThere: return ImportPlanner::takesTheirs(record, resolutions);
    case RecordStatus::ChangedThere:
    case RecordStatus::ChangedHere:
    case RecordStatus::Merged:
    case RecordStatus::Conflict: break;
    }
    if (!record.tagsAdded.isEmpty() || resolutions.records.value(record.key).choice == RecordChoice::KeepBoth)
        return true;
    return std::any_of(record.fields.cbegin(), record.fields.cend(), [&](const FieldDiff &f) {
        return ImportPlanner::chosenSide(record, f, resolutions) == Side::Theirs;
    });
}

int SheetImportPlan::writes(const Resolutions &resolutions) const
{
    return int(std::count_if(plan.records.cbegin(), plan.records.cend(), [&](const RecordPlan &r) {
        return r.kind == RecordKind::UseCase && writes(r, resolutions);
    }));
}

Resolutions resolutionsFor(MergePolicy policy)
{
    Resolutions r;
    r.policy = policy;
    return r;
}

QStringList SheetImportPlan::problemLines(int limit) const
{
    QStringList lines;
    const QList<SheetIssue> all = errors + suggestions;
    for (const SheetIssue &issue : all) {
        if (lines.size() == limit) {
            lines.append(SheetImporter::tr("... and %n more problem(s).", nullptr, int(all.size()) - limit));
            break;
        }
        lines.append(issue.text());
    }
    return lines;
}

SheetImporter::SheetImporter(Database &db)
    : m_db(db)
{ }

Result<CsvTable> SheetImporter::readCsv(const QByteArray &bytes, QChar separator, const CsvLimits &limits)
{
    CsvReadOptions options;
    options.separator = separator;
    options.restoreNeutralisedFormulas = true;
    options.limits = limits;
    return CsvReader(options).read(bytes);
}

Result<CsvTable> SheetImporter::readCsvFile(const QString &path, QChar separator, const CsvLimits &limits)
{
    CsvReadOptions options;
    options.separator = separator;
    options.restoreNeutralisedFormulas = true;
    options.limits = limits;
    auto table = CsvReader(options).readFile(path);
    if (!table)
        return Error{table.error().code, tr("%1: %2").arg(QFileInfo(path).fileName(), table.error().message),
                     table.error().detail};
    return table;
}

IncomingRow SheetImporter::rowFromCells(const QStringList &cells, int line, const QStringList &fields,
                                        const SheetValueOptions &options)
{
    IncomingRow row;
    row.line = line;
    for (int c = 0; c < cells.size() && c < fields.size(); ++c) {
        const QString &field = fields[c];
        if (field.isEmpty())
            continue;
        const QString &cell = cells[c];
        if (keepsWhenEmpty(field) && cell.trimmed().isEmpty())
            continue;
        QList<SheetIssue> issues;
        const QJsonValue value = UseCaseSheet::cellToJson(field, cell, options, &issues);
        for (SheetIssue &issue : issues) {
            issue.line = row.line;
            issue.column = c;
            row.issues.append(issue);
        }
        if (field == QLatin1String("extra")) {
            const QJsonObject extra = value.toObject();
            for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
                if (UseCaseSheet::isField(it.key())) {
                    SheetIssue issue;
                    issue.line = row.line;
                    issue.column = c;
                    issue.field = field;
                    issue.message = tr("'%1' is a field of its own column, not an extra field").arg(it.key());
                    row.issues.append(issue);
                    continue;
                }
                row.fields.insert(it.key(), it.value());
            }
        } else if (StepTable::isField(field)) {
            row.step.insert(field, value);
        } else {
            row.fields.insert(field, value);
        }
    }
    return row;
}

QList<IncomingRow> SheetImporter::rowsFromTable(const CsvTable &table, const QStringList &fields,
                                                const SheetValueOptions &options)
{
    QList<IncomingRow> rows;
    rows.reserve(table.records.size());
    for (int i = 0; i < table.records.size(); ++i) {
        rows.append(rowFromCells(table.records[i], table.recordLines.value(i), fields, options));
        rows.last().index = i;
    }
    StepTable::assemble(rows);
    return rows;
}

Result<QList<IncomingRow>> SheetImporter::readCsvRows(const QString &path, QChar separator,
                                                      const HeaderMapper &mapHeader,
                                                      const SheetValueOptions &options,
                                                      const CsvLimits &limits)
{
    CsvReadOptions readOptions;
    readOptions.separator = separator;
    readOptions.restoreNeutralisedFormulas = true;
    readOptions.limits = limits;
    QStringList fields;
    QList<IncomingRow> rows;
    int problems = 0;
    CsvSink sink;
    sink.header = [&](const CsvHeader &header) -> Status {
        auto mapped = mapHeader(header.names);
        if (!mapped)
            return mapped.error();
        fields = *mapped;
        return {};
    };
    sink.record = [&](const QStringList &cells, int line) -> Status {
        IncomingRow row = rowFromCells(cells, line, fields, options);
        row.index = int(rows.size());
        // Past kMaxProblems a row with problems keeps only its first one and no values: plan() skips
        // it and reports at most kMaxProblems, so the rest would only take memory.
        problems += int(row.issues.size());
        if (problems > kMaxProblems && !row.issues.isEmpty()) {
            row.issues.resize(1);
            row.fields = QJsonObject();
            row.step = QJsonObject();
        }
        rows.append(std::move(row));
        return {};
    };
    auto header = CsvReader(readOptions).readFile(path, sink);
    if (!header)
        return Error{header.error().code,
                     tr("%1: %2").arg(QFileInfo(path).fileName(), header.error().message),
                     header.error().detail};
    StepTable::assemble(rows);
    return rows;
}

Result<QList<IncomingRow>> SheetImporter::rowsFromJson(const QByteArray &json)
{
    auto parsed = StrictJson::parse(json);
    if (!parsed)
        return parsed.error();
    const QJsonDocument doc = *parsed;
    QJsonArray array;
    if (doc.isObject())
        array.append(doc.object());
    else
        array = doc.array();
    if (array.size() > CsvLimits::kMaxRecords)
        return makeError(ErrorCode::InputRejected,
                         tr("The file holds %1 records; Casebook imports at most %2 at once.")
                             .arg(array.size())
                             .arg(CsvLimits::kMaxRecords));
    QList<IncomingRow> rows;
    for (int i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return makeError(ErrorCode::InputRejected,
                             tr("record %1: must be a use-case object.").arg(i + 1));
        IncomingRow row;
        row.index = i;
        row.fields = array[i].toObject();
        rows.append(row);
    }
    return rows;
}

Result<QList<IncomingRow>> SheetImporter::rowsFromJsonFile(const QString &path)
{
    QFile in(path);
    if (!in.exists())
        return makeError(ErrorCode::InputRejected, tr("%1 does not exist.").arg(path));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InputRejected, tr("Cannot read %1: %2.").arg(path, in.errorString()));
    const QByteArray bytes = in.read(kMaxJsonFileBytes + 1);
    if (bytes.size() > kMaxJsonFileBytes)
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is larger than %2 MB.").arg(path).arg(kMaxJsonFileBytes / (1024 * 1024)));
    auto rows = rowsFromJson(bytes);
    if (!rows)
        return Error{rows.error().code, tr("%1: %2").arg(path, rows.error().message), rows.error().detail};
    return rows;
}

Result<SheetImportPlan> SheetImporter::plan(const QList<IncomingRow> &rows, const QString &sourceName,
                                            const QString &sourceSha256, const QString &sourceKind) const
{
    UseCaseRepository repo(m_db);
    SheetImportPlan result;
    result.rowsRead = int(rows.size());
    result.fromSheet =
        std::all_of(rows.cbegin(), rows.cend(), [](const IncomingRow &r) { return r.line > 0; });
    QHash<QString, QString> seenUuid; // uuid -> where
    QHash<QString, QString> seenCode; // folded code -> where
    const QStringList bookkeeping = UseCaseContent::excludedKeys();

    for (const IncomingRow &row : rows) {
        // A row with a problem in a cell is not validated further: its raw value would only be
        // reported a second time.
        for (const SheetIssue &issue : row.issues) {
            if (issue.severity == SheetIssue::Severity::Suggestion)
                addProblem(result.suggestions, issue);
            else
                addProblem(result.errors, issue);
        }
        if (!row.issues.isEmpty())
            continue;

        QJsonObject fields = row.fields;
        const std::optional<QString> baseHash = takeContentHash(fields);
        if (!baseHash) {
            addProblem(
                result.errors,
                rowError(
                    row,
                    tr("%1: not a SHA-256 (64 hexadecimal digits)").arg(UseCaseSheet::contentHashKey())));
            continue;
        }
        const QString rawUuid = fields.value(QStringLiteral("uuid")).toString().trimmed();
        const QString uuid = normalizedUuid(rawUuid);
        if (!rawUuid.isEmpty() && uuid.isEmpty()) {
            addProblem(result.errors, rowError(row, tr("uuid: '%1' is not a UUID").arg(rawUuid)));
            continue;
        }
        const QString code = fields.value(QStringLiteral("code")).toString().trimmed();

        // The same record twice in one file is a mistake, not something to merge.
        if (!uuid.isEmpty()) {
            if (const QString first = seenUuid.value(uuid); !first.isEmpty()) {
                addProblem(result.errors,
                           rowError(row, tr("uuid: %1 is already used by %2").arg(uuid, first)));
                continue;
            }
            seenUuid.insert(uuid, row.where());
        }
        if (!code.isEmpty()) {
            if (const QString first = seenCode.value(code.toCaseFolded()); !first.isEmpty()) {
                addProblem(result.errors,
                           rowError(row, tr("code: %1 is already used by %2").arg(code, first)));
                continue;
            }
            seenCode.insert(code.toCaseFolded(), row.where());
        }

        // The record here, found as ImportPlanner finds it: by UUID, or by code without one.
        auto found = repo.findExisting(!uuid.isEmpty() ? uuid : code);
        if (!found)
            return found.error();
        std::optional<UseCase> local = *found;
        if (local && !uuid.isEmpty() && !code.isEmpty()
            && code.compare(local->code, Qt::CaseInsensitive) != 0) {
            if (auto other = repo.get(code); other) {
                addProblem(
                    result.errors,
                    rowError(
                        row,
                        tr("code: %1 belongs to another use case here (\"%2\")").arg(code, other->title)));
                continue;
            }
        }

        // Validate the row merged over the record here, so a sheet may give only some columns.
        QJsonObject merged = local ? UseCaseContent::fields(*local) : QJsonObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        const QString contextsGiven = takeLegacyContext(fields, merged);
        if (local) {
            merged.insert(QStringLiteral("uuid"), local->uuid);
            if (uuid.isEmpty()) // matched by code, ignoring case: keep its spelling
                merged.insert(QStringLiteral("code"), local->code);
        }
        auto parsed = UseCaseJson::fromJson(merged);
        if (!parsed) {
            addProblem(result.errors, rowError(row, parsed.error().message));
            continue;
        }

        IncomingUseCase in;
        in.useCase = *parsed;
        if (!fields.contains(QStringLiteral("modified_by"))
            && !fields.contains(QStringLiteral("modified_at")))
            in.useCase.modifiedBy = m_db.contributor(); // a new draft, or an edit, by the member
        if (!fields.contains(QStringLiteral("modified_at"))) {
            // A row without a time is the member's draft or edit, made now.
            in.useCase.modifiedAt = m_db.clock().nowUtc();
            if (!in.useCase.createdAt.isValid())
                in.useCase.createdAt = in.useCase.modifiedAt;
        }
        // The version the row started from is known by its content, never by its revision number:
        // revisions are counted per repository.
        if (!baseHash->isEmpty())
            in.ancestry = QStringList{*baseHash};
        if (local) {
            const QStringList contentKeys = UseCaseContent::fields(in.useCase).keys();
            QSet<QString> provided;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (!bookkeeping.contains(it.key()))
                    provided.insert(it.key());
            }
            if (!contextsGiven.isEmpty()) {
                provided.remove(UseCaseSheet::legacyContextKey());
                provided.insert(contextsGiven);
            }
            const bool all = std::all_of(contentKeys.cbegin(), contentKeys.cend(),
                                         [&provided](const QString &k) { return provided.contains(k); });
            if (!all)
                in.providedFields = provided;
        }
        result.incoming.useCases.append(in);
        result.lines.append(result.fromSheet ? row.line : row.index);
    }
    if (!result.isValid())
        return result; // the valid rows stay in `incoming` for the preview; nothing is planned

    result.incoming.sourceName = sourceName;
    result.incoming.sourceSha256 = sourceSha256;
    result.incoming.sourceKind = sourceKind;
    auto planned = ImportPlanner::plan(m_db, result.incoming);
    if (!planned) {
        if (planned.error().code != ErrorCode::InputRejected)
            return planned.error();
        SheetIssue issue;
        issue.message = planned.error().message;
        addProblem(result.errors, issue);
        return result;
    }
    result.plan = *planned;
    return result;
}

Result<ImportResult> SheetImporter::apply(const SheetImportPlan &plan, const Resolutions &resolutions,
                                          const std::function<bool(int, int)> &progress)
{
    if (!plan.isValid()) {
        const int problems = int(plan.errors.size() + plan.suggestions.size());
        return makeError(ErrorCode::InputRejected,
                         tr("The import has %n problem(s); nothing was imported.", nullptr, problems),
                         plan.problemLines().join(QLatin1Char('\n')));
    }
    ImportPlanner::ApplyOptions options;
    options.expected = &plan.plan;
    options.progress = progress;
    return ImportPlanner::apply(m_db, plan.incoming, resolutions, options);
}

QString SheetImporter::sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sha256Hex(file);
}

} // namespace casebook
