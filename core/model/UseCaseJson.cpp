#include "model/UseCaseJson.h"

#include "model/LegacyRecordForm.h"
#include "model/Revision.h"
#include "model/UseCaseValidator.h"
#include "support/Clock.h"
#include "support/StrictJson.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace casebook {

namespace {

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonValue optBool(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

template<typename T, typename F> QJsonArray objectArray(const QList<T> &list, F toObject)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toObject(item));
    return a;
}

/// Walks one JSON object, reading each field with its type and reporting the first type problem
/// with the field's path. The rules on values (lengths, characters, vocabularies...) are
/// UseCaseValidator's, applied to the whole record afterwards.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseJson)
public:
    Reader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    { }

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void adoptError(const Reader &child)
    {
        if (child.failed() && !failed())
            m_error = child.error();
    }

    QString where(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void fail(const QString &field, const QString &problem)
    {
        if (!failed())
            m_error = makeError(ErrorCode::InputRejected, tr("%1: %2").arg(field, problem));
    }

    QJsonValue take(const QString &key) const { return m_object.value(key); }

    QString checkedText(const QString &field, const QJsonValue &v, bool required)
    {
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field, tr("is required"));
            return {};
        }
        if (!v.isString()) {
            fail(field, tr("must be a text value"));
            return {};
        }
        return v.toString();
    }

    QString text(const QString &key, bool required = false)
    {
        return checkedText(where(key), take(key), required);
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(where(key), tr("must be a list"));
            return {};
        }
        return v.toArray();
    }

    QStringList textList(const QString &key)
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size() && !failed(); ++i)
            out.append(checkedText(where(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                                   a[i], true));
        return out;
    }

    std::optional<bool> optionalBool(const QString &key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            fail(where(key), tr("must be true, false or null"));
            return std::nullopt;
        }
        return v.toBool();
    }

    QDateTime timestamp(const QString &key)
    {
        const QString s = text(key);
        if (s.isEmpty() || failed())
            return {};
        const QDateTime t = s.size() <= 64 ? fromIsoUtc(s) : QDateTime();
        if (!t.isValid())
            fail(where(key), tr("'%1' is not an ISO 8601 date and time").arg(s.left(64)));
        return t;
    }

    /// A UUID in its canonical form; anything else as given, for the validator to name.
    QString uuid(const QString &key, bool required = false)
    {
        const QString s = text(key, required);
        const QUuid u = QUuid::fromString(s);
        return u.isNull() ? s : u.toString(QUuid::WithoutBraces);
    }

    template<typename T, typename F> QList<T> objects(const QString &key, F readOne)
    {
        QList<T> out;
        const QJsonArray a = array(key);
        for (int i = 0; i < a.size() && !failed(); ++i) {
            const QString field = where(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!a[i].isObject()) {
                fail(field, tr("must be an object"));
                break;
            }
            Reader child(a[i].toObject(), field);
            out.append(readOne(child));
            adoptError(child);
        }
        return out;
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

const QStringList &allFieldKeys()
{
    static const QStringList keys = {QStringLiteral("uuid"),
                                     QStringLiteral("code"),
                                     QStringLiteral("title"),
                                     QStringLiteral("version"),
                                     QStringLiteral("approval_status"),
                                     QStringLiteral("source_organization"),
                                     QStringLiteral("submitters"),
                                     QStringLiteral("source_documents"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("modified_at"),
                                     QStringLiteral("modified_by"),
                                     QStringLiteral("revision"),
                                     QStringLiteral("sharing_level"),
                                     QStringLiteral("licence"),
                                     QStringLiteral("language"),
                                     QStringLiteral("verticals"),
                                     QStringLiteral("sdgs"),
                                     QStringLiteral("u4ssc_kpis"),
                                     QStringLiteral("countries"),
                                     QStringLiteral("regions"),
                                     QStringLiteral("development_contexts"),
                                     QStringLiteral("relation"),
                                     QStringLiteral("deployment_stage"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("related"),
                                     QStringLiteral("itu_questions"),
                                     QStringLiteral("related_recommendations"),
                                     QStringLiteral("summary"),
                                     QStringLiteral("description"),
                                     QStringLiteral("scope"),
                                     QStringLiteral("objectives"),
                                     QStringLiteral("problem"),
                                     QStringLiteral("benefits"),
                                     QStringLiteral("assumptions"),
                                     QStringLiteral("prerequisites"),
                                     QStringLiteral("requirements"),
                                     QStringLiteral("actors"),
                                     QStringLiteral("scenarios"),
                                     QStringLiteral("information_exchanged"),
                                     QStringLiteral("standards"),
                                     QStringLiteral("interfaces"),
                                     QStringLiteral("platforms"),
                                     QStringLiteral("connectivity"),
                                     QStringLiteral("identifier_schemes"),
                                     QStringLiteral("onboarding"),
                                     QStringLiteral("security"),
                                     QStringLiteral("security_baselines"),
                                     QStringLiteral("data_governance"),
                                     QStringLiteral("kpis"),
                                     QStringLiteral("lessons_learned"),
                                     QStringLiteral("replicable_components"),
                                     QStringLiteral("gaps"),
                                     QStringLiteral("attachments")};
    return keys;
}

/// Whether `key` is one of allFieldKeys(): asked for every member of every use case read.
bool isFieldKey(const QString &key)
{
    static const QSet<QString> keys(allFieldKeys().cbegin(), allFieldKeys().cend());
    return keys.contains(key);
}

QJsonObject stepJson(const ScenarioStep &st)
{
    QJsonObject o{{QStringLiteral("number"), st.number},
                  {QStringLiteral("event"), st.event},
                  {QStringLiteral("name"), st.name},
                  {QStringLiteral("description"), st.description},
                  {QStringLiteral("service"), st.service},
                  {QStringLiteral("producer"), st.producer},
                  {QStringLiteral("receiver"), st.receiver},
                  {QStringLiteral("information"), stringArray(st.information)},
                  {QStringLiteral("requirements"), stringArray(st.requirements)}};
    if (!st.legacy.isEmpty())
        o.insert(QStringLiteral("unresolved"),
                 QJsonObject{{QStringLiteral("producer"), st.legacy.producer},
                             {QStringLiteral("receiver"), st.legacy.receiver},
                             {QStringLiteral("information"), st.legacy.information}});
    return o;
}

QJsonObject scenarioJson(const Scenario &s)
{
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("description"), s.description},
                       {QStringLiteral("primary_actor"), s.primaryActor},
                       {QStringLiteral("triggering_event"), s.triggeringEvent},
                       {QStringLiteral("preconditions"), s.preconditions},
                       {QStringLiteral("postconditions"), s.postconditions},
                       {QStringLiteral("steps"), objectArray(s.steps, stepJson)}};
}

} // namespace

