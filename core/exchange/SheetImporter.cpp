#include "exchange/SheetImporter.h"

#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace casebook {

namespace {

/// Keys whose empty cell means "not given" rather than "clear it".
bool keepsWhenEmpty(const QString &field)
{
    static const QStringList keys = {QStringLiteral("uuid"), QStringLiteral("code"),
        QStringLiteral("created_at"), QStringLiteral("modified_at"), QStringLiteral("modified_by"),
        QStringLiteral("revision"), QStringLiteral("approval_status"), QStringLiteral("extra")};
    return keys.contains(field);
}

QString normalizedUuid(const QString &s)
{
    const QUuid u = QUuid::fromString(s.trimmed());
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

/// Tags as the repository stores them (trimmed levels, no duplicates ignoring case, sorted), so that
/// a sheet listing the same tags in another order is not a change.
QStringList canonicalTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString n = UseCaseJson::normalizeTag(t);
        const bool dup = std::any_of(out.cbegin(), out.cend(),
            [&n](const QString &o) { return o.compare(n, Qt::CaseInsensitive) == 0; });
        if (!n.isEmpty() && !dup)
            out.append(n);
    }
    std::sort(out.begin(), out.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
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

bool PlannedRecord::isApplied(ImportPolicy policy) const
{
    switch (action) {
    case Action::New:
        return true;
    case Action::Identical:
    case Action::Conflict:
        return false;
    case Action::Changed:
        if (policy == ImportPolicy::TakeTheirs)
            return true;
        if (policy == ImportPolicy::Newest)
            return carriesTimestamps && incoming.modifiedAt.isValid() && local.modifiedAt.isValid()
                && incoming.modifiedAt > local.modifiedAt;
        return false;
    }
    return false;
}

int SheetImportPlan::count(PlannedRecord::Action action) const
{
    return int(std::count_if(
        records.cbegin(), records.cend(), [action](const PlannedRecord &r) { return r.action == action; }));
}

int SheetImportPlan::writes(ImportPolicy policy) const
{
    return int(std::count_if(
        records.cbegin(), records.cend(), [policy](const PlannedRecord &r) { return r.isApplied(policy); }));
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
        return Error {table.error().code, tr("%1: %2").arg(QFileInfo(path).fileName(), table.error().message),
            table.error().detail};
    return table;
}

QList<IncomingRow> SheetImporter::rowsFromTable(
    const CsvTable &table, const QStringList &fields, const SheetValueOptions &options)
{
    QList<IncomingRow> rows;
    rows.reserve(table.records.size());
    for (int i = 0; i < table.records.size(); ++i) {
        const QStringList &cells = table.records[i];
        IncomingRow row;
        row.index = i;
        row.line = table.recordLines.value(i);
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
                        issue.message
                            = tr("'%1' is a field of its own column, not an extra field").arg(it.key());
                        row.issues.append(issue);
                        continue;
                    }
                    row.fields.insert(it.key(), it.value());
                }
            } else {
                row.fields.insert(field, value);
            }
        }
        rows.append(row);
    }
    return rows;
}

Result<QList<IncomingRow>> SheetImporter::rowsFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InputRejected,
            tr("The file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    QJsonArray array;
    if (doc.isObject())
        array.append(doc.object());
    else
        array = doc.array();
    QList<IncomingRow> rows;
    for (int i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return makeError(
                ErrorCode::InputRejected, tr("record %1: must be a use-case object.").arg(i + 1));
        IncomingRow row;
        row.index = i;
        row.fields = array[i].toObject();
        rows.append(row);
    }
    return rows;
}

