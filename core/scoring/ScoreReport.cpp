#include "scoring/ScoreReport.h"

#include "scoring/Ranking.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

QJsonValue number(const std::optional<double> &v, int decimals = 2)
{
    return ScoreReport::number(v, decimals);
}

QList<ScoreFlag> flagsOf(const AggregateResult &agg)
{
    QList<ScoreFlag> flags;
    bool incomplete = agg.overall.isIncomplete();
    for (const ScoreResult &s : agg.perAssessor)
        incomplete = incomplete || s.isIncomplete();
    if (incomplete)
        flags.append(ScoreFlag::incomplete());
    for (const QString &id : agg.overall.unknownCriteria)
        flags.append(ScoreFlag::of(ScoreFlag::Kind::Unknown, id));
    for (const KnockoutHit &k : agg.overall.knockouts)
        flags.append(ScoreFlag::of(ScoreFlag::Kind::Knockout, k.criterionId));
    for (const CriterionAggregate &c : agg.criteria) {
        if (c.wideDisagreement)
            flags.append(ScoreFlag::of(ScoreFlag::Kind::Disagreement, c.criterionId));
    }
    for (const CriterionAggregate &c : agg.criteria) {
        if (c.applicabilityDisputed)
            flags.append(ScoreFlag::of(ScoreFlag::Kind::NaDisputed, c.criterionId));
    }
    return flags;
}

/// Per criterion: the units of the matrix are use case × criterion in rubric order.
QList<CriterionAgreement> agreementPerCriterion(const Rubric &rubric,
                                                const QList<QList<std::optional<double>>> &matrix)
{
    QStringList ids;
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            ids.append(c.id);
    }
    QList<CriterionAgreement> result;
    if (ids.isEmpty())
        return result;
    QList<QList<QList<std::optional<double>>>> units(ids.size());
    for (int i = 0; i < matrix.size(); ++i)
        units[i % ids.size()].append(matrix.at(i));
    for (int c = 0; c < ids.size(); ++c)
        result.append({ids.at(c), AlphaBootstrap::estimate(units.at(c), AlphaMetric::Interval),
                       AlphaBootstrap::estimate(units.at(c), AlphaMetric::Ordinal)});
    return result;
}

QJsonValue bounds(const AlphaEstimate &e)
{
    if (!e.low || !e.high)
        return QJsonValue::Null;
    return QJsonArray{number(e.low, 4), number(e.high, 4)};
}

/// The alphas, intervals and readings of one pair of estimates.
QJsonObject alphaJson(const AlphaEstimate &interval, const AlphaEstimate &ordinal)
{
    return QJsonObject{{QStringLiteral("alpha_interval"), number(interval.result.alpha, 4)},
                       {QStringLiteral("alpha_ordinal"), number(ordinal.result.alpha, 4)},
                       {QStringLiteral("ci95_interval"), bounds(interval)},
                       {QStringLiteral("ci95_ordinal"), bounds(ordinal)},
                       {QStringLiteral("reading_interval"),
                        AlphaBootstrap::readingName(AlphaBootstrap::reading(interval.result.alpha))},
                       {QStringLiteral("reading_ordinal"),
                        AlphaBootstrap::readingName(AlphaBootstrap::reading(ordinal.result.alpha))},
                       {QStringLiteral("pairable_values"), interval.result.pairableValues},
                       {QStringLiteral("pairable_units"), interval.result.pairableUnits}};
}

} // namespace

UseCaseScore ScoreReport::scoreUseCase(const Rubric &rubric, const UseCaseRef &useCase,
                                       const QList<Assessment> &assessments, const AggregateOptions &options)
{
    UseCaseScore row;
    row.useCase = useCase;
    for (const Assessment &a : assessments)
        row.assessors.append(a.assessorName);
    row.aggregate = ScoringEngine::aggregate(rubric, assessments, options);
    row.overall = row.aggregate.overall.index;
    row.coverage = row.aggregate.overall.coverage();
    row.coversEnough = row.aggregate.overall.coversEnough(rubric);
    QList<double> own;
    for (const ScoreResult &s : row.aggregate.perAssessor) {
        if (s.index)
            own.append(*s.index);
    }
    if (own.size() >= 2)
        row.spread =
            *std::max_element(own.cbegin(), own.cend()) - *std::min_element(own.cbegin(), own.cend());
    row.flags = flagsOf(row.aggregate);
    return row;
}

