#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// A person who submitted or edited a use case.
struct Person
{
    QString name;
    QString organization;
    QString email;
    QString role;
    bool operator==(const Person &o) const;
};

/// A document the use case came from: a contribution number, the meeting, a link.
struct SourceDocument
{
    QString reference;
    QString meeting;
    QString url;
    QString note;
    bool operator==(const SourceDocument &o) const;
};

/// A person, device, system or organisation that takes part in the use case.
struct Actor
{
    QString name;
    QString type; ///< person, device, system, organization
    QString role;
    bool operator==(const Actor &o) const;
};

/// Text of a step from before steps referred to actors and information by name (a free-text
/// "from", "to" or "information" that matched nothing in the record). Kept, never dropped, and
/// flagged in the editor until the member picks the actor or information it meant.
struct LegacyStepText
{
    QString producer;
    QString receiver;
    QString information;
    bool isEmpty() const { return producer.isEmpty() && receiver.isEmpty() && information.isEmpty(); }
    bool operator==(const LegacyStepText &o) const;
};

/// One step of a scenario as IEC 62559-2 lists it: an event, the process or activity, the service
/// it uses, and who produces what information for whom.
struct ScenarioStep
{
    QString number; ///< "1", "2", "2.1"...
    QString event;
    QString name; ///< name of the process or activity
    QString description;
    QString service; ///< CREATE, GET, CHANGE, DELETE, CANCEL, CLOSE, EXECUTE, REPORT, TIMER, REPEAT
    QString producer; ///< the name of one of the record's actors
    QString receiver; ///< the name of one of the record's actors
    QStringList information; ///< ids of the record's information exchanged
    QStringList requirements; ///< ids of the record's requirements
    LegacyStepText legacy;
    bool operator==(const ScenarioStep &o) const;
};

struct Scenario
{
    QString name;
    QString description;
    QString primaryActor; ///< the name of one of the record's actors
    QString triggeringEvent;
    QString preconditions;
    QString postconditions;
    QList<ScenarioStep> steps;
    bool operator==(const Scenario &o) const;
};

/// A requirement the use case places on the system or on information, e.g. {R-1, performance,
/// "meter readings arrive within 15 minutes"}; steps and information exchanged refer to its id.
struct Requirement
{
    QString id;
    QString category;
    QString description;
    bool operator==(const Requirement &o) const;
};

/// The development context of the deployment in one country (IEC 62559-2 has one per use case;
/// a deployment across several countries has one per country). An empty country: the whole record.
struct CountryContext
{
    QString country; ///< ISO 3166-1 alpha-2, or empty
    QString context; ///< ldc, lldc, sids, developing, transition, developed
    bool operator==(const CountryContext &o) const;
};

/// A piece of information exchanged, with the data model or standard that carries it.
struct InformationExchange
{
    QString id; ///< "I-1"...: what steps refer to
    QString name;
    QString dataModel;
    QString description;
    QStringList requirements; ///< ids of the record's requirements
    bool operator==(const InformationExchange &o) const;
};

/// A standard used by the deployment and the interoperability facet it serves.
struct StandardUsage
{
    QString reference; ///< e.g. "ITU-T Y.4500.1" or "oneM2M TS-0001"
    QString body; ///< standards body, from the vocabulary where possible
    QString version;
    QString facet; ///< transport, syntactic, semantic, behavioural, policy
    std::optional<bool> conformanceTested;
    QString notes;
    bool operator==(const StandardUsage &o) const;
};

/// An interface between two actors: one of the "pivotal points of interoperability".
struct InterfacePoint
{
    QString from;
    QString to;
    QString standard;
    std::optional<bool> open;
    QString description;
    bool operator==(const InterfacePoint &o) const;
};

/// How devices, applications or data are identified.
struct IdentifierScheme
{
    QString name;
    QString appliesTo; ///< devices, applications, data, other
    std::optional<bool> globallyUnique;
    std::optional<bool> resolvable;
    QString notes;
    bool operator==(const IdentifierScheme &o) const;
};

