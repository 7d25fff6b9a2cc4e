#include "model/UseCaseValidator.h"

#include "model/Revision.h"
#include "model/UseCaseJson.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace casebook {

namespace {

using L = UseCaseLimits;
using Kind = UseCaseValidator::TextKind;

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

/// C0, DEL, C1, the Unicode line and paragraph separators, and bidi controls.
bool breaksSingleLine(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || isBidiControl(u);
}

QString item(const QString &key, qsizetype i)
{
    return key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

/// Collects the problems of one record, field by field.
class Checker
{
public:
    QList<FieldProblem> problems;

    void add(const QString &field, const QString &message)
    {
        if (!message.isEmpty())
            problems.append({field, message});
    }
    void line(const QString &field, const QString &value, int maxChars = L::kShortTextChars,
              bool required = false)
    {
        add(field, UseCaseValidator::textProblem(value, maxChars, Kind::SingleLine, required));
    }
    void multi(const QString &field, const QString &value, int maxChars = L::kLongTextChars)
    {
        add(field, UseCaseValidator::textProblem(value, maxChars, Kind::MultiLine));
    }
    void vocab(const QString &field, const QString &value, const Vocabulary &vocabulary, const QString &what)
    {
        const qsizetype before = problems.size();
        line(field, value);
        if (problems.size() == before)
            add(field, UseCaseValidator::vocabularyProblem(value, vocabulary, what));
    }
    void email(const QString &field, const QString &value)
    {
        const qsizetype before = problems.size();
        line(field, value, L::kEmailChars);
        if (problems.size() == before && !value.isEmpty())
            add(field, UseCaseValidator::emailProblem(value));
    }
    void link(const QString &field, const QString &value)
    {
        const qsizetype before = problems.size();
        line(field, value);
        if (problems.size() == before && !value.isEmpty())
            add(field, UseCaseValidator::linkProblem(value));
    }
    void language(const QString &field, const QString &value)
    {
        const qsizetype before = problems.size();
        line(field, value, L::kLanguageChars);
        if (problems.size() == before && !value.isEmpty())
            add(field, UseCaseValidator::languageProblem(value));
    }
    void uuid(const QString &field, const QString &value, bool required)
    {
        const qsizetype before = problems.size();
        line(field, value, L::kUuidChars, required);
        if (problems.size() == before && !value.isEmpty())
            add(field, UseCaseValidator::uuidProblem(value));
    }
    bool count(const QString &key, qsizetype size)
    {
        if (size <= L::kListItems)
            return true;
        add(key, UseCaseValidator::tr("has %1 items; the limit is %2").arg(size).arg(L::kListItems));
        return false;
    }
    void list(const QString &key, const QStringList &values, int maxChars = L::kShortTextChars,
              const Vocabulary *vocabulary = nullptr, const QString &what = {})
    {
        if (!count(key, values.size()))
            return;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const qsizetype before = problems.size();
            line(item(key, i), values[i], maxChars, true);
            if (vocabulary && problems.size() == before)
                add(item(key, i), UseCaseValidator::vocabularyProblem(values[i], *vocabulary, what));
            if (problems.size() == before && values.indexOf(values[i]) < i)
                add(item(key, i), UseCaseValidator::tr("'%1' is listed twice").arg(values[i]));
        }
    }
    /// A list of texts that may each span lines.
    void texts(const QString &key, const QStringList &values)
    {
        if (!count(key, values.size()))
            return;
        for (qsizetype i = 0; i < values.size(); ++i)
            add(item(key, i),
                UseCaseValidator::textProblem(values[i], L::kShortTextChars, Kind::MultiLine, true));
    }
    /// Ids (compared ignoring case) that must each name one entry: `ids[i]` belongs to `key[i]`.
    void unique(const QString &key, const QStringList &ids)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < ids.size() && i < L::kListItems; ++i) {
            const QString k = ids[i].toCaseFolded();
            if (!k.isEmpty() && seen.contains(k))
                add(item(key, i) + QStringLiteral(".id"),
                    UseCaseValidator::tr("the id '%1' is used twice").arg(ids[i]));
            seen.insert(k);
        }
    }
    /// A reference to one of the record's actors, by name; empty is allowed.
    void actor(const QString &field, const QString &name, const UseCase &u)
    {
        const qsizetype before = problems.size();
        line(field, name);
        if (problems.size() == before && !name.isEmpty()
            && std::none_of(u.actors.cbegin(), u.actors.cend(),
                            [&](const Actor &a) { return a.name == name; }))
            add(field, UseCaseValidator::tr("'%1' is not one of the use case's actors").arg(name));
    }
    /// References to ids of the record (information exchanged, requirements); `unknown` is the whole
    /// translated message for an id that names nothing, with %1 for the id.
    void references(const QString &key, const QStringList &refs, const QStringList &ids,
                    const QString &unknown)
    {
        const qsizetype before = problems.size();
        list(key, refs, L::kCodeChars);
        for (qsizetype i = 0; i < refs.size() && problems.size() == before; ++i) {
            if (!ids.contains(refs[i]))
                add(item(key, i), unknown.arg(refs[i]));
        }
    }
    template<typename T, typename F> void objects(const QString &key, const QList<T> &values, F checkOne)
    {
        if (!count(key, values.size()))
            return;
        for (qsizetype i = 0; i < values.size(); ++i)
            checkOne(item(key, i) + QLatin1Char('.'), values[i]);
    }
};

