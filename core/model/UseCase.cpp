#include "model/UseCase.h"

#include "model/UseCaseJson.h"

#include <tuple>

namespace casebook {

bool Person::operator==(const Person &o) const
{
    return std::tie(name, organization, email, role) == std::tie(o.name, o.organization, o.email, o.role);
}

bool SourceDocument::operator==(const SourceDocument &o) const
{
    return std::tie(reference, meeting, url, note) == std::tie(o.reference, o.meeting, o.url, o.note);
}

bool Actor::operator==(const Actor &o) const
{
    return std::tie(name, type, role) == std::tie(o.name, o.type, o.role);
}

bool LegacyStepText::operator==(const LegacyStepText &o) const
{
    return std::tie(producer, receiver, information) == std::tie(o.producer, o.receiver, o.information);
}

bool ScenarioStep::operator==(const ScenarioStep &o) const
{
    return std::tie(number, event, name, description, service, producer, receiver, information, requirements,
                    legacy)
        == std::tie(o.number, o.event, o.name, o.description, o.service, o.producer, o.receiver,
                    o.information, o.requirements, o.legacy);
}

bool Scenario::operator==(const Scenario &o) const
{
    return std::tie(name, description, primaryActor, triggeringEvent, preconditions, postconditions, steps)
        == std::tie(o.name, o.description, o.primaryActor, o.triggeringEvent, o.preconditions,
                    o.postconditions, o.steps);
}

bool Requirement::operator==(const Requirement &o) const
{
    return std::tie(id, category, description) == std::tie(o.id, o.category, o.description);
}

bool CountryContext::operator==(const CountryContext &o) const
{
    return std::tie(country, context) == std::tie(o.country, o.context);
}

bool InformationExchange::operator==(const InformationExchange &o) const
{
    return std::tie(id, name, dataModel, description, requirements)
        == std::tie(o.id, o.name, o.dataModel, o.description, o.requirements);
}

bool KpiMeasurement::operator==(const KpiMeasurement &o) const
{
    return std::tie(date, value) == std::tie(o.date, o.value);
}

bool StandardUsage::operator==(const StandardUsage &o) const
{
    return std::tie(reference, body, version, facet, conformanceTested, notes)
        == std::tie(o.reference, o.body, o.version, o.facet, o.conformanceTested, o.notes);
}

bool InterfacePoint::operator==(const InterfacePoint &o) const
{
    return std::tie(from, to, standard, open, description)
        == std::tie(o.from, o.to, o.standard, o.open, o.description);
}

bool IdentifierScheme::operator==(const IdentifierScheme &o) const
{
    return std::tie(name, appliesTo, globallyUnique, resolvable, notes)
        == std::tie(o.name, o.appliesTo, o.globallyUnique, o.resolvable, o.notes);
}

bool Kpi::operator==(const Kpi &o) const
{
    return std::tie(name, unit, baseline, target, measured, dataSource, dataQuality, u4sscCode, measurements)
        == std::tie(o.name, o.unit, o.baseline, o.target, o.measured, o.dataSource, o.dataQuality,
                    o.u4sscCode, o.measurements);
}

bool StandardizationGap::operator==(const StandardizationGap &o) const
{
    return std::tie(description, facet, candidateSdo, question, priority, status)
        == std::tie(o.description, o.facet, o.candidateSdo, o.question, o.priority, o.status);
}

bool RelatedUseCase::operator==(const RelatedUseCase &o) const
{
    return std::tie(uuid, relation) == std::tie(o.uuid, o.relation);
}

bool AttachmentRef::operator==(const AttachmentRef &o) const
{
    return std::tie(sha256, fileName, mediaType, size, description, addedAt)
        == std::tie(o.sha256, o.fileName, o.mediaType, o.size, o.description, o.addedAt);
}

bool UseCase::sameContent(const UseCase &o) const
{
    return UseCaseJson::toJson(*this) == UseCaseJson::toJson(o);
}

UseCase UseCase::duplicated() const
{
    UseCase copy = *this;
    copy.id = 0;
    copy.uuid.clear();
    copy.code.clear();
    copy.revision = 0;
    copy.createdAt = {};
    copy.modifiedAt = {};
    copy.modifiedBy.clear();
    copy.approvalStatus = QStringLiteral("draft");
    return copy;
}

QStringList UseCase::contexts() const
{
    QStringList out;
    for (const CountryContext &c : developmentContexts) {
        if (!c.context.isEmpty() && !out.contains(c.context))
            out.append(c.context);
    }
    return out;
}

} // namespace casebook
