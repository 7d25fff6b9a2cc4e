#pragma once

#include "model/Workshop.h"
#include "scoring/AlphaBootstrap.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace casebook {

/// How far the assessors agreed on one criterion in one round.
struct CriterionRoundAgreement
{
    QString criterionId;
    /// Mean over the workshop's use cases (those with at least 2 levels) of max − min of the
    /// assessors' levels; none when no use case has 2 levels.
    std::optional<double> spread;
    AlphaEstimate alphaInterval; ///< Krippendorff's alpha (interval) with its bootstrap interval
    AlphaEstimate alphaOrdinal;
    int assessors = 0; ///< assessors who scored the criterion for at least one use case
};

/// Agreement per criterion in one round.
struct RoundAgreementResult
{
    int round = 0;
    QList<CriterionRoundAgreement> criteria; ///< rubric order
    const CriterionRoundAgreement *criterion(const QString &id) const;
};

/// Spread and Krippendorff's alpha per criterion per round of a workshop, and how they moved from
/// one round to the next (docs/workshops.md, "Agreement between rounds"). The units of alpha are
/// the workshop's use cases, the coders the assessors of the round; N/A and unknown are missing
/// values, as in Agreement::matrixFromAssessments. Pure functions.
class RoundAgreement
{
public:
    /// Use cases × assessors levels of one criterion in one round's sheets.
    static QList<QList<std::optional<double>>> matrix(const Workshop &workshop, const QString &criterionId,
                                                      const QList<RoundSheet> &roundSheets);
    static CriterionRoundAgreement ofCriterion(const Workshop &workshop, const QString &criterionId,
                                               const QList<RoundSheet> &roundSheets);
    /// One result per round in `rounds` (their numbers), criteria in `criterionIds` order.
    static QList<RoundAgreementResult> perRound(const Workshop &workshop, const QStringList &criterionIds,
                                                const QList<RoundSheet> &sheets, const QList<int> &rounds);
    /// `[{round, criteria: {A1: {spread, spread_change, alpha_interval: {value, low, high, reading},
    /// alpha_interval_change, alpha_ordinal: {...}, assessors}}}]`; a change is against the
    /// previous round of the list (null in the first or when either side has no value).
    static QJsonArray toJson(const QList<RoundAgreementResult> &rounds);
};

} // namespace casebook
