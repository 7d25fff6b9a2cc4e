// The IEC 62559-2 depth of the record: the JSON form of the new fields, the rules on references,
// and records of the earlier form read without loss.
#include "merge/UseCaseContent.h"
#include "model/UseCaseJson.h"
#include "model/UseCaseValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "TestRecords.h"

using namespace casebook;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// A record in the form before schema 6: one development context, free-text step actors.
const char *kOldRecord = R"({
  "title": "Flood sensors",
  "countries": ["EG", "SD"],
  "development_context": "developing",
  "actors": [{"name": "Water-level sensor", "type": "device"}, {"name": "Irrigation authority"}],
  "information_exchanged": [{"name": "Level reading", "data_model": "SAREF4WATR"}, {"name": "Alarm"}],
  "scenarios": [{"name": "Alert", "steps": [
     {"from": " water-level SENSOR ", "to": "the gateway", "action": "sends a reading", "information": "level reading"},
     {"from": "Irrigation authority", "to": "Farmers", "action": "warns", "information": "an SMS"}]}]
})";

QStringList fields(const UseCase &u)
{
    QStringList out;
    for (const FieldProblem &p : UseCaseValidator::validate(u))
        out.append(p.field);
    return out;
}

} // namespace

class tst_RecordDepth : public QObject
{
    Q_OBJECT
private slots:
    void everyNewFieldRoundTripsThroughJson();
    void oldRecordReadsWithReferencesWhereNamesMatch();
    void oldRecordKeepsUnmatchedTextAndSurvivesARoundTrip();
    void upgradeChangesNothingInTodaysForm();
    void missingIdsAreFilledWithTheNextFreeOnes();
    void referencesMustResolve();
    void idsAreUniqueIgnoringCase();
    void contextsNameListedCountriesOnce();
    void questionsServicesAndDatesAreChecked();
    void contentHashIgnoresEmptyFields();
};

