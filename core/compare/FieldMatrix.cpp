#include "compare/FieldMatrix.h"

#include "model/Vocabulary.h"
#include "report/UseCaseText.h"

#include <functional>

namespace casebook {

namespace {

using Fact = std::function<QString(const UseCase &)>;

QString count(int n)
{
    return QString::number(n);
}

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QList<QPair<QString, Fact>> facts()
{
    const Vocabularies &v = Vocabularies::instance();
    QList<QPair<QString, Fact>> out = {
        {FieldMatrix::tr("Title"), [](const UseCase &u) { return u.title; }},
        {FieldMatrix::tr("Verticals"),
         [&v](const UseCase &u) { return UseCaseText::labels(u.verticals, v.verticals()); }},
        {FieldMatrix::tr("SDGs"),
         [](const UseCase &u) {
             QStringList ids;
             for (int s : u.sdgs)
                 ids.append(QString::number(s));
             return joined(ids);
         }},
        {FieldMatrix::tr("Countries"),
         [&v](const UseCase &u) { return UseCaseText::labels(u.countries, v.countries()); }},
        {FieldMatrix::tr("ITU-D regions"),
         [&v](const UseCase &u) { return UseCaseText::labels(u.regions, v.ituRegions()); }},
        {FieldMatrix::tr("Development context"),
         [](const UseCase &u) { return UseCaseText::developmentContexts(u); }},
        {FieldMatrix::tr("Deployment stage"),
         [&v](const UseCase &u) { return v.deploymentStages().displayLabel(u.deploymentStage); }},
        {FieldMatrix::tr("Scope"), [&v](const UseCase &u) { return v.relations().displayLabel(u.relation); }},
        {FieldMatrix::tr("Approval status"),
         [&v](const UseCase &u) { return v.approvalStatuses().displayLabel(u.approvalStatus); }},
        {FieldMatrix::tr("Source organization"), [](const UseCase &u) { return u.sourceOrganization; }},
        {FieldMatrix::tr("Connectivity"),
         [&v](const UseCase &u) { return UseCaseText::labels(u.connectivity, v.connectivity()); }},
        {FieldMatrix::tr("Platforms"), [](const UseCase &u) { return joined(u.platforms); }},
        {FieldMatrix::tr("Standards used"),
         [](const UseCase &u) {
             QStringList refs;
             for (const StandardUsage &s : u.standards)
                 refs.append(s.reference);
             return joined(refs);
         }},
        {FieldMatrix::tr("Security baselines"), [](const UseCase &u) { return joined(u.securityBaselines); }},
        {FieldMatrix::tr("Actors"), [](const UseCase &u) { return count(int(u.actors.size())); }},
        {FieldMatrix::tr("Scenarios"), [](const UseCase &u) { return count(int(u.scenarios.size())); }},
        {FieldMatrix::tr("Requirements"), [](const UseCase &u) { return count(int(u.requirements.size())); }},
        {FieldMatrix::tr("KPIs"), [](const UseCase &u) { return count(int(u.kpis.size())); }},
        {FieldMatrix::tr("Standardization gaps"), [](const UseCase &u) { return count(int(u.gaps.size())); }},
        {FieldMatrix::tr("Tags"), [](const UseCase &u) { return joined(u.tags); }},
    };
    return out;
}

} // namespace

QList<FieldRow> FieldMatrix::build(const QList<UseCase> &useCases)
{
    QList<FieldRow> rows;
    for (const auto &fact : facts()) {
        FieldRow row;
        row.label = fact.first;
        for (const UseCase &u : useCases)
            row.values.append(fact.second(u).simplified());
        for (const QString &value : row.values)
            row.differs = row.differs || value != row.values.constFirst();
        rows.append(row);
    }
    return rows;
}

} // namespace casebook
