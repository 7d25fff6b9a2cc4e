#pragma once

#include "model/Workshop.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <optional>

namespace casebook {

class Database;

/// Stores workshops (docs/workshops.md) as their JSON document, keyed by UUID, with a name unique
/// in the repository (compared without regard to case). The API the comparison window and the CLI
/// build on; the rounds' scores are in RoundSheetRepository, the rules of rounds in WorkshopRounds.
class WorkshopRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopRepository)
public:
    enum class WriteMode {
        Edit, ///< new modified_at, modified_by and revision + 1 (creation: new uuid, revision 1)
        Preserve, ///< keep uuid, timestamps and revision as given (imports)
    };

    explicit WorkshopRepository(Database &db);

    /// Creates a workshop or replaces the one with its UUID, in one transaction. Checks the name
    /// (1 to 200 characters, not used by another workshop), 2 to 12 distinct use cases that exist
    /// here, and the rubric version (rubricVersion is set from it); the round numbering is
    /// WorkshopRounds' business.
    Result<Workshop> save(Workshop workshop, WriteMode mode = WriteMode::Edit);
    /// By UUID, or by name (without regard to case).
    Result<Workshop> get(const QString &uuidOrName) const;
    /// Like get(), but a workshop that is not here is an empty optional.
    Result<std::optional<Workshop>> find(const QString &uuidOrName) const;
    /// Every workshop, by name.
    Result<QList<Workshop>> list() const;
    /// Deletes a workshop with all its rounds' scores.
    Status remove(const QString &uuid);
    /// `name`, or when another workshop (not `exceptUuid`) has it, "name (2)", "name (3)", ...
    Result<QString> freeName(const QString &name, const QString &exceptUuid) const;

private:
    Status check(Workshop &workshop) const;
    Result<QList<Workshop>> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace casebook