ScoreReport ScoreReport::build(const Rubric &rubric, const QList<Assessment> &assessments,
                               const QList<UseCaseRef> &useCases, const AggregateOptions &options)
{
    ScoreReport report;
    report.rubric = rubric;

    // Group by use case, keeping the order in which use cases first appear.
    QStringList order;
    QHash<QString, QList<Assessment>> byUseCase;
    for (const Assessment &a : assessments) {
        if (!rubric.uuid.isEmpty() && !a.rubricUuid.isEmpty() && a.rubricUuid != rubric.uuid)
            continue;
        if (!byUseCase.contains(a.useCaseUuid))
            order.append(a.useCaseUuid);
        byUseCase[a.useCaseUuid].append(a);
        ++report.assessments;
    }
    QHash<QString, UseCaseRef> refs;
    for (const UseCaseRef &r : useCases)
        refs.insert(r.uuid, r);

    QList<QList<std::optional<double>>> matrix;
    QList<std::optional<double>> indices;
    for (const QString &uuid : order) {
        const QList<Assessment> &list = byUseCase[uuid];
        const UseCaseScore row =
            scoreUseCase(rubric, refs.value(uuid, UseCaseRef{uuid, QString(), QString()}), list, options);
        matrix += Agreement::matrixFromAssessments(rubric, list);
        indices.append(row.coversEnough ? row.overall : std::nullopt);
        report.useCases.append(row);
    }
    const QList<std::optional<int>> ranks = Ranking::competitionRanks(indices);
    for (int i = 0; i < report.useCases.size(); ++i)
        report.useCases[i].rank = ranks.value(i);
    std::stable_sort(report.useCases.begin(), report.useCases.end(), inRankOrder);
    report.alphaInterval = AlphaBootstrap::estimate(matrix, AlphaMetric::Interval);
    report.alphaOrdinal = AlphaBootstrap::estimate(matrix, AlphaMetric::Ordinal);
    report.criterionAgreement = agreementPerCriterion(rubric, matrix);
    return report;
}

QJsonValue ScoreReport::number(const std::optional<double> &value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue::Null;
    const double f = std::pow(10.0, decimals);
    return std::round(*value * f) / f;
}

bool ScoreReport::inRankOrder(const UseCaseScore &a, const UseCaseScore &b)
{
    if (a.rank.has_value() != b.rank.has_value())
        return a.rank.has_value();
    if (a.rank && *a.rank != *b.rank)
        return *a.rank < *b.rank;
    return a.useCase.code.compare(b.useCase.code, Qt::CaseInsensitive) < 0;
}

QJsonObject ScoreReport::rubricJson(const Rubric &rubric)
{
    QJsonArray dimensionsMeta;
    for (const RubricDimension &d : rubric.dimensions)
        dimensionsMeta.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}});
    return QJsonObject{
        {QStringLiteral("uuid"), rubric.uuid},
        {QStringLiteral("series_uuid"), rubric.seriesUuid},
        {QStringLiteral("name"), rubric.name},
        {QStringLiteral("version"), rubric.version},
        {QStringLiteral("scale"),
         QJsonObject{{QStringLiteral("min"), rubric.scaleMin}, {QStringLiteral("max"), rubric.scaleMax}}},
        {QStringLiteral("min_coverage"), rubric.minCoverage},
        {QStringLiteral("dimensions"), dimensionsMeta}};
}

QJsonObject ScoreReport::agreementJson() const
{
    QJsonObject agreement = alphaJson(alphaInterval, alphaOrdinal);
    agreement.insert(QStringLiteral("assessments"), assessments);
    agreement.insert(QStringLiteral("bootstrap"),
                     QJsonObject{{QStringLiteral("resamples"), AlphaBootstrap::resamples},
                                 {QStringLiteral("seed"), qint64(AlphaBootstrap::seed)}});
    QJsonObject perCriterion;
    for (const CriterionAgreement &c : criterionAgreement)
        perCriterion.insert(c.criterionId, alphaJson(c.interval, c.ordinal));
    agreement.insert(QStringLiteral("per_criterion"), perCriterion);
    return agreement;
}

QJsonArray ScoreReport::dimensionsJson(const UseCaseScore &row)
{
    QJsonArray dims;
    for (const DimensionScore &d : row.aggregate.overall.dimensions)
        dims.append(QJsonObject{{QStringLiteral("id"), d.dimensionId},
                                {QStringLiteral("mean"), number(d.mean)},
                                {QStringLiteral("index"), number(d.index)}});
    return dims;
}

QJsonObject ScoreReport::toJson() const
{
    QJsonArray rows;
    for (const UseCaseScore &u : useCases) {
        QJsonArray knockouts;
        for (const KnockoutHit &k : u.aggregate.overall.knockouts)
            knockouts.append(QJsonObject{{QStringLiteral("criterion"), k.criterionId},
                                         {QStringLiteral("flag"), k.flag},
                                         {QStringLiteral("assessors"), k.assessors},
                                         {QStringLiteral("of"), k.of}});
        rows.append(
            QJsonObject{{QStringLiteral("uuid"), u.useCase.uuid},
                        {QStringLiteral("code"), u.useCase.code},
                        {QStringLiteral("title"), u.useCase.title},
                        {QStringLiteral("overall"), number(u.overall)},
                        {QStringLiteral("coverage"), number(u.coverage, 4)},
                        {QStringLiteral("dimensions"), dimensionsJson(u)},
                        {QStringLiteral("assessors"), int(u.assessors.size())},
                        {QStringLiteral("assessor_names"), QJsonArray::fromStringList(u.assessors)},
                        {QStringLiteral("spread"), number(u.spread)},
                        {QStringLiteral("flags"), QJsonArray::fromStringList(ScoreFlag::toStrings(u.flags))},
                        {QStringLiteral("knockouts"), knockouts},
                        {QStringLiteral("rank"), u.rank ? QJsonValue(*u.rank) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("ranked"), u.rank.has_value()}});
    }
    return QJsonObject{{QStringLiteral("rubric"), rubricJson(rubric)},
                       {QStringLiteral("agreement"), agreementJson()},
                       {QStringLiteral("use_cases"), rows}};
}

} // namespace casebook
