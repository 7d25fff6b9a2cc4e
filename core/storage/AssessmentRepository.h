#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace casebook {

class Database;

/// Stores assessments: one per assessor identity (AssessorIdentity) per use case per rubric
/// version, with a score row per scored criterion (a criterion without a row is unscored). The
/// assessor's name is a display label.
class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)
public:
    enum class WriteMode {
        Edit, ///< new timestamps and revision + 1
        Preserve, ///< keep uuid, timestamps and revision as given (imports)
    };

    explicit AssessmentRepository(Database &db);

    /// Creates or replaces the assessment of (use case, rubric version, assessor identity); an
    /// assessment without an identity replaces the one find() gives for its name (keeping that
    /// one's identity), else gets Database::assessorIdFor(its name). Checks that the use
    /// case and the rubric exist, that every criterion is in the rubric and every level on its scale.
    Result<Assessment> save(Assessment assessment, WriteMode mode = WriteMode::Edit);
    /// save() with the assessment's rubric already read (what RubricRepository::get gives for its
    /// rubricUuid): an import saves thousands of assessments against a few rubrics.
    Result<Assessment> save(Assessment assessment, WriteMode mode, const Rubric &rubric);
    Result<Assessment> get(const QString &uuid) const;
    /// The assessment the member enters signed `assessorName` (Database::assessorIdFor), if any; for
    /// the member's own name, an assessment made before identities existed (filed under the identity
    /// derived from the name) when there is none under the member's identity.
    Result<std::optional<Assessment>> find(const QString &useCaseUuid, const QString &rubricUuid,
                                           const QString &assessorName) const;
    /// The assessment of one assessor identity, if there is one.
    Result<std::optional<Assessment>> findByAssessor(const QString &useCaseUuid, const QString &rubricUuid,
                                                     const QString &assessorId) const;
    /// All assessments of a use case, optionally only against one rubric version.
    Result<QList<Assessment>> forUseCase(const QString &useCaseUuid, const QString &rubricUuid = {}) const;
    /// The assessments of a use case against one stored rubric version, each with its scores'
    /// criterion, state and level only (what ScoringEngine::aggregate reads), in forUseCase()'s order:
    /// one query, for the score index, which reads them again after every write.
    Result<QList<Assessment>> scoresForUseCase(const QString &useCaseUuid, qint64 rubricId) const;
    /// All assessments made against one rubric version.
    Result<QList<Assessment>> forRubric(const QString &rubricUuid) const;
    /// How many assessments name this rubric version.
    Result<int> countForRubric(const QString &rubricUuid) const;
    Status remove(const QString &uuid);
    /// Every stored assessment (for the database check).
    Result<QList<Assessment>> all() const;
    /// The assessments of `uuids` that are stored, in the order all() gives.
    Result<QList<Assessment>> byUuids(const QStringList &uuids) const;

private:
    /// The assessment's row and its scores.
    Status updateWithScores(Assessment &a, const Assessment &existing, WriteMode mode);
    Status insertWithScores(Assessment &a, qint64 useCaseId, qint64 rubricId, WriteMode mode);
    Status updateRow(Assessment &a, const Assessment &existing, WriteMode mode);
    Status insertRow(Assessment &a, qint64 useCaseId, qint64 rubricId, WriteMode mode);
    Status writeScores(const Assessment &a);
    /// The stored assessment this one replaces, if any: by name (find()), or by identity, which an
    /// index step answers before anything is read (an import saves thousands, nearly all new).
    Result<std::optional<Assessment>> replaced(const Assessment &a, bool byName, qint64 useCaseId,
                                               qint64 rubricId) const;
    Result<QList<Assessment>> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace casebook