QJsonObject UseCaseJson::toJson(const UseCase &u)
{
    QJsonObject o = u.extra;
    o.insert(QStringLiteral("uuid"), u.uuid);
    o.insert(QStringLiteral("code"), u.code);
    o.insert(QStringLiteral("title"), u.title);
    o.insert(QStringLiteral("version"), u.version);
    o.insert(QStringLiteral("approval_status"), u.approvalStatus);
    o.insert(QStringLiteral("source_organization"), u.sourceOrganization);
    o.insert(QStringLiteral("submitters"), objectArray(u.submitters, [](const Person &p) {
                 return QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("organization"), p.organization},
                                    {QStringLiteral("email"), p.email},
                                    {QStringLiteral("role"), p.role}};
             }));
    o.insert(QStringLiteral("source_documents"), objectArray(u.sourceDocuments, [](const SourceDocument &d) {
                 return QJsonObject{{QStringLiteral("reference"), d.reference},
                                    {QStringLiteral("meeting"), d.meeting},
                                    {QStringLiteral("url"), d.url},
                                    {QStringLiteral("note"), d.note}};
             }));
    o.insert(QStringLiteral("created_at"), toIsoUtc(u.createdAt));
    o.insert(QStringLiteral("modified_at"), toIsoUtc(u.modifiedAt));
    o.insert(QStringLiteral("modified_by"), u.modifiedBy);
    o.insert(QStringLiteral("revision"), u.revision);
    o.insert(QStringLiteral("sharing_level"), u.sharingLevel);
    o.insert(QStringLiteral("licence"), u.licence);
    o.insert(QStringLiteral("language"), u.language);

    o.insert(QStringLiteral("verticals"), stringArray(u.verticals));
    QJsonArray sdgs;
    for (int g : u.sdgs)
        sdgs.append(g);
    o.insert(QStringLiteral("sdgs"), sdgs);
    o.insert(QStringLiteral("u4ssc_kpis"), stringArray(u.u4sscKpis));
    o.insert(QStringLiteral("countries"), stringArray(u.countries));
    o.insert(QStringLiteral("regions"), stringArray(u.regions));
    o.insert(QStringLiteral("development_contexts"),
             objectArray(u.developmentContexts, [](const CountryContext &c) {
                 return QJsonObject{{QStringLiteral("country"), c.country},
                                    {QStringLiteral("context"), c.context}};
             }));
    o.insert(QStringLiteral("relation"), u.relation);
    o.insert(QStringLiteral("deployment_stage"), u.deploymentStage);
    o.insert(QStringLiteral("tags"), stringArray(u.tags));
    o.insert(
        QStringLiteral("related"), objectArray(u.related, [](const RelatedUseCase &r) {
            return QJsonObject{{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("relation"), r.relation}};
        }));
    o.insert(QStringLiteral("itu_questions"), stringArray(u.ituQuestions));
    o.insert(QStringLiteral("related_recommendations"), stringArray(u.relatedRecommendations));

    o.insert(QStringLiteral("summary"), u.summary);
    o.insert(QStringLiteral("description"), u.description);
    o.insert(QStringLiteral("scope"), u.scope);
    o.insert(QStringLiteral("objectives"), u.objectives);
    o.insert(QStringLiteral("problem"), u.problem);
    o.insert(QStringLiteral("benefits"), u.benefits);
    o.insert(QStringLiteral("assumptions"), stringArray(u.assumptions));
    o.insert(QStringLiteral("prerequisites"), stringArray(u.prerequisites));
    o.insert(QStringLiteral("requirements"), objectArray(u.requirements, [](const Requirement &q) {
                 return QJsonObject{{QStringLiteral("id"), q.id},
                                    {QStringLiteral("category"), q.category},
                                    {QStringLiteral("description"), q.description}};
             }));
    o.insert(QStringLiteral("actors"), objectArray(u.actors, [](const Actor &a) {
                 return QJsonObject{{QStringLiteral("name"), a.name},
                                    {QStringLiteral("type"), a.type},
                                    {QStringLiteral("role"), a.role}};
             }));
    o.insert(QStringLiteral("scenarios"), objectArray(u.scenarios, scenarioJson));
    o.insert(QStringLiteral("information_exchanged"),
             objectArray(u.informationExchanged, [](const InformationExchange &i) {
                 return QJsonObject{{QStringLiteral("id"), i.id},
                                    {QStringLiteral("name"), i.name},
                                    {QStringLiteral("data_model"), i.dataModel},
                                    {QStringLiteral("description"), i.description},
                                    {QStringLiteral("requirements"), stringArray(i.requirements)}};
             }));

    o.insert(QStringLiteral("standards"), objectArray(u.standards, [](const StandardUsage &s) {
                 return QJsonObject{{QStringLiteral("reference"), s.reference},
                                    {QStringLiteral("body"), s.body},
                                    {QStringLiteral("version"), s.version},
                                    {QStringLiteral("facet"), s.facet},
                                    {QStringLiteral("conformance_tested"), optBool(s.conformanceTested)},
                                    {QStringLiteral("notes"), s.notes}};
             }));
    o.insert(QStringLiteral("interfaces"), objectArray(u.interfaces, [](const InterfacePoint &i) {
                 return QJsonObject{{QStringLiteral("from"), i.from},
                                    {QStringLiteral("to"), i.to},
                                    {QStringLiteral("standard"), i.standard},
                                    {QStringLiteral("open"), optBool(i.open)},
                                    {QStringLiteral("description"), i.description}};
             }));
    o.insert(QStringLiteral("platforms"), stringArray(u.platforms));
    o.insert(QStringLiteral("connectivity"), stringArray(u.connectivity));
    o.insert(QStringLiteral("identifier_schemes"),
             objectArray(u.identifierSchemes, [](const IdentifierScheme &s) {
                 return QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("applies_to"), s.appliesTo},
                                    {QStringLiteral("globally_unique"), optBool(s.globallyUnique)},
                                    {QStringLiteral("resolvable"), optBool(s.resolvable)},
                                    {QStringLiteral("notes"), s.notes}};
             }));
    o.insert(QStringLiteral("onboarding"), stringArray(u.onboarding));
    o.insert(QStringLiteral("security"), u.security);
    o.insert(QStringLiteral("security_baselines"), stringArray(u.securityBaselines));
    o.insert(QStringLiteral("data_governance"), u.dataGovernance);

    o.insert(
        QStringLiteral("kpis"), objectArray(u.kpis, [](const Kpi &k) {
            return QJsonObject{
                {QStringLiteral("name"), k.name},
                {QStringLiteral("unit"), k.unit},
                {QStringLiteral("baseline"), k.baseline},
                {QStringLiteral("target"), k.target},
                {QStringLiteral("measured"), k.measured},
                {QStringLiteral("data_source"), k.dataSource},
                {QStringLiteral("data_quality"), k.dataQuality},
                {QStringLiteral("u4ssc_code"), k.u4sscCode},
                {QStringLiteral("measurements"), objectArray(k.measurements, [](const KpiMeasurement &m) {
                     return QJsonObject{{QStringLiteral("date"), m.date}, {QStringLiteral("value"), m.value}};
                 })}};
        }));
    o.insert(QStringLiteral("lessons_learned"), u.lessonsLearned);
    o.insert(QStringLiteral("replicable_components"), u.replicableComponents);
    o.insert(QStringLiteral("gaps"), objectArray(u.gaps, [](const StandardizationGap &g) {
                 return QJsonObject{{QStringLiteral("description"), g.description},
                                    {QStringLiteral("facet"), g.facet},
                                    {QStringLiteral("candidate_sdo"), g.candidateSdo},
                                    {QStringLiteral("question"), g.question},
                                    {QStringLiteral("priority"), g.priority},
                                    {QStringLiteral("status"), g.status}};
             }));
    o.insert(QStringLiteral("attachments"), objectArray(u.attachments, [](const AttachmentRef &a) {
                 return QJsonObject{{QStringLiteral("sha256"), a.sha256},
                                    {QStringLiteral("file_name"), a.fileName},
                                    {QStringLiteral("media_type"), a.mediaType},
                                    {QStringLiteral("size"), double(a.size)},
                                    {QStringLiteral("description"), a.description},
                                    {QStringLiteral("added_at"), toIsoUtc(a.addedAt)}};
             }));
    return o;
}

