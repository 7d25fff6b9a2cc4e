#include "exchange/CsvFormulaGuard.h"

#include <QTest>

using casebook::CsvFormulaGuard;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_CsvFormulaGuard : public QObject
{
    Q_OBJECT
private slots:
    void neutralise_data();
    void neutralise();
    void roundTrip_data();
    void roundTrip();
    void restoreLeavesForeignQuotes_data();
    void restoreLeavesForeignQuotes();
};

void tst_CsvFormulaGuard::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");

    QTest::newRow("equals") << u("=HYPERLINK(\"http://x\")") << u("'=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << u("+1+2") << u("'+1+2");
    QTest::newRow("minus command") << u("-2+3+cmd|' /C calc'!A0") << u("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("negative number is neutralised too") << u("-5") << u("'-5");
    QTest::newRow("at") << u("@SUM(A1)") << u("'@SUM(A1)");
    QTest::newRow("tab") << u("\t=1") << u("'\t=1");
    QTest::newRow("carriage return") << u("\r=1") << u("'\r=1");
    QTest::newRow("already looks neutralised") << u("'=1") << u("''=1");
    QTest::newRow("two quotes then trigger") << u("''-x") << u("'''-x");
    QTest::newRow("plain text") << u("Smart city") << u("Smart city");
    QTest::newRow("trigger later") << u("a=b") << u("a=b");
    QTest::newRow("leading space then equals") << u(" =1") << u(" =1");
    QTest::newRow("quote without trigger") << u("'quoted'") << u("'quoted'");
    QTest::newRow("only quotes") << u("''") << u("''");
    QTest::newRow("line feed first") << u("\nx") << u("\nx");
    QTest::newRow("positive number") << u("5") << u("5");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Arabic") << u("=مرحبا") << u("'=مرحبا");
}

void tst_CsvFormulaGuard::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvFormulaGuard::neutralise(cell), written);
    QCOMPARE(CsvFormulaGuard::restore(written), cell);
}

void tst_CsvFormulaGuard::roundTrip_data()
{
    QTest::addColumn<QString>("cell");
    const char *const cells[] = {"",      "'",   "''", "'''", "=",  "'=",  "''=",  "-",
                                 "'-",    "-'",  "'a", "a'",  "@",  "\t",  "'\t",  "\r",
                                 "'\r\n", "+'+", "x",  "'x=", "==", "'==", "🙂", "'🙂"};
    for (const char *cell : cells) {
        const QByteArray name = QByteArray("[")
            + QByteArray(cell).replace('\t', "\\t").replace('\r', "\\r").replace('\n', "\\n") + "]";
        QTest::newRow(name.constData()) << u(cell);
    }
}

void tst_CsvFormulaGuard::roundTrip()
{
    QFETCH(QString, cell);
    const QString written = CsvFormulaGuard::neutralise(cell);
    QCOMPARE(CsvFormulaGuard::restore(written), cell);
    QVERIFY2(written.isEmpty() || !CsvFormulaGuard::isTrigger(written.front()), qPrintable(written));
}

void tst_CsvFormulaGuard::restoreLeavesForeignQuotes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("restored");
    QTest::newRow("apostrophe word") << u("'tis") << u("'tis");
    QTest::newRow("quoted phrase") << u("'quoted'") << u("'quoted'");
    QTest::newRow("Excel text prefix on a number") << u("'007") << u("'007");
    QTest::newRow("neutralised formula") << u("'=A1") << u("=A1");
    QTest::newRow("one quote removed only") << u("'''@x") << u("''@x");
}

void tst_CsvFormulaGuard::restoreLeavesForeignQuotes()
{
    QFETCH(QString, cell);
    QFETCH(QString, restored);
    QCOMPARE(CsvFormulaGuard::restore(cell), restored);
}

QTEST_GUILESS_MAIN(tst_CsvFormulaGuard)
#include "tst_CsvFormulaGuard.moc"
