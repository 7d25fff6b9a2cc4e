#pragma once

#include "exchange/UseCaseSheet.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// The field chosen for every column of one sheet's header.
struct ResolvedColumns
{
    QStringList fields; ///< one entry per column: a key of UseCaseSheet::mappableFields(), or empty
    QList<int> unmapped; ///< columns with a header that names no field and that nobody chose: ask
    QList<int> duplicates; ///< columns whose field an earlier column already holds (left empty)
    QList<int> ignored; ///< columns the mapping says to leave out

    bool isComplete() const { return unmapped.isEmpty() && duplicates.isEmpty(); }
    int columnOf(const QString &field) const { return fields.indexOf(field); }
};

/// How to read a sheet whose headers are not Casebook's own: the column choices and value
/// replacements of the import wizard, or of a mapping file given to `casebook-cli import --mapping`
/// (format "casebook-csv-mapping", documented in docs/spreadsheet.md).
///
/// Columns the mapping does not name are mapped automatically: by ColumnMapper (the synonyms of the
/// six UI languages) or by a field key written as it is ("deployment_stage", "Deployment stage").
class SheetMapping
{
    Q_DECLARE_TR_FUNCTIONS(SheetMapping)
public:
    /// Header name as written in the sheet -> field key, or an empty string to leave the column out.
    QHash<QString, QString> columns;
    /// Vocabulary suggestions and value replacements.
    SheetValueOptions values;
    /// ',', ';' or TAB to force a separator; null to detect it.
    QChar separator;

    /// Reads a mapping file; the error names the key that is wrong.
    static Result<SheetMapping> fromJson(const QByteArray &json);
    /// The mapping file form (indented JSON), for saving what the member chose in the wizard.
    QByteArray toJson() const;

    /// Sets the choice for one header (empty field: leave the column out).
    void choose(const QString &header, const QString &field) { columns.insert(header, field); }

    /// The field for each column of `header`: this mapping's choices first, then the automatic ones.
    ResolvedColumns resolve(const QStringList &header) const;
    /// The field a header maps to without any choice, or an empty string. `sheetHeader`, the whole
    /// header row, gives names such as "ID" their meaning (ColumnMapper::fieldFor).
    static QString automaticField(const QString &header, const QStringList &sheetHeader = {});
};

} // namespace casebook
