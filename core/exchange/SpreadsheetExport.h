#pragma once

#include "exchange/CsvWriter.h"
#include "model/UseCase.h"
#include "search/ExportSelection.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace casebook {

class Database;

/// What an export writes.
enum class ExportKind {
    UseCasesCsv, ///< one row per use case, every field (UseCaseSheet)
    ScoresCsv, ///< one row per use case x criterion x assessor, and a summary row per use case and rubric
    UseCasesJson, ///< a JSON array of use-case objects (docs/usecase-json.md)
    UseCasesXml, ///< an IEC 62559-3 use-case repository (Iec62559XmlWriter, docs/iec62559-xml.md)
};

/// A sheet in memory: header and records.
struct SheetData
{
    QStringList header;
    QList<QStringList> records;
};

/// Exports the selected use cases to a spreadsheet or JSON file (docs/spreadsheet.md).
/// `progress`, where given, is called before each use case is read with (done, total); returning
/// false cancels (ErrorCode::Cancelled) before anything is written.
class SpreadsheetExport
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetExport)
public:
    using Progress = std::function<bool(int, int)>;

    /// The use cases of `uuids`, in that order, read one by one with `progress` asked before each.
    static Result<QList<UseCase>> readUseCases(Database &db, const QStringList &uuids,
                                               const Progress &progress = {});

    /// The kind a file name asks for: .json -> UseCasesJson, .xml -> UseCasesXml, anything else ->
    /// UseCasesCsv (scores only when asked for).
    static ExportKind kindForPath(const QString &path, bool scores);

    /// The score sheet of `uuids` (in that order): for each use case, a "score" row per assessment and
    /// criterion of its rubric (unscored criteria included), then one "summary" row per rubric with
    /// ScoringEngine::aggregate()'s index, assessor count and flags; a use case without assessments
    /// gets one summary row with an empty index.
    static Result<SheetData> scoreSheet(Database &db, const QStringList &uuids,
                                        const Progress &progress = {});
    /// The use-case sheet of `uuids` (in that order).
    static Result<SheetData> useCaseSheet(Database &db, const QStringList &uuids,
                                          const Progress &progress = {});
    /// The JSON document (an indented array, UTF-8, no BOM) of `uuids`.
    static Result<QByteArray> useCaseJson(Database &db, const QStringList &uuids,
                                          const Progress &progress = {});
    /// The IEC 62559-3 XML document of `uuids` (Iec62559XmlWriter::write).
    static Result<QByteArray> useCaseXml(Database &db, const QStringList &uuids,
                                         const Progress &progress = {});

    /// Resolves the selection (restricted use cases follow its rule) and writes `path` atomically;
    /// returns the use cases written and the restricted ones left out. A cancelled export leaves no
    /// file (and an existing one as it was).
    static Result<SelectedUseCases> exportTo(Database &db, const ExportSelection &selection, ExportKind kind,
                                             const QString &path, const CsvWriteOptions &csvOptions = {},
                                             const Progress &progress = {});
};

} // namespace casebook
