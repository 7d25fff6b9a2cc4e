#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// Bounds that keep a hostile or mistaken file from exhausting memory. Every limit is checked while
/// parsing, so a file is rejected as soon as it crosses one, not after it has been read whole.
struct CsvLimits
{
    qint64 maxFileBytes = 50 * 1024 * 1024; ///< whole file, before decoding
    int maxColumns = 500; ///< cells in one row, header included
    qint64 maxCellBytes = 1024 * 1024; ///< one cell, in UTF-8 bytes
    int maxRows = 200000; ///< records after the header
};

/// How the text was stored, as found from its byte order mark (no BOM means UTF-8).
enum class CsvEncoding {
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian, ///< with BOM, as Excel's "Unicode text" writes it
    Utf16BigEndian, ///< with BOM
};

struct CsvReadOptions
{
    /// ',', ';' or '\t'; a null QChar detects it from the header line (see CsvReader).
    QChar separator;
    /// Undo CsvFormulaGuard::neutralise() on every cell, so a sheet written by CsvWriter reads back as
    /// the original text. Off by default: a sheet from elsewhere may mean its leading quote.
    bool restoreNeutralisedFormulas = false;
    CsvLimits limits;
};

/// A parsed sheet: the first non-empty row is the header, the rest are records. Every record has
/// exactly header.size() cells (short rows are padded with empty cells).
struct CsvTable
{
    QStringList header;
    int headerLine = 0; ///< physical line (1-based) where the header starts
    QList<QStringList> records;
    QList<int> recordLines; ///< recordLines[i] is the physical line where records[i] starts
    QChar separator;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

/// Parses spreadsheet CSV exports (RFC 4180 and what Excel and LibreOffice really write).
///
/// Rules, in the order a file meets them:
/// - Size: a file larger than CsvLimits::maxFileBytes is rejected before it is decoded.
/// - Encoding: a UTF-16 LE/BE or UTF-8 byte order mark selects the encoding; without one the bytes must
///   be valid UTF-8 (overlong forms, surrogates and code points above U+10FFFF are invalid). Invalid
///   text and NUL characters are rejected with the line they are on.
/// - Lines end with CRLF, LF or CR; line numbers count physical lines, including the ones inside quoted
///   values, so they match what a text editor shows.
/// - Separator: when not given, the one of ',', ';' and TAB that occurs most often in the header line
///   outside quotes; on a tie TAB wins over ';' and ';' over ',' (header names often contain commas,
///   rarely semicolons or tabs); with none of them the sheet has one column.
/// - Quoting: a value that starts with '"' is quoted; inside it separators, CR and LF are text and '""'
///   is one quote. After the closing quote only spaces may come before the separator or the line end;
///   anything else is rejected. A quote that is never closed is rejected with the line it opened on.
/// - Stray quotes: a '"' inside a value that did not start with one (5" screen) is kept as text, as
///   Excel and LibreOffice do. Spaces before an opening quote make the value unquoted (RFC 4180).
/// - Rows: lines with no content (an empty line, or only separators) are skipped. A row with more cells
///   than the header is rejected; a shorter row is padded with empty cells.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(CsvReadOptions options = CsvReadOptions());

    /// Parses a whole file held in memory. Errors are ErrorCode::InputRejected with a translated
    /// one-sentence message that starts with the line number ("line 12: ...").
    Result<CsvTable> read(const QByteArray &bytes) const;
    /// Reads and parses a file; its size is checked before it is loaded.
    Result<CsvTable> readFile(const QString &path) const;

    const CsvReadOptions &options() const { return m_options; }

private:
    CsvReadOptions m_options;
};

} // namespace casebook
