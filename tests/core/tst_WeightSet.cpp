#include "scoring/WeightSet.h"

#include "ScoringFixtures.h"

#include <QTest>

using namespace casebook;
using casebook::test::makeRubric;

class tst_WeightSet : public QObject
{
    Q_OBJECT

private slots:
    void parseValid()
    {
        auto set = WeightSet::parse(QStringLiteral(" A=40, B=16;A1 = 6.5\nC=0 "));
        QVERIFY(set);
        QCOMPARE(set->entries().size(), 4);
        QCOMPARE(set->entries().at(0), (WeightSet::Entry{QStringLiteral("A"), 40}));
        QCOMPARE(set->entries().at(2), (WeightSet::Entry{QStringLiteral("A1"), 6.5}));
        QCOMPARE(set->entries().at(3), (WeightSet::Entry{QStringLiteral("C"), 0}));
        QVERIFY(WeightSet::parse(QString())->isEmpty());
    }

    void parseRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << QStringLiteral("A=-1")
                                  << QStringLiteral("The weight of A must be zero or more, not -1.");
        QTest::newRow("not a number")
            << QStringLiteral("A=forty") << QStringLiteral("The weight of A must be a number, not 'forty'.");
        QTest::newRow("nan") << QStringLiteral("A=nan")
                             << QStringLiteral("The weight of A must be a number, not 'nan'.");
        QTest::newRow("inf") << QStringLiteral("A=inf")
                             << QStringLiteral("The weight of A must be a number, not 'inf'.");
        QTest::newRow("empty value") << QStringLiteral("A=")
                                     << QStringLiteral("The weight of A must be a number, not ''.");
        QTest::newRow("no key") << QStringLiteral(
            "=4") << QStringLiteral("A weight is KEY=NUMBER, for example A=40 or A1=6, not '=4'.");
        QTest::newRow("no equals") << QStringLiteral(
            "A40") << QStringLiteral("A weight is KEY=NUMBER, for example A=40 or A1=6, not 'A40'.");
        QTest::newRow("twice") << QStringLiteral("A=1,A=2")
                               << QStringLiteral("The weight of A is given twice.");
    }

    void parseRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto set = WeightSet::parse(text);
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::Usage);
        QCOMPARE(set.error().message, message);
    }

    void fromFile()
    {
        auto json =
            WeightSet::fromFile(QByteArrayLiteral("{\"A\": 40, \"A1\": 6}"), QStringLiteral("w.json"));
        QVERIFY(json);
        QCOMPARE(json->entries().size(), 2);
        auto text = WeightSet::fromFile(QByteArrayLiteral("A=40\nB=16\n"), QStringLiteral("w.txt"));
        QVERIFY(text);
        QCOMPARE(text->entries().size(), 2);
        auto bad = WeightSet::fromFile(QByteArrayLiteral("{\"A\": \"x\"}"), QStringLiteral("w.json"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InputRejected);
        QCOMPARE(bad.error().message, QStringLiteral("w.json: The weight of A must be a number."));
        auto negative = WeightSet::fromFile(QByteArrayLiteral("{\"A\": -2}"), QStringLiteral("w.json"));
        QVERIFY(!negative);
        QCOMPARE(negative.error().message,
                 QStringLiteral("w.json: The weight of A must be zero or more, not -2."));
        QVERIFY(!WeightSet::fromFile(QByteArrayLiteral("[1]"), QStringLiteral("w.json")));
        QVERIFY(!WeightSet::fromFile(QByteArrayLiteral("{\"A\": 4"), QStringLiteral("w.json")));
    }

    void checkNamesUnknownKey()
    {
        Rubric rubric = makeRubric(QStringLiteral("A:A1=10,A2=30;B:B1=10"));
        rubric.name = QStringLiteral("R");
        QVERIFY(WeightSet::parse(QStringLiteral("A=1,B1=2"))->check(rubric));
        const Status s = WeightSet::parse(QStringLiteral("A=1,Z9=2"))->check(rubric);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Usage);
        QCOMPARE(s.error().message,
                 QStringLiteral("Z9 is neither a dimension nor a criterion of the rubric \"R\"."));
    }

    /// A dimension keeps its criteria's proportions (an even split when all are zero); criterion keys
    /// apply after dimension keys.
    void applyTo()
    {
        const Rubric rubric = makeRubric(QStringLiteral("A:A1=10,A2=30;B:B1=0,B2=0"));
        const Rubric a = WeightSet::parse(QStringLiteral("A=20,B=8"))->applyTo(rubric);
        QCOMPARE(a.criterion(QStringLiteral("A1"))->weight, 5.0);
        QCOMPARE(a.criterion(QStringLiteral("A2"))->weight, 15.0);
        QCOMPARE(a.criterion(QStringLiteral("B1"))->weight, 4.0);
        QCOMPARE(a.criterion(QStringLiteral("B2"))->weight, 4.0);
        const Rubric b = WeightSet::parse(QStringLiteral("A1=1,A=20"))->applyTo(rubric);
        QCOMPARE(b.criterion(QStringLiteral("A1"))->weight, 1.0);
        QCOMPARE(b.criterion(QStringLiteral("A2"))->weight, 15.0);
    }

    /// of() lists every dimension and criterion; applying it changes nothing.
    void ofRoundTrip()
    {
        const Rubric rubric = makeRubric(QStringLiteral("A:A1=6,A2=9,A3=10.3;B:B1=7"));
        const WeightSet set = WeightSet::of(rubric);
        QCOMPARE(set.entries().size(), 6);
        QCOMPARE(set.entries().at(0).key, QStringLiteral("A"));
        QCOMPARE(set.entries().at(0).value, 6 + 9 + 10.3);
        QVERIFY(set.applyTo(rubric).sameDefinition(rubric));
        QCOMPARE(set.toJson().value(QStringLiteral("B1")).toDouble(), 7.0);
    }
};

QTEST_GUILESS_MAIN(tst_WeightSet)
#include "tst_WeightSet.moc"
