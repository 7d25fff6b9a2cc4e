#pragma once

#include "exchange/CsvReader.h"
#include "exchange/SheetMapping.h"
#include "exchange/UseCaseSheet.h"
#include "merge/ImportPlan.h"
#include "merge/IncomingRecords.h"
#include "model/UseCase.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <QString>
#include <QStringList>
#include <functional>

#include <functional>

namespace casebook {

class Database;

/// One incoming record before it is matched against the repository: only the fields its source
/// gives (a sheet's mapped columns, or every key of a JSON object).
struct IncomingRow
{
    int line = 0; ///< physical line of a sheet row (1-based); 0 for a JSON record
    int index = 0; ///< position in the source (0-based)
    QJsonObject fields; ///< use-case JSON keys and values
    /// The scenario and step cells of a sheet laid out one row per step (StepTable::fieldKeys());
    /// StepTable::assemble() moves them into `fields`.
    QJsonObject step;
    QList<SheetIssue> issues; ///< problems found while reading the cells

    /// "line 12" for a sheet row, "record 3" for a JSON record (1-based).
    QString where() const;
};

/// Everything an import would do, for the preview (wizard page, `--dry-run`): the rows that could be
/// read, as IncomingRecords for ImportPlanner, and its plan; or the problems that stop the import.
/// Nothing is written while planning.
struct SheetImportPlan
{
    IncomingRecords incoming; ///< the rows that passed validation
    QList<int> lines; ///< lines[i]: the line (sheet) or 0-based index (JSON) of incoming.useCases[i]
    bool fromSheet = true; ///< false for a JSON source: lines hold record indexes
    ImportPlan plan; ///< ImportPlanner::plan() of `incoming`; empty when any row has a problem
    QList<SheetIssue> errors; ///< problems that stop the import (with line numbers)
    QList<SheetIssue> suggestions; ///< vocabulary suggestions not accepted (they also stop it)
    int rowsRead = 0;

    /// True when nothing stops the import.
    bool isValid() const { return errors.isEmpty() && suggestions.isEmpty(); }
    /// How many use cases of the plan have `status`.
    int count(RecordStatus status) const { return plan.count(RecordKind::UseCase, status); }
    /// "line 12" / "record 3" for a record of the plan.
    QString whereOf(const RecordPlan &record) const;
    /// The sheet line of a record of the plan (0 when not from a sheet).
    int lineOf(const RecordPlan &record) const;
    /// Whether apply() under `resolutions` changes the repository for this record (adds, updates,
    /// merges, restores, deletes or adds tags).
    static bool writes(const RecordPlan &record, const Resolutions &resolutions);
    /// How many records apply() would change under `resolutions`.
    int writes(const Resolutions &resolutions) const;
    /// Every problem as "line N: field: message", errors first; at most `limit` lines, then a count.
    QStringList problemLines(int limit = 50) const;
};

/// Resolutions that answer every question with one policy (the CLI's --policy, the wizard's choice).
Resolutions resolutionsFor(MergePolicy policy);

/// Brings use cases in from a spreadsheet (or a JSON array) in steps a person can check:
/// read -> map -> rows (cells to fields, vocabulary checks) -> plan (match by UUID, then by code;
/// validate; new / identical / changed / conflict) -> apply (one transaction, kept so it can be taken back).
/// A rejected input or a failed write leaves the repository exactly as it was.
///
/// Planning and applying are ImportPlanner's (core/merge), as for bundles: rows are matched by UUID,
/// then by code; one-sided changes merge, conflicts follow the policy; tags merge as a union; apply()
/// takes a snapshot, writes in one transaction and logs the import. A sheet exported by Casebook
/// carries each row's `content_sha256` (UseCaseSheet::contentHashKey()): the content hash of the
/// version it was written from. When that version is known here, cells edited in the sheet are
/// recognised as changes made there; its `revision` column is never used for this, since revisions
/// are counted per repository.
class SheetImporter
{
    Q_DECLARE_TR_FUNCTIONS(SheetImporter)
public:
    /// At most this many problems are kept in a plan (a broken sheet of 200,000 rows stays readable).
    static constexpr int kMaxProblems = 1000;

    explicit SheetImporter(Database &db);

    /// Reads a CSV file: UTF-8 with or without BOM, UTF-16 with BOM; ',' ';' or TAB (detected when
    /// `separator` is null). Formula neutralisation by CsvWriter is undone. Errors name the line.
    static Result<CsvTable> readCsv(const QByteArray &bytes, QChar separator = {},
                                    const CsvLimits &limits = {});
    static Result<CsvTable> readCsvFile(const QString &path, QChar separator = {},
                                        const CsvLimits &limits = {});

    /// Maps a sheet's header to one field key per column (empty: left out), or refuses it.
    using HeaderMapper = std::function<Result<QStringList>(const QStringList &header)>;
    /// Reads a CSV file straight into incoming rows: the header is read and mapped first, then each
    /// record becomes a row as soon as it is parsed, so the cells of the whole file are never held at
    /// once (a 10 MB sheet imports in well under 300 MB). Errors name the file and the line.
    static Result<QList<IncomingRow>> readCsvRows(const QString &path, QChar separator,
                                                  const HeaderMapper &mapHeader,
                                                  const SheetValueOptions &options,
                                                  const CsvLimits &limits = {});

    /// One record of a sheet as an incoming row under the chosen fields (see rowsFromTable()).
    static IncomingRow rowFromCells(const QStringList &cells, int line, const QStringList &fields,
                                    const SheetValueOptions &options);
    /// Turns the records of a sheet into incoming rows under the chosen fields (ResolvedColumns::fields).
    /// Empty cells of identity columns (uuid, code, timestamps, revision, modified_by, approval_status)
    /// are left out, so they never clear what the repository holds. A sheet with step columns (one
    /// row per step, as the IEC 62559-2 template's step table) gives one row per use case
    /// (StepTable::assemble), as readCsvRows() does.
    static QList<IncomingRow> rowsFromTable(const CsvTable &table, const QStringList &fields,
                                            const SheetValueOptions &options);
    /// Reads a JSON use-case array (or one object) as written by the JSON export.
    static Result<QList<IncomingRow>> rowsFromJson(const QByteArray &json);
    /// rowsFromJson() of a file of at most kMaxJsonFileBytes; every error names the file.
    static Result<QList<IncomingRow>> rowsFromJsonFile(const QString &path);
    static constexpr qint64 kMaxJsonFileBytes = 64LL * 1024 * 1024;

    /// Validates every row (merged over the record it matches here, so a sheet may give only some
    /// columns) and, when all are valid, plans the import with ImportPlanner. Fails only when storage
    /// fails. `sourceName` and `sourceSha256` identify the file in the import log.
    Result<SheetImportPlan> plan(const QList<IncomingRow> &rows, const QString &sourceName = {},
                                 const QString &sourceSha256 = {},
                                 const QString &sourceKind = QStringLiteral("csv")) const;
    /// Applies a valid plan (ImportPlanner::apply: one transaction, with the log and what it changed).
    /// Refuses a plan with problems (ErrorCode::InputRejected) and a repository that changed since the
    /// plan was made (ErrorCode::Usage). When nothing is to be written, writes nothing.
    Result<ImportResult> apply(const SheetImportPlan &plan, const Resolutions &resolutions,
                               const std::function<bool(int, int)> &progress = {});

    /// Lowercase hex SHA-256 of a file, to recognise the same file in the import log; empty when unreadable.
    static QString sha256OfFile(const QString &path);

private:
    Database &m_db;
};

} // namespace casebook
