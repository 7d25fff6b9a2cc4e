#include "exchange/CsvReader.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using casebook::CsvEncoding;
using casebook::CsvLimits;
using casebook::CsvReader;
using casebook::CsvReadOptions;
using casebook::CsvTable;
using casebook::ErrorCode;

Q_DECLARE_METATYPE(CsvEncoding)

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

/// The three records every "as written by a spreadsheet" fixture holds, whatever its format.
QList<QStringList> fixtureRecords()
{
    return {
        {u("UC-001"), u("Smart water metering in Amman"),
         u("Meters report hourly; leaks are flagged.\nA second paragraph."), u("water; smart_city_services"),
         u("JO")},
        {u("UC-002"), u("عدادات المياه الذكية"), u("智能水表，每小时上报。"), u("energy"), u("CN")},
        {u("UC-003"), u("Emoji 🚰 and “curly” quotes"), u("He said \"hi\", then left"), QString(),
         u("FR; DE")},
    };
}

CsvReader readerWithLimits(const CsvLimits &limits)
{
    CsvReadOptions options;
    options.limits = limits;
    return CsvReader(options);
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void recordLines_data();
    void recordLines();
    void spreadsheetFixtures_data();
    void spreadsheetFixtures();
    void givenSeparatorOverridesDetection();
    void restoresNeutralisedFormulasOnRequest();
    void rejects_data();
    void rejects();
    void brokenFixtures_data();
    void brokenFixtures();
    void millionColumns();
    void wideHeaderShortRows();
    void hundredMegabyteCell();
    void quotedCellOverLimit();
    void rowLimit();
    void readFileChecksSizeFirst();
    void largeFileIsLinear();
};

void tst_CsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QChar>("separator");

    const QChar comma = QLatin1Char(','), semicolon = QLatin1Char(';'), tab = QLatin1Char('\t');
    QTest::newRow("plain LF") << utf8("a,b\n1,2\n") << QStringList{u("a"), u("b")}
                              << QList<QStringList>{{u("1"), u("2")}} << comma;
    QTest::newRow("CRLF") << utf8("a,b\r\n1,2\r\n3,4\r\n") << QStringList{u("a"), u("b")}
                          << QList<QStringList>{{u("1"), u("2")}, {u("3"), u("4")}} << comma;
    QTest::newRow("CR only") << utf8("a,b\r1,2\r3,4") << QStringList{u("a"), u("b")}
                             << QList<QStringList>{{u("1"), u("2")}, {u("3"), u("4")}} << comma;
    QTest::newRow("no final line end")
        << utf8("a,b\n1,2") << QStringList{u("a"), u("b")} << QList<QStringList>{{u("1"), u("2")}} << comma;
    QTest::newRow("quoted comma") << utf8("a,b\n\"x, y\",z\n") << QStringList{u("a"), u("b")}
                                  << QList<QStringList>{{u("x, y"), u("z")}} << comma;
    QTest::newRow("doubled quotes") << utf8("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << QStringList{u("a"), u("b")}
                                    << QList<QStringList>{{u("say \"hi\""), u("\"")}} << comma;
    QTest::newRow("quoted LF and CRLF kept")
        << utf8("a,b\r\n\"one\ntwo\",\"three\r\nfour\"\r\n") << QStringList{u("a"), u("b")}
        << QList<QStringList>{{u("one\ntwo"), u("three\r\nfour")}} << comma;
    QTest::newRow("empty quoted and unquoted")
        << utf8("a,b,c\n\"\",,x\n") << QStringList{u("a"), u("b"), u("c")}
        << QList<QStringList>{{QString(), QString(), u("x")}} << comma;
    QTest::newRow("semicolon detected") << utf8("a;b\n\"1,5\";2\n") << QStringList{u("a"), u("b")}
                                        << QList<QStringList>{{u("1,5"), u("2")}} << semicolon;
    QTest::newRow("tab detected") << utf8("a\tb\n1,5\t2;3\n") << QStringList{u("a"), u("b")}
                                  << QList<QStringList>{{u("1,5"), u("2;3")}} << tab;
    QTest::newRow("separator inside quoted header ignored")
        << utf8("\"a;b;c\",d\n1,2\n") << QStringList{u("a;b;c"), u("d")}
        << QList<QStringList>{{u("1"), u("2")}} << comma;
    QTest::newRow("tie prefers semicolon over comma")
        << utf8("Country, region;Title\nFR;x\n") << QStringList{u("Country, region"), u("Title")}
        << QList<QStringList>{{u("FR"), u("x")}} << semicolon;
    QTest::newRow("single column") << utf8("title\nhello\n") << QStringList{u("title")}
                                   << QList<QStringList>{{u("hello")}} << comma;
    QTest::newRow("stray quote kept as text")
        << utf8("a,b\n5\" screen,it's \"fine\"\n") << QStringList{u("a"), u("b")}
        << QList<QStringList>{{u("5\" screen"), u("it's \"fine\"")}} << comma;
    QTest::newRow("spaces after closing quote tolerated")
        << utf8("a,b\n\"x\"  ,y\n") << QStringList{u("a"), u("b")} << QList<QStringList>{{u("x"), u("y")}}
        << comma;
    QTest::newRow("space before quote makes it text")
        << utf8("a,b\n x \"y\",z\n") << QStringList{u("a"), u("b")}
        << QList<QStringList>{{u(" x \"y\""), u("z")}} << comma;
    QTest::newRow("short row kept short")
        << utf8("a,b,c\n1\n") << QStringList{u("a"), u("b"), u("c")} << QList<QStringList>{{u("1")}} << comma;
    QTest::newRow("empty extra cells dropped") << utf8("a;b\n1;2;;\n") << QStringList{u("a"), u("b")}
                                               << QList<QStringList>{{u("1"), u("2")}} << semicolon;
    QTest::newRow("blank lines and separator-only rows skipped")
        << utf8("\r\na;b\r\n\r\n;\r\n1;2\r\n;;\r\n\r\n") << QStringList{u("a"), u("b")}
        << QList<QStringList>{{u("1"), u("2")}} << semicolon;
    QTest::newRow("header only") << utf8("a,b\r\n") << QStringList{u("a"), u("b")} << QList<QStringList>{}
                                 << comma;
    QTest::newRow("UTF-8 BOM stripped")
        << utf8("\xEF\xBB\xBF"
                "code,title\n1,x\n")
        << QStringList{u("code"), u("title")} << QList<QStringList>{{u("1"), u("x")}} << comma;
    QTest::newRow("Arabic Chinese emoji")
        << utf8("title,summary\nالمدينة الذكية,智慧城市 🏙️\n")
        << QStringList{u("title"), u("summary")}
        << QList<QStringList>{{u("المدينة الذكية"), u("智慧城市 🏙️")}} << comma;
    QTest::newRow("formula text kept as is by default")
        << utf8("a\n'=1+1\n") << QStringList{u("a")} << QList<QStringList>{{u("'=1+1")}} << comma;
}

