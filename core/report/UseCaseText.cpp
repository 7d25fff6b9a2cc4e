#include "report/UseCaseText.h"

#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"
#include "support/Clock.h"

#include <QRegularExpression>
#include <QTextStream>

namespace casebook {

namespace {
QString joinLabels(const QStringList &ids, const Vocabulary &v)
{
    QStringList labels;
    for (const QString &id : ids)
        labels.append(v.displayLabel(id));
    return labels.join(QLatin1String(", "));
}
QString bullets(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines.append(QStringLiteral("- %1").arg(item.simplified()));
    return lines.join(QLatin1Char('\n'));
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
    line(tr("Verticals"), joinLabels(u.verticals, v.verticals()));
    line(tr("SDGs"), sdgs.join(QLatin1String("; ")));
    line(tr("Countries"), joinLabels(u.countries, v.countries()));
    line(tr("ITU-D regions"), joinLabels(u.regions, v.ituRegions()));
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
    QStringList requirements;
    for (const Requirement &r : u.requirements)
        requirements.append(QStringLiteral("%1 (%2): %3").arg(r.id, r.category, r.description.simplified()));
    block(tr("Requirements"), bullets(requirements));
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