QStringList requirementIds(const UseCase &u)
{
    QStringList ids;
    for (const Requirement &r : u.requirements)
        ids.append(r.id);
    return ids;
}

QStringList informationIds(const UseCase &u)
{
    QStringList ids;
    for (const InformationExchange &i : u.informationExchanged)
        ids.append(i.id);
    return ids;
}

void checkStep(Checker &c, const QString &p, const ScenarioStep &step, const UseCase &u)
{
    const Vocabularies &voc = Vocabularies::instance();
    c.line(p + QStringLiteral("number"), step.number, L::kCodeChars);
    c.multi(p + QStringLiteral("event"), step.event, L::kShortTextChars);
    c.line(p + QStringLiteral("name"), step.name);
    c.multi(p + QStringLiteral("description"), step.description);
    c.vocab(p + QStringLiteral("service"), step.service, voc.stepServices(), UseCaseValidator::tr("service"));
    c.actor(p + QStringLiteral("producer"), step.producer, u);
    c.actor(p + QStringLiteral("receiver"), step.receiver, u);
    c.references(p + QStringLiteral("information"), step.information, informationIds(u),
                 UseCaseValidator::tr("'%1' is not the id of any information exchanged of the use case"));
    c.references(p + QStringLiteral("requirements"), step.requirements, requirementIds(u),
                 UseCaseValidator::tr("'%1' is not the id of a requirement of the use case"));
    c.multi(p + QStringLiteral("unresolved.producer"), step.legacy.producer, L::kShortTextChars);
    c.multi(p + QStringLiteral("unresolved.receiver"), step.legacy.receiver, L::kShortTextChars);
    c.multi(p + QStringLiteral("unresolved.information"), step.legacy.information, L::kShortTextChars);
}

void checkContexts(Checker &c, const UseCase &u)
{
    const Vocabularies &voc = Vocabularies::instance();
    QStringList countries;
    c.objects(QStringLiteral("development_contexts"), u.developmentContexts,
              [&](const QString &p, const CountryContext &x) {
                  c.vocab(p + QStringLiteral("country"), x.country, voc.countries(),
                          UseCaseValidator::tr("ISO 3166 country code"));
                  if (x.context.isEmpty())
                      c.add(p + QStringLiteral("context"), UseCaseValidator::tr("is required"));
                  c.vocab(p + QStringLiteral("context"), x.context, voc.developmentContexts(),
                          UseCaseValidator::tr("development context"));
                  if (!x.country.isEmpty() && !u.countries.contains(x.country))
                      c.add(
                          p + QStringLiteral("country"),
                          UseCaseValidator::tr("'%1' is not one of the use case's countries").arg(x.country));
                  if (countries.contains(x.country))
                      c.add(p + QStringLiteral("country"),
                            UseCaseValidator::tr("'%1' has a development context twice").arg(x.country));
                  countries.append(x.country);
              });
}