void tst_CsvReader::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, records);
    QFETCH(QChar, separator);

    const auto table = CsvReader().read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->header, header);
    QCOMPARE(table->records, records);
    QCOMPARE(table->separator, separator);
    QCOMPARE(table->recordLines.size(), table->records.size());
}

void tst_CsvReader::recordLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("one per line") << utf8("a\n1\n2\n3\n") << 1 << QList<int>{2, 3, 4};
    QTest::newRow("quoted newlines count")
        << utf8("a,b\r\n\"x\r\ny\r\nz\",1\r\n2,3\r\n\"p\nq\",4\n5,6") << 1 << QList<int>{2, 5, 6, 8};
    QTest::newRow("CR inside quotes") << utf8("a\r\"x\ry\"\rz\r") << 1 << QList<int>{2, 4};
    QTest::newRow("blank lines skipped but counted") << utf8("\n\na\n\n1\n\n\n2\n") << 3 << QList<int>{5, 8};
}

void tst_CsvReader::recordLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerLine);
    QFETCH(QList<int>, lines);

    const auto table = CsvReader().read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->headerLine, headerLine);
    QCOMPARE(table->recordLines, lines);
}

void tst_CsvReader::spreadsheetFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QList<int>>("lines");

    const QStringList english{u("Code"), u("Title"), u("Summary"), u("Verticals"), u("Countries")};
    // Row 1 has a quoted line break, so row 2 starts one line later than a naive count.
    const QList<int> lines{2, 4, 5};
    QTest::newRow("Excel CSV UTF-8, semicolon locale")
        << u("excel-utf8-bom-semicolon.csv") << english << QChar(QLatin1Char(';')) << CsvEncoding::Utf8WithBom
        << lines;
    QTest::newRow("LibreOffice default export")
        << u("libreoffice-comma-lf.csv")
        << QStringList{u("Code"), u("Titre"), u("Résumé"), u("Secteurs"), u("Pays")}
        << QChar(QLatin1Char(',')) << CsvEncoding::Utf8 << lines;
    QTest::newRow("Excel Unicode text (UTF-16 LE, tabs)")
        << u("excel-unicode-text-utf16le.txt")
        << QStringList{u("编号"), u("标题"), u("摘要"), u("垂直领域"), u("国家")} << QChar(QLatin1Char('\t'))
        << CsvEncoding::Utf16LittleEndian << lines;
    QTest::newRow("UTF-16 BE with BOM, tabs")
        << u("utf16be-bom-tab.txt") << english << QChar(QLatin1Char('\t')) << CsvEncoding::Utf16BigEndian
        << lines;
    QTest::newRow("CSV (Macintosh), CR line ends")
        << u("cr-line-ends.csv") << english << QChar(QLatin1Char(',')) << CsvEncoding::Utf8 << lines;
}

