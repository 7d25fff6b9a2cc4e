#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using casebook::CsvReader;
using casebook::CsvReadOptions;
using casebook::CsvWriteOptions;
using casebook::CsvWriter;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

CsvWriter writer(QChar separator, bool neutralise = true, bool bom = true)
{
    CsvWriteOptions options;
    options.separator = separator;
    options.neutraliseFormulas = neutralise;
    options.byteOrderMark = bom;
    return CsvWriter(options);
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void formatField_data();
    void formatField();
    void wholeSheet();
    void noBomOption();
    void roundTrip_data();
    void roundTrip();
    void writeFileIsAtomic();
};

void tst_CsvWriter::formatField_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("field");

    const QChar comma = QLatin1Char(','), semicolon = QLatin1Char(';'), tab = QLatin1Char('\t');
    QTest::newRow("plain") << comma << true << u("Smart city") << u("Smart city");
    QTest::newRow("empty") << comma << true << QString() << QString();
    QTest::newRow("comma") << comma << true << u("a, b") << u("\"a, b\"");
    QTest::newRow("comma with semicolon separator") << semicolon << true << u("a, b") << u("a, b");
    QTest::newRow("semicolon with semicolon separator") << semicolon << true << u("a; b") << u("\"a; b\"");
    QTest::newRow("semicolon with comma separator") << comma << true << u("a; b") << u("a; b");
    QTest::newRow("tab separator") << tab << true << u("a\tb") << u("\"a\tb\"");
    QTest::newRow("quote") << comma << true << u("5\" screen") << u("\"5\"\" screen\"");
    QTest::newRow("LF") << comma << true << u("one\ntwo") << u("\"one\ntwo\"");
    QTest::newRow("CR") << comma << true << u("one\rtwo") << u("\"one\rtwo\"");
    QTest::newRow("leading space") << comma << true << u(" x") << u("\" x\"");
    QTest::newRow("trailing space") << comma << true << u("x ") << u("\"x \"");
    QTest::newRow("formula neutralised") << comma << true << u("=1+1") << u("'=1+1");
    QTest::newRow("formula with separator neutralised then quoted")
        << comma << true << u("=SUM(A1,B1)") << u("\"'=SUM(A1,B1)\"");
    QTest::newRow("negative number neutralised") << comma << true << u("-5") << u("'-5");
    QTest::newRow("leading tab neutralised, then needs no quotes") << comma << true << u("\tx") << u("'\tx");
    QTest::newRow("leading tab quoted when not neutralised") << comma << false << u("\tx") << u("\"\tx\"");
    QTest::newRow("trailing tab quoted") << comma << true << u("x\t") << u("\"x\t\"");
    QTest::newRow("neutralisation off") << comma << false << u("=1+1") << u("=1+1");
    QTest::newRow("Arabic") << comma << true << u("المدينة الذكية") << u("المدينة الذكية");
    QTest::newRow("emoji") << comma << true << u("🚰, 🏙️") << u("\"🚰, 🏙️\"");
}

void tst_CsvWriter::formatField()
{
    QFETCH(QChar, separator);
    QFETCH(bool, neutralise);
    QFETCH(QString, cell);
    QFETCH(QString, field);
    QCOMPARE(writer(separator, neutralise).formatField(cell), field);
}

void tst_CsvWriter::wholeSheet()
{
    const QByteArray bytes =
        writer(QLatin1Char(','))
            .write({u("code"), u("title")},
                   {{u("UC-1"), u("智慧城市")}, {u("UC-2"), u("=cmd")}, {QString(), u("a\nb")}});
    const QByteArray expected = "\xEF\xBB\xBF"
                                "code,title\r\n"
                                "UC-1,\xE6\x99\xBA\xE6\x85\xA7\xE5\x9F\x8E\xE5\xB8\x82\r\n"
                                "UC-2,'=cmd\r\n"
                                ",\"a\nb\"\r\n";
    QCOMPARE(bytes, expected);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writer(QLatin1Char(','))
                .write(&buffer, {u("code"), u("title")},
                       {{u("UC-1"), u("智慧城市")}, {u("UC-2"), u("=cmd")}, {QString(), u("a\nb")}})
                .ok());
    QCOMPARE(buffer.data(), expected);
}

void tst_CsvWriter::noBomOption()
{
    const QByteArray bytes =
        writer(QLatin1Char(';'), true, false).write({u("a"), u("b")}, {{u("1"), u("2")}});
    QCOMPARE(bytes, QByteArray("a;b\r\n1;2\r\n"));
}

void tst_CsvWriter::roundTrip_data()
{
    QTest::addColumn<QChar>("separator");
    const char *const names[] = {"comma", "semicolon", "tab"};
    const char separators[] = {',', ';', '\t'};
    for (int k = 0; k < 3; ++k)
        QTest::newRow(names[k]) << QChar(QLatin1Char(separators[k]));
}

void tst_CsvWriter::roundTrip()
{
    QFETCH(QChar, separator);
    const QStringList header{u("code"), u("title"), u("summary"), u("tags")};
    const QList<QStringList> records{
        {u("UC-001"), u("=HYPERLINK(\"http://evil\";\"click\")"), u("-5"), u("+tag; @mention")},
        {u("UC-002"), u("عدادات المياه الذكية"), u("智能水表，每小时上报。\r\nSecond line\nThird"),
         u("🚰; 💧")},
        {u("UC-003"), u(" padded "), u("He said \"hi\", then; left\ttab"), u("'=already quoted")},
        {u("UC-004"), u("'plain apostrophe"), u("\tleading tab"), QString()},
        {u("UC-005"), u("\"\""), u("\r"), u("a,b;c\td")},
    };
    const QByteArray bytes = writer(separator).write(header, records);

    // Without restoring, a spreadsheet-style reader sees only inert text.
    const auto raw = CsvReader().read(bytes);
    QVERIFY2(raw.ok(), qPrintable(raw.error().message));
    QCOMPARE(raw->separator, separator);
    QCOMPARE(raw->records.at(0).at(1), u("'=HYPERLINK(\"http://evil\";\"click\")"));
    QCOMPARE(raw->records.at(0).at(2), u("'-5"));
    for (const QStringList &record : raw->records) {
        for (const QString &cell : record) {
            QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(cell));
        }
    }

    CsvReadOptions options;
    options.restoreNeutralisedFormulas = true;
    const auto table = CsvReader(options).read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->header, header);
    QCOMPARE(table->records, records);
    QCOMPARE(table->recordLines, (QList<int>{2, 3, 6, 7, 8}));
}

void tst_CsvWriter::writeFileIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("out.csv"));
    QVERIFY(CsvWriter().writeFile(path, {u("a")}, {{u("1")}}).ok());
    QCOMPARE(casebook::test::readAll(path),
             QByteArray("\xEF\xBB\xBF"
                        "a\r\n1\r\n"));

    const auto failed = CsvWriter().writeFile(dir.filePath(u("no/such/dir/out.csv")), {u("a")}, {});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, casebook::ErrorCode::Storage);
    QVERIFY(failed.error().message.contains(u("out.csv")));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
