#include "report/UseCaseText.h"

#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"
#include "support/Clock.h"

#include <QRegularExpression>
#include <QTextStream>

namespace casebook {

namespace {
QString bullets(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines.append(QStringLiteral("- %1").arg(item.simplified()));
    return lines.join(QLatin1Char('\n'));
}

QStringList requirementItems(const UseCase &u)
{
    QStringList items;
    for (const Requirement &r : u.requirements) {
        const QString id = r.category.trimmed().isEmpty()
            ? r.id
            : UseCaseText::tr("%1 (%2)").arg(r.id, r.category.simplified());
        items.append(UseCaseText::tr("%1: %2").arg(id, r.description.simplified()));
    }
    return items;
}

/// The actors and information exchanged that steps refer to by name and id.
QStringList actorItems(const UseCase &u, const Vocabulary &types)
{
    QStringList items;
    for (const Actor &a : u.actors) {
        QString item =
            a.type.isEmpty() ? a.name : UseCaseText::tr("%1 (%2)").arg(a.name, types.displayLabel(a.type));
        if (!a.role.trimmed().isEmpty())
            item = UseCaseText::tr("%1: %2").arg(item, a.role.simplified());
        items.append(item);
    }
    return items;
}

QStringList informationItems(const UseCase &u)
{
    QStringList items;
    for (const InformationExchange &i : u.informationExchanged) {
        QString item = UseCaseText::tr("%1: %2").arg(i.id, i.name);
        if (!i.dataModel.isEmpty())
            item = UseCaseText::tr("%1 (%2)").arg(item, i.dataModel);
        if (!i.description.trimmed().isEmpty())
            item = UseCaseText::tr("%1: %2").arg(item, i.description.simplified());
        if (!i.requirements.isEmpty())
            item = UseCaseText::tr("%1; requirements %2").arg(item, i.requirements.join(QLatin1String(", ")));
        items.append(item);
    }
    return items;
}

} // namespace

QString UseCaseText::developmentContexts(const UseCase &u)
{
    const Vocabularies &v = Vocabularies::instance();
    QStringList parts;
    for (const CountryContext &c : u.developmentContexts) {
        const QString context = v.developmentContexts().displayLabel(c.context);
        parts.append(c.country.isEmpty() ? context
                                         : tr("%1: %2").arg(v.countries().displayLabel(c.country), context));
    }
    return parts.join(QLatin1String("; "));
}

QString UseCaseText::measuredOverTime(const QList<KpiMeasurement> &measurements)
{
    QStringList parts;
    for (const KpiMeasurement &m : measurements)
        parts.append(tr("%1: %2").arg(m.date, UseCaseValidator::asSingleLine(m.value)));
    return parts.join(QStringLiteral(" → "));
}

namespace {

QString stepLine(const ScenarioStep &s)
{
    // Text an old record had where no actor or information of the record matched, marked as such.
    const auto asWritten = [](const QString &reference, const QString &legacy) {
        return reference.isEmpty() && !legacy.isEmpty() ? UseCaseText::tr("'%1' (as written)").arg(legacy)
                                                        : reference;
    };
    const QString from = asWritten(s.producer, s.legacy.producer);
    const QString to = asWritten(s.receiver, s.legacy.receiver);
    QStringList parts;
    if (!s.event.trimmed().isEmpty())
        parts.append(UseCaseText::tr("on %1").arg(s.event.simplified()));
    QString what = QStringList{s.name.simplified(), s.description.simplified()}
                       .filter(QRegularExpression(QStringLiteral("\\S")))
                       .join(QLatin1String(": "));
    if (!what.isEmpty())
        parts.append(what);
    if (!s.service.isEmpty())
        parts.append(s.service);
    if (!from.isEmpty() || !to.isEmpty())
        parts.append(UseCaseText::tr("%1 → %2").arg(from.simplified(), to.simplified()));
    const QStringList info = s.information.isEmpty() && !s.legacy.information.isEmpty()
        ? QStringList{asWritten({}, s.legacy.information.simplified())}
        : s.information;
    if (!info.isEmpty())
        parts.append(UseCaseText::tr("information %1").arg(info.join(QLatin1String(", "))));
    if (!s.requirements.isEmpty())
        parts.append(UseCaseText::tr("requirements %1").arg(s.requirements.join(QLatin1String(", "))));
    return QStringLiteral("  %1. %2")
        .arg(UseCaseValidator::asSingleLine(s.number),
             UseCaseValidator::asSingleLine(parts.join(QLatin1String("; "))));
}

} // namespace

QString UseCaseText::scenarios(const UseCase &u)
{
    QStringList lines;
    for (const Scenario &s : u.scenarios) {
        lines.append(QStringLiteral("- %1").arg(UseCaseValidator::asSingleLine(s.name)));
        const auto add = [&lines](const QString &label, const QString &value) {
            if (!value.trimmed().isEmpty())
                lines.append(QStringLiteral("  %1: %2").arg(label, UseCaseValidator::asSingleLine(value)));
        };
        add(tr("Primary actor"), s.primaryActor);
        add(tr("Triggering event"), s.triggeringEvent);
        add(tr("Pre-conditions"), s.preconditions);
        add(tr("Post-conditions"), s.postconditions);
        for (const ScenarioStep &step : s.steps)
            lines.append(stepLine(step));
    }
    return lines.join(QLatin1Char('\n'));
}

QString UseCaseText::kpis(const UseCase &u)
{
    QStringList lines;
    for (const Kpi &k : u.kpis) {
        QStringList parts;
        if (!k.baseline.isEmpty())
            parts.append(tr("baseline %1").arg(k.baseline));
        if (!k.target.isEmpty())
            parts.append(tr("target %1").arg(k.target));
        if (!k.measured.isEmpty())
            parts.append(tr("measured %1").arg(k.measured));
        if (!k.measurements.isEmpty())
            parts.append(tr("over time %1").arg(measuredOverTime(k.measurements)));
        const QString name = k.unit.isEmpty() ? k.name : tr("%1 (%2)").arg(k.name, k.unit);
        lines.append(QStringLiteral("- %1").arg(UseCaseValidator::asSingleLine(
            parts.isEmpty() ? name : tr("%1: %2").arg(name, parts.join(QLatin1String("; "))))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString UseCaseText::labels(const QStringList &ids, const Vocabulary &v)
{
    QStringList out;
    for (const QString &id : ids)
        out.append(v.displayLabel(id));
    return out.join(QLatin1String(", "));
}

QString UseCaseText::toPlainText(const UseCase &u)
{
    QString text;
    QTextStream out(&text);
    const Vocabularies &v = Vocabularies::instance();
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            out << label << ": " << UseCaseValidator::asSingleLine(value) << '\n';
    };
    auto block = [&out](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            out << '\n' << label << ":\n" << value.trimmed() << '\n';
    };
    QStringList sdgs;
    for (int g : u.sdgs)
        sdgs.append(QStringLiteral("%1 %2").arg(g).arg(v.sdgs().displayLabel(QString::number(g))));
    line(tr("Code"), u.code);
    line(tr("Title"), u.title);
    line(tr("UUID"), u.uuid);
    line(tr("Status"), v.approvalStatuses().displayLabel(u.approvalStatus));
    line(tr("Revision"),
         tr("%1, modified %2%3")
             .arg(u.revision)
             .arg(toIsoUtc(u.modifiedAt),
                  u.modifiedBy.isEmpty() ? QString() : tr(" by %1").arg(u.modifiedBy)));
    line(tr("Source organization"), u.sourceOrganization);
    line(tr("Verticals"), labels(u.verticals, v.verticals()));
    line(tr("SDGs"), sdgs.join(QLatin1String("; ")));
    line(tr("Countries"), labels(u.countries, v.countries()));
    line(tr("ITU-D regions"), labels(u.regions, v.ituRegions()));
    line(tr("Development context"), developmentContexts(u));
    line(tr("Relation"), v.relations().displayLabel(u.relation));
    line(tr("Deployment stage"), v.deploymentStages().displayLabel(u.deploymentStage));
    line(tr("Tags"), u.tags.join(QLatin1String(", ")));
    line(tr("ITU-T Questions"), u.ituQuestions.join(QLatin1String(", ")));
    line(tr("Related Recommendations"), u.relatedRecommendations.join(QLatin1String("; ")));
    line(tr("Platforms"), u.platforms.join(QLatin1String(", ")));
    line(tr("Connectivity"), u.connectivity.join(QLatin1String(", ")));
    QStringList standards;
    for (const auto &s : u.standards)
        standards.append(s.facet.isEmpty() ? s.reference
                                           : QStringLiteral("%1 (%2)").arg(s.reference, s.facet));
    line(tr("Standards"), standards.join(QLatin1String("; ")));
    block(tr("Summary"), u.summary);
    block(tr("Description"), u.description);
    block(tr("Scope"), u.scope);
    block(tr("Objectives"), u.objectives);
    block(tr("Problem"), u.problem);
    block(tr("Benefits"), u.benefits);
    block(tr("Assumptions"), bullets(u.assumptions));
    block(tr("Prerequisites"), bullets(u.prerequisites));
    block(tr("Requirements"), bullets(requirementItems(u)));
    block(tr("Actors"), bullets(actorItems(u, v.actorTypes())));
    block(tr("Information exchanged"), bullets(informationItems(u)));
    block(tr("Scenarios"), scenarios(u));
    block(tr("KPIs"), kpis(u));
    block(tr("Security"), u.security);
    block(tr("Data governance"), u.dataGovernance);
    block(tr("Lessons learned"), u.lessonsLearned);
    QStringList gaps;
    for (const auto &g : u.gaps)
        gaps.append(QStringLiteral("- %1").arg(g.description.simplified()));
    block(tr("Standardization gaps"), gaps.join(QLatin1Char('\n')));
    QStringList sources;
    for (const auto &s : u.sourceDocuments)
        sources.append(QStringLiteral("- %1").arg(QStringList{s.reference, s.meeting, s.url}
                                                      .filter(QRegularExpression(QStringLiteral("\\S")))
                                                      .join(QLatin1String(", "))));
    block(tr("Sources"), sources.join(QLatin1Char('\n')));
    return text;
}

} // namespace casebook
