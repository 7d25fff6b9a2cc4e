#pragma once

#include "model/Workshop.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <optional>

namespace casebook {

class Database;

/// Stores the scores of workshop rounds: one RoundSheet per (workshop, round, assessor identity),
/// apart from the use cases' ordinary assessments and from other rounds (docs/workshops.md).
class RoundSheetRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoundSheetRepository)
public:
    enum class WriteMode {
        Edit, ///< new modified_at and revision + 1 (a new sheet: new uuid, revision 1)
        Preserve, ///< keep uuid, timestamps and revision as given (imports)
    };

    explicit RoundSheetRepository(Database &db);

    /// Creates the sheet of (workshop, round, assessor) or replaces it, in one transaction. Checks
    /// that the workshop and its round exist, that every score names one of the workshop's use
    /// cases and a criterion of its rubric, and that every level is on the rubric's scale. Whether
    /// the round still takes scores is WorkshopRounds' business.
    Result<RoundSheet> save(RoundSheet sheet, WriteMode mode = WriteMode::Edit);
    /// The sheets of a workshop: of one round, or of every round (`round` 0), by round then
    /// assessor identity.
    Result<QList<RoundSheet>> sheets(const QString &workshopUuid, int round = 0) const;
    /// The sheet of one assessor in one round, if any.
    Result<std::optional<RoundSheet>> find(const QString &workshopUuid, int round,
                                           const QString &assessorId) const;
    /// By the sheet's UUID, if any.
    Result<std::optional<RoundSheet>> findByUuid(const QString &uuid) const;

private:
    Status check(const Workshop &workshop, const RoundSheet &sheet) const;
    Result<QList<RoundSheet>> select(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace casebook
