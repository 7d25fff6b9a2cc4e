#include "exchange/Iec62559XmlWriter.h"

#include "exchange/Iec62559Xml.h"
#include "model/UseCaseJson.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <functional>

namespace casebook {

namespace {

using namespace Iec62559Xml;

/// The 1-based position of the first item whose key is `key`, or 0 when none has it.
template<typename T, typename F> int indexOf(const QList<T> &items, const QString &key, F keyOf)
{
    for (int i = 0; i < items.size(); ++i) {
        if (keyOf(items[i]) == key)
            return i + 1;
    }
    return 0;
}

int actorIndex(const UseCase &u, const QString &name)
{
    return indexOf(u.actors, name, [](const Actor &a) { return a.name; });
}
int requirementIndex(const UseCase &u, const QString &id)
{
    return indexOf(u.requirements, id, [](const Requirement &r) { return r.id; });
}
int informationIndex(const UseCase &u, const QString &id)
{
    return indexOf(u.informationExchanged, id, [](const InformationExchange &i) { return i.id; });
}

bool allResolve(const QStringList &ids, const std::function<int(const QString &)> &index)
{
    for (const QString &id : ids) {
        if (index(id) == 0)
            return false;
    }
    return true;
}

/// True when the scenario elements carry every scenario field: no unresolved step text and every
/// actor, information and requirement reference names a part of the record.
bool scenariosFitElements(const UseCase &u)
{
    const auto actorOk = [&u](const QString &name) { return name.isEmpty() || actorIndex(u, name) > 0; };
    for (const Scenario &s : u.scenarios) {
        if (!actorOk(s.primaryActor))
            return false;
        for (const ScenarioStep &st : s.steps) {
            if (!st.legacy.isEmpty() || !actorOk(st.producer) || !actorOk(st.receiver)
                || !allResolve(st.information, [&u](const QString &id) { return informationIndex(u, id); })
                || !allResolve(st.requirements, [&u](const QString &id) { return requirementIndex(u, id); }))
                return false;
        }
    }
    return true;
}

bool informationFitsElements(const UseCase &u)
{
    for (const InformationExchange &i : u.informationExchanged) {
        if (!allResolve(i.requirements, [&u](const QString &id) { return requirementIndex(u, id); }))
            return false;
    }
    return true;
}

/// The record keys the XML elements carry exactly (Iec62559XmlReader reads them back from there).
QSet<QString> keysInElements(const UseCase &u)
{
    QSet<QString> keys{
        QStringLiteral("uuid"),         QStringLiteral("code"),        QStringLiteral("title"),
        QStringLiteral("scope"),        QStringLiteral("summary"),     QStringLiteral("description"),
        QStringLiteral("objectives"),   QStringLiteral("assumptions"), QStringLiteral("prerequisites"),
        QStringLiteral("requirements"), QStringLiteral("actors")};
    if (scenariosFitElements(u))
        keys.insert(QStringLiteral("scenarios"));
    if (informationFitsElements(u))
        keys.insert(QStringLiteral("information_exchanged"));
    return keys;
}

/// A JSON value as compact text: "\"text\"", "[1,2]", "{...}".
QString compactJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool isEmptyValue(const QJsonValue &v)
{
    return (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty()) || v.isNull()
        || v.isUndefined();
}

/// Writes one repository: the libraries first, then the use cases that refer to them.
class DocumentWriter
{
public:
    explicit DocumentWriter(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
    }

    void write(const QList<UseCase> &useCases)
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(namespaceUri(), QStringLiteral("cps"));
        m_xml.writeStartElement(namespaceUri(), QStringLiteral("UseCaseRepository"));
        text("name", Iec62559XmlWriter::tr("Use cases from Casebook"));
        text("technicalId", repositoryId(useCases));
        writeLibraries(useCases);
        m_xml.writeStartElement(QStringLiteral("UseCaseLibrary"));
        for (const UseCase &u : useCases)
            writeUseCase(u);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    static QString repositoryId(const QList<UseCase> &useCases)
    {
        QStringList uuids;
        for (const UseCase &u : useCases)
            uuids.append(u.uuid);
        return QUuid::createUuidV5(uuidNamespace(), uuids.join(QLatin1Char(' ')))
            .toString(QUuid::WithoutBraces);
    }

