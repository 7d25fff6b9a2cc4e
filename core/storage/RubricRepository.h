#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// What RubricRepository::saveEdited() did.
enum class RubricSaveOutcome {
    Unchanged, ///< the definition equals the stored one; nothing was written
    Created, ///< a rubric that was not stored yet (new series, version as given)
    Replaced, ///< an unused version was rewritten in place (same UUID and version)
    NewVersion, ///< stored as version n + 1 of the series with a new UUID; the edited version is kept
};

struct RubricSaveResult
{
    Rubric rubric; ///< as stored (with its UUID and version)
    RubricSaveOutcome outcome = RubricSaveOutcome::Unchanged;
    QString editedUuid; ///< the version that was edited (empty for Created)
    int editedAssessments = 0; ///< how many assessments name the edited version
};

/// Stores rubric versions. A version that assessments name is never changed: editing it stores a new
/// version (same series UUID, same criterion ids, new UUID, version + 1).
class RubricRepository
{
    Q_DECLARE_TR_FUNCTIONS(RubricRepository)
public:
    explicit RubricRepository(Database &db);

    /// Stores a rubric version; assigns UUIDs and a creation time when missing. A version with the
    /// same UUID and the same definition is accepted once (idempotent); a different one is refused.
    Result<Rubric> insert(Rubric rubric);
    /// By version UUID, or by series UUID or name (then the newest version).
    Result<Rubric> get(const QString &idOrName) const;
    /// Every stored version, newest version of each series first.
    Result<QList<Rubric>> list() const;
    /// The newest version of each series, by name.
    Result<QList<Rubric>> latestVersions() const;
    /// Every version of one series, oldest first.
    Result<QList<Rubric>> versions(const QString &seriesUuid) const;
    /// The version with exactly this UUID (no series or name lookup).
    Result<Rubric> getVersion(const QString &uuid) const;
    /// Whether the version with exactly this UUID is stored, without reading it (an index step).
    Result<bool> hasVersion(const QString &uuid) const;

    enum class VersionPolicy {
        Auto, ///< replace an unused newest version in place, otherwise make a new version
        NewVersion, ///< always make a new version when the definition changed
    };
    /// Saves an edited rubric (docs/scoring.md, "Rubric versions"). `edited.uuid` names the version
    /// that was edited; an empty or unknown UUID stores a new rubric. When the definition changed:
    /// - the version is replaced in place only when no assessment names it, it is the newest of its
    ///   series and it is not the default rubric that ships with Casebook (whose UUID is the same on
    ///   every machine) and the policy is Auto;
    /// - otherwise it is stored as version (newest of the series) + 1 with a new UUID and the same
    ///   series UUID; the edited version and its assessments stay exactly as they were.
    /// The caller keeps criterion ids of unchanged criteria (the editor does), so assessments of
    /// different versions can be compared criterion by criterion.
    Result<RubricSaveResult> saveEdited(Rubric edited, VersionPolicy policy = VersionPolicy::Auto);
    /// Every criterion id used by any version of the series (so a new criterion never reuses one).
    Result<QStringList> criterionIdsOfSeries(const QString &seriesUuid) const;

private:
    Database &m_db;
};

} // namespace casebook