Result<SheetImportPlan> SheetImporter::plan(const QList<IncomingRow> &rows) const
{
    UseCaseRepository repo(m_db);
    auto summaries = repo.find(SearchQuery());
    if (!summaries)
        return summaries.error();
    QHash<QString, QString> codeOfUuid; // uuid -> code
    QHash<QString, QString> uuidOfCode; // folded code -> uuid
    for (const UseCaseSummary &s : *summaries) {
        codeOfUuid.insert(s.uuid, s.code);
        uuidOfCode.insert(s.code.toCaseFolded(), s.uuid);
    }

    SheetImportPlan plan;
    plan.rowsRead = int(rows.size());
    QHash<QString, QString> seenUuid; // uuid -> where
    QHash<QString, QString> seenCode; // folded code -> where

    for (const IncomingRow &row : rows) {
        // A row with a problem in a cell is not validated further: its raw value would only be
        // reported a second time.
        for (const SheetIssue &issue : row.issues) {
            if (issue.severity == SheetIssue::Severity::Suggestion)
                addProblem(plan.suggestions, issue);
            else
                addProblem(plan.errors, issue);
        }
        if (!row.issues.isEmpty())
            continue;

        const QString rawUuid = row.fields.value(QStringLiteral("uuid")).toString().trimmed();
        const QString uuid = normalizedUuid(rawUuid);
        if (!rawUuid.isEmpty() && uuid.isEmpty()) {
            addProblem(plan.errors, rowError(row, tr("uuid: '%1' is not a UUID").arg(rawUuid)));
            continue;
        }
        const QString code = row.fields.value(QStringLiteral("code")).toString().trimmed();

        // The same record twice in one file is a mistake, not something to merge.
        if (!uuid.isEmpty()) {
            if (const QString first = seenUuid.value(uuid); !first.isEmpty()) {
                addProblem(plan.errors, rowError(row, tr("uuid: %1 is already used by %2").arg(uuid, first)));
                continue;
            }
            seenUuid.insert(uuid, row.where());
        }
        if (!code.isEmpty()) {
            if (const QString first = seenCode.value(code.toCaseFolded()); !first.isEmpty()) {
                addProblem(plan.errors, rowError(row, tr("code: %1 is already used by %2").arg(code, first)));
                continue;
            }
            seenCode.insert(code.toCaseFolded(), row.where());
        }

        PlannedRecord record;
        record.line = row.line;
        record.index = row.index;
        record.where = row.where();
        record.carriesTimestamps
            = !row.fields.value(QStringLiteral("modified_at")).toString().trimmed().isEmpty();

        QString localUuid;
        if (!uuid.isEmpty() && codeOfUuid.contains(uuid)) {
            localUuid = uuid;
            const QString codeOwner = code.isEmpty() ? QString() : uuidOfCode.value(code.toCaseFolded());
            if (!codeOwner.isEmpty() && codeOwner != uuid) {
                record.action = PlannedRecord::Action::Conflict;
                record.message = tr("its code %1 belongs to another use case here (%2)")
                                     .arg(code, codeOfUuid.value(codeOwner));
            }
        } else if (!code.isEmpty() && uuidOfCode.contains(code.toCaseFolded())) {
            localUuid = uuidOfCode.value(code.toCaseFolded());
            if (uuid.isEmpty()) {
                record.matchedByCode = true;
            } else {
                record.action = PlannedRecord::Action::Conflict;
                record.message = tr("the code %1 belongs to a use case with another UUID here (%2)")
                                     .arg(code, localUuid);
            }
        }

        QJsonObject merged;
        if (!localUuid.isEmpty()) {
            auto local = repo.get(localUuid);
            if (!local)
                return local.error();
            record.local = *local;
            if (record.action != PlannedRecord::Action::Conflict)
                merged = UseCaseJson::toJson(*local);
        }
        for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        if (record.matchedByCode) {
            // Matched ignoring case: the record keeps its identity and the spelling of its code.
            merged.insert(QStringLiteral("uuid"), localUuid);
            merged.insert(QStringLiteral("code"), record.local.code);
        }

        auto parsed = UseCaseJson::fromJson(merged);
        if (!parsed) {
            addProblem(plan.errors, rowError(row, parsed.error().message));
            continue;
        }
        record.incoming = *parsed;
        record.incoming.tags = canonicalTags(record.incoming.tags);

        if (record.action != PlannedRecord::Action::Conflict) {
            if (localUuid.isEmpty()) {
                record.action = PlannedRecord::Action::New;
            } else {
                record.incoming.id = record.local.id;
                const QJsonObject a = UseCaseJson::toJson(record.incoming);
                const QJsonObject b = UseCaseJson::toJson(record.local);
                if (a == b) {
                    record.action = PlannedRecord::Action::Identical;
                } else {
                    record.action = PlannedRecord::Action::Changed;
                    QStringList keys = a.keys() + b.keys();
                    keys.removeDuplicates();
                    for (const QString &key : std::as_const(keys)) {
                        if (a.value(key) != b.value(key))
                            record.changedFields.append(key);
                    }
                }
            }
        }
        plan.records.append(record);
    }
    return plan;
}

Result<ImportOutcome> SheetImporter::apply(const SheetImportPlan &plan, ImportPolicy policy)
{
    if (!plan.isValid()) {
        const int problems = int(plan.errors.size() + plan.suggestions.size());
        return makeError(ErrorCode::InputRejected,
            tr("The import has %n problem(s); nothing was imported.", nullptr, problems),
            plan.problemLines().join(QLatin1Char('\n')));
    }
    ImportOutcome outcome;
    outcome.conflicts = plan.count(PlannedRecord::Action::Conflict);
    if (plan.writes(policy) == 0) {
        outcome.unchanged
            = plan.count(PlannedRecord::Action::Identical) + plan.count(PlannedRecord::Action::Changed);
        return outcome;
    }

    auto backup = m_db.snapshot(QStringLiteral("before-import"));
    if (!backup)
        return backup.error();
    outcome.backupPath = *backup;

    UseCaseRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    for (const PlannedRecord &record : plan.records) {
        if (!record.isApplied(policy)) {
            if (record.action != PlannedRecord::Action::Conflict)
                ++outcome.unchanged;
            continue;
        }
        Result<UseCase> written = record.incoming;
        if (record.action == PlannedRecord::Action::New) {
            written = repo.insert(record.incoming,
                record.carriesTimestamps ? UseCaseRepository::WriteMode::Preserve
                                         : UseCaseRepository::WriteMode::Edit);
            ++outcome.inserted;
        } else {
            // A genuinely newer revision from elsewhere keeps its history; anything else is a local edit.
            const bool newer = record.carriesTimestamps && record.incoming.revision > record.local.revision
                && record.incoming.modifiedAt > record.local.modifiedAt;
            written = repo.update(record.incoming,
                newer ? UseCaseRepository::WriteMode::Preserve : UseCaseRepository::WriteMode::Edit);
            ++outcome.updated;
        }
        if (!written)
            return Error {written.error().code, tr("%1: %2").arg(record.where, written.error().message),
                written.error().detail};
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace casebook
