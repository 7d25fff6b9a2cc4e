#include "model/RecordReferences.h"

#include <QTest>

using namespace casebook;

class tst_RecordReferences : public QObject
{
    Q_OBJECT
private slots:
    void nextFreeId_data();
    void nextFreeId();
    void nextStepNumber_data();
    void nextStepNumber();
    void renameActorFollowsEveryReference();
    void renameLeavesOtherNamesAndText();
};

void tst_RecordReferences::nextFreeId_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("next");
    QTest::newRow("none") << QStringList() << QStringLiteral("R-1");
    QTest::newRow("after the highest, not the count")
        << QStringList{QStringLiteral("R-1"), QStringLiteral("R-7")} << QStringLiteral("R-8");
    QTest::newRow("other forms are ignored")
        << QStringList{QStringLiteral("REQ-9"), QStringLiteral("R-2a"), QStringLiteral("")}
        << QStringLiteral("R-1");
    QTest::newRow("case and spaces") << QStringList{QStringLiteral(" r-3 ")} << QStringLiteral("R-4");
    QTest::newRow("unordered") << QStringList{QStringLiteral("R-5"), QStringLiteral("R-2")}
                               << QStringLiteral("R-6");
}

void tst_RecordReferences::nextFreeId()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, next);
    QCOMPARE(RecordReferences::nextFreeId(ids, QStringLiteral("R-")), next);
}

void tst_RecordReferences::nextStepNumber_data()
{
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("next");
    QTest::newRow("none") << QStringList() << QStringLiteral("1");
    QTest::newRow("sub-steps count by their step")
        << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2.1")}
        << QStringLiteral("3");
    QTest::newRow("text only") << QStringList{QStringLiteral("a"), QString()} << QStringLiteral("1");
    QTest::newRow("unordered") << QStringList{QStringLiteral("4"), QStringLiteral("2")}
                               << QStringLiteral("5");
}

void tst_RecordReferences::nextStepNumber()
{
    QFETCH(QStringList, numbers);
    QFETCH(QString, next);
    QCOMPARE(RecordReferences::nextStepNumber(numbers), next);
}

namespace {

UseCase twoScenarios()
{
    UseCase u;
    Scenario a;
    a.primaryActor = QStringLiteral("Sensor");
    ScenarioStep s1;
    s1.producer = QStringLiteral("Sensor");
    s1.receiver = QStringLiteral("Platform");
    ScenarioStep s2;
    s2.producer = QStringLiteral("Platform");
    s2.receiver = QStringLiteral("Sensor");
    s2.description = QStringLiteral("Sensor gets a new threshold");
    a.steps = {s1, s2};
    Scenario b;
    b.primaryActor = QStringLiteral("Operator");
    ScenarioStep s3;
    s3.legacy.producer = QStringLiteral("Sensor");
    b.steps = {s3};
    u.scenarios = {a, b};
    return u;
}

} // namespace

void tst_RecordReferences::renameActorFollowsEveryReference()
{
    UseCase u = twoScenarios();
    QCOMPARE(RecordReferences::actorReferenceCount(u, QStringLiteral("Sensor")), 3);
    QCOMPARE(RecordReferences::renameActor(u, QStringLiteral("Sensor"), QStringLiteral("Level sensor")), 3);
    QCOMPARE(u.scenarios[0].primaryActor, QStringLiteral("Level sensor"));
    QCOMPARE(u.scenarios[0].steps[0].producer, QStringLiteral("Level sensor"));
    QCOMPARE(u.scenarios[0].steps[1].receiver, QStringLiteral("Level sensor"));
    QCOMPARE(RecordReferences::actorReferenceCount(u, QStringLiteral("Sensor")), 0);
}

void tst_RecordReferences::renameLeavesOtherNamesAndText()
{
    UseCase u = twoScenarios();
    const UseCase before = u;
    QCOMPARE(RecordReferences::renameActor(u, QStringLiteral("sensor"), QStringLiteral("X")),
             0); // exact names
    QCOMPARE(RecordReferences::renameActor(u, QString(), QStringLiteral("X")), 0);
    QVERIFY(u.sameContent(before));
    RecordReferences::renameActor(u, QStringLiteral("Sensor"), QStringLiteral("Level sensor"));
    QCOMPARE(u.scenarios[0].steps[1].producer, QStringLiteral("Platform"));
    QCOMPARE(u.scenarios[0].steps[1].description, QStringLiteral("Sensor gets a new threshold"));
    QCOMPARE(u.scenarios[1].primaryActor, QStringLiteral("Operator"));
    QCOMPARE(u.scenarios[1].steps[0].legacy.producer, QStringLiteral("Sensor")); // old text stays as written
}

QTEST_GUILESS_MAIN(tst_RecordReferences)
#include "tst_RecordReferences.moc"
