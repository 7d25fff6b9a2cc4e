#pragma once

#include "model/Rubric.h"
#include "scoring/AlphaBootstrap.h"
#include "scoring/ScoreFlag.h"
#include "scoring/ScoringEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace casebook {

/// The use case a row of a score report is about (what the report shows of it).
struct UseCaseRef
{
    QString uuid;
    QString code;
    QString title;
};

/// One use case in a score report: its assessments against the report's rubric version, aggregated.
struct UseCaseScore
{
    UseCaseRef useCase;
    QStringList assessors; ///< names, in the order of the assessments
    AggregateResult aggregate; ///< ScoringEngine::aggregate of the assessments
    /// Overall index 0–100 from the per-criterion medians; nullopt when nothing applies.
    std::optional<double> overall;
    /// Range (max − min) of the assessors' own overall indices, in index points; nullopt with fewer
    /// than two assessors that have an index.
    std::optional<double> spread;
    /// Share of the rubric's weight behind `overall` (criteria answered by at least one assessor), 0–1.
    double coverage = 0;
    /// False when coverage is below the rubric's minimum coverage: the use case keeps its partial index
    /// but is not ranked among the complete ones.
    bool coversEnough = true;
    /// Competition rank ("1224") by overall index among the report's use cases that cover enough of
    /// the rubric; nullopt without index or below the minimum coverage.
    std::optional<int> rank;
    /// Machine-readable flags, in this order (docs/scoring.md):
    /// "incomplete" (some assessment leaves criteria unscored), "unknown:<id>", "knockout:<id>",
    /// "disagreement:<id>" (max − min ≥ 2 levels), "na-disputed:<id>" (some but not all said N/A).
    QList<ScoreFlag> flags;

    bool isIncomplete() const
    {
        return std::any_of(flags.cbegin(), flags.cend(),
                           [](const ScoreFlag &f) { return f.kind == ScoreFlag::Kind::Incomplete; });
    }
};

/// Agreement on one criterion across the use cases of a report.
struct CriterionAgreement
{
    QString criterionId;
    AlphaEstimate interval;
    AlphaEstimate ordinal;
};

/// Scores of every assessed use case against one rubric version, their ranking and the agreement
/// between assessors. Pure: built from values, no database (see ScoreReportLoader for that).
struct ScoreReport
{
    Rubric rubric;
    QList<UseCaseScore> useCases; ///< ranked use cases first (by rank, then code), unranked last
    int assessments = 0; ///< assessments that entered the report
    /// Krippendorff's alpha over units (use case × criterion) by assessors, levels only (N/A,
    /// unknown and unscored are missing), with the interval and the ordinal difference functions,
    /// each with its 95% bootstrap interval (AlphaBootstrap).
    AlphaEstimate alphaInterval;
    AlphaEstimate alphaOrdinal;
    /// The same per criterion (units: the use cases), in rubric order.
    QList<CriterionAgreement> criterionAgreement;

    /// Builds the report. Assessments of another rubric version than `rubric.uuid` are ignored;
    /// assessments of a use case missing from `useCases` are reported under their UUID.
    static ScoreReport build(const Rubric &rubric, const QList<Assessment> &assessments,
                             const QList<UseCaseRef> &useCases, const AggregateOptions &options = {});

    /// One row, unranked: the use case's assessments (all against `rubric`) aggregated, its coverage,
    /// spread and flags. No assessment gives a row without index (flagged incomplete).
    static UseCaseScore scoreUseCase(const Rubric &rubric, const UseCaseRef &useCase,
                                     const QList<Assessment> &assessments,
                                     const AggregateOptions &options = {});

    /// The JSON form documented in docs/scoring.md: {"rubric", "agreement", "use_cases"}.
    QJsonObject toJson() const;
    /// The "agreement" of toJson(): both alphas, their intervals and readings, and "per_criterion".
    QJsonObject agreementJson() const;

    /// The "rubric" of toJson(): uuid, series_uuid, name, version, scale, min_coverage, dimensions.
    static QJsonObject rubricJson(const Rubric &rubric);
    /// The "dimensions" of a use case in toJson(): [{"id", "mean", "index"}].
    static QJsonArray dimensionsJson(const UseCaseScore &row);
    /// A number rounded to `decimals` for JSON; null when absent or not finite.
    static QJsonValue number(const std::optional<double> &value, int decimals = 2);
    /// The order of `useCases`: ranked rows by rank, then by code; unranked rows last, by code.
    static bool inRankOrder(const UseCaseScore &a, const UseCaseScore &b);
};

} // namespace casebook