    /// A text element. A carriage return is written as a character reference: XML readers turn a
    /// literal one into a line feed, which would change the text.
    void text(const char *name, const QString &value)
    {
        if (!value.contains(QLatin1Char('\r'))) {
            m_xml.writeTextElement(QLatin1String(name), value);
            return;
        }
        m_xml.writeStartElement(QLatin1String(name));
        const QStringList parts = value.split(QLatin1Char('\r'));
        for (int i = 0; i < parts.size(); ++i) {
            if (i > 0)
                m_xml.writeEntityReference(QStringLiteral("#xD"));
            if (!parts[i].isEmpty())
                m_xml.writeCharacters(parts[i]);
        }
        m_xml.writeEndElement();
    }
    void optionalText(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            text(name, value);
    }
    void start(const char *name) { m_xml.writeStartElement(QLatin1String(name)); }
    void end() { m_xml.writeEndElement(); }
    /// A Ref_* element: optional name, then technicalId.
    void reference(const char *element, const QString &technicalId, const QString &name = {})
    {
        start(element);
        optionalText("name", name);
        text("technicalId", technicalId);
        end();
    }
    void content(const char *element, const QString &value)
    {
        start(element);
        text("content", value);
        end();
    }
    void custom(const QString &key, const QString &value, const QString &reference = {})
    {
        start("CustomInformation");
        text("key", key);
        text("value", value);
        optionalText("reference", reference);
        end();
    }

    void writeLibraries(const QList<UseCase> &useCases)
    {
        start("BusinessObjectLibrary");
        for (const UseCase &u : useCases) {
            for (int i = 0; i < u.informationExchanged.size(); ++i)
                writeBusinessObject(u, i);
        }
        end();
        start("RequirementLibrary");
        for (const UseCase &u : useCases)
            writeRequirements(u);
        end();
        start("ActorLibrary");
        for (const UseCase &u : useCases) {
            for (int i = 0; i < u.actors.size(); ++i) {
                const Actor &a = u.actors[i];
                start("Actor");
                text("name", a.name);
                text("identifier", QString::number(i + 1));
                text("technicalId", partId(u.uuid, "actor", i + 1));
                optionalText("description", a.role);
                optionalText("type", a.type);
                end();
            }
        }
        end();
    }

    void writeBusinessObject(const UseCase &u, int i)
    {
        const InformationExchange &info = u.informationExchanged[i];
        start("BusinessObject");
        text("name", info.name);
        text("technicalId", partId(u.uuid, "information", i + 1));
        optionalText("description", info.description);
        for (const QString &id : info.requirements) {
            if (const int r = requirementIndex(u, id))
                reference("Requirement", partId(u.uuid, "requirement", r));
        }
        end();
    }

    /// One RequirementCategory per run of requirements of the same category, so their order stays.
    void writeRequirements(const UseCase &u)
    {
        int run = 0;
        for (int i = 0; i < u.requirements.size(); ++i) {
            const Requirement &r = u.requirements[i];
            if (i == 0 || u.requirements[i - 1].category != r.category) {
                if (i > 0)
                    end();
                start("RequirementCategory");
                text("name", r.category);
                text("identifier", partId(u.uuid, "category", ++run));
            }
            start("Requirement");
            text("technicalId", partId(u.uuid, "requirement", i + 1));
            text("identifier", r.id);
            optionalText("description", r.description);
            end();
        }
        if (!u.requirements.isEmpty())
            end();
    }

    void writeUseCase(const UseCase &u)
    {
        start("UseCase");
        text("name", u.title);
        text("identifier", u.code);
        text("technicalId", u.uuid);
        optionalText("scope", u.scope);
        if (!u.actors.isEmpty()) {
            start("ActorGrouping"); // no name: the reader keeps a grouping's name as unmapped
            for (int i = 0; i < u.actors.size(); ++i)
                reference("Actor", partId(u.uuid, "actor", i + 1), u.actors[i].name);
            end();
        }
        if (!u.objectives.isEmpty()) {
            start("RelatedObjective");
            text("name", Iec62559XmlWriter::tr("Objectives"));
            text("technicalId", partId(u.uuid, "objectives", 1));
            text("description", u.objectives);
            end();
        }
        for (const QString &a : u.assumptions)
            content("Assumption", a);
        for (const QString &p : u.prerequisites)
            content("Prerequisite", p);
        for (int i = 0; i < u.kpis.size(); ++i) {
            start("KeyPerformanceIndicator");
            text("name", u.kpis[i].name);
            text("technicalId", partId(u.uuid, "kpi", i + 1));
            end();
        }
        if (!u.summary.isEmpty() || !u.description.isEmpty()) {
            start("Narrative");
            text("shortDescription", u.summary);
            optionalText("completeDescription", u.description);
            end();
        }
        writeVersion(u);
        writeCustomInformation(u);
        for (int s = 0; s < u.scenarios.size(); ++s)
            writeScenario(u, s);
        end();
    }

