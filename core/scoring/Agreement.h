#pragma once

#include "model/Rubric.h"

#include <QList>

#include <optional>

namespace casebook {

/// Level of measurement of Krippendorff's alpha: the difference function δ² between two values.
enum class AlphaMetric {
    Nominal, ///< δ² = 0 when equal, 1 otherwise
    Ordinal, ///< δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², from the marginal value counts
    Interval, ///< δ² = (c − k)²
    Ratio, ///< δ² = ((c − k)/(c + k))²; 0 when c + k = 0; values are expected to be ≥ 0
};

/// Outcome of Krippendorff's alpha.
struct AgreementResult
{
    /// Alpha; nullopt ("not computable") with fewer than 2 pairable values or without any variation
    /// among them (expected disagreement 0). Never NaN.
    std::optional<double> alpha;
    int pairableValues = 0; ///< n: values in units that have at least 2 values
    int pairableUnits = 0; ///< units that have at least 2 values
    double observedDisagreement = 0; ///< D_o = Σ o_ck δ²_ck / n
    double expectedDisagreement = 0; ///< D_e = Σ n_c n_k δ²_ck / (n (n − 1))

    bool isComputable() const { return alpha.has_value(); }
};

/// Agreement between assessors.
class Agreement
{
public:
    /// Krippendorff's alpha over a units × coders matrix (outer list: units, inner: one value per coder;
    /// rows may differ in length). nullopt (or a non-finite value) is missing. Follows Krippendorff,
    /// "Computing Krippendorff's Alpha-Reliability" (2011): coincidences o_ck = Σ_u (pairs c-k in u)/(m_u −
    /// 1) over units with m_u ≥ 2 values, alpha = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
    static AgreementResult krippendorffAlpha(const QList<QList<std::optional<double>>> &unitsByCoders,
                                             AlphaMetric metric = AlphaMetric::Interval);

    /// The units × coders matrix of several assessments: one unit per rubric criterion (rubric order),
    /// one coder per assessment (input order). Only levels inside the rubric scale are values; N/A,
    /// "unknown" and unscored are missing, so they neither agree nor disagree.
    static QList<QList<std::optional<double>>> matrixFromAssessments(const Rubric &rubric,
                                                                     const QList<Assessment> &assessments);
};

} // namespace casebook