namespace {

/// Keeps a field of a newer Casebook in `extra`, within JsonLimits: the record is refused (never cut)
/// when its unknown fields together exceed kMaxUnknownFieldBytes or one nests deeper than
/// kMaxUnknownFieldDepth, so a received record cannot carry an unbounded payload into the repository.
Status keepUnknownField(QJsonObject &extra, const QString &key, const QJsonValue &value, qint64 *used)
{
    *used += key.toUtf8().size() + 4;
    const StrictJson::Size size = StrictJson::measure(value, JsonLimits::kMaxUnknownFieldBytes - *used,
                                                      JsonLimits::kMaxUnknownFieldDepth);
    *used += size.bytes;
    if (size.overDepth)
        return makeError(
            ErrorCode::InputRejected,
            UseCaseJson::tr("%1: this field, unknown to this version, nests deeper than %2 levels")
                .arg(key)
                .arg(JsonLimits::kMaxUnknownFieldDepth));
    if (size.overBytes)
        return makeError(
            ErrorCode::InputRejected,
            UseCaseJson::tr("%1: the fields unknown to this version take more than %2 KB in this "
                            "record; the record is refused rather than cut")
                .arg(key)
                .arg(JsonLimits::kMaxUnknownFieldBytes / 1024));
    extra.insert(key, value);
    return {};
}

/// A step in today's form, or in the form before references ("from", "to", "action" and
/// "information" as free text), which LegacyRecordForm::upgrade then resolves.
ScenarioStep readStep(Reader &c)
{
    ScenarioStep st;
    st.number = c.text(QStringLiteral("number")).trimmed();
    st.event = c.text(QStringLiteral("event"));
    st.name = c.text(QStringLiteral("name"));
    st.description = c.text(QStringLiteral("description"));
    st.service = c.text(QStringLiteral("service")).trimmed();
    st.producer = c.text(QStringLiteral("producer"));
    st.receiver = c.text(QStringLiteral("receiver"));
    st.requirements = c.textList(QStringLiteral("requirements"));
    const QJsonValue information = c.take(QStringLiteral("information"));
    if (information.isString())
        st.legacy.information = information.toString();
    else
        st.information = c.textList(QStringLiteral("information"));
    st.legacy.producer = c.text(QStringLiteral("from"));
    st.legacy.receiver = c.text(QStringLiteral("to"));
    const QString action = c.text(QStringLiteral("action"));
    if (st.description.isEmpty())
        st.description = action;
    const QJsonValue unresolved = c.take(QStringLiteral("unresolved"));
    if (unresolved.isObject()) {
        Reader u(unresolved.toObject(), c.where(QStringLiteral("unresolved")));
        st.legacy.producer = u.text(QStringLiteral("producer"));
        st.legacy.receiver = u.text(QStringLiteral("receiver"));
        st.legacy.information = u.text(QStringLiteral("information"));
        c.adoptError(u);
    } else if (!unresolved.isUndefined() && !unresolved.isNull()) {
        c.fail(c.where(QStringLiteral("unresolved")), UseCaseJson::tr("must be an object"));
    }
    return st;
}

Scenario readScenario(Reader &c)
{
    Scenario s;
    s.name = c.text(QStringLiteral("name"));
    s.description = c.text(QStringLiteral("description"));
    s.primaryActor = c.text(QStringLiteral("primary_actor"));
    s.triggeringEvent = c.text(QStringLiteral("triggering_event"));
    s.preconditions = c.text(QStringLiteral("preconditions"));
    s.postconditions = c.text(QStringLiteral("postconditions"));
    s.steps = c.objects<ScenarioStep>(QStringLiteral("steps"), readStep);
    return s;
}

} // namespace

