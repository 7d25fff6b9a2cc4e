#include "report/ReportUseCaseHtml.h"

#include "model/Vocabulary.h"
#include "report/UseCaseText.h"

namespace casebook {

namespace {

QString sdgs(const QList<int> &goals)
{
    QStringList out;
    for (int g : goals)
        out.append(QStringLiteral("%1 %2").arg(g).arg(
            Vocabularies::instance().sdgs().displayLabel(QString::number(g))));
    return out.join(QLatin1String("; "));
}

} // namespace

void ReportUseCaseHtml::write(HtmlWriter &h, const UseCase &u, const UseCaseScore *score,
                              const QList<Assessment> &assessments, int index)
{
    h.heading(1, QStringLiteral("uc%1").arg(index), u.code + QStringLiteral(" ") + u.title, true);
    description(h, u);
    actorsAndReferences(h, u);
    scenarios(h, u);
    informationAndRequirements(h, u);
    scores(h, score);
    rationales(h, assessments);
    gaps(h, u);
}

void ReportUseCaseHtml::description(HtmlWriter &h, const UseCase &u)
{
    const Vocabularies &v = Vocabularies::instance();
    h.heading(2, {}, tr("Description of the use case"));
    h.facts({{tr("ID"), u.code},
             {tr("Name"), u.title},
             {tr("Version"), u.version},
             {tr("Status"), v.approvalStatuses().displayLabel(u.approvalStatus)},
             {tr("Source organization"), u.sourceOrganization},
             {tr("Area / domains"), UseCaseText::labels(u.verticals, v.verticals())},
             {tr("Scope"), u.scope},
             {tr("Objectives"), u.objectives},
             {tr("Short description"), u.summary},
             {tr("Complete description"), u.description},
             {tr("Problem"), u.problem},
             {tr("Benefits"), u.benefits}});
    kpis(h, u);
    h.list(tr("Assumptions"), u.assumptions);
    h.list(tr("Prerequisites"), u.prerequisites);
    h.facts({{tr("Generic, regional or national relation"), v.relations().displayLabel(u.relation)},
             {tr("Deployment stage"), v.deploymentStages().displayLabel(u.deploymentStage)},
             {tr("SDGs"), sdgs(u.sdgs)},
             {tr("Countries"), UseCaseText::labels(u.countries, v.countries())},
             {tr("Development context"), UseCaseText::developmentContexts(u)},
             {tr("ITU-D regions"), UseCaseText::labels(u.regions, v.ituRegions())},
             {tr("ITU-T Questions"), u.ituQuestions.join(QLatin1String(", "))},
             {tr("Related Recommendations"), u.relatedRecommendations.join(QLatin1String("; "))},
             {tr("Tags"), u.tags.join(QLatin1String(", "))}},
            tr("Further information"));
}

void ReportUseCaseHtml::kpis(HtmlWriter &h, const UseCase &u)
{
    QList<QStringList> rows;
    for (const Kpi &k : u.kpis) {
        QStringList series;
        for (const KpiMeasurement &m : k.measurements)
            series.append(QStringLiteral("%1: %2").arg(m.date, m.value));
        rows.append({k.name, k.unit, k.baseline, k.target, k.measured, series.join(QLatin1String("; ")),
                     k.dataSource});
    }
    if (!rows.isEmpty())
        h.heading(3, {}, tr("Key performance indicators"));
    h.table(
        {tr("KPI"), tr("Unit"), tr("Baseline"), tr("Target"), tr("Measured"), tr("Over time"), tr("Source")},
        rows);
}

void ReportUseCaseHtml::actorsAndReferences(HtmlWriter &h, const UseCase &u)
{
    const Vocabularies &v = Vocabularies::instance();
    QList<QStringList> actors;
    for (const Actor &a : u.actors)
        actors.append({a.name, v.actorTypes().displayLabel(a.type), a.role});
    QList<QStringList> references;
    for (const SourceDocument &d : u.sourceDocuments)
        references.append({d.reference, d.meeting, d.url, d.note});
    QList<QStringList> standards;
    for (const StandardUsage &s : u.standards)
        standards.append(
            {s.reference, s.body, s.version, v.interoperabilityFacets().displayLabel(s.facet),
             s.conformanceTested ? (*s.conformanceTested ? tr("yes") : tr("no")) : tr("unknown")});
    if (actors.isEmpty() && references.isEmpty() && standards.isEmpty())
        return;
    h.heading(2, {}, tr("Actors and references"));
    h.table({tr("Actor"), tr("Type"), tr("Role")}, actors);
    h.table({tr("Reference"), tr("Meeting"), tr("Link"), tr("Note")}, references);
    h.table({tr("Standard"), tr("Body"), tr("Version"), tr("Facet"), tr("Conformance tested")}, standards);
}

void ReportUseCaseHtml::scenarios(HtmlWriter &h, const UseCase &u)
{
    if (u.scenarios.isEmpty())
        return;
    h.heading(2, {}, tr("Scenarios and steps"));
    for (const Scenario &s : u.scenarios) {
        h.heading(3, {}, s.name.isEmpty() ? tr("Scenario") : s.name);
        h.facts({{tr("Description"), s.description},
                 {tr("Primary actor"), s.primaryActor},
                 {tr("Triggering event"), s.triggeringEvent},
                 {tr("Pre-conditions"), s.preconditions},
                 {tr("Post-conditions"), s.postconditions}});
        QList<QStringList> rows;
        for (const ScenarioStep &st : s.steps)
            rows.append(
                {st.number, st.event, st.name, st.description, st.service,
                 st.producer.isEmpty() ? st.legacy.producer : st.producer,
                 st.receiver.isEmpty() ? st.legacy.receiver : st.receiver,
                 st.information.isEmpty() ? st.legacy.information : st.information.join(QLatin1String(", ")),
                 st.requirements.join(QLatin1String(", "))});
        h.table({tr("No."), tr("Event"), tr("Activity"), tr("Description"), tr("Service"), tr("Producer"),
                 tr("Receiver"), tr("Information"), tr("Requirements")},
                rows);
    }
}

void ReportUseCaseHtml::informationAndRequirements(HtmlWriter &h, const UseCase &u)
{
    QList<QStringList> info;
    for (const InformationExchange &i : u.informationExchanged)
        info.append({i.id, i.name, i.description, i.dataModel, i.requirements.join(QLatin1String(", "))});
    QList<QStringList> requirements;
    for (const Requirement &r : u.requirements)
        requirements.append({r.id, r.category, r.description});
    if (!info.isEmpty())
        h.heading(2, {}, tr("Information exchanged"));
    h.table({tr("ID"), tr("Name"), tr("Description"), tr("Data model"), tr("Requirements")}, info);
    if (!requirements.isEmpty())
        h.heading(2, {}, tr("Requirements"));
    h.table({tr("ID"), tr("Category"), tr("Description")}, requirements);
}

void ReportUseCaseHtml::scores(HtmlWriter &h, const UseCaseScore *score)
{
    h.heading(2, {}, tr("Scores"));
    if (!score) {
        h.para(tr("Not assessed against this rubric."));
        return;
    }
    QStringList flags;
    for (const ScoreFlag &f : score->flags)
        flags.append(f.toString());
    h.facts({{tr("Index"), HtmlWriter::number(score->overall)},
             {tr("Rank"), score->rank ? QString::number(*score->rank) : tr("not ranked")},
             {tr("Coverage"), QStringLiteral("%1%").arg(qRound(score->coverage * 100))},
             {tr("Assessors"), score->assessors.join(QLatin1String(", "))},
             {tr("Spread"), HtmlWriter::number(score->spread)},
             {tr("Flags"), flags.join(QLatin1String(", "))}});
    QList<QStringList> rows;
    for (const CriterionAggregate &c : score->aggregate.criteria) {
        const QString median = c.summary ? QString::number(c.summary->median, 'f', 1) : QStringLiteral("–");
        const QString range =
            c.summary ? QStringLiteral("%1–%2").arg(c.summary->min).arg(c.summary->max) : QString();
        rows.append({c.criterionId, median, range, QString::number(c.answered)});
    }
    h.table({tr("Criterion"), tr("Median"), tr("Range"), tr("Answers")}, rows);
}

void ReportUseCaseHtml::rationales(HtmlWriter &h, const QList<Assessment> &assessments)
{
    QList<QStringList> rows;
    for (const Assessment &a : assessments) {
        for (const CriterionScore &c : a.scores) {
            if (c.rationale.trimmed().isEmpty() && c.evidence.trimmed().isEmpty())
                continue;
            const QString answer = c.state == ScoreState::Level ? QString::number(c.level)
                : c.state == ScoreState::NotApplicable          ? tr("N/A")
                : c.state == ScoreState::Unknown                ? tr("unknown")
                                                                : QStringLiteral("–");
            rows.append({c.criterionId, a.assessorName, answer, c.rationale, c.evidence});
        }
    }
    if (rows.isEmpty())
        return;
    h.heading(3, {}, tr("Rationales"));
    h.table({tr("Criterion"), tr("Assessor"), tr("Level"), tr("Rationale"), tr("Evidence")}, rows);
}

void ReportUseCaseHtml::gaps(HtmlWriter &h, const UseCase &u)
{
    const Vocabularies &v = Vocabularies::instance();
    QList<QStringList> rows;
    for (const StandardizationGap &g : u.gaps)
        rows.append({g.description, v.interoperabilityFacets().displayLabel(g.facet), g.candidateSdo,
                     g.question, v.priorities().displayLabel(g.priority),
                     v.gapStatuses().displayLabel(g.status)});
    if (rows.isEmpty())
        return;
    h.heading(2, {}, tr("Standardization gaps"));
    h.table({tr("Gap"), tr("Facet"), tr("Candidate SDO"), tr("Question"), tr("Priority"), tr("Status")},
            rows);
}

} // namespace casebook
