// Confidence: an assessor's confidence with the stable text of JSON, the database and spreadsheets.
#include "model/Confidence.h"

#include <QTest>

using namespace casebook;

Q_DECLARE_METATYPE(casebook::Confidence)

class tst_Confidence : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void rejectsOtherText();
};

void tst_Confidence::roundTrip_data()
{
    QTest::addColumn<Confidence>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << Confidence::None << "";
    QTest::newRow("low") << Confidence::Low << "low";
    QTest::newRow("medium") << Confidence::Medium << "medium";
    QTest::newRow("high") << Confidence::High << "high";
}

void tst_Confidence::roundTrip()
{
    QFETCH(Confidence, value);
    QFETCH(QString, text);
    QCOMPARE(confidenceToString(value), text);
    QCOMPARE(confidenceFromString(text), std::optional<Confidence>(value));
}

void tst_Confidence::rejectsOtherText()
{
    for (const char *text : {"sure", "High", " low", "medium ", "0"})
        QVERIFY2(!confidenceFromString(QString::fromLatin1(text)), text);
}

QTEST_GUILESS_MAIN(tst_Confidence)
#include "tst_Confidence.moc"
