#pragma once

#include "model/Rubric.h"
#include "model/UseCase.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace casebook {

class Database;
struct UseCaseStoredForm;

/// An earlier version of a record as kept in use_case_history or assessment_history.
struct StoredVersion
{
    QString uuid;
    int revision = 0;
    QDateTime modifiedAt;
    QString modifiedBy;
    QJsonObject document;
};

/// A deleted record (tombstones table).
struct Tombstone
{
    QString uuid;
    QString kind; ///< use_case, assessment
    QDateTime deletedAt;
    QString deletedBy;
};

/// Reads and adds earlier versions of records and tombstones: what merges need to find a common
/// ancestor and to keep every value an import replaces.
class HistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRepository)
public:
    explicit HistoryRepository(Database &db);

    /// Earlier versions of a use case, the most recently stored first.
    Result<QList<StoredVersion>> useCaseVersions(const QString &uuid) const;
    /// Keeps a version of a use case (e.g. the one an import did not take) in use_case_history.
    Status addUseCaseVersion(const UseCase &useCase, const UseCaseStoredForm *form = nullptr);
    /// The id of the newest row of use_case_history (0 when it is empty), and removing the rows
    /// stored after it (up to `until`, inclusive, when given): ImportTakeBack drops the versions
    /// that the import kept and those that putting records back stored.
    Result<qint64> newestUseCaseVersionId() const;
    Status removeUseCaseVersionsAfter(qint64 id, std::optional<qint64> until = std::nullopt);

    /// Earlier versions of an assessment, the most recently stored first.
    Result<QList<StoredVersion>> assessmentVersions(const QString &uuid) const;
    /// Keeps a version of an assessment; a version with the same content is kept once.
    Status addAssessmentVersion(const Assessment &assessment);

    /// The tombstone of a record, if it was deleted here.
    Result<std::optional<Tombstone>> tombstone(const QString &uuid) const;
    /// Tombstones of one kind, deleted at or after `since` (all when `since` is invalid), by uuid.
    Result<QList<Tombstone>> tombstones(const QString &kind, const QDateTime &since = {}) const;

    enum class Records { UseCases, Assessments };
    /// Those of `uuids` that no use case (or assessment) here has and that were never deleted
    /// here: the records of an import that this repository never held, asked once for all of them
    /// (issue 13), so that planning a record new here looks nothing up record by record. Only UUIDs
    /// in their stored form (lower case, without braces) can be in the answer: a use case is also
    /// found under other spellings of its UUID, which this does not judge.
    Result<QSet<QString>> neverHeld(Records records, const QStringList &uuids) const;

private:
    Database &m_db;
};

} // namespace casebook
