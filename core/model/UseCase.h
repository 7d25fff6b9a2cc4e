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

/// One numbered step of a scenario: who sends what to whom.
struct ScenarioStep
{
    QString from;
    QString to;
    QString action;
    QString information;
    bool operator==(const ScenarioStep &o) const;
};

struct Scenario
{
    QString name;
    QString description;
    QList<ScenarioStep> steps;
    bool operator==(const Scenario &o) const;
};

/// A piece of information exchanged, with the data model or standard that carries it.
struct InformationExchange
{
    QString name;
    QString dataModel;
    QString description;
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
    QStringList regions; ///< ITU regions
    QString developmentContext;
    QString relation;
    QString deploymentStage;
    QStringList tags;
    QList<RelatedUseCase> related;

    // Narrative
    QString summary;
    QString description;
    QString objectives;
    QString problem;
    QString benefits;
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
};

} // namespace casebook
