#include "TestRecords.h"

namespace casebook::test {

namespace {

ScenarioStep step(const QString &number, const QString &producer, const QString &receiver,
                  const QString &description, const QString &service, const QStringList &information,
                  const QStringList &requirements)
{
    ScenarioStep s;
    s.number = number;
    s.event = QStringLiteral("Event of step %1").arg(number);
    s.name = QStringLiteral("Activity %1").arg(number);
    s.description = description;
    s.service = service;
    s.producer = producer;
    s.receiver = receiver;
    s.information = information;
    s.requirements = requirements;
    return s;
}

} // namespace

void addIecDepth(UseCase &u)
{
    u.actors = {{QStringLiteral("Sensor"), QStringLiteral("device"), QStringLiteral("measures")},
                {QStringLiteral("Platform"), QStringLiteral("system"), QStringLiteral("stores, alerts")},
                {QStringLiteral("Utility"), QStringLiteral("organization"), QStringLiteral("operates")}};
    u.scope = QStringLiteral("Drinking-water network of one city;\nnot waste water.");
    u.assumptions = {QStringLiteral("Sensors are calibrated monthly"), QStringLiteral("Mobile coverage")};
    u.prerequisites = {QStringLiteral("A platform contract is in place")};
    u.requirements = {
        {QStringLiteral("R-1"), QStringLiteral("performance"),
         QStringLiteral("A reading reaches the platform within 15 minutes")},
        {QStringLiteral("R-2"), QStringLiteral("security"), QStringLiteral("Readings are signed")}};
    u.informationExchanged = {
        {QStringLiteral("I-1"),
         QStringLiteral("Reading"),
         QStringLiteral("SAREF4WATR"),
         QStringLiteral("NTU value"),
         {QStringLiteral("R-2")}},
        {QStringLiteral("I-2"), QStringLiteral("Alert"), QString(), QStringLiteral("threshold crossed"), {}}};
    Scenario alert;
    alert.name = QStringLiteral("Alert");
    alert.description = QStringLiteral("A threshold is crossed");
    alert.primaryActor = QStringLiteral("Sensor");
    alert.triggeringEvent = QStringLiteral("Turbidity above 4 NTU");
    alert.preconditions = QStringLiteral("The sensor is registered");
    alert.postconditions = QStringLiteral("The utility has acknowledged the alert");
    alert.steps = {step(QStringLiteral("1"), QStringLiteral("Sensor"), QStringLiteral("Platform"),
                        QStringLiteral("sends reading"), QStringLiteral("REPORT"), {QStringLiteral("I-1")},
                        {QStringLiteral("R-1")}),
                   step(QStringLiteral("2"), QStringLiteral("Platform"), QStringLiteral("Utility"),
                        QStringLiteral("raises alert"), QStringLiteral("CREATE"), {QStringLiteral("I-2")},
                        {})};
    u.scenarios = {alert};
    u.developmentContexts.clear();
    for (qsizetype i = 0; i < u.countries.size(); ++i)
        u.developmentContexts.append(
            {u.countries[i], i == 0 ? QStringLiteral("developing") : QStringLiteral("transition")});
    u.ituQuestions = {QStringLiteral("Q2/20"), QStringLiteral("Q4/20")};
    u.relatedRecommendations = {QStringLiteral("ITU-T Y.4500.1"), QStringLiteral("ITU-T Y.4903")};
    for (Kpi &k : u.kpis)
        k.measurements = {{QStringLiteral("2024"), QStringLiteral("9")},
                          {QStringLiteral("2025-06-30"), QStringLiteral("5")}};
}

} // namespace casebook::test
