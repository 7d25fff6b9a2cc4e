#include "exchange/CsvReader.h"

#include "exchange/CsvFormulaGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace casebook {

namespace {

/// Counts physical lines the way a text editor does: CRLF, LF and a lone CR each end one line.
class LineCounter
{
public:
    int line() const { return m_line; }
    /// Call with each unit and the one after it (0 at the end): a CR followed by LF ends no line.
    template<typename Unit> void feed(Unit c, Unit next)
    {
        if (c == Unit('\n') || (c == Unit('\r') && next != Unit('\n')))
            ++m_line;
    }
    void newLine() { ++m_line; }

private:
    int m_line = 1;
};

Error rejected(const QString &message, const QString &detail = {})
{
    return makeError(ErrorCode::InputRejected, message, detail);
}

/// Position of the first problem found while validating or decoding the bytes.
struct TextProblem
{
    enum Kind { None, InvalidText, Nul } kind = None;
    int line = 0;
    qint64 offset = 0;
};

/// Checks that `data` is well-formed UTF-8 without NUL bytes, counting lines to name the bad one.
TextProblem validateUtf8(const char *data, qint64 size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    LineCounter lines;
    qint64 i = 0;
    while (i < size) {
        const uchar c = p[i];
        if (c < 0x80) {
            if (c == 0)
                return {TextProblem::Nul, lines.line(), i};
            lines.feed<uchar>(c, i + 1 < size ? p[i + 1] : 0);
            ++i;
            continue;
        }
        int extra = 0;
        uint cp = 0;
        uint minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, cp = c & 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, cp = c & 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, cp = c & 0x07, minimum = 0x10000;
        } else {
            return {TextProblem::InvalidText, lines.line(), i};
        }
        if (i + extra >= size)
            return {TextProblem::InvalidText, lines.line(), i};
        for (int k = 1; k <= extra; ++k) {
            const uchar cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return {TextProblem::InvalidText, lines.line(), i};
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return {TextProblem::InvalidText, lines.line(), i};
        i += extra + 1;
    }
    return {};
}

/// Decodes UTF-16 (without its BOM), checking surrogate pairs and NUL characters.
TextProblem decodeUtf16(const char *data, qint64 size, bool littleEndian, QString *out)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    const qint64 units = size / 2;
    out->resize(units);
    QChar *dst = out->data();
    for (qint64 u = 0; u < units; ++u) {
        const uchar a = p[2 * u], b = p[2 * u + 1];
        dst[u] = QChar(littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b));
    }
    LineCounter lines;
    for (qint64 u = 0; u < units; ++u) {
        const char16_t c = dst[u].unicode();
        const char16_t next = u + 1 < units ? dst[u + 1].unicode() : char16_t(0);
        if (c == 0)
            return {TextProblem::Nul, lines.line(), 2 * u};
        if (QChar::isHighSurrogate(c)) {
            if (!QChar::isLowSurrogate(next))
                return {TextProblem::InvalidText, lines.line(), 2 * u};
            ++u;
            continue;
        }
        if (QChar::isLowSurrogate(c))
            return {TextProblem::InvalidText, lines.line(), 2 * u};
        lines.feed<char16_t>(c, next);
    }
    if (size % 2 != 0)
        return {TextProblem::InvalidText, lines.line(), size - 1};
    return {};
}

