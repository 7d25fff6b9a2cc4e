#pragma once

#include "compare/CompareTables.h"

#include <QHash>

namespace casebook {
struct RoundAgreementResult;
struct RoundDistributionResult;
struct Rubric;
} // namespace casebook

namespace casebook::ui {

/// The tables of a workshop's rounds: a revealed round's anonymised distribution, and how each
/// criterion's spread and alpha moved from round to round.
class RoundTables
{
    Q_DECLARE_TR_FUNCTIONS(RoundTables)
public:
    /// One row per use case and criterion: each assessor's answer under their letter (the reason for a
    /// change in the tooltip), the median and the spread. `codes` maps use case UUIDs to codes.
    static TableContent distribution(const RoundDistributionResult &round,
                                     const QHash<QString, QString> &codes);
    /// One row per criterion; per round its mean spread and α (interval), with the change against the
    /// round before ("1.0 ▼0.5").
    static TableContent agreement(const QList<RoundAgreementResult> &rounds, const Rubric &rubric);
};

} // namespace casebook::ui
