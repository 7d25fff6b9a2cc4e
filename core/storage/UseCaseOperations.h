#pragma once

#include "model/Rubric.h"
#include "model/UseCase.h"
#include "support/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace casebook {

class Database;

/// What remove() took out, so restore() can put it back exactly as it was.
struct DeletedUseCases
{
    QList<UseCase> useCases;
    QList<Assessment> assessments;
};

/// Whether changeTags() adds or removes the tags.
enum class TagChange { Add, Remove };

/// The catalogue edits the window undoes and redoes (and the CLI runs once): deleting and restoring
/// use cases, changing their tags. Each is one transaction: all of it happens, or none.
class UseCaseOperations
{
public:
    explicit UseCaseOperations(Database &db);

    /// Stores new use cases (UseCaseRepository::insert) in one transaction: all of them, or none.
    /// Returns their UUIDs.
    Result<QStringList> add(const QList<UseCase> &useCases);

    /// Deletes the use cases (leaving tombstones, so merges know they were deleted here) and their
    /// assessments; returns what was removed.
    Result<DeletedUseCases> remove(const QStringList &uuids);
    /// Puts back use cases deleted by remove(), with their assessments, UUIDs and revisions.
    Status restore(const DeletedUseCases &deleted);

    /// The tags of each use case (uuid → tags), to undo a change of tags.
    Result<QHash<QString, QStringList>> tagsOf(const QStringList &uuids) const;
    /// Adds or removes `tags` on every use case (tags are validated and normalised as for one use case
    /// by UseCaseRepository::addTags; a tag a use case does not have is not removed from it).
    Status changeTags(const QStringList &uuids, const QStringList &tags, TagChange change);
    /// Gives each use case its tags back (uuid → tags, from tagsOf()) and drops tags no use case
    /// has any more.
    Status restoreTags(const QHash<QString, QStringList> &tags);

private:
    Database &m_db;
};

} // namespace casebook