/// The separator of the first non-empty line: the most frequent of TAB, ';' and ',' outside quotes.
char detectSeparator(const char *p, qint64 size)
{
    qint64 i = 0;
    while (i < size && (p[i] == '\r' || p[i] == '\n'))
        ++i;
    bool quoted = false;
    qint64 tabs = 0, semicolons = 0, commas = 0;
    for (; i < size; ++i) {
        const char c = p[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\r' || c == '\n')
            break;
        else if (c == '\t')
            ++tabs;
        else if (c == ';')
            ++semicolons;
        else if (c == ',')
            ++commas;
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return '\t';
    if (semicolons > 0 && semicolons >= commas)
        return ';';
    return ',';
}

/// The RFC 4180 state machine over validated UTF-8.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader) // same translation context as CsvReader itself
public:
    Parser(const char *data, qint64 size, char separator, const CsvLimits &limits)
        : p(data)
        , n(size)
        , sep(separator)
        , m_limits(limits)
    { }

    /// Reads the header, hands it to the sink, then hands over each record as soon as it is parsed.
    Status parse(CsvHeader *header, const CsvSink &sink, bool restoreFormulas)
    {
        QStringList row;
        int records = 0;
        while (i < n) {
            const int rowLine = lines.line();
            row.clear();
            if (Status s = parseRow(&row, rowLine, header->line == 0); !s)
                return s;
            if (isBlank(row))
                continue;
            if (restoreFormulas) {
                for (QString &cell : row)
                    cell = CsvFormulaGuard::restore(cell);
            }
            if (header->line == 0) {
                header->names = row;
                header->line = rowLine;
                if (Status s = sink.header ? sink.header(*header) : Status(); !s)
                    return s;
                continue;
            }
            if (Status s = fitToHeader(&row, header->names.size(), rowLine); !s)
                return s;
            if (records >= m_limits.maxRows) {
                return rejected(
                    tr("line %1: the file has more than %2 rows, the most Casebook reads at once.")
                        .arg(rowLine)
                        .arg(m_limits.maxRows),
                    QStringLiteral("row limit %1").arg(m_limits.maxRows));
            }
            ++records;
            if (Status s = sink.record ? sink.record(row, rowLine) : Status(); !s)
                return s;
        }
        if (header->line == 0)
            return rejected(tr("The file is empty: it has no header row."));
        return {};
    }

private:
    bool atLineEnd() const { return i >= n || p[i] == '\r' || p[i] == '\n'; }

    void consumeLineEnd()
    {
        if (i < n && p[i] == '\r') {
            ++i;
            if (i < n && p[i] == '\n')
                ++i;
            countLine();
        } else if (i < n && p[i] == '\n') {
            ++i;
            countLine();
        }
    }

    void countLine() { lines.newLine(); }

    static bool isBlank(const QStringList &row)
    {
        return std::all_of(row.cbegin(), row.cend(), [](const QString &cell) { return cell.isEmpty(); });
    }

    /// Drops empty cells past the header's width (a row may not have a value there). A shorter row is
    /// left short: padding every row to a wide header is what let a small file take gigabytes.
    static Status fitToHeader(QStringList *row, qsizetype width, int rowLine)
    {
        for (qsizetype k = width; k < row->size(); ++k) {
            if (!row->at(k).trimmed().isEmpty()) {
                return rejected(tr("line %1: the row has a value in column %2, but the header "
                                   "has only %3 columns.")
                                    .arg(rowLine)
                                    .arg(k + 1)
                                    .arg(width),
                                QStringLiteral("extra cell at line %1").arg(rowLine));
            }
        }
        if (row->size() > width)
            row->resize(width);
        return {};
    }

    Error cellTooLong(int cellLine) const
    {
        return rejected(tr("line %1: a value is longer than %2 KB, the most Casebook reads in one cell.")
                            .arg(cellLine)
                            .arg(m_limits.maxCellBytes / 1024),
                        QStringLiteral("cell limit %1 bytes").arg(m_limits.maxCellBytes));
    }

    Status parseRow(QStringList *row, int rowLine, bool inHeader)
    {
        for (;;) {
            const int cellLine = lines.line();
            QString cell;
            if (i < n && p[i] == '"') {
                if (Status s = parseQuoted(&cell, cellLine); !s)
                    return s;
            } else {
                const qint64 start = i;
                while (i < n && p[i] != sep && p[i] != '\r' && p[i] != '\n') {
                    if (i - start >= m_limits.maxCellBytes)
                        return cellTooLong(cellLine);
                    ++i;
                }
                cell = QString::fromUtf8(p + start, i - start);
            }
            if (row->size() >= m_limits.maxColumns) {
                const QString message = inHeader
                    ? tr("line %1: the header has more than %2 columns, the most Casebook reads.")
                    : tr("line %1: the row has more than %2 columns, the most Casebook reads.");
                return rejected(message.arg(rowLine).arg(m_limits.maxColumns),
                                QStringLiteral("column limit %1").arg(m_limits.maxColumns));
            }
            row->append(cell);
            if (i < n && p[i] == sep) {
                ++i;
                continue;
            }
            consumeLineEnd();
            return {};
        }
    }

    Status parseQuoted(QString *cell, int cellLine)
    {
        ++i; // opening quote
        QByteArray buffer;
        qint64 start = i;
        for (;;) {
            if (i >= n) {
                return rejected(tr("line %1: a quoted value is never closed.").arg(cellLine),
                                QStringLiteral("unterminated quote opened at line %1").arg(cellLine));
            }
            if (buffer.size() + (i - start) > m_limits.maxCellBytes)
                return cellTooLong(cellLine);
            const char c = p[i];
            if (c == '"') {
                buffer.append(p + start, i - start);
                if (i + 1 < n && p[i + 1] == '"') {
                    buffer.append('"');
                    i += 2;
                    start = i;
                    continue;
                }
                ++i; // closing quote
                break;
            }
            if (c == '\r') {
                if (i + 1 < n && p[i + 1] == '\n')
                    ++i;
                countLine();
            } else if (c == '\n') {
                countLine();
            }
            ++i;
        }
        while (i < n && p[i] == ' ')
            ++i;
        if (!atLineEnd() && p[i] != sep) {
            return rejected(tr("line %1: a quoted value is followed by other text; write a quote inside "
                               "a quoted value as two quotes (\"\").")
                                .arg(lines.line()),
                            QStringLiteral("text after closing quote at byte %1").arg(i));
        }
        *cell = QString::fromUtf8(buffer);
        return {};
    }

    const char *p;
    const qint64 n;
    const char sep;
    const CsvLimits &m_limits;
    qint64 i = 0;
    LineCounter lines;
};

} // namespace