/// One dated value of a KPI; the value is kept as written.
struct KpiMeasurement
{
    QString date; ///< ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    QString value;
    bool operator==(const KpiMeasurement &o) const;
};

/// A key performance indicator with its values kept as written (units and qualifiers vary).
struct Kpi
{
    QString name;
    QString unit;
    QString baseline;
    QString target;
    QString measured;
    QString dataSource;
    QString dataQuality;
    QString u4sscCode;
    QList<KpiMeasurement> measurements; ///< measured over time, oldest first
    bool operator==(const Kpi &o) const;
};

/// A standardization gap found by the use case: the part a study group needs most.
struct StandardizationGap
{
    QString description;
    QString facet;
    QString candidateSdo;
    QString question; ///< e.g. "Q2/20"
    QString priority; ///< low, medium, high
    QString status; ///< identified, liaised, work_item
    bool operator==(const StandardizationGap &o) const;
};

/// A link to another use case by UUID.
struct RelatedUseCase
{
    QString uuid;
    QString relation; ///< includes, extends, duplicates, related
    bool operator==(const RelatedUseCase &o) const;
};

/// A file attached to a use case; the bytes live once in the content store under their SHA-256.
struct AttachmentRef
{
    QString sha256;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString description;
    QDateTime addedAt;
    bool operator==(const AttachmentRef &o) const;
};

/// The full use-case record (see docs/usecase-json.md for the JSON form).
struct UseCase
{
    // Local row id; 0 when not stored. Never leaves the machine: the UUID is the identity.
    qint64 id = 0;

    // Identity and provenance
    QString uuid;
    QString code;
    QString title;
    QString version;
    QString approvalStatus = QStringLiteral("draft");
    QString sourceOrganization;
    QList<Person> submitters;
    QList<SourceDocument> sourceDocuments;
    QDateTime createdAt;
    QDateTime modifiedAt;
    QString modifiedBy;
    int revision = 0;
    QString sharingLevel;
    QString licence;
    QString language;

    // Classification
    QStringList verticals;
    QList<int> sdgs;
    QStringList u4sscKpis;
    QStringList countries; ///< ISO 3166-1 alpha-2
    QStringList regions; ///< ITU-D regions
    QList<CountryContext> developmentContexts;
    QString relation;
    QString deploymentStage;
    QStringList tags;
    QList<RelatedUseCase> related;
    QStringList ituQuestions; ///< "Q2/20"...
    QStringList relatedRecommendations; ///< Recommendations or work items: "ITU-T Y.4500.1"...

    // Narrative
    QString summary;
    QString description;
    QString scope;
    QString objectives;
    QString problem;
    QString benefits;
    QStringList assumptions;
    QStringList prerequisites;
    QList<Requirement> requirements;
    QList<Actor> actors;
    QList<Scenario> scenarios;
    QList<InformationExchange> informationExchanged;

    // Technology and interoperability
    QList<StandardUsage> standards;
    QList<InterfacePoint> interfaces;
    QStringList platforms;
    QStringList connectivity;
    QList<IdentifierScheme> identifierSchemes;
    QStringList onboarding;
    QString security;
    QStringList securityBaselines;
    QString dataGovernance;

    // Outcomes
    QList<Kpi> kpis;
    QString lessonsLearned;
    QString replicableComponents;
    QList<StandardizationGap> gaps;

    // Attachments
    QList<AttachmentRef> attachments;

    /// Fields this version does not know (from a newer Casebook); kept and written back unchanged.
    QJsonObject extra;

    /// True when every field but the local row id is equal.
    bool sameContent(const UseCase &o) const;
    /// A copy to start a new record from: same content, no identity (uuid, code, row id), no
    /// timestamps or revision, back to draft. The caller gives it a new title.
    UseCase duplicated() const;
    /// The distinct development contexts of the record's countries, in first-seen order.
    QStringList contexts() const;
};

} // namespace casebook