Result<UseCase> UseCaseJson::fromJson(const QJsonObject &object, const ParseOptions &options)
{
    Reader r(object, QString());
    UseCase u;

    u.uuid = r.uuid(QStringLiteral("uuid"));
    u.code = r.text(QStringLiteral("code")).trimmed();
    u.title = r.text(QStringLiteral("title"), true);
    u.version = r.text(QStringLiteral("version"));
    u.approvalStatus = r.text(QStringLiteral("approval_status"));
    if (u.approvalStatus.isEmpty())
        u.approvalStatus = QStringLiteral("draft");
    u.sourceOrganization = r.text(QStringLiteral("source_organization"));
    u.submitters = r.objects<Person>(QStringLiteral("submitters"), [](Reader &c) {
        return Person{c.text(QStringLiteral("name")), c.text(QStringLiteral("organization")),
                      c.text(QStringLiteral("email")), c.text(QStringLiteral("role"))};
    });
    u.sourceDocuments = r.objects<SourceDocument>(QStringLiteral("source_documents"), [](Reader &c) {
        return SourceDocument{c.text(QStringLiteral("reference")), c.text(QStringLiteral("meeting")),
                              c.text(QStringLiteral("url")), c.text(QStringLiteral("note"))};
    });
    u.createdAt = r.timestamp(QStringLiteral("created_at"));
    u.modifiedAt = r.timestamp(QStringLiteral("modified_at"));
    u.modifiedBy = r.text(QStringLiteral("modified_by"));
    const QJsonValue revision = r.take(QStringLiteral("revision"));
    if (!revision.isUndefined() && !revision.isNull()) {
        const double d = revision.toDouble(-1);
        if (!revision.isDouble() || d < 0 || d > double(Revision::kMax) || d != double(qint64(d)))
            r.fail(QStringLiteral("revision"), tr("must be a whole number from 0 to %1").arg(Revision::kMax));
        else
            u.revision = int(d);
    }
    u.sharingLevel = r.text(QStringLiteral("sharing_level"));
    u.licence = r.text(QStringLiteral("licence"));
    u.language = r.text(QStringLiteral("language"));

    u.verticals = r.textList(QStringLiteral("verticals"));
    {
        const QJsonArray a = r.array(QStringLiteral("sdgs"));
        for (int i = 0; i < a.size() && !r.failed(); ++i) {
            const double d = a[i].toDouble(-1);
            if (!a[i].isDouble() || d != double(int(d)) || d < 1 || d > 17)
                r.fail(QStringLiteral("sdgs[%1]").arg(i), tr("must be a goal number from 1 to 17"));
            else
                u.sdgs.append(int(d));
        }
    }
    u.u4sscKpis = r.textList(QStringLiteral("u4ssc_kpis"));
    u.countries = r.textList(QStringLiteral("countries"));
    u.regions = r.textList(QStringLiteral("regions"));
    u.developmentContexts = r.objects<CountryContext>(QStringLiteral("development_contexts"), [](Reader &c) {
        return CountryContext{c.text(QStringLiteral("country")), c.text(QStringLiteral("context"))};
    });
    const QString legacyContext = r.text(QStringLiteral("development_context"));
    u.relation = r.text(QStringLiteral("relation"));
    u.deploymentStage = r.text(QStringLiteral("deployment_stage"));
    u.tags = r.textList(QStringLiteral("tags"));
    for (QString &tag : u.tags)
        tag = normalizeTag(tag);
    u.related = r.objects<RelatedUseCase>(QStringLiteral("related"), [](Reader &c) {
        return RelatedUseCase{c.uuid(QStringLiteral("uuid"), true), c.text(QStringLiteral("relation"))};
    });
    u.ituQuestions = r.textList(QStringLiteral("itu_questions"));
    u.relatedRecommendations = r.textList(QStringLiteral("related_recommendations"));

    u.summary = r.text(QStringLiteral("summary"));
    u.description = r.text(QStringLiteral("description"));
    u.scope = r.text(QStringLiteral("scope"));
    u.objectives = r.text(QStringLiteral("objectives"));
    u.problem = r.text(QStringLiteral("problem"));
    u.benefits = r.text(QStringLiteral("benefits"));
    u.assumptions = r.textList(QStringLiteral("assumptions"));
    u.prerequisites = r.textList(QStringLiteral("prerequisites"));
    u.requirements = r.objects<Requirement>(QStringLiteral("requirements"), [](Reader &c) {
        return Requirement{c.text(QStringLiteral("id")).trimmed(), c.text(QStringLiteral("category")),
                           c.text(QStringLiteral("description"))};
    });
    u.actors = r.objects<Actor>(QStringLiteral("actors"), [](Reader &c) {
        return Actor{c.text(QStringLiteral("name")), c.text(QStringLiteral("type")),
                     c.text(QStringLiteral("role"))};
    });
    u.scenarios = r.objects<Scenario>(QStringLiteral("scenarios"), readScenario);
    u.informationExchanged =
        r.objects<InformationExchange>(QStringLiteral("information_exchanged"), [](Reader &c) {
            InformationExchange i;
            i.id = c.text(QStringLiteral("id")).trimmed();
            i.name = c.text(QStringLiteral("name"));
            i.dataModel = c.text(QStringLiteral("data_model"));
            i.description = c.text(QStringLiteral("description"));
            i.requirements = c.textList(QStringLiteral("requirements"));
            return i;
        });

    u.standards = r.objects<StandardUsage>(QStringLiteral("standards"), [](Reader &c) {
        StandardUsage s;
        s.reference = c.text(QStringLiteral("reference"));
        s.body = c.text(QStringLiteral("body"));
        s.version = c.text(QStringLiteral("version"));
        s.facet = c.text(QStringLiteral("facet"));
        s.conformanceTested = c.optionalBool(QStringLiteral("conformance_tested"));
        s.notes = c.text(QStringLiteral("notes"));
        return s;
    });
    u.interfaces = r.objects<InterfacePoint>(QStringLiteral("interfaces"), [](Reader &c) {
        InterfacePoint i;
        i.from = c.text(QStringLiteral("from"));
        i.to = c.text(QStringLiteral("to"));
        i.standard = c.text(QStringLiteral("standard"));
        i.open = c.optionalBool(QStringLiteral("open"));
        i.description = c.text(QStringLiteral("description"));
        return i;
    });
    u.platforms = r.textList(QStringLiteral("platforms"));
    u.connectivity = r.textList(QStringLiteral("connectivity"));
    u.identifierSchemes = r.objects<IdentifierScheme>(QStringLiteral("identifier_schemes"), [](Reader &c) {
        IdentifierScheme s;
        s.name = c.text(QStringLiteral("name"));
        s.appliesTo = c.text(QStringLiteral("applies_to"));
        s.globallyUnique = c.optionalBool(QStringLiteral("globally_unique"));
        s.resolvable = c.optionalBool(QStringLiteral("resolvable"));
        s.notes = c.text(QStringLiteral("notes"));
        return s;
    });
    u.onboarding = r.textList(QStringLiteral("onboarding"));
    u.security = r.text(QStringLiteral("security"));
    u.securityBaselines = r.textList(QStringLiteral("security_baselines"));
    u.dataGovernance = r.text(QStringLiteral("data_governance"));

    u.kpis = r.objects<Kpi>(QStringLiteral("kpis"), [](Reader &c) {
        Kpi k;
        k.name = c.text(QStringLiteral("name"));
        k.unit = c.text(QStringLiteral("unit"));
        k.baseline = c.text(QStringLiteral("baseline"));
        k.target = c.text(QStringLiteral("target"));
        k.measured = c.text(QStringLiteral("measured"));
        k.dataSource = c.text(QStringLiteral("data_source"));
        k.dataQuality = c.text(QStringLiteral("data_quality"));
        k.u4sscCode = c.text(QStringLiteral("u4ssc_code"));
        k.measurements = c.objects<KpiMeasurement>(QStringLiteral("measurements"), [](Reader &m) {
            return KpiMeasurement{m.text(QStringLiteral("date")).trimmed(), m.text(QStringLiteral("value"))};
        });
        return k;
    });
    u.lessonsLearned = r.text(QStringLiteral("lessons_learned"));
    u.replicableComponents = r.text(QStringLiteral("replicable_components"));
    u.gaps = r.objects<StandardizationGap>(QStringLiteral("gaps"), [](Reader &c) {
        StandardizationGap g;
        g.description = c.text(QStringLiteral("description"));
        g.facet = c.text(QStringLiteral("facet"));
        g.candidateSdo = c.text(QStringLiteral("candidate_sdo"));
        g.question = c.text(QStringLiteral("question"));
        g.priority = c.text(QStringLiteral("priority"));
        g.status = c.text(QStringLiteral("status"));
        return g;
    });
    u.attachments = r.objects<AttachmentRef>(QStringLiteral("attachments"), [](Reader &c) {
        AttachmentRef a;
        a.sha256 = c.text(QStringLiteral("sha256"), true).toLower();
        a.fileName = c.text(QStringLiteral("file_name"), true);
        a.mediaType = c.text(QStringLiteral("media_type"));
        const QJsonValue size = c.take(QStringLiteral("size"));
        const double d = size.toDouble(-1);
        if (!size.isDouble() || d < 0 || d > 9007199254740991.0 || d != double(qint64(d)))
            c.fail(c.where(QStringLiteral("size")), tr("must be a size in bytes"));
        else
            a.size = qint64(d);
        a.description = c.text(QStringLiteral("description"));
        a.addedAt = c.timestamp(QStringLiteral("added_at"));
        return a;
    });

    if (r.failed())
        return r.error();
    LegacyRecordForm::upgrade(u, legacyContext);
    if (Status valid = options.applyRules ? UseCaseValidator::check(u) : Status(); !valid)
        return valid.error();

    qint64 unknownBytes = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isFieldKey(it.key()) || LegacyRecordForm::isLegacyKey(it.key()))
            continue;
        if (!options.keepUnknownFields)
            return makeError(ErrorCode::InputRejected, tr("%1: is not a field of a use case").arg(it.key()));
        if (Status kept = keepUnknownField(u.extra, it.key(), it.value(), &unknownBytes); !kept)
            return kept.error();
    }
    if (!options.allowMissingIdentity) {
        if (u.uuid.isEmpty())
            return makeError(ErrorCode::InputRejected, tr("uuid: is required"));
        if (u.code.isEmpty())
            return makeError(ErrorCode::InputRejected, tr("code: is required"));
        if (!u.createdAt.isValid() || !u.modifiedAt.isValid())
            return makeError(ErrorCode::InputRejected, tr("created_at and modified_at: are required"));
    }
    return u;
}