void tst_CsvReader::spreadsheetFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, header);
    QFETCH(QChar, separator);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QList<int>, lines);

    const QString path = casebook::test::dataPath(u("csv/") + file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto table = CsvReader().readFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->header, header);
    QCOMPARE(table->separator, separator);
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->records, fixtureRecords());
    QCOMPARE(table->recordLines, lines);
}

void tst_CsvReader::givenSeparatorOverridesDetection()
{
    // The header alone suggests ';', but the caller knows better.
    CsvReadOptions options;
    options.separator = QLatin1Char(',');
    const auto table = CsvReader(options).read(utf8("a;b,c\n1;2,3\n"));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->header, (QStringList{u("a;b"), u("c")}));
    QCOMPARE(table->records, (QList<QStringList>{{u("1;2"), u("3")}}));

    options.separator = QLatin1Char('"');
    const auto refused = CsvReader(options).read(utf8("a\n"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Usage);
}

void tst_CsvReader::restoresNeutralisedFormulasOnRequest()
{
    CsvReadOptions options;
    options.restoreNeutralisedFormulas = true;
    const auto table = CsvReader(options).read(utf8("a,b,c,d\n'=SUM(A1),'-5,'hello,''+x\n"));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->records.first(), (QStringList{u("=SUM(A1)"), u("-5"), u("'hello"), u("'+x")}));
}

void tst_CsvReader::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote")
        << utf8("a,b\n1,2\n3,\"open\n4,5\n6,7\n") << u("line 3: a quoted value is never closed.");
    QTest::newRow("unterminated quote in header")
        << utf8("\"a,b\n") << u("line 1: a quoted value is never closed.");
    QTest::newRow("text after closing quote")
        << utf8("a,b\n1,2\n\"x\"y,3\n")
        << u("line 3: a quoted value is followed by other text; write a quote inside a quoted value as "
             "two quotes (\"\").");
    QTest::newRow("text after multi-line quoted value names the line it is on")
        << utf8("a,b\n\"x\ny\"z,3\n")
        << u("line 3: a quoted value is followed by other text; write a quote inside a quoted value as "
             "two quotes (\"\").");
    QTest::newRow("more cells than header")
        << utf8("a,b\n1,2\n1,2,3\n")
        << u("line 3: the row has a value in column 3, but the header has only 2 columns.");
    QTest::newRow("invalid UTF-8 (Latin-1)")
        << utf8("a\nok\ncaf\xE9\n")
        << u("line 3: the text is not valid UTF-8; save the sheet as \"CSV UTF-8\" and try again.");
    QTest::newRow("overlong UTF-8")
        << utf8("a\n\xC0\xAF\n")
        << u("line 2: the text is not valid UTF-8; save the sheet as \"CSV UTF-8\" and try again.");
    QTest::newRow("UTF-8 surrogate")
        << utf8("a\r\n\r\n\xED\xA0\x80\n")
        << u("line 3: the text is not valid UTF-8; save the sheet as \"CSV UTF-8\" and try again.");
    QTest::newRow("truncated UTF-8 at end")
        << utf8("a\n\xE6\x99")
        << u("line 2: the text is not valid UTF-8; save the sheet as \"CSV UTF-8\" and try again.");
    QTest::newRow("invalid UTF-8 inside quoted value")
        << utf8("a\n\"x\ny\xFF\"\n")
        << u("line 3: the text is not valid UTF-8; save the sheet as \"CSV UTF-8\" and try again.");
    QTest::newRow("NUL byte") << QByteArray(
        "a\r\nb\r\nc\0d\r\n",
        11) << u("line 3: the file contains a NUL character, which a text file never does.");
    QTest::newRow("UTF-16 without BOM looks like NULs")
        << QByteArray("a\0,\0b\0", 6)
        << u("line 1: the file contains a NUL character, which a text file never does.");
    QTest::newRow("UTF-16 LE lone surrogate") << QByteArray("\xFF\xFE"
                                                            "a\0\n\0\x00\xD8x\0",
                                                            10)
                                              << u("line 2: the text is not valid UTF-16.");
    QTest::newRow("UTF-16 LE odd length") << QByteArray("\xFF\xFE"
                                                        "a\0\n\0b",
                                                        7)
                                          << u("line 2: the text is not valid UTF-16.");
    QTest::newRow("UTF-16 BE NUL") << QByteArray(
        "\xFE\xFF\0a\0\n\0\0",
        8) << u("line 2: the file contains a NUL character, which a text file never does.");
    QTest::newRow("empty") << QByteArray() << u("The file is empty: it has no header row.");
    QTest::newRow("only blank lines")
        << utf8("\r\n\r\n,,\r\n") << u("The file is empty: it has no header row.");
}

