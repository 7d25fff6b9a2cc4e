#include "exchange/CsvMultiValue.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include <QTest>

using casebook::CsvMultiValue;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_CsvMultiValue : public QObject
{
    Q_OBJECT
private slots:
    void join_data();
    void join();
    void split_data();
    void split();
    void roundTripThroughCsv();
};

void tst_CsvMultiValue::join_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("cell");

    QTest::newRow("none") << QStringList{} << QString();
    QTest::newRow("one") << QStringList{u("water")} << u("water");
    QTest::newRow("several") << QStringList{u("water"), u("energy"), u("smart_city_services")}
                             << u("water; energy; smart_city_services");
    QTest::newRow("semicolon escaped")
        << QStringList{u("R&D; innovation"), u("x")} << u("R&D\\; innovation; x");
    QTest::newRow("backslash kept where harmless")
        << QStringList{u("C:\\data"), u("a\\b")} << u("C:\\data; a\\b");
    QTest::newRow("backslash before semicolon") << QStringList{u("a\\;b")} << u("a\\\\\\;b");
    QTest::newRow("trailing backslash") << QStringList{u("dir\\"), u("x")} << u("dir\\\\; x");
    QTest::newRow("double backslash") << QStringList{u("\\\\server")} << u("\\\\\\server");
    QTest::newRow("Chinese and Arabic") << QStringList{u("智慧城市"), u("المياه")} << u("智慧城市; المياه");
}

void tst_CsvMultiValue::join()
{
    QFETCH(QStringList, values);
    QFETCH(QString, cell);
    QCOMPARE(CsvMultiValue::join(values), cell);
    QCOMPARE(CsvMultiValue::split(cell), values);
}

void tst_CsvMultiValue::split_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("values");

    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("blank") << u("  ;  ; ") << QStringList{};
    QTest::newRow("no spaces") << u("FR;DE;JO") << QStringList{u("FR"), u("DE"), u("JO")};
    QTest::newRow("messy spacing") << u("  FR ;DE;;  JO  ") << QStringList{u("FR"), u("DE"), u("JO")};
    QTest::newRow("escaped semicolon") << u("a\\;b; c") << QStringList{u("a;b"), u("c")};
    QTest::newRow("escaped backslash then separator") << u("a\\\\; b") << QStringList{u("a\\"), u("b")};
    QTest::newRow("lone backslash is text") << u("a\\b; \\") << QStringList{u("a\\b"), u("\\")};
    QTest::newRow("commas are not separators")
        << u("Smart city, services; x") << QStringList{u("Smart city, services"), u("x")};
    QTest::newRow("line breaks kept inside a value")
        << u("one\ntwo; three") << QStringList{u("one\ntwo"), u("three")};
}

void tst_CsvMultiValue::split()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, values);
    QCOMPARE(CsvMultiValue::split(cell), values);
}

void tst_CsvMultiValue::roundTripThroughCsv()
{
    const QList<QStringList> lists{
        {u("water"), u("smart_city_services")},
        {u("11"), u("6"), u("13")},
        {u("FR"), u("CN"), u("SA")},
        {u("Arab States"), u("Asia and the Pacific")},
        {u("R&D; innovation"), u("C:\\data\\"), u("\\;"), u("=tag"), u("-1"), u("智慧城市"), u("🚰")},
    };
    QStringList cells;
    for (const QStringList &values : lists)
        cells.append(CsvMultiValue::join(values));

    casebook::CsvWriteOptions writeOptions;
    writeOptions.separator = QLatin1Char(';');
    const QByteArray bytes =
        casebook::CsvWriter(writeOptions)
            .write({u("verticals"), u("sdgs"), u("countries"), u("regions"), u("tags")}, {cells});

    casebook::CsvReadOptions readOptions;
    readOptions.restoreNeutralisedFormulas = true;
    const auto table = casebook::CsvReader(readOptions).read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(table->records.size(), 1);
    for (int k = 0; k < lists.size(); ++k)
        QCOMPARE(CsvMultiValue::split(table->records.first().at(k)), lists.at(k));
}

QTEST_GUILESS_MAIN(tst_CsvMultiValue)
#include "tst_CsvMultiValue.moc"