void checkIdentity(Checker &c, const UseCase &u)
{
    const Vocabularies &voc = Vocabularies::instance();
    c.uuid(QStringLiteral("uuid"), u.uuid, false);
    c.line(QStringLiteral("code"), u.code, L::kCodeChars);
    c.line(QStringLiteral("title"), u.title, L::kTitleChars, true);
    c.line(QStringLiteral("version"), u.version, L::kCodeChars);
    c.vocab(QStringLiteral("approval_status"), u.approvalStatus, voc.approvalStatuses(),
            UseCaseValidator::tr("approval status"));
    c.line(QStringLiteral("source_organization"), u.sourceOrganization);
    c.objects(QStringLiteral("submitters"), u.submitters, [&c](const QString &p, const Person &x) {
        c.line(p + QStringLiteral("name"), x.name);
        c.line(p + QStringLiteral("organization"), x.organization);
        c.email(p + QStringLiteral("email"), x.email);
        c.line(p + QStringLiteral("role"), x.role);
    });
    c.objects(QStringLiteral("source_documents"), u.sourceDocuments,
              [&c](const QString &p, const SourceDocument &x) {
                  c.line(p + QStringLiteral("reference"), x.reference);
                  c.line(p + QStringLiteral("meeting"), x.meeting);
                  c.link(p + QStringLiteral("url"), x.url);
                  c.multi(p + QStringLiteral("note"), x.note, L::kShortTextChars);
              });
    c.line(QStringLiteral("modified_by"), u.modifiedBy);
    if (u.revision < 0 || u.revision > Revision::kMax)
        c.add(QStringLiteral("revision"),
              UseCaseValidator::tr("must be a whole number from 0 to %1").arg(Revision::kMax));
    c.vocab(QStringLiteral("sharing_level"), u.sharingLevel, voc.sharingLevels(),
            UseCaseValidator::tr("sharing level"));
    c.line(QStringLiteral("licence"), u.licence);
    c.language(QStringLiteral("language"), u.language);
}

void checkClassification(Checker &c, const UseCase &u)
{
    const Vocabularies &voc = Vocabularies::instance();
    c.list(QStringLiteral("verticals"), u.verticals, L::kShortTextChars, &voc.verticals(),
           UseCaseValidator::tr("vertical"));
    if (c.count(QStringLiteral("sdgs"), u.sdgs.size())) {
        for (qsizetype i = 0; i < u.sdgs.size(); ++i) {
            if (u.sdgs[i] < 1 || u.sdgs[i] > 17)
                c.add(item(QStringLiteral("sdgs"), i),
                      UseCaseValidator::tr("must be a goal number from 1 to 17"));
            else if (u.sdgs.indexOf(u.sdgs[i]) < i)
                c.add(item(QStringLiteral("sdgs"), i),
                      UseCaseValidator::tr("goal %1 is listed twice").arg(u.sdgs[i]));
        }
    }
    c.list(QStringLiteral("u4ssc_kpis"), u.u4sscKpis, L::kCodeChars);
    c.list(QStringLiteral("countries"), u.countries, L::kCountryChars, &voc.countries(),
           UseCaseValidator::tr("ISO 3166 country code"));
    c.list(QStringLiteral("regions"), u.regions, L::kShortTextChars, &voc.ituRegions(),
           UseCaseValidator::tr("ITU-D region"));
    checkContexts(c, u);
    c.vocab(QStringLiteral("relation"), u.relation, voc.relations(), UseCaseValidator::tr("relation"));
    c.vocab(QStringLiteral("deployment_stage"), u.deploymentStage, voc.deploymentStages(),
            UseCaseValidator::tr("deployment stage"));
    const qsizetype before = c.problems.size();
    c.list(QStringLiteral("tags"), u.tags, L::kTagChars);
    for (qsizetype i = 0; i < u.tags.size() && c.problems.size() == before; ++i) {
        if (const Status s = UseCaseJson::validateTag(u.tags[i]); !s)
            c.add(item(QStringLiteral("tags"), i), s.error().message);
    }
    c.objects(QStringLiteral("related"), u.related, [&c, &voc](const QString &p, const RelatedUseCase &x) {
        c.uuid(p + QStringLiteral("uuid"), x.uuid, true);
        c.vocab(p + QStringLiteral("relation"), x.relation, voc.relationKinds(),
                UseCaseValidator::tr("kind of relation"));
    });
    c.list(QStringLiteral("itu_questions"), u.ituQuestions, L::kCodeChars);
    for (qsizetype i = 0; i < u.ituQuestions.size() && i < L::kListItems; ++i)
        c.add(item(QStringLiteral("itu_questions"), i), UseCaseValidator::questionProblem(u.ituQuestions[i]));
    c.list(QStringLiteral("related_recommendations"), u.relatedRecommendations, L::kCodeChars);
}

