#pragma once

#include <QString>
#include <QStringList>

namespace casebook {

/// Several values in one spreadsheet cell (verticals, tags, SDGs, countries, regions).
///
/// The rule: values are joined with "; " (semicolon and space). When splitting, the cell is cut at every
/// ';' that is not escaped, each value is trimmed of surrounding white space, and empty values are
/// dropped. A literal ';' inside a value is written "\;". A backslash is written "\\" only where it
/// could be misread: before a ';', before another backslash, or at the end of a value; elsewhere it
/// stays as it is, so "C:\data" is written unchanged. When splitting, "\;" gives ';' and "\\" gives
/// '\'; any other backslash is kept as text.
/// Values that start or end with white space, or are empty, do not survive the round trip (by design:
/// hand-typed cells are full of stray spaces).
class CsvMultiValue
{
public:
    /// The separator written between values.
    static QString joinSeparator() { return QStringLiteral("; "); }
    /// Joins values into one cell, escaping ';' and the backslashes that need it.
    static QString join(const QStringList &values);
    /// Splits a cell into trimmed, non-empty values, undoing the escapes of join().
    static QStringList split(const QString &cell);
    /// One value escaped as join() writes it.
    static QString escape(const QString &value);
};

} // namespace casebook
