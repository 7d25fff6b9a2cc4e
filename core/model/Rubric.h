#pragma once

#include "model/Confidence.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// One criterion of a rubric: a weight and a descriptor for every level of the scale.
struct RubricCriterion
{
    QString id; ///< stable across versions of the rubric, e.g. "A1"
    QString name;
    QString description;
    double weight = 0;
    QStringList levels; ///< levels[i] describes level scaleMin + i
    QStringList sources;
    bool operator==(const RubricCriterion &o) const;
};

struct RubricDimension
{
    QString id;
    QString name;
    QList<RubricCriterion> criteria;
    bool operator==(const RubricDimension &o) const;
};

/// A warning raised when a criterion scores a given level or lower (e.g. no security at all).
struct KnockoutRule
{
    QString criterionId;
    int whenScore = 0; ///< fires at this level or below ("unknown" counts as the lowest level)
    QString flag;
    bool operator==(const KnockoutRule &o) const;
};

/// A scoring rubric. Each edit of a rubric that has assessments makes a new version with the same
/// series UUID; each version has its own UUID, which assessments name.
struct Rubric
{
    qint64 id = 0;
    QString uuid;
    QString seriesUuid;
    QString name;
    QString description;
    int version = 1;
    int scaleMin = 0;
    int scaleMax = 4;
    QStringList scaleLabels; ///< generic meaning of each level, optional
    QList<RubricDimension> dimensions;
    QList<KnockoutRule> knockouts;
    /// Share of the rubric's weight (0–1) a use case's scores must cover to be ranked among complete
    /// ones (docs/scoring.md, "Coverage"); rubrics written before the setting existed read as 0.75.
    double minCoverage = defaultMinCoverage;
    QDateTime createdAt;

    static constexpr double defaultMinCoverage = 0.75;

    int criterionCount() const;
    const RubricCriterion *criterion(const QString &id) const;
    double totalWeight() const;
    bool sameDefinition(const Rubric &o) const;
};

/// How one criterion was scored by one assessor.
enum class ScoreState { Unscored, Level, NotApplicable, Unknown };

/// Why a score cannot be given against `rubric`: it names no criterion of the rubric, or its level
/// is off the rubric's scale. Empty when the score fits. Assessments and workshop rounds check their
/// scores with it.
QString scoreProblem(const Rubric &rubric, const QString &criterionId, ScoreState state, int level);

struct CriterionScore
{
    QString criterionId;
    ScoreState state = ScoreState::Unscored;
    int level = 0;
    QString rationale;
    QString evidence; ///< a link or reference
    Confidence confidence = Confidence::None;
    bool operator==(const CriterionScore &o) const;
};

/// One assessor's scores for one use case against one rubric version.
struct Assessment
{
    qint64 id = 0;
    QString uuid;
    QString useCaseUuid;
    QString rubricUuid;
    /// Who scored (AssessorIdentity): the key of an assessment with the use case and rubric version.
    /// Empty until saved or read; the repository and the JSON reader derive it from the name then.
    QString assessorId;
    QString assessorName; ///< the assessor's name as a display label
    QString assessorOrganization;
    QString assessorEmail;
    QDateTime createdAt;
    QDateTime modifiedAt;
    int revision = 0;
    QList<CriterionScore> scores;

    const CriterionScore *score(const QString &criterionId) const;
};

} // namespace casebook
