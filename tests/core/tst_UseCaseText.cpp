#include "TestRecords.h"
#include "report/UseCaseText.h"

#include <QTest>

using namespace casebook;

class tst_UseCaseText : public QObject
{
    Q_OBJECT
private slots:
    void measuredOverTime();
    void scenariosInIecOrder();
    void oldStepTextIsShownAsWritten();
    void kpisWithTheirSeries();
    void recordTextCarriesTheIecParts();
};

void tst_UseCaseText::measuredOverTime()
{
    QCOMPARE(UseCaseText::measuredOverTime({}), QString());
    QCOMPARE(UseCaseText::measuredOverTime({{QStringLiteral("2023"), QStringLiteral("12")},
                                            {QStringLiteral("2024"), QStringLiteral("9")},
                                            {QStringLiteral("2025-06"), QStringLiteral("5")}}),
             QStringLiteral("2023: 12 → 2024: 9 → 2025-06: 5"));
    // A value is one line, however it was written.
    QCOMPARE(UseCaseText::measuredOverTime({{QStringLiteral("2024"), QStringLiteral("9\n(estimate)")}}),
             QStringLiteral("2024: 9 (estimate)"));
}

void tst_UseCaseText::scenariosInIecOrder()
{
    UseCase u;
    u.countries = {QStringLiteral("KE")};
    test::addIecDepth(u);
    const QString text = UseCaseText::scenarios(u);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("- Alert"));
    QCOMPARE(lines.value(1), QStringLiteral("  Primary actor: Sensor"));
    QCOMPARE(lines.value(2), QStringLiteral("  Triggering event: Turbidity above 4 NTU"));
    QCOMPARE(lines.value(3), QStringLiteral("  Pre-conditions: The sensor is registered"));
    QCOMPARE(lines.value(4), QStringLiteral("  Post-conditions: The utility has acknowledged the alert"));
    QCOMPARE(lines.value(5),
             QStringLiteral("  1. on Event of step 1; Activity 1: sends reading; REPORT; Sensor → "
                            "Platform; information I-1; requirements R-1"));
    QCOMPARE(lines.value(6),
             QStringLiteral("  2. on Event of step 2; Activity 2: raises alert; CREATE; Platform → "
                            "Utility; information I-2"));
    QCOMPARE(lines.size(), 7);
}

void tst_UseCaseText::oldStepTextIsShownAsWritten()
{
    UseCase u;
    Scenario s;
    s.name = QStringLiteral("Old\u202Eform");
    ScenarioStep step;
    step.number = QStringLiteral("1");
    step.description = QStringLiteral("sends\nthe level");
    step.legacy = {QStringLiteral("the gateway"), {}, QStringLiteral("level reading")};
    step.receiver = QStringLiteral("Platform");
    s.steps = {step};
    u.scenarios = {s};
    const QString text = UseCaseText::scenarios(u);
    QVERIFY2(text.contains(QStringLiteral(
                 "  1. sends the level; 'the gateway' (as written) → Platform; information 'level "
                 "reading' (as written)")),
             qPrintable(text));
    QVERIFY(!text.contains(QChar(0x202E))); // no bidi override reaches the terminal
    QCOMPARE(text.count(QLatin1Char('\n')), 1);
}

void tst_UseCaseText::kpisWithTheirSeries()
{
    UseCase u;
    Kpi k;
    k.name = QStringLiteral("Non-revenue water");
    k.unit = QStringLiteral("%");
    k.baseline = QStringLiteral("35");
    k.target = QStringLiteral("28");
    k.measurements = {{QStringLiteral("2023"), QStringLiteral("35")},
                      {QStringLiteral("2024"), QStringLiteral("31")}};
    Kpi bare;
    bare.name = QStringLiteral("Response time");
    u.kpis = {k, bare};
    QCOMPARE(UseCaseText::kpis(u),
             QStringLiteral("- Non-revenue water (%): baseline 35; target 28; over time 2023: 35 → 2024: 31\n"
                            "- Response time"));
}

void tst_UseCaseText::recordTextCarriesTheIecParts()
{
    UseCase u;
    u.title = QStringLiteral("Water");
    u.countries = {QStringLiteral("KE")};
    u.kpis = {Kpi{}};
    u.kpis[0].name = QStringLiteral("Turbidity alerts");
    test::addIecDepth(u);
    const QString text = UseCaseText::toPlainText(u);
    for (const char *part :
         {"\nScope:\n", "\nAssumptions:\n- Sensors are calibrated monthly",
          "\nRequirements:\n- R-1 (performance)", "\nScenarios:\n- Alert\n  Primary actor: Sensor",
          "\nKPIs:\n- Turbidity alerts: over time 2024: 9 → 2025-06-30: 5", "ITU-T Questions: Q2/20, Q4/20"})
        QVERIFY2(text.contains(QString::fromUtf8(part)), part);
}

QTEST_GUILESS_MAIN(tst_UseCaseText)
#include "tst_UseCaseText.moc"
