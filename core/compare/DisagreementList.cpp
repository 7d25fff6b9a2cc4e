#include "compare/DisagreementList.h"

#include <algorithm>

namespace casebook {

namespace {

DisagreementRow rowOf(const ScoreReport &report, const RubricCriterion &criterion, int index)
{
    DisagreementRow row;
    row.criterionId = criterion.id;
    row.name = criterion.name;
    for (const UseCaseScore &u : report.useCases) {
        const CriterionAggregate &c = u.aggregate.criteria.value(index);
        if (c.criterionId != criterion.id || !c.summary || c.summary->count < 2)
            continue;
        if (c.wideDisagreement)
            ++row.wideCount;
        if (!row.widestSpread || c.summary->range() > *row.widestSpread) {
            row.widestSpread = c.summary->range();
            row.widestUseCase = u.useCase.code.isEmpty() ? u.useCase.uuid : u.useCase.code;
        }
    }
    for (const CriterionAgreement &a : report.criterionAgreement) {
        if (a.criterionId == criterion.id) {
            row.alphaInterval = a.interval.result.alpha;
            row.alphaOrdinal = a.ordinal.result.alpha;
        }
    }
    return row;
}

bool discussFirst(const DisagreementRow &a, const DisagreementRow &b)
{
    const double sa = a.widestSpread.value_or(-1);
    const double sb = b.widestSpread.value_or(-1);
    if (sa != sb)
        return sa > sb;
    if (a.alphaInterval.has_value() != b.alphaInterval.has_value())
        return a.alphaInterval.has_value();
    if (a.alphaInterval && *a.alphaInterval != *b.alphaInterval)
        return *a.alphaInterval < *b.alphaInterval;
    return false;
}

} // namespace

QList<DisagreementRow> DisagreementList::build(const ScoreReport &report)
{
    QList<DisagreementRow> rows;
    int index = 0;
    for (const RubricDimension &d : report.rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            rows.append(rowOf(report, c, index++));
    }
    std::stable_sort(rows.begin(), rows.end(), discussFirst);
    return rows;
}

} // namespace casebook