void tst_CsvReader::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const auto table = CsvReader().read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::InputRejected);
    QCOMPARE(table.error().message, message);
}

void tst_CsvReader::brokenFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote")
        << u("unterminated-quote-line12.csv") << u("line 12: a quoted value is never closed.");
    QTest::newRow("Latin-1 saved as CSV")
        << u("invalid-utf8-line3.csv")
        << u("line 3: the text is not valid UTF-8; save the sheet as \"CSV UTF-8\" and try again.");
    QTest::newRow("NUL after a multi-line value")
        << u("nul-byte-line4.csv")
        << u("line 4: the file contains a NUL character, which a text file never does.");
    QTest::newRow("extra cells")
        << u("extra-cells-line3.csv")
        << u("line 3: the row has a value in column 3, but the header has only 2 columns.");
    QTest::newRow("text after quote")
        << u("text-after-quote-line2.csv")
        << u("line 2: a quoted value is followed by other text; write a quote inside a quoted value as two "
             "quotes (\"\").");
}

void tst_CsvReader::brokenFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, message);

    const QString path = casebook::test::dataPath(u("csv/") + file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto table = CsvReader().readFile(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::InputRejected);
    QCOMPARE(table.error().message, message);
}

void tst_CsvReader::millionColumns()
{
    // In the header...
    QByteArray bytes(1000000, ',');
    bytes.append("\n1\n");
    auto table = CsvReader().read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message,
             u("line 1: the header has more than 256 columns, the most Casebook reads."));

    // ...and in a record after a multi-line value.
    bytes = "a,b\n\"x\ny\",z\n";
    bytes.append(QByteArray(1000000, ';').replace(';', ",1"));
    bytes.append('\n');
    table = CsvReader().read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message, u("line 4: the row has more than 256 columns, the most Casebook reads."));

    // The limit is configurable and exact: 256 columns pass, 257 do not.
    CsvLimits limits;
    limits.maxColumns = 3;
    QVERIFY(readerWithLimits(limits).read(utf8("a,b,c\n1,2,3\n")).ok());
    table = readerWithLimits(limits).read(utf8("a,b,c\n1,2,3,4\n"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message, u("line 2: the row has more than 3 columns, the most Casebook reads."));
}

void tst_CsvReader::wideHeaderShortRows()
{
    // The review's 603 KB file: 500 header columns, 200,000 one-cell rows. The header is refused first.
    QByteArray header;
    for (int c = 0; c < 500; ++c)
        header += "column" + QByteArray::number(c) + ',';
    header.chop(1);
    QByteArray bytes = header + '\n' + QByteArray("x\n").repeated(200000);
    int records = 0;
    casebook::CsvSink sink;
    sink.record = [&records](const QStringList &, int) {
        ++records;
        return casebook::Status();
    };
    auto refused = CsvReader().read(bytes, sink);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             u("line 1: the header has more than 256 columns, the most Casebook reads."));
    QCOMPARE(records, 0);

    // At the limit, short rows stay short: one cell each, not 256.
    bytes = QByteArray("c,").repeated(256);
    bytes.chop(1);
    bytes += '\n' + QByteArray("x\n").repeated(1000);
    auto table = CsvReader().read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->header.size(), 256);
    QCOMPARE(table->records.size(), 1000);
    QCOMPARE(table->records.last(), QStringList{u("x")});
}

