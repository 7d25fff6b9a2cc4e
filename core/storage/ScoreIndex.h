#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

class QSqlQuery;

#include <optional>

namespace casebook {

class Database;

/// The overall result of the assessments of one use case against one rubric version, as stored
/// for the list's score column (the score sheet's ScoringEngine::aggregate of those assessments).
struct StoredScore
{
    std::optional<double> index; ///< overall index 0–100; none when no criterion applies
    double coverage = 0; ///< share of the rubric's weight answered, 0–1
    bool incomplete = false;
    int assessors = 0;
    int unknowns = 0; ///< criteria answered "unknown"
    int disagreements = 0; ///< criteria flagged "wide disagreement"
    QStringList flags; ///< the knock-out flags that fired, in rubric order
    bool operator==(const StoredScore &o) const
    {
        return index == o.index && coverage == o.coverage && incomplete == o.incomplete
            && assessors == o.assessors && unknowns == o.unknowns && disagreements == o.disagreements
            && flags == o.flags;
    }
};

/// Keeps the table use_case_scores (migration 8, issue 13): one StoredScore per use case and rubric
/// version with assessments, so the list sorts the whole repository by score in SQL. Every write
/// calls it inside its own transaction: AssessmentRepository after saving or deleting an
/// assessment (imports included), RubricRepository after replacing a rubric version in place.
/// Deleting a use case or a rubric removes its rows through the foreign keys.
class ScoreIndex
{
    Q_DECLARE_TR_FUNCTIONS(ScoreIndex)
public:
    explicit ScoreIndex(Database &db);

    /// Recomputes the row of (use case, rubric version) from the stored assessments; removes it when
    /// none is left. `rubric` must be the stored version (its id set).
    Status refresh(const QString &useCaseUuid, const Rubric &rubric);
    /// Recomputes every row of the use cases `ids` from their stored assessments (after their rows
    /// were put back as they were, ImportTakeBack); ids of use cases that are gone are passed over.
    Status refreshUseCases(const QSet<qint64> &ids);
    /// Recomputes every row of a rubric version.
    Status refreshRubric(const Rubric &rubric);
    /// Recomputes the whole table (the migration's backfill).
    Status rebuild();
    /// The stored row, if any.
    Result<std::optional<StoredScore>> get(const QString &useCaseUuid, const QString &rubricUuid) const;

    /// The table's columns, prefixed with `alias`, in the order fromColumns() reads them (for a
    /// query that joins the table, like the list's).
    static QString columns(const QString &alias);
    /// The score read from the columns starting at `first`; none when they are NULL (no row).
    static std::optional<StoredScore> fromColumns(const QSqlQuery &q, int first);

private:
    friend class ScoreIndexDeferral;
    Status write(const QString &useCaseUuid, const Rubric &rubric, const QList<Assessment> &assessments);
    Status compute(const QString &useCaseUuid, const Rubric &rubric);
    Database &m_db;
};

/// Defers ScoreIndex::refresh for a bulk write (an import): while one is alive on a database,
/// refresh() only notes the (use case, rubric version) pair, and flush() recomputes each noted pair
/// once, from what is stored then. An import that saves ten assessments of one use case thus
/// aggregates its scores once instead of ten times. Call flush() inside the transaction that made
/// the writes, before it commits; one destroyed unflushed drops what it noted (its transaction is
/// then rolled back). A deferral made while another is alive on the same database does nothing:
/// the outer one flushes.
class ScoreIndexDeferral
{
public:
    explicit ScoreIndexDeferral(Database &db);
    ~ScoreIndexDeferral();
    ScoreIndexDeferral(const ScoreIndexDeferral &) = delete;
    ScoreIndexDeferral &operator=(const ScoreIndexDeferral &) = delete;

    /// Recomputes every noted pair, in the order first noted, and forgets them.
    Status flush();

private:
    friend class ScoreIndex;
    /// Notes a pair to recompute at flush().
    void note(const QString &useCaseUuid, const Rubric &rubric);

    Database &m_db;
    bool m_active = false;
    QList<QPair<QString, qint64>> m_pending; ///< (use case uuid, rubric version id), first noted first
    QSet<QPair<QString, qint64>> m_noted;
    QHash<qint64, Rubric> m_rubrics;
};

} // namespace casebook
