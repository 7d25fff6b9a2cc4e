#pragma once

#include "scoring/ScoreReport.h"

#include <QList>
#include <QString>

#include <optional>

namespace casebook {

/// One criterion to discuss: how far apart its assessors were, and its agreement over the use cases.
struct DisagreementRow
{
    QString criterionId;
    QString name;
    /// The widest spread (max − min, in levels) of the criterion over the use cases; nullopt when no
    /// use case has two values for it.
    std::optional<double> widestSpread;
    QString widestUseCase; ///< the code (or UUID) of the use case with that spread
    int wideCount = 0; ///< use cases flagged "wide disagreement" on the criterion
    std::optional<double> alphaInterval; ///< Krippendorff's alpha (interval) over the use cases
    std::optional<double> alphaOrdinal;
};

/// "Disagreement first": the rubric's criteria ordered for discussion, widest spread first, then
/// lowest alpha (criteria without an alpha after those with one), then rubric order.
class DisagreementList
{
public:
    static QList<DisagreementRow> build(const ScoreReport &report);
};

} // namespace casebook
