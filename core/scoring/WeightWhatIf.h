#pragma once

#include "model/Rubric.h"
#include "scoring/Ranking.h"
#include "scoring/ScoringEngine.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// The same items scored with the rubric's weights and with overridden weights.
struct WhatIfResult
{
    QList<std::optional<double>> baselineIndices; ///< one per item, input order
    QList<std::optional<double>> whatIfIndices;
    QList<std::optional<int>> baselineRanks; ///< Ranking::competitionRanks of the indices
    QList<std::optional<int>> whatIfRanks;
    RankStability stability; ///< baseline → what-if
    QStringList unknownCriteria; ///< override keys that name no criterion of the rubric (ignored)
};

/// "What if the weights were different?": recompute indices and ranking with overridden weights.
class WeightWhatIf
{
public:
    /// A copy of the rubric whose criteria named in overrides get the new weight. Keys that name no
    /// criterion are ignored (and listed in unknownCriteria when given). Weights below zero count as zero
    /// in scoring, as for any rubric.
    static Rubric withWeights(const Rubric &rubric, const QMap<QString, double> &overrides,
                              QStringList *unknownCriteria = nullptr);
    /// Scores every item (one list of assessments per item: one assessor or several, aggregated with
    /// ScoringEngine::aggregate; an empty list has no index) with the rubric's weights and with the
    /// overrides, ranks both and measures how much the ranking moved.
    static WhatIfResult run(const Rubric &rubric, const QList<QList<Assessment>> &items,
                            const QMap<QString, double> &overrides, const AggregateOptions &options = {});
};

} // namespace casebook