void tst_RecordDepth::everyNewFieldRoundTripsThroughJson()
{
    UseCase u;
    u.title = QStringLiteral("Water quality");
    u.countries = {QStringLiteral("EG"), QStringLiteral("KE")};
    u.kpis = {Kpi{QStringLiteral("Outbreaks"), {}, {}, {}, {}, {}, {}, {}, {}}};
    test::addIecDepth(u);
    QVERIFY(UseCaseValidator::validate(u).isEmpty());
    const QJsonObject json = UseCaseJson::toJson(u);
    for (const char *key : {"scope", "assumptions", "prerequisites", "requirements", "itu_questions",
                            "related_recommendations", "development_contexts"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(!json.contains(QStringLiteral("development_context")));
    const QJsonObject step = json[QStringLiteral("scenarios")][0][QStringLiteral("steps")][0].toObject();
    QCOMPARE(step[QStringLiteral("service")].toString(), QStringLiteral("REPORT"));
    QCOMPARE(step[QStringLiteral("producer")].toString(), QStringLiteral("Sensor"));
    QCOMPARE(step[QStringLiteral("information")].toArray(), QJsonArray{QStringLiteral("I-1")});
    QVERIFY(!step.contains(QStringLiteral("unresolved")));

    auto back = UseCaseJson::fromJson(json);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->scenarios, u.scenarios);
    QCOMPARE(back->requirements, u.requirements);
    QCOMPARE(back->informationExchanged, u.informationExchanged);
    QCOMPARE(back->kpis, u.kpis);
    QCOMPARE(back->developmentContexts, u.developmentContexts);
    QVERIFY(back->sameContent(u));
}

void tst_RecordDepth::oldRecordReadsWithReferencesWhereNamesMatch()
{
    auto u = UseCaseJson::fromJson(parse(kOldRecord));
    QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
    QCOMPARE(u->developmentContexts,
             (QList<CountryContext>{{QStringLiteral("EG"), QStringLiteral("developing")},
                                    {QStringLiteral("SD"), QStringLiteral("developing")}}));
    QCOMPARE(u->contexts(), QStringList{QStringLiteral("developing")});
    QCOMPARE(u->informationExchanged.at(0).id, QStringLiteral("I-1"));
    QCOMPARE(u->informationExchanged.at(1).id, QStringLiteral("I-2"));
    const ScenarioStep first = u->scenarios.at(0).steps.at(0);
    QCOMPARE(first.number, QStringLiteral("1"));
    QCOMPARE(first.producer, QStringLiteral("Water-level sensor")); // the actor's own spelling
    QCOMPARE(first.description, QStringLiteral("sends a reading"));
    QCOMPARE(first.information, QStringList{QStringLiteral("I-1")});
    QVERIFY(first.receiver.isEmpty());
    QCOMPARE(first.legacy.receiver, QStringLiteral("the gateway"));
    QVERIFY(first.legacy.producer.isEmpty());
    QVERIFY(first.legacy.information.isEmpty());
    QVERIFY(UseCaseJson::toJson(*u).value(QStringLiteral("development_context")).isUndefined());
    QVERIFY(u->extra.isEmpty()); // the old key is read, not kept as an unknown field

    // Today's form too: an actor named with other case or spaces is written as the actor's name.
    auto spelt = UseCaseJson::fromJson(parse(R"({"title": "T", "actors": [{"name": "Sensor"}],
        "scenarios": [{"primary_actor": "sensor ", "steps": [{"producer": "SENSOR", "receiver": "Sensor"}]}]})"));
    QVERIFY2(spelt, qPrintable(spelt ? QString() : spelt.error().message));
    QCOMPARE(spelt->scenarios.at(0).primaryActor, QStringLiteral("Sensor"));
    QCOMPARE(spelt->scenarios.at(0).steps.at(0).producer, QStringLiteral("Sensor"));
}

void tst_RecordDepth::oldRecordKeepsUnmatchedTextAndSurvivesARoundTrip()
{
    auto u = UseCaseJson::fromJson(parse(kOldRecord));
    QVERIFY(u);
    const ScenarioStep second = u->scenarios.at(0).steps.at(1);
    QCOMPARE(second.number, QStringLiteral("2"));
    QCOMPARE(second.producer, QStringLiteral("Irrigation authority"));
    QCOMPARE(second.legacy.receiver, QStringLiteral("Farmers"));
    QCOMPARE(second.legacy.information, QStringLiteral("an SMS"));
    QVERIFY(second.information.isEmpty());
    QVERIFY(UseCaseValidator::validate(*u).isEmpty()); // unresolved text is allowed, and flagged

    const QJsonObject json = UseCaseJson::toJson(*u);
    const QJsonObject unresolved =
        json[QStringLiteral("scenarios")][0][QStringLiteral("steps")][1][QStringLiteral("unresolved")]
            .toObject();
    QCOMPARE(unresolved[QStringLiteral("receiver")].toString(), QStringLiteral("Farmers"));
    QCOMPARE(unresolved[QStringLiteral("information")].toString(), QStringLiteral("an SMS"));
    auto again = UseCaseJson::fromJson(json);
    QVERIFY(again);
    QVERIFY(again->sameContent(*u));
}

void tst_RecordDepth::upgradeChangesNothingInTodaysForm()
{
    auto u = UseCaseJson::fromJson(parse(kOldRecord));
    QVERIFY(u);
    const QJsonObject once = UseCaseJson::toJson(*u);
    auto twice = UseCaseJson::fromJson(once);
    QVERIFY(twice);
    QCOMPARE(UseCaseJson::toJson(*twice), once);

    // A record with no countries: one context for the whole deployment.
    auto noCountry = UseCaseJson::fromJson(parse(R"({"title": "T", "development_context": "sids"})"));
    QVERIFY(noCountry);
    QCOMPARE(noCountry->developmentContexts, (QList<CountryContext>{{QString(), QStringLiteral("sids")}}));
    // Both keys: today's wins, the old one is not spread on top of it.
    auto both = UseCaseJson::fromJson(parse(
        R"({"title": "T", "countries": ["KE"], "development_context": "sids",
            "development_contexts": [{"country": "KE", "context": "ldc"}]})"));
    QVERIFY(both);
    QCOMPARE(both->developmentContexts,
             (QList<CountryContext>{{QStringLiteral("KE"), QStringLiteral("ldc")}}));
}

void tst_RecordDepth::missingIdsAreFilledWithTheNextFreeOnes()
{
    auto u = UseCaseJson::fromJson(parse(R"({"title": "T",
        "requirements": [{"id": "R-2", "description": "a"}, {"description": "b"}, {"description": "c"}],
        "information_exchanged": [{"name": "x"}, {"id": "i-1", "name": "y"}]})"));
    QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
    QCOMPARE(u->requirements.at(1).id, QStringLiteral("R-1"));
    QCOMPARE(u->requirements.at(2).id, QStringLiteral("R-3"));
    QCOMPARE(u->informationExchanged.at(0).id, QStringLiteral("I-2")); // "i-1" is taken, ignoring case
}

void tst_RecordDepth::referencesMustResolve()
{
    UseCase u;
    u.title = QStringLiteral("T");
    u.countries = {QStringLiteral("KE")};
    test::addIecDepth(u);
    u.scenarios[0].steps[1].producer = QStringLiteral("Gateway");
    u.scenarios[0].steps[0].information = {QStringLiteral("I-9")};
    u.scenarios[0].steps[0].requirements = {QStringLiteral("R-7")};
    u.scenarios[0].primaryActor = QStringLiteral("Nobody");
    u.informationExchanged[0].requirements = {QStringLiteral("R-3")};
    QCOMPARE(fields(u),
             (QStringList{QStringLiteral("scenarios[0].primary_actor"),
                          QStringLiteral("scenarios[0].steps[0].information[0]"),
                          QStringLiteral("scenarios[0].steps[0].requirements[0]"),
                          QStringLiteral("scenarios[0].steps[1].producer"),
                          QStringLiteral("information_exchanged[0].requirements[0]")}));
    const QList<FieldProblem> problems = UseCaseValidator::validate(u);
    QCOMPARE(problems.at(3).message, QStringLiteral("'Gateway' is not one of the use case's actors"));
    // Whole sentences, so that each translates as one.
    QCOMPARE(problems.at(1).message,
             QStringLiteral("'I-9' is not the id of any information exchanged of the use case"));
    QCOMPARE(problems.at(2).message, QStringLiteral("'R-7' is not the id of a requirement of the use case"));
    auto refused = UseCaseJson::fromJson(UseCaseJson::toJson(u));
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("scenarios[0].primary_actor: 'Nobody' is not one of the use case's actors"));
}

