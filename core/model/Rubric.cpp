#include "model/Rubric.h"

#include <QCoreApplication>

#include <tuple>

namespace casebook {

bool RubricCriterion::operator==(const RubricCriterion &o) const
{
    return std::tie(id, name, description, weight, levels, sources)
        == std::tie(o.id, o.name, o.description, o.weight, o.levels, o.sources);
}

bool RubricDimension::operator==(const RubricDimension &o) const
{
    return std::tie(id, name, criteria) == std::tie(o.id, o.name, o.criteria);
}

bool KnockoutRule::operator==(const KnockoutRule &o) const
{
    return std::tie(criterionId, whenScore, flag) == std::tie(o.criterionId, o.whenScore, o.flag);
}

int Rubric::criterionCount() const
{
    int n = 0;
    for (const auto &d : dimensions)
        n += int(d.criteria.size());
    return n;
}

const RubricCriterion *Rubric::criterion(const QString &criterionId) const
{
    for (const auto &d : dimensions) {
        for (const auto &c : d.criteria) {
            if (c.id == criterionId)
                return &c;
        }
    }
    return nullptr;
}

double Rubric::totalWeight() const
{
    double w = 0;
    for (const auto &d : dimensions) {
        for (const auto &c : d.criteria)
            w += c.weight;
    }
    return w;
}

bool Rubric::sameDefinition(const Rubric &o) const
{
    return std::tie(name, description, scaleMin, scaleMax, scaleLabels, dimensions, knockouts, minCoverage)
        == std::tie(o.name, o.description, o.scaleMin, o.scaleMax, o.scaleLabels, o.dimensions, o.knockouts,
                    o.minCoverage);
}

bool CriterionScore::operator==(const CriterionScore &o) const
{
    return std::tie(criterionId, state, level, rationale, evidence, confidence)
        == std::tie(o.criterionId, o.state, o.level, o.rationale, o.evidence, o.confidence);
}

const CriterionScore *Assessment::score(const QString &criterionId) const
{
    for (const auto &s : scores) {
        if (s.criterionId == criterionId)
            return &s;
    }
    return nullptr;
}

QString scoreProblem(const Rubric &rubric, const QString &criterionId, ScoreState state, int level)
{
    if (!rubric.criterion(criterionId))
        return QCoreApplication::translate("casebook::Rubric", "The rubric \"%1\" has no criterion %2.")
            .arg(rubric.name, criterionId);
    if (state == ScoreState::Level && (level < rubric.scaleMin || level > rubric.scaleMax))
        return QCoreApplication::translate("casebook::Rubric", "%1: level %2 is outside the scale %3 to %4.")
            .arg(criterionId)
            .arg(level)
            .arg(rubric.scaleMin)
            .arg(rubric.scaleMax);
    return {};
}

} // namespace casebook
