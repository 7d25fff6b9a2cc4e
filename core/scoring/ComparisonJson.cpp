#include "scoring/ComparisonJson.h"

#include <QJsonArray>

namespace casebook {

namespace {

QJsonObject criteriaJson(const UseCaseScore &row)
{
    QJsonObject criteria;
    for (const CriterionAggregate &c : row.aggregate.criteria) {
        const std::optional<Summary> &s = c.summary;
        criteria.insert(
            c.criterionId,
            QJsonObject{
                {QStringLiteral("median"), ScoreReport::number(s ? std::optional(s->median) : std::nullopt)},
                {QStringLiteral("min"), ScoreReport::number(s ? std::optional(s->min) : std::nullopt)},
                {QStringLiteral("max"), ScoreReport::number(s ? std::optional(s->max) : std::nullopt)},
                {QStringLiteral("n"), s ? s->count : 0}});
    }
    return criteria;
}

QJsonObject useCaseJson(const UseCaseScore &row)
{
    return QJsonObject{
        {QStringLiteral("uuid"), row.useCase.uuid},
        {QStringLiteral("code"), row.useCase.code},
        {QStringLiteral("title"), row.useCase.title},
        {QStringLiteral("overall"), ScoreReport::number(row.overall)},
        {QStringLiteral("coverage"), ScoreReport::number(row.coverage, 4)},
        {QStringLiteral("dimensions"), ScoreReport::dimensionsJson(row)},
        {QStringLiteral("criteria"), criteriaJson(row)},
        {QStringLiteral("flags"), QJsonArray::fromStringList(ScoreFlag::toStrings(row.flags))},
        {QStringLiteral("ranked"), row.rank.has_value()},
        {QStringLiteral("rank"), row.rank ? QJsonValue(*row.rank) : QJsonValue(QJsonValue::Null)}};
}

} // namespace

QJsonObject ComparisonJson::toJson(const ComparisonResult &comparison)
{
    QJsonArray useCases;
    for (const UseCaseScore &row : comparison.scores.useCases)
        useCases.append(useCaseJson(row));
    QJsonArray stability;
    for (const WeightInterval &w : comparison.stability)
        stability.append(QJsonObject{{QStringLiteral("weight"), w.weight},
                                     {QStringLiteral("value"), ScoreReport::number(w.value)},
                                     {QStringLiteral("low"), ScoreReport::number(w.low)},
                                     {QStringLiteral("high"), ScoreReport::number(w.high)}});
    return QJsonObject{{QStringLiteral("rubric"), ScoreReport::rubricJson(comparison.rubric)},
                       {QStringLiteral("weights"), comparison.weights.toJson()},
                       {QStringLiteral("use_cases"), useCases},
                       {QStringLiteral("agreement"), comparison.scores.agreementJson()},
                       {QStringLiteral("stability"), stability}};
}

} // namespace casebook