void tst_CsvReader::hundredMegabyteCell()
{
    QByteArray bytes = "code,title\r\nUC-1,";
    bytes.append(QByteArray(100 * 1024 * 1024, 'x'));
    bytes.append("\r\n");

    // With the default limits the file is refused before it is even decoded...
    auto table = CsvReader().read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::InputRejected);
    QCOMPARE(table.error().message, u("The file is larger than 50 MB, the most Casebook reads at once."));

    // ...and with a larger file limit the cell limit still names the line.
    CsvLimits limits;
    limits.maxFileBytes = 200 * 1024 * 1024;
    table = readerWithLimits(limits).read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message,
             u("line 2: a value is longer than 1024 KB, the most Casebook reads in one cell."));
}

void tst_CsvReader::quotedCellOverLimit()
{
    QByteArray bytes = "code,title\r\nUC-1,ok\r\nUC-2,\"";
    bytes.append(QByteArray(2 * 1024 * 1024, 'y').replace(1000, 2, "\r\n"));
    bytes.append("\"\r\n");
    auto table = CsvReader().read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message,
             u("line 3: a value is longer than 1024 KB, the most Casebook reads in one cell."));

    // Exactly at the limit is fine, quoted or not, doubled quotes counted once.
    CsvLimits limits;
    limits.maxCellBytes = 4;
    QVERIFY(readerWithLimits(limits).read(utf8("a,b\nabcd,\"ab\"\"c\"\n")).ok());
    QVERIFY(!readerWithLimits(limits).read(utf8("a,b\nabcde,x\n")).ok());
    QVERIFY(!readerWithLimits(limits).read(utf8("a,b\nx,\"abc\"\"d\"\n")).ok());
}

void tst_CsvReader::rowLimit()
{
    CsvLimits limits;
    limits.maxRows = 3;
    QVERIFY(readerWithLimits(limits).read(utf8("a\n1\n2\n3\n")).ok());
    const auto table = readerWithLimits(limits).read(utf8("a\n1\n2\n\n3\n4\n"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message,
             u("line 6: the file has more than 3 rows, the most Casebook reads at once."));
}

void tst_CsvReader::readFileChecksSizeFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("big.csv"));
    QVERIFY(casebook::test::writeAll(path, QByteArray("a\n") + QByteArray(2000, 'x')));
    CsvLimits limits;
    limits.maxFileBytes = 1024;
    const auto table = readerWithLimits(limits).readFile(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::InputRejected);
    QCOMPARE(table.error().message, u("The file is larger than 0 MB, the most Casebook reads at once."));

    const auto missing = CsvReader().readFile(dir.filePath(u("missing.csv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_CsvReader::largeFileIsLinear()
{
    // 40,000 rows of about 180 bytes (7 MB) with quoted multi-line values. Set CASEBOOK_CSV_BENCH_ROWS to
    // time a bigger file by hand; the time is printed, not asserted.
    const int rows = qEnvironmentVariableIsSet("CASEBOOK_CSV_BENCH_ROWS")
        ? qEnvironmentVariableIntValue("CASEBOOK_CSV_BENCH_ROWS")
        : 40000;
    QByteArray bytes = "\xEF\xBB\xBFuuid;title;summary;tags\r\n";
    for (int r = 0; r < rows; ++r) {
        bytes.append(
            "0b7f3c1e-4d2a-4e8b-9f10-" + QByteArray::number(100000000000LL + r) + ";Smart metering "
            + QByteArray::number(r)
            + ";\"Line one; with \"\"quotes\"\"\r\nline two, "
              "智能水表 and some more text to make the row longer than usual\";\"water; energy\"\r\n");
    }
    CsvReadOptions options;
    options.limits.maxFileBytes = qMax<qint64>(options.limits.maxFileBytes, bytes.size());
    options.limits.maxRows = qMax(options.limits.maxRows, rows);
    QElapsedTimer timer;
    timer.start();
    const auto table = CsvReader(options).read(bytes);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->records.size(), rows);
    QCOMPARE(table->recordLines.last(), 2 + 2 * (rows - 1));
    QCOMPARE(table->records.last().at(1), u("Smart metering %1").arg(rows - 1));
    QCOMPARE(table->records.last().at(2),
             u("Line one; with \"quotes\"\r\nline two, 智能水表 and some more text to make the row longer "
               "than usual"));
    qInfo("parsed %.1f MB, %d rows in %lld ms", double(bytes.size()) / (1024 * 1024), rows, elapsed);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