    void writeVersion(const UseCase &u)
    {
        if (!u.modifiedAt.isValid())
            return;
        start("Version");
        optionalText("versionNumber", u.version);
        text("date", toIsoUtc(u.modifiedAt));
        optionalText("approvalStatus", u.approvalStatus);
        for (const Person &p : u.submitters) {
            start("Author");
            text("name", p.name);
            end();
        }
        end();
    }

    void writeCustomInformation(const UseCase &u)
    {
        for (int i = 0; i < u.requirements.size(); ++i)
            custom(requirementKey(), u.requirements[i].id, partId(u.uuid, "requirement", i + 1));
        for (int i = 0; i < u.informationExchanged.size(); ++i) {
            const QString id = partId(u.uuid, "information", i + 1);
            custom(informationKey(), u.informationExchanged[i].id, id);
            if (!u.informationExchanged[i].dataModel.isEmpty())
                custom(dataModelKey(), u.informationExchanged[i].dataModel, id);
        }
        const QSet<QString> inElements = keysInElements(u);
        const QJsonObject json = UseCaseJson::toJson(u);
        QStringList keys = UseCaseJson::fieldKeys();
        for (const QString &key : u.extra.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue value = json.value(key);
            if (!inElements.contains(key) && !isEmptyValue(value))
                custom(customPrefix() + key, compactJson(value));
        }
    }

    void writeScenario(const UseCase &u, int s)
    {
        const Scenario &sc = u.scenarios[s];
        const QString scenarioId = partId(u.uuid, "scenario", s + 1);
        start("Scenario");
        text("name", sc.name);
        optionalText("description", sc.description);
        actorReference("PrimaryActor", u, sc.primaryActor);
        if (!sc.triggeringEvent.isEmpty())
            content("TriggeringEvent", sc.triggeringEvent);
        if (!sc.preconditions.isEmpty())
            content("Precondition", sc.preconditions);
        if (!sc.postconditions.isEmpty())
            content("Postcondition", sc.postconditions);
        if (!sc.steps.isEmpty()) {
            start("MacroActivity");
            for (int k = 0; k < sc.steps.size(); ++k)
                writeStep(u, sc.steps[k], scenarioId + QStringLiteral("/step/") + QString::number(k + 1));
            text("technicalId", scenarioId + QStringLiteral("/steps"));
            end();
        }
        text("technicalId", scenarioId);
        end();
    }

    void actorReference(const char *element, const UseCase &u, const QString &name)
    {
        if (const int a = name.isEmpty() ? 0 : actorIndex(u, name))
            reference(element, partId(u.uuid, "actor", a), name);
    }

    void writeStep(const UseCase &u, const ScenarioStep &st, const QString &stepId)
    {
        start("Step");
        text("name", st.name);
        text("identifier", st.number);
        text("description", st.description);
        text("event", st.event);
        text("service", st.service);
        for (const QString &id : st.requirements) {
            if (const int r = requirementIndex(u, id))
                reference("Requirement", partId(u.uuid, "requirement", r));
        }
        actorReference("InformationReceiver", u, st.receiver);
        actorReference("InformationProducer", u, st.producer);
        for (const QString &id : st.information) {
            if (const int i = informationIndex(u, id))
                reference("BusinessObject", partId(u.uuid, "information", i),
                          u.informationExchanged[i - 1].name);
        }
        // The schema requires an interaction; a UseCaseRepository has no interaction library, so
        // the step names itself.
        start("interaction");
        text("refInteraction", stepId);
        end();
        end();
    }

    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray Iec62559XmlWriter::write(const QList<UseCase> &useCases)
{
    QByteArray out;
    DocumentWriter(&out).write(useCases);
    return out;
}

} // namespace casebook