CsvReader::CsvReader(CsvReadOptions options)
    : m_options(std::move(options))
{ }

Result<CsvHeader> CsvReader::read(const QByteArray &bytes, const CsvSink &sink) const
{
    const CsvLimits &limits = m_options.limits;
    if (bytes.size() > limits.maxFileBytes) {
        return rejected(tr("The file is larger than %1 MB, the most Casebook reads at once.")
                            .arg(limits.maxFileBytes / (1024 * 1024)),
                        QStringLiteral("%1 bytes").arg(bytes.size()));
    }

    CsvHeader header;
    QByteArray utf8;
    const char *data = bytes.constData();
    qint64 size = bytes.size();
    TextProblem problem;
    const auto startsWith = [&](const char *bom, int length) {
        return size >= length && memcmp(data, bom, size_t(length)) == 0;
    };
    if (startsWith("\xFF\xFE", 2) || startsWith("\xFE\xFF", 2)) {
        const bool little = data[0] == '\xFF';
        header.encoding = little ? CsvEncoding::Utf16LittleEndian : CsvEncoding::Utf16BigEndian;
        QString text;
        problem = decodeUtf16(data + 2, size - 2, little, &text);
        if (problem.kind == TextProblem::None) {
            utf8 = text.toUtf8();
            data = utf8.constData();
            size = utf8.size();
        }
    } else {
        if (startsWith("\xEF\xBB\xBF", 3)) {
            header.encoding = CsvEncoding::Utf8WithBom;
            data += 3;
            size -= 3;
        }
        problem = validateUtf8(data, size);
    }
    if (problem.kind == TextProblem::Nul) {
        return rejected(
            tr("line %1: the file contains a NUL character, which a text file never does.").arg(problem.line),
            QStringLiteral("NUL at byte %1").arg(problem.offset));
    }
    if (problem.kind == TextProblem::InvalidText) {
        const QString message = header.encoding == CsvEncoding::Utf16LittleEndian
                || header.encoding == CsvEncoding::Utf16BigEndian
            ? tr("line %1: the text is not valid UTF-16.")
            : tr("line %1: the text is not valid UTF-8; save the sheet as \"CSV UTF-8\" and try again.");
        return rejected(message.arg(problem.line),
                        QStringLiteral("invalid encoding at byte %1").arg(problem.offset));
    }

    char separator = 0;
    if (m_options.separator.isNull()) {
        separator = detectSeparator(data, size);
    } else {
        const char16_t s = m_options.separator.unicode();
        if (s >= 0x80 || s == '"' || s == '\r' || s == '\n' || QChar(s).isLetterOrNumber()) {
            return makeError(ErrorCode::Usage, tr("The separator must be a comma, a semicolon or a tab."),
                             QStringLiteral("separator U+%1").arg(uint(s), 4, 16, QLatin1Char('0')));
        }
        separator = char(s);
    }
    header.separator = QLatin1Char(separator);

    Parser parser(data, size, separator, limits);
    if (Status s = parser.parse(&header, sink, m_options.restoreNeutralisedFormulas); !s)
        return s.error();
    return header;
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes) const
{
    CsvTable table;
    CsvSink sink;
    sink.record = [&table](const QStringList &cells, int line) {
        table.records.append(cells);
        table.recordLines.append(line);
        return Status();
    };
    auto header = read(bytes, sink);
    if (!header)
        return header.error();
    table.header = header->names;
    table.headerLine = header->line;
    table.separator = header->separator;
    table.encoding = header->encoding;
    return table;
}

Result<QByteArray> CsvReader::loadFile(const QString &path) const
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > m_options.limits.maxFileBytes) {
        return rejected(tr("The file is larger than %1 MB, the most Casebook reads at once.")
                            .arg(m_options.limits.maxFileBytes / (1024 * 1024)),
                        QStringLiteral("%1: %2 bytes").arg(path).arg(info.size()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(info.exists() ? ErrorCode::Storage : ErrorCode::NotFound,
                         tr("The file %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    // Read one byte past the limit so a file that grew since the check is still caught.
    return file.read(m_options.limits.maxFileBytes + 1);
}

Result<CsvTable> CsvReader::readFile(const QString &path) const
{
    auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    return read(*bytes);
}

Result<CsvHeader> CsvReader::readFile(const QString &path, const CsvSink &sink) const
{
    auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    return read(*bytes, sink);
}

} // namespace casebook