void tst_RecordDepth::idsAreUniqueIgnoringCase()
{
    UseCase u;
    u.title = QStringLiteral("T");
    u.requirements = {{QStringLiteral("R-1"), {}, {}}, {QStringLiteral("r-1"), {}, {}}};
    u.informationExchanged = {{QStringLiteral("I-1"), {}, {}, {}, {}},
                              {QStringLiteral("I-1"), {}, {}, {}, {}}};
    QCOMPARE(
        fields(u),
        (QStringList{QStringLiteral("requirements[1].id"), QStringLiteral("information_exchanged[1].id")}));
}

void tst_RecordDepth::contextsNameListedCountriesOnce()
{
    UseCase u;
    u.title = QStringLiteral("T");
    u.countries = {QStringLiteral("KE")};
    u.developmentContexts = {{QStringLiteral("KE"), QStringLiteral("developing")},
                             {QStringLiteral("TZ"), QStringLiteral("ldc")},
                             {QStringLiteral("KE"), QStringLiteral("ldc")},
                             {QString(), QString()},
                             {QString(), QStringLiteral("rich")}};
    QCOMPARE(fields(u),
             (QStringList{QStringLiteral("development_contexts[1].country"),
                          QStringLiteral("development_contexts[2].country"),
                          QStringLiteral("development_contexts[3].context"),
                          QStringLiteral("development_contexts[4].context"),
                          QStringLiteral("development_contexts[4].country")}));
}