void checkNarrative(Checker &c, const UseCase &u)
{
    const Vocabularies &voc = Vocabularies::instance();
    c.multi(QStringLiteral("summary"), u.summary, L::kSummaryChars);
    c.multi(QStringLiteral("description"), u.description);
    c.multi(QStringLiteral("objectives"), u.objectives);
    c.multi(QStringLiteral("problem"), u.problem);
    c.multi(QStringLiteral("scope"), u.scope);
    c.multi(QStringLiteral("benefits"), u.benefits);
    c.texts(QStringLiteral("assumptions"), u.assumptions);
    c.texts(QStringLiteral("prerequisites"), u.prerequisites);
    c.objects(QStringLiteral("requirements"), u.requirements, [&c](const QString &p, const Requirement &x) {
        c.line(p + QStringLiteral("id"), x.id, L::kCodeChars, true);
        c.line(p + QStringLiteral("category"), x.category);
        c.multi(p + QStringLiteral("description"), x.description);
    });
    c.unique(QStringLiteral("requirements"), requirementIds(u));
    c.objects(QStringLiteral("actors"), u.actors, [&c, &voc](const QString &p, const Actor &x) {
        c.line(p + QStringLiteral("name"), x.name);
        c.vocab(p + QStringLiteral("type"), x.type, voc.actorTypes(), UseCaseValidator::tr("actor type"));
        c.multi(p + QStringLiteral("role"), x.role);
    });
    c.objects(QStringLiteral("scenarios"), u.scenarios, [&c, &u](const QString &p, const Scenario &x) {
        c.line(p + QStringLiteral("name"), x.name);
        c.multi(p + QStringLiteral("description"), x.description);
        c.actor(p + QStringLiteral("primary_actor"), x.primaryActor, u);
        c.multi(p + QStringLiteral("triggering_event"), x.triggeringEvent, L::kShortTextChars);
        c.multi(p + QStringLiteral("preconditions"), x.preconditions);
        c.multi(p + QStringLiteral("postconditions"), x.postconditions);
        c.objects(p + QStringLiteral("steps"), x.steps,
                  [&c, &u](const QString &s, const ScenarioStep &step) { checkStep(c, s, step, u); });
    });
    c.objects(QStringLiteral("information_exchanged"), u.informationExchanged,
              [&c, &u](const QString &p, const InformationExchange &x) {
                  c.line(p + QStringLiteral("id"), x.id, L::kCodeChars, true);
                  c.line(p + QStringLiteral("name"), x.name);
                  c.line(p + QStringLiteral("data_model"), x.dataModel);
                  c.multi(p + QStringLiteral("description"), x.description);
                  c.references(p + QStringLiteral("requirements"), x.requirements, requirementIds(u),
                               UseCaseValidator::tr("'%1' is not the id of a requirement of the use case"));
              });
    c.unique(QStringLiteral("information_exchanged"), informationIds(u));
}

