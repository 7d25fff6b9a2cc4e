#include "scoring/ScoringEngine.h"

#include <QHash>

#include <algorithm>

namespace casebook {

namespace {

/// What the computation needs of one criterion: its state and, for Level and Unknown, a value on the
/// rubric scale (possibly a half level when it is a median).
struct CriterionInput
{
    ScoreState state = ScoreState::Unscored;
    double value = 0;
    bool invalid = false; ///< a level outside the scale, treated as unscored
    bool flaggedUnknown = false; ///< some answer behind the value was "unknown"
};

bool levelInScale(const Rubric &rubric, int level)
{
    return level >= rubric.scaleMin && level <= rubric.scaleMax;
}

CriterionInput inputOf(const Rubric &rubric, const CriterionScore *score)
{
    CriterionInput in;
    if (!score)
        return in;
    switch (score->state) {
    case ScoreState::Unscored: break;
    case ScoreState::NotApplicable: in.state = ScoreState::NotApplicable; break;
    case ScoreState::Unknown:
        in.state = ScoreState::Unknown;
        in.value = rubric.scaleMin;
        in.flaggedUnknown = true;
        break;
    case ScoreState::Level:
        if (levelInScale(rubric, score->level)) {
            in.state = ScoreState::Level;
            in.value = score->level;
        } else {
            in.invalid = true;
        }
        break;
    }
    return in;
}

ScoreResult compute(const Rubric &rubric, const QHash<QString, CriterionInput> &inputs)
{
    ScoreResult result;
    const double span = rubric.scaleMax - rubric.scaleMin;
    double weightedSum = 0; // Σ w·(value − scaleMin)
    double weightSum = 0;
    bool anyApplies = false;

    for (const auto &dimension : rubric.dimensions) {
        DimensionScore dim;
        dim.dimensionId = dimension.id;
        dim.criteria = int(dimension.criteria.size());
        double dimWeighted = 0; // Σ w·value on the rubric scale
        double dimWeight = 0;
        bool dimApplies = false;
        for (const auto &criterion : dimension.criteria) {
            ++result.totalCriteria;
            const double w = std::max(0.0, criterion.weight);
            result.totalWeight += w;
            const CriterionInput in = inputs.value(criterion.id);
            if (in.invalid) {
                result.invalidCriteria.append(criterion.id);
                continue;
            }
            switch (in.state) {
            case ScoreState::Unscored: result.unscoredCriteria.append(criterion.id); continue;
            case ScoreState::NotApplicable:
                ++result.answeredCriteria;
                result.answeredWeight += w;
                result.notApplicableCriteria.append(criterion.id);
                continue;
            case ScoreState::Unknown:
            case ScoreState::Level: break;
            }
            if (in.flaggedUnknown)
                result.unknownCriteria.append(criterion.id);
            ++result.answeredCriteria;
            result.answeredWeight += w;
            dimWeighted += w * in.value;
            dimWeight += w;
            dimApplies = true;
            weightedSum += w * (in.value - rubric.scaleMin);
            weightSum += w;
            anyApplies = true;
        }
        dim.appliedWeight = dimWeight;
        if (dimApplies && dimWeight > 0) {
            dim.mean = dimWeighted / dimWeight;
            if (span > 0)
                dim.index = (*dim.mean - rubric.scaleMin) / span * 100.0;
        }
        result.dimensions.append(dim);
    }

    result.appliedWeight = weightSum;
    if (anyApplies && weightSum > 0 && span > 0)
        result.index = weightedSum / weightSum / span * 100.0;
    return result;
}

using Answers = QHash<QString, CriterionInput>; ///< one assessment's inputs by criterion id

Answers answersOf(const Rubric &rubric, const Assessment &assessment)
{
    Answers answers;
    for (const auto &dimension : rubric.dimensions) {
        for (const auto &criterion : dimension.criteria)
            answers.insert(criterion.id, inputOf(rubric, assessment.score(criterion.id)));
    }
    return answers;
}

/// The knock-out rules that fire for any of the assessments, with how many of them did.
QList<KnockoutHit> knockoutsOf(const Rubric &rubric, const QList<Answers> &assessments)
{
    QList<KnockoutHit> hits;
    for (const auto &rule : rubric.knockouts) {
        if (!rubric.criterion(rule.criterionId))
            continue;
        KnockoutHit hit{rule.criterionId, rule.flag, 0, 0};
        for (const Answers &answers : assessments) {
            const CriterionInput in = answers.value(rule.criterionId);
            if (in.invalid || (in.state != ScoreState::Level && in.state != ScoreState::Unknown))
                continue;
            ++hit.of;
            if (in.value <= double(rule.whenScore))
                ++hit.assessors;
        }
        if (hit.assessors > 0)
            hits.append(hit);
    }
    return hits;
}

} // namespace

QStringList AggregateResult::disagreements() const
{
    QStringList ids;
    for (const auto &c : criteria) {
        if (c.wideDisagreement)
            ids.append(c.criterionId);
    }
    return ids;
}

ScoreResult ScoringEngine::score(const Rubric &rubric, const Assessment &assessment)
{
    const Answers answers = answersOf(rubric, assessment);
    ScoreResult result = compute(rubric, answers);
    result.knockouts = knockoutsOf(rubric, {answers});
    return result;
}

AggregateResult ScoringEngine::aggregate(const Rubric &rubric, const QList<Assessment> &assessments,
                                         const AggregateOptions &options)
{
    AggregateResult result;
    result.assessors = int(assessments.size());
    QList<Answers> answers;
    for (const auto &assessment : assessments) {
        result.perAssessor.append(score(rubric, assessment));
        answers.append(answersOf(rubric, assessment));
    }

    QHash<QString, CriterionInput> inputs;
    for (const auto &dimension : rubric.dimensions) {
        for (const auto &criterion : dimension.criteria) {
            CriterionAggregate agg;
            agg.criterionId = criterion.id;
            QList<double> values;
            for (const Answers &a : answers) {
                const CriterionInput in = a.value(criterion.id);
                if (in.invalid || in.state == ScoreState::Unscored) {
                    ++agg.unscored;
                    continue;
                }
                ++agg.answered;
                switch (in.state) {
                case ScoreState::NotApplicable: ++agg.notApplicable; break;
                case ScoreState::Unknown:
                    ++agg.unknowns;
                    values.append(in.value);
                    break;
                case ScoreState::Level:
                    ++agg.levels;
                    values.append(in.value);
                    break;
                case ScoreState::Unscored: break;
                }
            }
            agg.summary = Statistics::summarize(values);
            agg.wideDisagreement = agg.summary && agg.summary->count >= 2
                && agg.summary->range() >= options.disagreementThreshold;
            agg.applicabilityDisputed = agg.notApplicable > 0 && agg.notApplicable < agg.answered;

            CriterionInput in;
            if (agg.answered == 0) {
                agg.state = ScoreState::Unscored;
            } else if (2 * agg.notApplicable > agg.answered) {
                agg.state = ScoreState::NotApplicable;
            } else {
                // Not a majority of N/A, so at least one level or "unknown" gave a value.
                agg.state = agg.levels > 0 ? ScoreState::Level : ScoreState::Unknown;
                in.value = agg.summary->median;
            }
            in.state = agg.state;
            // A criterion with any "unknown" answer is flagged, even when levels outnumber it.
            in.flaggedUnknown = agg.unknowns > 0 && agg.state != ScoreState::NotApplicable;
            inputs.insert(criterion.id, in);
            result.criteria.append(agg);
        }
    }
    result.overall = compute(rubric, inputs);
    result.overall.knockouts = knockoutsOf(rubric, answers);
    return result;
}

} // namespace casebook