void tst_RecordDepth::questionsServicesAndDatesAreChecked()
{
    UseCase u;
    u.title = QStringLiteral("T");
    u.ituQuestions = {QStringLiteral("Q2/20"), QStringLiteral("Question 2"), QStringLiteral("Q12/17")};
    Scenario s;
    ScenarioStep st;
    st.service = QStringLiteral("SEND");
    s.steps = {st};
    u.scenarios = {s};
    u.kpis = {Kpi{QStringLiteral("k"),
                  {},
                  {},
                  {},
                  {},
                  {},
                  {},
                  {},
                  {{QStringLiteral("2024"), QStringLiteral("1")},
                   {QStringLiteral("2024-13"), QStringLiteral("2")},
                   {QStringLiteral("2024-02-30"), QStringLiteral("3")},
                   {QStringLiteral("2025-06-30"), QString()}}}};
    const QList<FieldProblem> problems = UseCaseValidator::validate(u);
    QStringList got;
    for (const FieldProblem &p : problems)
        got.append(p.field);
    QCOMPARE(got,
             (QStringList{QStringLiteral("itu_questions[1]"), QStringLiteral("scenarios[0].steps[0].service"),
                          QStringLiteral("kpis[0].measurements[1].date"),
                          QStringLiteral("kpis[0].measurements[2].date"),
                          QStringLiteral("kpis[0].measurements[3].value")}));
    QVERIFY(problems.at(0).message.contains(QLatin1String("Q2/20")));
    QVERIFY(problems.at(1).message.contains(QLatin1String("'SEND' is not a known service")));
}

void tst_RecordDepth::contentHashIgnoresEmptyFields()
{
    // A field that a later version adds, empty in a record, must not change the record's hash:
    // bundles and sheets of both versions then still recognise each other's versions.
    UseCase u;
    u.title = QStringLiteral("T");
    u.countries = {QStringLiteral("KE")};
    u.kpis = {Kpi{QStringLiteral("k"), {}, {}, {}, {}, {}, {}, {}, {}}};
    test::addIecDepth(u);
    QJsonObject fields = UseCaseContent::fields(u);
    const QString before = UseCaseContent::hashOfFields(fields);
    fields.insert(QStringLiteral("x_later_text"), QString());
    fields.insert(QStringLiteral("x_later_list"), QJsonArray());
    QJsonArray scenarios = fields.value(QStringLiteral("scenarios")).toArray();
    QJsonObject first = scenarios.at(0).toObject();
    first.insert(QStringLiteral("x_later_nested"), QJsonObject{{QStringLiteral("a"), QString()}});
    scenarios.replace(0, first);
    fields.insert(QStringLiteral("scenarios"), scenarios);
    QCOMPARE(UseCaseContent::hashOfFields(fields), before);
    fields.insert(QStringLiteral("x_later_text"), QStringLiteral("set"));
    QVERIFY(UseCaseContent::hashOfFields(fields) != before);
    // An empty entry of a list still counts: positions matter.
    QJsonObject withEntry = UseCaseContent::fields(u);
    QJsonArray assumptions = withEntry.value(QStringLiteral("assumptions")).toArray();
    assumptions.append(QString());
    withEntry.insert(QStringLiteral("assumptions"), assumptions);
    QVERIFY(UseCaseContent::hashOfFields(withEntry) != before);
}

QTEST_GUILESS_MAIN(tst_RecordDepth)
#include "tst_RecordDepth.moc"
