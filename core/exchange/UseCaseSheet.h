#pragma once

#include "exchange/CsvWriter.h"
#include "model/UseCase.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// How a field of the use-case record is written in one spreadsheet cell.
enum class SheetFieldKind {
    Text, ///< the text as it is (identifiers, timestamps, narrative with line breaks)
    Number, ///< a whole number (revision)
    TextList, ///< several values joined with "; " (CsvMultiValue)
    NumberList, ///< several whole numbers joined with "; " (sdgs)
    Records, ///< a JSON array of objects, as in the use-case JSON form; or plain values (see cellToJson)
    Extra, ///< the JSON object of fields from a newer Casebook (column "extra")
};

/// A problem found in one cell of an incoming sheet.
struct SheetIssue
{
    enum class Severity {
        Error, ///< the row cannot be imported as it is
        Suggestion, ///< a value is not in its vocabulary but one is likely; an error unless suggestions are
                    ///< accepted
    };
    Severity severity = Severity::Error;
    int line = 0; ///< physical line of the row (1-based), 0 when not from a sheet
    int column = -1; ///< column index in the sheet, -1 when not about one cell
    QString field;
    QString input; ///< the value as read
    QString suggestion; ///< the vocabulary id proposed, for Suggestion
    QString message; ///< translated, without the "line N:" prefix

    /// "line N: field: message" (or "message" when the line is unknown).
    QString text() const;
};

/// Choices that turn sheet cells into record values.
struct SheetValueOptions
{
    /// Use the vocabulary's suggestion for a value that is not an exact id or label ("Smart city" ->
    /// smart_city_services). Off: such a value is an error that names the suggestion.
    bool acceptSuggestions = false;
    /// Replacements per field, applied before the vocabulary: field -> (value as typed -> id). Keys
    /// are compared after trimming and ignoring case.
    QHash<QString, QHash<QString, QString>> valueMap;
};

/// The spreadsheet form of a use case: one row per use case, one column per field of the record
/// (docs/spreadsheet.md). The column names are the keys of the use-case JSON form, so a sheet written
/// here is mapped back without questions, and every field survives the round trip.
class UseCaseSheet
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseSheet)
public:
    /// Every field key in the order of the use-case JSON form (without "extra").
    static const QStringList &fieldKeys();
    /// The column that names the version a row was exported from: "content_sha256", the
    /// UseCaseContent::hash() of the record when it was written. Not a field of the record: on
    /// import it tells the planner which version the row started from (docs/spreadsheet.md).
    static const QString &contentHashKey();
    /// The column of the earlier form: one development context for the whole record, spread over the
    /// record's countries on import ("development_context"). Read, never written.
    static const QString &legacyContextKey();
    /// The fields a sheet's column may give on import: fieldKeys(), legacyContextKey() and the
    /// scenario and step fields of a sheet laid out one row per step (StepTable::fieldKeys()).
    static QStringList importFields();
    /// The field keys a column may be mapped to: importFields(), "extra" and contentHashKey().
    static QStringList mappableFields();
    /// True for a key of mappableFields().
    static bool isField(const QString &key);
    static SheetFieldKind kindOf(const QString &field);
    /// For Records fields: the key of the object that a plain (non-JSON) value fills, e.g. "name"
    /// for actors, "reference" for standards; empty when plain values are not accepted (attachments).
    /// Plain values of requirements and information exchanged may start with their id ("R-1: ...");
    /// those of development_contexts are "EG: developing", or "developing" for the whole record.
    static QString plainKeyOf(const QString &field);
    /// A translated, human name of a field for the GUI ("Deployment stage").
    static QString displayName(const QString &field);

    /// The header written for `useCases`: fieldKeys(), plus "extra" when one of them has fields from
    /// a newer Casebook, then contentHashKey().
    static QStringList headerFor(const QList<UseCase> &useCases);
    /// The cells of one use case under `header` (field keys).
    static QStringList toRow(const UseCase &useCase, const QStringList &header);
    /// One cell: the value of `field` from the use-case JSON object.
    static QString cellFromJson(const QJsonObject &json, const QString &field);

    /// The whole sheet as bytes (CsvWriter: BOM, CRLF, RFC 4180 quoting, formula neutralisation).
    static QByteArray writeCsv(const QList<UseCase> &useCases, const CsvWriteOptions &options = {});
    /// Writes the sheet atomically to `path`.
    static Status writeCsvFile(const QString &path, const QList<UseCase> &useCases,
                               const CsvWriteOptions &options = {});

    /// Turns one cell into the JSON value of `field` (for UseCaseJson::fromJson), normalising
    /// vocabulary values and adding issues for what cannot be read. An empty cell gives an empty
    /// string or array. Records cells hold a JSON array; a cell that does not start with '[' is read as
    /// "; "-separated plain values that fill plainKeyOf(field) of one object each.
    static QJsonValue cellToJson(const QString &field, const QString &cell, const SheetValueOptions &options,
                                 QList<SheetIssue> *issues);
};

} // namespace casebook
