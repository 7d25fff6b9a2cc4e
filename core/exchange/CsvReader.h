#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace casebook {

/// Bounds that keep a hostile or mistaken file from exhausting memory. Every limit is checked while
/// parsing, so a file is rejected as soon as it crosses one, not after it has been read whole. With these
/// defaults a file of up to 10 MB is read (and imported) in well under 300 MB (docs/spreadsheet.md, Limits).
struct CsvLimits
{
    qint64 maxFileBytes = 50 * 1024 * 1024; ///< whole file, before decoding
    int maxColumns = 256; ///< cells in one row, header included; the header is checked first
    qint64 maxCellBytes =
        1024 * 1024; ///< one cell, in UTF-8 bytes (a long text field holds 1,000,000 characters)
    /// Most records one import reads, from a sheet or a JSON file: the plan and its preview hold them all.
    static constexpr int kMaxRecords = 50000;
    int maxRows = kMaxRecords; ///< records after the header
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

/// The header of a sheet and how its text was found.
struct CsvHeader
{
    QStringList names;
    int line = 0; ///< physical line (1-based) where the header starts
    QChar separator;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

/// Receives a sheet while it is parsed: the header first, then each record as soon as it is read, so a
/// caller can map and convert rows without holding every cell of the file. A handler that returns an
/// error stops the parse with that error.
struct CsvSink
{
    std::function<Status(const CsvHeader &header)> header;
    /// `cells` has at most header.names.size() entries: a short row stays short (it is never padded).
    std::function<Status(const QStringList &cells, int line)> record;
};

/// A parsed sheet: the first non-empty row is the header, the rest are records. A record has at most
/// header.size() cells; a shorter one lacks the trailing empty cells (read them with value(c)).
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
/// - Rows: lines with no content (an empty line, or only separators) are skipped. A row with more
///   non-empty cells than the header is rejected; a shorter row is kept as it is (not padded).
/// - Limits (CsvLimits): file size, columns (the header's are checked before any record is read), cell
///   size and row count; crossing one rejects the file with the line where it happened.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(CsvReadOptions options = CsvReadOptions());

    /// Parses a whole file held in memory. Errors are ErrorCode::InputRejected with a translated
    /// one-sentence message that starts with the line number ("line 12: ...").
    Result<CsvTable> read(const QByteArray &bytes) const;
    /// Parses like read() but hands the header and each record to `sink` instead of keeping them.
    Result<CsvHeader> read(const QByteArray &bytes, const CsvSink &sink) const;
    /// Reads and parses a file; its size is checked before it is loaded.
    Result<CsvTable> readFile(const QString &path) const;
    Result<CsvHeader> readFile(const QString &path, const CsvSink &sink) const;

    const CsvReadOptions &options() const { return m_options; }

private:
    Result<QByteArray> loadFile(const QString &path) const;

    CsvReadOptions m_options;
};

} // namespace casebook
