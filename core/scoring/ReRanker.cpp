#include "scoring/ReRanker.h"

#include "scoring/Ranking.h"

#include <QHash>

#include <algorithm>

namespace casebook {

ReRanker::ReRanker(const Rubric &rubric, const QList<QList<Assessment>> &items,
                   const AggregateOptions &options)
    : ReRanker(rubric, QList<AggregateResult>())
{
    for (const QList<Assessment> &assessments : items)
        add(ScoringEngine::aggregate(rubric, assessments, options));
}

ReRanker::ReRanker(const Rubric &rubric, const QList<AggregateResult> &aggregates)
    : m_rubric(rubric)
{
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            m_criteria.append(c.id);
    }
    for (const AggregateResult &aggregate : aggregates)
        add(aggregate);
}

void ReRanker::add(const AggregateResult &aggregate)
{
    QHash<QString, const CriterionAggregate *> byId;
    for (const CriterionAggregate &c : aggregate.criteria)
        byId.insert(c.criterionId, &c);
    int answered = 0;
    for (const QString &id : std::as_const(m_criteria)) {
        const CriterionAggregate *c = byId.value(id);
        Kind kind = Kind::Unscored;
        double value = 0;
        if (c && c->state == ScoreState::NotApplicable) {
            kind = Kind::NotApplicable;
        } else if (c && (c->state == ScoreState::Level || c->state == ScoreState::Unknown) && c->summary) {
            kind = Kind::Applies;
            value = c->summary->median - m_rubric.scaleMin;
        }
        if (kind != Kind::Unscored)
            ++answered;
        m_kinds.append(kind);
        m_values.append(value);
    }
    m_answered.append(answered);
    ++m_items;
}

QList<double> ReRanker::weightsOf(const Rubric &rubric)
{
    QList<double> weights;
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            weights.append(c.weight);
    }
    return weights;
}

double ReRanker::progress(int item) const
{
    return m_criteria.isEmpty() ? 1.0 : double(m_answered.at(item)) / m_criteria.size();
}

ReRanker::Scores ReRanker::rank(const QList<double> &weights) const
{
    Scores scores;
    rank(weights, scores);
    return scores;
}

void ReRanker::rank(const QList<double> &weights, Scores &scores) const
{
    // The same sums, in the same order, as ScoringEngine's compute(), so the doubles are identical.
    const int m = int(m_criteria.size());
    QList<double> w(m);
    double totalWeight = 0;
    for (int j = 0; j < m; ++j) {
        w[j] = std::max(0.0, weights.value(j));
        totalWeight += w[j];
    }
    const double span = m_rubric.scaleMax - m_rubric.scaleMin;
    scores.indices.resize(m_items);
    scores.coverage.resize(m_items);
    scores.coversEnough.resize(m_items);
    QList<std::optional<double>> eligible(m_items);
    const Kind *kinds = m_kinds.constData();
    const double *values = m_values.constData();
    for (int i = 0; i < m_items; ++i) {
        double weightedSum = 0;
        double weightSum = 0;
        double answeredWeight = 0;
        bool anyApplies = false;
        for (int j = 0; j < m; ++j) {
            const Kind kind = kinds[i * m + j];
            if (kind == Kind::Unscored)
                continue;
            answeredWeight += w[j];
            if (kind == Kind::NotApplicable)
                continue;
            weightedSum += w[j] * values[i * m + j];
            weightSum += w[j];
            anyApplies = true;
        }
        std::optional<double> index;
        if (anyApplies && weightSum > 0 && span > 0)
            index = weightedSum / weightSum / span * 100.0;
        const double coverage = totalWeight > 0 ? answeredWeight / totalWeight : progress(i);
        scores.indices[i] = index;
        scores.coverage[i] = coverage;
        scores.coversEnough[i] = coverage + 1e-9 >= m_rubric.minCoverage;
        eligible[i] = scores.coversEnough.at(i) ? index : std::nullopt;
    }
    scores.ranks = Ranking::competitionRanks(eligible);
}

ReRanker::Line ReRanker::lineOf(int item, const QList<double> &base, const QList<double> &direction) const
{
    Line line;
    const int m = int(m_criteria.size());
    for (int j = 0; j < m; ++j) {
        const Kind kind = m_kinds.at(item * m + j);
        if (kind == Kind::Unscored)
            continue;
        const double b = std::max(0.0, base.value(j));
        const double t = direction.value(j);
        line.e += t;
        line.f += b;
        if (kind == Kind::NotApplicable)
            continue;
        const double v = m_values.at(item * m + j);
        line.a += t * v;
        line.b += b * v;
        line.c += t;
        line.d += b;
    }
    return line;
}

} // namespace casebook
