#pragma once

#include "exchange/CsvReader.h"
#include "exchange/SheetMapping.h"
#include "exchange/UseCaseSheet.h"
#include "model/UseCase.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

class Database;

/// One incoming record before it is matched against the repository: only the fields its source
/// gives (a sheet's mapped columns, or every key of a JSON object).
struct IncomingRow
{
    int line = 0; ///< physical line of a sheet row (1-based); 0 for a JSON record
    int index = 0; ///< position in the source (0-based)
    QJsonObject fields; ///< use-case JSON keys and values
    QList<SheetIssue> issues; ///< problems found while reading the cells

    /// "line 12" for a sheet row, "record 3" for a JSON record (1-based).
    QString where() const;
};

/// What an import does with records that are already in the repository.
enum class ImportPolicy {
    KeepMine, ///< changed records are left as they are here (the default)
    TakeTheirs, ///< changed records are replaced by the incoming fields
    Newest, ///< the one with the later modified_at wins; incoming rows without modified_at lose
};

/// The plan for one incoming record.
struct PlannedRecord
{
    enum class Action {
        New, ///< not here: inserted
        Identical, ///< here with the same content: nothing to do
        Changed, ///< here with other content: the policy decides
        Conflict, ///< cannot be matched safely (its code belongs to another record here): never applied
    };
    Action action = Action::New;
    int line = 0;
    int index = 0;
    QString where;
    UseCase incoming; ///< the record as it would be stored (the sheet's fields over the local record)
    UseCase local; ///< the record here, for Identical, Changed and Conflict (when there is one)
    QStringList changedFields; ///< keys whose value differs, for Changed
    bool matchedByCode = false; ///< the row had no UUID and was matched by its code
    bool carriesTimestamps = false; ///< the row gives modified_at: inserted with its own history
    QString message; ///< why, for Conflict (translated)

    /// Whether apply() writes this record under `policy`.
    bool isApplied(ImportPolicy policy) const;
};

/// Everything an import would do, for the preview (wizard page, `--dry-run`). Nothing is written
/// while planning.
struct SheetImportPlan
{
    QList<PlannedRecord> records; ///< rows that passed validation, in source order
    QList<SheetIssue> errors; ///< problems that stop the import (with line numbers)
    QList<SheetIssue> suggestions; ///< vocabulary suggestions not accepted (they also stop it)
    int rowsRead = 0;

    int count(PlannedRecord::Action action) const;
    /// True when nothing stops the import.
    bool isValid() const { return errors.isEmpty() && suggestions.isEmpty(); }
    /// How many records apply() would write under `policy`.
    int writes(ImportPolicy policy) const;
    /// Every problem as "line N: field: message", errors first; at most `limit` lines, then a count.
    QStringList problemLines(int limit = 50) const;
};

/// What apply() did.
struct ImportOutcome
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0; ///< identical, or changed but kept by the policy
    int conflicts = 0; ///< not applied
    QString backupPath; ///< the snapshot taken before writing; empty when nothing was written
};

/// Brings use cases in from a spreadsheet (or a JSON array) in steps a person can check:
/// read -> map -> rows (cells to fields, vocabulary checks) -> plan (match by UUID, then by code;
/// validate; new / identical / changed / conflict) -> apply (a snapshot, then one transaction).
/// A rejected input or a failed write leaves the repository exactly as it was.
///
/// This is the CSV/JSON import planner of core/exchange; it plans like a bundle import but works on
/// use cases only (no rubrics, assessments or attachments).
class SheetImporter
{
    Q_DECLARE_TR_FUNCTIONS(SheetImporter)
public:
    /// At most this many problems are kept in a plan (a broken sheet of 200,000 rows stays readable).
    static constexpr int kMaxProblems = 1000;

    explicit SheetImporter(Database &db);

    /// Reads a CSV file: UTF-8 with or without BOM, UTF-16 with BOM; ',' ';' or TAB (detected when
    /// `separator` is null). Formula neutralisation by CsvWriter is undone. Errors name the line.
    static Result<CsvTable> readCsv(
        const QByteArray &bytes, QChar separator = {}, const CsvLimits &limits = {});
    static Result<CsvTable> readCsvFile(
        const QString &path, QChar separator = {}, const CsvLimits &limits = {});

    /// Turns the records of a sheet into incoming rows under the chosen fields (ResolvedColumns::fields).
    /// Empty cells of identity columns (uuid, code, timestamps, revision, modified_by, approval_status)
    /// are left out, so they never clear what the repository holds.
    static QList<IncomingRow> rowsFromTable(
        const CsvTable &table, const QStringList &fields, const SheetValueOptions &options);
    /// Reads a JSON use-case array (or one object) as written by the JSON export.
    static Result<QList<IncomingRow>> rowsFromJson(const QByteArray &json);

    /// Matches and validates every row against the repository; fails only when storage fails.
    Result<SheetImportPlan> plan(const QList<IncomingRow> &rows) const;
    /// Applies a valid plan under `policy`: a snapshot of the database, then one transaction. Refuses
    /// a plan with problems (ErrorCode::InputRejected). When nothing is to be written, writes nothing.
    Result<ImportOutcome> apply(const SheetImportPlan &plan, ImportPolicy policy = ImportPolicy::KeepMine);

private:
    Database &m_db;
};

} // namespace casebook
