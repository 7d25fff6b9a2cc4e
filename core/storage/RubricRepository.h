#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// Stores rubric versions. A rubric version is immutable once stored; edits make new versions.
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

private:
    Database &m_db;
};

} // namespace casebook