void checkTechnology(Checker &c, const UseCase &u)
{
    const Vocabularies &voc = Vocabularies::instance();
    const QString facet = UseCaseValidator::tr("interoperability facet");
    c.objects(QStringLiteral("standards"), u.standards, [&](const QString &p, const StandardUsage &x) {
        c.line(p + QStringLiteral("reference"), x.reference);
        c.line(p + QStringLiteral("body"), x.body);
        c.line(p + QStringLiteral("version"), x.version);
        c.vocab(p + QStringLiteral("facet"), x.facet, voc.interoperabilityFacets(), facet);
        c.multi(p + QStringLiteral("notes"), x.notes);
    });
    c.objects(QStringLiteral("interfaces"), u.interfaces, [&c](const QString &p, const InterfacePoint &x) {
        c.line(p + QStringLiteral("from"), x.from);
        c.line(p + QStringLiteral("to"), x.to);
        c.line(p + QStringLiteral("standard"), x.standard);
        c.multi(p + QStringLiteral("description"), x.description);
    });
    c.list(QStringLiteral("platforms"), u.platforms);
    c.list(QStringLiteral("connectivity"), u.connectivity);
    c.objects(QStringLiteral("identifier_schemes"), u.identifierSchemes,
              [&c, &voc](const QString &p, const IdentifierScheme &x) {
                  c.line(p + QStringLiteral("name"), x.name);
                  c.vocab(p + QStringLiteral("applies_to"), x.appliesTo, voc.identifierTargets(),
                          UseCaseValidator::tr("identifier target"));
                  c.multi(p + QStringLiteral("notes"), x.notes);
              });
    c.list(QStringLiteral("onboarding"), u.onboarding);
    c.multi(QStringLiteral("security"), u.security);
    c.list(QStringLiteral("security_baselines"), u.securityBaselines);
    c.multi(QStringLiteral("data_governance"), u.dataGovernance);
}

void checkOutcomes(Checker &c, const UseCase &u)
{
    const Vocabularies &voc = Vocabularies::instance();
    c.objects(QStringLiteral("kpis"), u.kpis, [&c](const QString &p, const Kpi &x) {
        c.line(p + QStringLiteral("name"), x.name);
        c.line(p + QStringLiteral("unit"), x.unit);
        c.line(p + QStringLiteral("baseline"), x.baseline);
        c.line(p + QStringLiteral("target"), x.target);
        c.line(p + QStringLiteral("measured"), x.measured);
        c.line(p + QStringLiteral("data_source"), x.dataSource);
        c.line(p + QStringLiteral("data_quality"), x.dataQuality);
        c.line(p + QStringLiteral("u4ssc_code"), x.u4sscCode, L::kCodeChars);
        c.objects(p + QStringLiteral("measurements"), x.measurements,
                  [&c](const QString &m, const KpiMeasurement &v) {
                      c.line(m + QStringLiteral("date"), v.date, L::kCodeChars, true);
                      c.add(m + QStringLiteral("date"),
                            v.date.isEmpty() ? QString() : UseCaseValidator::dateProblem(v.date));
                      c.line(m + QStringLiteral("value"), v.value, L::kShortTextChars, true);
                  });
    });
    c.multi(QStringLiteral("lessons_learned"), u.lessonsLearned);
    c.multi(QStringLiteral("replicable_components"), u.replicableComponents);
    c.objects(QStringLiteral("gaps"), u.gaps, [&c, &voc](const QString &p, const StandardizationGap &x) {
        c.multi(p + QStringLiteral("description"), x.description);
        c.vocab(p + QStringLiteral("facet"), x.facet, voc.interoperabilityFacets(),
                UseCaseValidator::tr("interoperability facet"));
        c.line(p + QStringLiteral("candidate_sdo"), x.candidateSdo);
        c.line(p + QStringLiteral("question"), x.question);
        c.vocab(p + QStringLiteral("priority"), x.priority, voc.priorities(),
                UseCaseValidator::tr("priority"));
        c.vocab(p + QStringLiteral("status"), x.status, voc.gapStatuses(),
                UseCaseValidator::tr("gap status"));
    });
    c.objects(QStringLiteral("attachments"), u.attachments, [&c](const QString &p, const AttachmentRef &x) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(x.sha256).hasMatch())
            c.add(p + QStringLiteral("sha256"), UseCaseValidator::tr("must be 64 hexadecimal digits"));
        c.line(p + QStringLiteral("file_name"), x.fileName, L::kFileNameChars, true);
        c.line(p + QStringLiteral("media_type"), x.mediaType, L::kFileNameChars);
        if (x.size < 0)
            c.add(p + QStringLiteral("size"), UseCaseValidator::tr("must be a size in bytes"));
        c.multi(p + QStringLiteral("description"), x.description, L::kShortTextChars);
    });
}

} // namespace

