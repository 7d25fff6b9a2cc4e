#include "exchange/Iec62559UseCaseMapper.h"

#include "exchange/Iec62559Xml.h"
#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"
#include "support/Clock.h"
#include "support/StrictJson.h"

#include <QJsonArray>
#include <QUuid>

namespace casebook {

namespace {

using namespace Iec62559Xml;

QString indexed(const QString &path, const QString &name, int i)
{
    return (path.isEmpty() ? QString() : path + QLatin1Char('/')) + name + QLatin1Char('[')
        + QString::number(i + 1) + QLatin1Char(']');
}

/// "name: content", or whichever of the two is there.
QString labelled(const QString &name, const QString &content)
{
    if (name.isEmpty() || content.isEmpty())
        return name.isEmpty() ? content : name;
    return name + QStringLiteral(": ") + content;
}

/// The record UUID of a technicalId: the UUID it is (also as urn:uuid:), or a name-based one.
QString recordUuid(const QString &technicalId)
{
    QString t = technicalId.trimmed();
    if (t.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        t = t.mid(9);
    const QUuid u = QUuid::fromString(t);
    const QUuid id = u.isNull() ? QUuid::createUuidV5(uuidNamespace(), technicalId) : u;
    return id.toString(QUuid::WithoutBraces);
}

/// Casebook's actor type for an IEC 62559 one ("Device", "System", "Human"...), or empty.
QString actorType(const QString &type)
{
    if (type.trimmed().compare(QLatin1String("human"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("person");
    return Vocabularies::instance().actorTypes().match(type);
}

void addUnique(QStringList *list, const QString &value)
{
    if (!list->contains(value))
        list->append(value);
}

} // namespace

QJsonValue Iec62559UseCaseMapper::elementJson(const XmlElement &e)
{
    if (e.children.empty() && e.attributes.isEmpty())
        return e.text;
    QJsonObject o;
    for (const auto &[name, value] : e.attributes)
        o.insert(QLatin1Char('@') + name, value);
    if (e.children.empty())
        o.insert(QStringLiteral("#text"), e.text);
    for (const XmlElement &c : e.children) {
        if (e.all(c.name).size() == 1) {
            o.insert(c.name, elementJson(c));
        } else {
            QJsonArray a = o.value(c.name).toArray();
            a.append(elementJson(c));
            o.insert(c.name, a);
        }
    }
    return o;
}

Error Iec62559UseCaseMapper::error(const XmlElement &e, const QString &what) const
{
    // `what` quotes the file's own text: kept on one line (see Iec62559XmlReader).
    return Error{
        ErrorCode::InputRejected,
        UseCaseValidator::asSingleLine(
            tr("%1, line %2: <%3> %4; nothing was imported.").arg(m_file).arg(e.line).arg(e.name, what)),
        {}};
}

void Iec62559UseCaseMapper::keep(const QString &path, const XmlElement &e)
{
    m_unmapped.insert(path, elementJson(e));
}

/// The name of the actor a Ref_Actor names, adding the actor to the record the first time: from
/// the ActorLibrary when its technicalId is there, else the use case's own actor of that technicalId,
/// else by the reference's own name. A reference that names no actor is kept at `path`; the
/// technicalId of one that does is kept with the actor (keepActorTechnicalId).
QString Iec62559UseCaseMapper::actorName(const XmlElement &ref, const QString &path)
{
    const QString tid = ref.childText(QStringLiteral("technicalId"));
    const QString furtherInformation = ref.childText(QStringLiteral("furtherInformation"));
    QString name;
    if (const XmlElement *actor = tid.isEmpty() ? nullptr : m_lib.actors.value(tid)) {
        name = libraryActor(tid, *actor, furtherInformation);
    } else if (const QString grouped = tid.isEmpty() ? QString() : m_groupedActors.value(tid);
               !grouped.isEmpty()) {
        name = namedActor(grouped, furtherInformation);
    } else if (!ref.childText(QStringLiteral("name")).trimmed().isEmpty()) {
        name = namedActor(ref.childText(QStringLiteral("name")), furtherInformation);
    } else {
        keep(path, ref);
        return {};
    }
    keepActorTechnicalId(name, tid);
    return name;
}

/// The record's actors have no technicalId: another tool's, by which the file refers to `actor`, is
/// kept at "Actor[name]/technicalId" (each distinct one, in file order), so an actor resolved by
/// name or through the library still carries the identity the file gave it. Casebook's own ids
/// (the record's UUID/actor/n) are written again on export and not kept.
void Iec62559UseCaseMapper::keepActorTechnicalId(const QString &actor, const QString &tid)
{
    if (tid.isEmpty() || tid.startsWith(m_uuid + QLatin1Char('/')))
        return;
    const QString key = QStringLiteral("Actor[%1]/technicalId").arg(actor);
    QJsonArray ids = m_unmapped.value(key).toArray();
    if (ids.contains(tid))
        return;
    ids.append(tid);
    m_unmapped.insert(key, ids);
}

/// The record's actor of that name (names compared as Iec62559Libraries::nameKey), added if new.
QString Iec62559UseCaseMapper::namedActor(const QString &name, const QString &role)
{
    const QString key = Iec62559Libraries::nameKey(name);
    if (m_actorNames.contains(key))
        return m_actorNames.value(key);
    m_actorNames.insert(key, name);
    m_actors.append(QJsonObject{
        {QStringLiteral("name"), name}, {QStringLiteral("type"), QString()}, {QStringLiteral("role"), role}});
    return name;
}

QString Iec62559UseCaseMapper::libraryActor(const QString &tid, const XmlElement &actor,
                                            const QString &furtherInformation)
{
    const QString name = actor.childText(QStringLiteral("name"));
    const QString key = Iec62559Libraries::nameKey(name);
    m_lib.used.insert(tid);
    if (m_libraryActors.contains(tid) || m_actorNames.contains(key))
        return m_actorNames.value(key, name);
    m_libraryActors.insert(tid);
    m_actorNames.insert(key, name);
    const QString type = actorType(actor.childText(QStringLiteral("type")));
    if (type.isEmpty() && actor.child(QStringLiteral("type")))
        m_unmapped.insert(QStringLiteral("ActorLibrary/Actor[%1]/type").arg(tid),
                          actor.childText(QStringLiteral("type")));
    const QString role = actor.childText(QStringLiteral("description"));
    m_actors.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("type"), type},
                                {QStringLiteral("role"), role.isEmpty() ? furtherInformation : role}});
    return name;
}

/// The record's id of the requirement a Ref_Requirement names; one not in the RequirementLibrary (a
/// CPSFramework document has none) is kept at `path` and gives an empty id.
QString Iec62559UseCaseMapper::requirementId(const XmlElement &ref, const QString &path)
{
    const QString tid = ref.childText(QStringLiteral("technicalId"));
    const XmlElement *r = m_lib.requirements.value(tid);
    if (!r) {
        keep(path, ref);
        return {};
    }
    m_lib.used.insert(tid);
    addUnique(&m_requirementTids, tid);
    if (!m_requirementIds.contains(tid))
        m_requirementIds.insert(tid,
                                newRequirementId(tid, r->childText(QStringLiteral("identifier")).trimmed()));
    return m_requirementIds.value(tid);
}

/// The library's identifier when it can be a record's requirement id (one line, short, not taken by
/// another requirement of the record: identifiers often restart in each category); otherwise the
/// next free "R-n", with the identifier kept unmapped.
QString Iec62559UseCaseMapper::newRequirementId(const QString &tid, const QString &identifier)
{
    const QList<QString> taken = m_requirementIds.values();
    if (!identifier.isEmpty() && identifier.size() <= UseCaseLimits::kCodeChars
        && !identifier.contains(QLatin1Char('\n')) && !taken.contains(identifier))
        return identifier;
    if (!identifier.isEmpty())
        m_unmapped.insert(QStringLiteral("RequirementLibrary/Requirement[%1]/identifier").arg(tid),
                          identifier);
    int n = 1;
    while (taken.contains(QStringLiteral("R-%1").arg(n)))
        ++n;
    return QStringLiteral("R-%1").arg(n);
}

/// The business object a Ref_BusinessObject names: the library's of its technicalId, else the
/// library's of its name, else "name:" + its name (as Iec62559Libraries::nameKey); empty when it
/// names none.
QString Iec62559UseCaseMapper::informationTid(const XmlElement &ref)
{
    const QString tid = ref.childText(QStringLiteral("technicalId"));
    if (m_lib.businessObjects.contains(tid))
        return tid;
    const QString name = ref.childText(QStringLiteral("name"));
    const QString key = Iec62559Libraries::nameKey(name);
    if (key.isEmpty())
        return {};
    return m_lib.businessObjectByName.value(key, QStringLiteral("name:") + key);
}

/// The record's id ("I-n") of the information a Ref_BusinessObject names; one that names none is
/// kept at `path` and gives an empty id.
QString Iec62559UseCaseMapper::informationId(const XmlElement &ref, const QString &path)
{
    const QString tid = informationTid(ref);
    if (tid.isEmpty()) {
        keep(path, ref);
        return {};
    }
    m_lib.used.insert(tid);
    addUnique(&m_informationTids, tid);
    if (tid.startsWith(QLatin1String("name:")) && !m_namedInformation.contains(tid))
        m_namedInformation.insert(tid, ref.childText(QStringLiteral("name")).trimmed());
    if (!m_informationIds.contains(tid)) {
        int n = int(m_informationIds.size()) + 1;
        const QList<QString> taken = m_informationIds.values();
        while (taken.contains(QStringLiteral("I-%1").arg(n)))
            ++n;
        m_informationIds.insert(tid, QStringLiteral("I-%1").arg(n));
    }
    return m_informationIds.value(tid);
}

void Iec62559UseCaseMapper::mapActors(const XmlElement &uc)
{
    const QList<const XmlElement *> groups = uc.all(QStringLiteral("ActorGrouping"));
    for (const XmlElement *group : groups) {
        for (const XmlElement *ref : group->all(QStringLiteral("Actor"))) {
            const QString name = ref->childText(QStringLiteral("name"));
            const QString tid = ref->childText(QStringLiteral("technicalId"));
            if (!name.trimmed().isEmpty() && !tid.isEmpty() && !m_groupedActors.contains(tid))
                m_groupedActors.insert(tid, name);
        }
    }
    for (int g = 0; g < groups.size(); ++g) {
        const QList<const XmlElement *> refs = groups[g]->all(QStringLiteral("Actor"));
        for (int i = 0; i < refs.size(); ++i)
            actorName(*refs[i],
                      indexed(indexed({}, QStringLiteral("ActorGrouping"), g), QStringLiteral("Actor"), i));
        if (groups[g]->child(QStringLiteral("name")) || groups[g]->child(QStringLiteral("identifier"))
            || groups[g]->child(QStringLiteral("description")))
            keep(indexed({}, QStringLiteral("ActorGrouping"), g), *groups[g]);
    }
    const QList<const XmlElement *> primary = uc.all(QStringLiteral("PrimaryActor"));
    for (int i = 0; i < primary.size(); ++i)
        actorName(*primary[i], indexed({}, QStringLiteral("PrimaryActor"), i));
}

void Iec62559UseCaseMapper::mapNarrative(const XmlElement &uc)
{
    if (const XmlElement *n = uc.child(QStringLiteral("Narrative"))) {
        m_json.insert(QStringLiteral("summary"), n->childText(QStringLiteral("shortDescription")));
        m_json.insert(QStringLiteral("description"), n->childText(QStringLiteral("completeDescription")));
    }
    const QList<const XmlElement *> objectives = uc.all(QStringLiteral("RelatedObjective"));
    QStringList texts;
    for (const XmlElement *o : objectives) {
        const bool ours = o->childText(QStringLiteral("technicalId")) == partId(m_uuid, "objectives", 1);
        const QString description = o->childText(QStringLiteral("description"));
        texts.append(ours ? description : labelled(o->childText(QStringLiteral("name")), description));
    }
    if (!texts.isEmpty())
        m_json.insert(QStringLiteral("objectives"), texts.join(QStringLiteral("\n\n")));
}

void Iec62559UseCaseMapper::mapConditionsAndKpis(const XmlElement &uc)
{
    for (const char *element : {"Assumption", "Prerequisite"}) {
        QJsonArray list;
        for (const XmlElement *a : uc.all(QLatin1String(element)))
            list.append(
                labelled(a->childText(QStringLiteral("name")), a->childText(QStringLiteral("content"))));
        m_json.insert(qstrcmp(element, "Assumption") == 0 ? QStringLiteral("assumptions")
                                                          : QStringLiteral("prerequisites"),
                      list);
    }
    QJsonArray kpis;
    const QList<const XmlElement *> kpiElements = uc.all(QStringLiteral("KeyPerformanceIndicator"));
    for (int i = 0; i < kpiElements.size(); ++i) {
        kpis.append(QJsonObject{{QStringLiteral("name"), kpiElements[i]->childText(QStringLiteral("name"))}});
        if (kpiElements[i]->child(QStringLiteral("description"))
            || kpiElements[i]->child(QStringLiteral("Objective")))
            keep(indexed({}, QStringLiteral("KeyPerformanceIndicator"), i), *kpiElements[i]);
    }
    m_json.insert(QStringLiteral("kpis"), kpis);
}

void Iec62559UseCaseMapper::mapVersion(const XmlElement &uc)
{
    const QList<const XmlElement *> versions = uc.all(QStringLiteral("Version"));
    for (int i = 0; i + 1 < versions.size(); ++i)
        keep(indexed({}, QStringLiteral("Version"), i), *versions[i]);
    if (versions.isEmpty())
        return;
    const XmlElement &v = *versions.last();
    m_json.insert(QStringLiteral("version"), v.childText(QStringLiteral("versionNumber")));
    const QDateTime date = fromIsoUtc(v.childText(QStringLiteral("date")));
    if (date.isValid())
        m_json.insert(QStringLiteral("modified_at"), toIsoUtc(date));
    const QString status =
        Vocabularies::instance().approvalStatuses().match(v.childText(QStringLiteral("approvalStatus")));
    if (!status.isEmpty())
        m_json.insert(QStringLiteral("approval_status"), status);
    if ((status.isEmpty() && v.child(QStringLiteral("approvalStatus"))) || v.child(QStringLiteral("changes"))
        || (!date.isValid() && v.child(QStringLiteral("date"))))
        keep(indexed({}, QStringLiteral("Version"), int(versions.size()) - 1), v);
    QJsonArray authors;
    for (const XmlElement *a : v.all(QStringLiteral("Author")))
        authors.append(QJsonObject{{QStringLiteral("name"), a->childText(QStringLiteral("name"))}});
    m_json.insert(QStringLiteral("submitters"), authors);
}

void Iec62559UseCaseMapper::mapCustom(const XmlElement &uc)
{
    const QList<const XmlElement *> entries = uc.all(QStringLiteral("CustomInformation"));
    for (int i = 0; i < entries.size() && !m_error; ++i) {
        const XmlElement &c = *entries[i];
        const QString key = c.childText(QStringLiteral("key"));
        const QString value = c.childText(QStringLiteral("value"));
        const QString reference = c.childText(QStringLiteral("reference"));
        if (key == requirementKey() || key == informationKey() || key == dataModelKey()) {
            XmlElement ref;
            ref.name = c.name;
            ref.line = c.line;
            ref.children.emplace_back();
            ref.children.back().name = QStringLiteral("technicalId");
            ref.children.back().text = reference;
            const QString path = indexed({}, QStringLiteral("CustomInformation"), i);
            if (key == requirementKey()) {
                requirementId(ref, path);
            } else if (key == informationKey()) {
                if (m_lib.businessObjects.contains(reference) && !m_informationIds.contains(reference))
                    m_informationIds.insert(reference, value);
                informationId(ref, path);
            } else {
                informationId(ref, path);
                m_dataModels.insert(reference, value);
            }
        } else if (key.startsWith(customPrefix()) && key.size() > customPrefix().size()) {
            auto parsed = StrictJson::parse(QByteArray("[") + value.toUtf8() + QByteArray("]"));
            if (!parsed || parsed->array().size() != 1) {
                m_error = error(c, tr("holds '%1', whose value is not the JSON Casebook writes").arg(key));
                return;
            }
            m_overlay.insert(key.mid(customPrefix().size()), parsed->array().first());
        } else {
            keep(indexed({}, QStringLiteral("CustomInformation"), i), c);
        }
    }
}

QJsonObject Iec62559UseCaseMapper::mapScenario(const XmlElement &s, const QString &path)
{
    QJsonObject o{{QStringLiteral("name"), s.childText(QStringLiteral("name"))},
                  {QStringLiteral("description"), s.childText(QStringLiteral("description"))}};
    const QList<const XmlElement *> primary = s.all(QStringLiteral("PrimaryActor"));
    for (int i = 0; i < primary.size(); ++i) {
        const QString name = actorName(*primary[i], indexed(path, QStringLiteral("PrimaryActor"), i));
        if (i == 0)
            o.insert(QStringLiteral("primary_actor"), name);
        else
            keep(indexed(path, QStringLiteral("PrimaryActor"), i), *primary[i]);
    }
    const auto joined = [&s](const char *element) {
        QStringList texts;
        for (const XmlElement *c : s.all(QLatin1String(element)))
            texts.append(
                labelled(c->childText(QStringLiteral("name")), c->childText(QStringLiteral("content"))));
        return texts.join(QLatin1Char('\n'));
    };
    o.insert(QStringLiteral("triggering_event"), joined("TriggeringEvent"));
    o.insert(QStringLiteral("preconditions"), joined("Precondition"));
    o.insert(QStringLiteral("postconditions"), joined("Postcondition"));
    // A scenario's own requirements: the record lists them; the link to the scenario is kept.
    const QList<const XmlElement *> requirements = s.all(QStringLiteral("Requirement"));
    for (int i = 0; i < requirements.size(); ++i) {
        requirementId(*requirements[i], indexed(path, QStringLiteral("Requirement"), i));
        keep(indexed(path, QStringLiteral("Requirement"), i), *requirements[i]);
    }
    if (const XmlElement *identifier = s.child(QStringLiteral("identifier")))
        keep(path + QStringLiteral("/identifier"), *identifier);
    const QList<const XmlElement *> drawings = s.all(QStringLiteral("Drawing"));
    for (int i = 0; i < drawings.size(); ++i)
        keep(indexed(path, QStringLiteral("Drawing"), i), *drawings[i]);
    QJsonArray steps;
    const QList<const XmlElement *> macros = s.all(QStringLiteral("MacroActivity"));
    for (int i = 0; i < macros.size(); ++i)
        collectSteps(*macros[i], indexed(path, QStringLiteral("MacroActivity"), i), &steps);
    o.insert(QStringLiteral("steps"), steps);
    return o;
}

void Iec62559UseCaseMapper::collectSteps(const XmlElement &macro, const QString &path, QJsonArray *steps)
{
    int stepIndex = 0, childIndex = 0;
    bool keptOwn = false;
    for (const XmlElement &c : macro.children) {
        if (c.name == QLatin1String("Step")) {
            steps->append(mapStep(c, indexed(path, QStringLiteral("Step"), stepIndex++)));
        } else if (c.name == QLatin1String("ChildMacroActivity")) {
            collectSteps(c, indexed(path, QStringLiteral("ChildMacroActivity"), childIndex++), steps);
        } else if (c.name != QLatin1String("technicalId") && !keptOwn) {
            QJsonObject own;
            for (const XmlElement &o : macro.children) {
                if (o.name != QLatin1String("Step") && o.name != QLatin1String("ChildMacroActivity"))
                    own.insert(o.name, elementJson(o));
            }
            m_unmapped.insert(path, own);
            keptOwn = true;
        }
    }
}

QJsonObject Iec62559UseCaseMapper::mapStep(const XmlElement &st, const QString &path)
{
    QJsonObject o{{QStringLiteral("number"), st.childText(QStringLiteral("identifier"))},
                  {QStringLiteral("name"), st.childText(QStringLiteral("name"))},
                  {QStringLiteral("description"), st.childText(QStringLiteral("description"))},
                  {QStringLiteral("event"), st.childText(QStringLiteral("event"))}};
    const QString service = st.childText(QStringLiteral("service"));
    const QString known = Vocabularies::instance().stepServices().match(service);
    o.insert(QStringLiteral("service"), known);
    if (known.isEmpty() && !service.isEmpty())
        keep(path + QStringLiteral("/service"), *st.child(QStringLiteral("service")));
    for (const char *element : {"InformationProducer", "InformationReceiver"}) {
        const QList<const XmlElement *> refs = st.all(QLatin1String(element));
        for (int i = 0; i < refs.size(); ++i) {
            const QString name = actorName(*refs[i], indexed(path, QLatin1String(element), i));
            if (i == 0)
                o.insert(qstrcmp(element, "InformationProducer") == 0 ? QStringLiteral("producer")
                                                                      : QStringLiteral("receiver"),
                         name);
            else
                keep(indexed(path, QLatin1String(element), i), *refs[i]);
        }
    }
    o.insert(QStringLiteral("information"), references(st, "BusinessObject", path));
    o.insert(QStringLiteral("requirements"), references(st, "Requirement", path));
    const QList<const XmlElement *> drawings = st.all(QStringLiteral("Drawing"));
    for (int i = 0; i < drawings.size(); ++i)
        keep(indexed(path, QStringLiteral("Drawing"), i), *drawings[i]);
    // Casebook's writer names the step itself there (docs/iec62559-xml.md); another tool's is kept.
    const QList<const XmlElement *> interactions = st.all(QStringLiteral("interaction"));
    for (int i = 0; i < interactions.size(); ++i) {
        if (!interactions[i]
                 ->childText(QStringLiteral("refInteraction"))
                 .startsWith(m_uuid + QLatin1Char('/')))
            keep(indexed(path, QStringLiteral("interaction"), i), *interactions[i]);
    }
    return o;
}

/// The record's ids of the `element` references (BusinessObject or Requirement) of `parent`, without
/// those that name nothing (kept under `path`).
QJsonArray Iec62559UseCaseMapper::references(const XmlElement &parent, const char *element,
                                             const QString &path)
{
    QJsonArray ids;
    const QList<const XmlElement *> refs = parent.all(QLatin1String(element));
    for (int i = 0; i < refs.size(); ++i) {
        const QString at = indexed(path, QLatin1String(element), i);
        const QString id =
            qstrcmp(element, "Requirement") == 0 ? requirementId(*refs[i], at) : informationId(*refs[i], at);
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

/// The record's requirements and information exchanged: those its custom information lists, in
/// that order, then those its references reached.
void Iec62559UseCaseMapper::finishLists()
{
    QJsonArray information;
    for (int i = 0; i < m_informationTids.size(); ++i) {
        const QString tid = m_informationTids[i];
        const XmlElement *bo = m_lib.businessObjects.value(tid);
        if (!bo) { // only named (see informationTid)
            information.append(QJsonObject{{QStringLiteral("id"), m_informationIds.value(tid)},
                                           {QStringLiteral("name"), m_namedInformation.value(tid)}});
            continue;
        }
        const QJsonArray requirements = references(
            *bo, "Requirement", QStringLiteral("BusinessObjectLibrary/BusinessObject[%1]").arg(tid));
        information.append(
            QJsonObject{{QStringLiteral("id"), m_informationIds.value(tid)},
                        {QStringLiteral("name"), bo->childText(QStringLiteral("name"))},
                        {QStringLiteral("data_model"), m_dataModels.value(tid)},
                        {QStringLiteral("description"), bo->childText(QStringLiteral("description"))},
                        {QStringLiteral("requirements"), requirements}});
    }
    QJsonArray requirements;
    for (const QString &tid : std::as_const(m_requirementTids)) {
        const XmlElement *r = m_lib.requirements.value(tid);
        requirements.append(QJsonObject{
            {QStringLiteral("id"), m_requirementIds.value(tid)},
            {QStringLiteral("category"), m_lib.requirementCategory.value(tid)},
            {QStringLiteral("description"),
             labelled(r->childText(QStringLiteral("name")), r->childText(QStringLiteral("description")))}});
    }
    m_json.insert(QStringLiteral("information_exchanged"), information);
    m_json.insert(QStringLiteral("requirements"), requirements);
    m_json.insert(QStringLiteral("actors"), m_actors);
}

/// Children of the use case no mapping reads, kept whole.
void Iec62559UseCaseMapper::keepUnknownChildren(const XmlElement &uc)
{
    static const QStringList mapped{QStringLiteral("name"),
                                    QStringLiteral("identifier"),
                                    QStringLiteral("technicalId"),
                                    QStringLiteral("scope"),
                                    QStringLiteral("ActorGrouping"),
                                    QStringLiteral("PrimaryActor"),
                                    QStringLiteral("RelatedObjective"),
                                    QStringLiteral("Assumption"),
                                    QStringLiteral("Prerequisite"),
                                    QStringLiteral("KeyPerformanceIndicator"),
                                    QStringLiteral("Narrative"),
                                    QStringLiteral("Version"),
                                    QStringLiteral("CustomInformation"),
                                    QStringLiteral("Scenario")};
    QHash<QString, int> seen;
    for (const XmlElement &c : uc.children) {
        const int i = seen[c.name]++;
        if (!mapped.contains(c.name))
            keep(indexed({}, c.name, i), c);
    }
}

/// Casebook's "casebook:<field>" entries over what the elements gave, then what was kept unmapped
/// beside what an earlier import kept.
void Iec62559UseCaseMapper::applyOverlay()
{
    for (auto it = m_overlay.constBegin(); it != m_overlay.constEnd(); ++it)
        m_json.insert(it.key(), it.value());
    if (m_unmapped.isEmpty())
        return;
    QJsonObject kept = m_json.value(unmappedKey()).toObject();
    for (auto it = m_unmapped.constBegin(); it != m_unmapped.constEnd(); ++it)
        kept.insert(it.key(), it.value());
    m_json.insert(unmappedKey(), kept);
}

Result<QJsonObject> Iec62559UseCaseMapper::map(const XmlElement &uc, QJsonObject *unmapped)
{
    const QString technicalId = uc.childText(QStringLiteral("technicalId")).trimmed();
    if (!uc.child(QStringLiteral("name")))
        return error(uc, tr("has no <name>, which the schema requires"));
    if (technicalId.isEmpty())
        return error(uc, tr("has no <technicalId>, which the schema requires"));
    m_uuid = recordUuid(technicalId);
    m_json.insert(QStringLiteral("uuid"), m_uuid);
    // Trimmed as the database stores it, so that importing the file again finds the record identical.
    m_json.insert(QStringLiteral("title"), uc.childText(QStringLiteral("name")).trimmed());
    m_json.insert(QStringLiteral("code"), uc.childText(QStringLiteral("identifier")));
    m_json.insert(QStringLiteral("scope"), uc.childText(QStringLiteral("scope")));
    mapCustom(uc);
    mapActors(uc);
    mapNarrative(uc);
    mapConditionsAndKpis(uc);
    mapVersion(uc);
    QJsonArray scenarios;
    const QList<const XmlElement *> scenarioElements = uc.all(QStringLiteral("Scenario"));
    for (int i = 0; i < scenarioElements.size(); ++i)
        scenarios.append(mapScenario(*scenarioElements[i], indexed({}, QStringLiteral("Scenario"), i)));
    m_json.insert(QStringLiteral("scenarios"), scenarios);
    keepUnknownChildren(uc);
    if (!m_error)
        finishLists();
    if (m_error)
        return *m_error;
    applyOverlay();
    *unmapped = m_unmapped;
    return m_json;
}

} // namespace casebook
