// ScoreFlag: score flags as values with a stable text form (docs/scoring.md, docs/spreadsheet.md).
#include "scoring/ScoreFlag.h"

#include <QTest>

using namespace casebook;

class tst_ScoreFlag : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void rejectsUnknownText_data();
    void rejectsUnknownText();
};

void tst_ScoreFlag::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QString>("detail");
    QTest::newRow("incomplete") << "incomplete" << int(ScoreFlag::Kind::Incomplete) << ""
                                << "";
    QTest::newRow("unknown") << "unknown:A1" << int(ScoreFlag::Kind::Unknown) << "A1"
                             << "";
    QTest::newRow("knockout") << "knockout:B1" << int(ScoreFlag::Kind::Knockout) << "B1"
                              << "";
    QTest::newRow("knockout with flag")
        << "knockout:B1 No security measures (security red flag)" << int(ScoreFlag::Kind::Knockout) << "B1"
        << "No security measures (security red flag)";
    QTest::newRow("disagreement") << "disagreement:A3" << int(ScoreFlag::Kind::Disagreement) << "A3"
                                  << "";
    QTest::newRow("na-disputed") << "na-disputed:D2" << int(ScoreFlag::Kind::NaDisputed) << "D2"
                                 << "";
}

void tst_ScoreFlag::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, criterion);
    QFETCH(QString, detail);
    const auto flag = ScoreFlag::fromString(text);
    QVERIFY(flag);
    QCOMPARE(int(flag->kind), kind);
    QCOMPARE(flag->criterionId, criterion);
    QCOMPARE(flag->detail, detail);
    QCOMPARE(flag->toString(), text);
    QCOMPARE(ScoreFlag::of(ScoreFlag::Kind(kind), criterion, detail).toString(), text);
}

void tst_ScoreFlag::rejectsUnknownText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("unknown kind") << "surprise:A1";
    QTest::newRow("case differs") << "Unknown:A1";
    QTest::newRow("no criterion") << "unknown";
    QTest::newRow("empty criterion") << "disagreement:";
    QTest::newRow("incomplete with criterion") << "incomplete:A1";
}

void tst_ScoreFlag::rejectsUnknownText()
{
    QFETCH(QString, text);
    QVERIFY(!ScoreFlag::fromString(text));
}

QTEST_GUILESS_MAIN(tst_ScoreFlag)
#include "tst_ScoreFlag.moc"