QString FieldProblem::text() const
{
    return UseCaseValidator::tr("%1: %2").arg(field, message);
}

QList<FieldProblem> UseCaseValidator::validate(const UseCase &useCase)
{
    Checker c;
    checkIdentity(c, useCase);
    checkClassification(c, useCase);
    checkNarrative(c, useCase);
    checkTechnology(c, useCase);
    checkOutcomes(c, useCase);
    return c.problems;
}

Status UseCaseValidator::check(const UseCase &useCase)
{
    const QList<FieldProblem> problems = validate(useCase);
    if (problems.isEmpty())
        return {};
    return makeError(ErrorCode::InputRejected, problems.first().text());
}

QString UseCaseValidator::textProblem(const QString &text, int maxChars, TextKind kind, bool required)
{
    if (text.isEmpty())
        return required ? tr("is required") : QString();
    if (text.size() > maxChars)
        return tr("is %1 characters long; the limit is %2").arg(text.size()).arg(maxChars);
    if (kind == TextKind::SingleLine ? !isSingleLine(text) : !hasAllowedCharacters(text))
        return kind == TextKind::SingleLine ? tr("must be one line without control characters")
                                            : tr("contains control characters");
    if (required && text.trimmed().isEmpty())
        return tr("must not be empty");
    return {};
}

bool UseCaseValidator::hasAllowedCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f)
            return false;
    }
    return true;
}

bool UseCaseValidator::isSingleLine(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return breaksSingleLine(c.unicode()); });
}

QString UseCaseValidator::asSingleLine(const QString &text)
{
    QString out = text.simplified();
    for (QChar &c : out) {
        if (breaksSingleLine(c.unicode()))
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString UseCaseValidator::emailProblem(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch() ? QString() : tr("'%1' is not a valid email address").arg(email);
}

QString UseCaseValidator::linkProblem(const QString &link)
{
    const QUrl u(link, QUrl::StrictMode);
    const bool ok = u.isValid() && !u.scheme().isEmpty()
        && (!u.host().isEmpty() || u.scheme() == QLatin1String("urn")
            || u.scheme() == QLatin1String("mailto"));
    return ok ? QString() : tr("'%1' is not a valid link (expected for example https://...)").arg(link);
}

QString UseCaseValidator::languageProblem(const QString &language)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    return re.match(language).hasMatch()
        ? QString()
        : tr("'%1' is not a language tag (for example en, ar, zh-Hans)").arg(language);
}

QString UseCaseValidator::questionProblem(const QString &question)
{
    static const QRegularExpression re(QStringLiteral("^Q\\d{1,2}/\\d{1,2}$"));
    return re.match(question).hasMatch()
        ? QString()
        : tr("'%1' is not an ITU-T Question (for example Q2/20: Question 2 of Study Group 20)").arg(question);
}

QString UseCaseValidator::dateProblem(const QString &date)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    bool valid = re.match(date).hasMatch();
    if (valid && date.size() == 7)
        valid = QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate).isValid();
    if (valid && date.size() == 10)
        valid = QDate::fromString(date, Qt::ISODate).isValid();
    return valid ? QString() : tr("'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(date);
}

QString UseCaseValidator::uuidProblem(const QString &uuid)
{
    return QUuid::fromString(uuid.trimmed()).isNull() ? tr("'%1' is not a UUID").arg(uuid) : QString();
}

QString UseCaseValidator::vocabularyProblem(const QString &value, const Vocabulary &vocabulary,
                                            const QString &what)
{
    if (value.isEmpty() || vocabulary.contains(value))
        return {};
    if (const QString refused = vocabulary.refusal(value); !refused.isEmpty())
        return tr("'%1' is not a valid %2: %3").arg(value, what, refused);
    const QString suggestion = vocabulary.suggest(value);
    if (suggestion.isEmpty())
        return tr("'%1' is not a known %2").arg(value, what);
    return tr("'%1' is not a known %2 (did you mean '%3'?)").arg(value, what, suggestion);
}

} // namespace casebook