const QStringList &UseCaseJson::fieldKeys()
{
    return allFieldKeys();
}

bool UseCaseJson::hasAllowedCharacters(const QString &text)
{
    return UseCaseValidator::hasAllowedCharacters(text);
}

bool UseCaseJson::isValidEmail(const QString &email)
{
    return UseCaseValidator::emailProblem(email).isEmpty();
}

bool UseCaseJson::isValidLink(const QString &link)
{
    return UseCaseValidator::linkProblem(link).isEmpty();
}

Status UseCaseJson::validateTag(const QString &tag)
{
    const QString t = normalizeTag(tag);
    if (t.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("a tag must not be empty"));
    if (t.size() > UseCaseLimits::kTagChars)
        return makeError(
            ErrorCode::InputRejected,
            tr("the tag '%1' is longer than %2 characters").arg(t.left(20)).arg(UseCaseLimits::kTagChars));
    if (!UseCaseValidator::isSingleLine(t))
        return makeError(ErrorCode::InputRejected, tr("the tag '%1' contains control characters").arg(t));
    const QStringList parts = t.split(QLatin1Char('/'));
    for (const QString &p : parts) {
        if (p.isEmpty())
            return makeError(ErrorCode::InputRejected,
                             tr("the tag '%1' has an empty level between '/' separators").arg(t));
    }
    return {};
}

QString UseCaseJson::normalizeTag(const QString &tag)
{
    QStringList parts = tag.split(QLatin1Char('/'));
    for (QString &p : parts)
        p = p.simplified();
    return parts.join(QLatin1Char('/'));
}

} // namespace casebook
