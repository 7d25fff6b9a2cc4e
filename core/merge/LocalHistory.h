#pragma once

#include "support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace casebook {

class Database;

/// What this repository knows of the past of one record (use_case_history, assessment_history),
/// by content hash: the only knowledge an import trusts to tell versions apart (revision numbers
/// are counted per repository).
class LocalHistory
{
public:
    /// The earlier versions of a use case here; unreadable versions are left out (they cannot be a
    /// common ancestor).
    static Result<LocalHistory> ofUseCase(Database &db, const QString &uuid);
    /// Whether a version of this assessment with content hash `hash` was ever kept here.
    static Result<bool> knowsAssessment(Database &db, const QString &uuid, const QString &hash);

    /// Whether a version with this content hash (UseCaseContent::hash) was kept here.
    bool knows(const QString &hash) const { return m_byHash.contains(hash); }
    /// The content (UseCaseContent::fields) of the kept version with this hash, if any.
    std::optional<QJsonObject> fields(const QString &hash) const;
    /// The earliest modified_at of a kept version with this hash; invalid when unknown.
    QDateTime firstSeen(const QString &hash) const { return m_firstSeen.value(hash); }

private:
    QHash<QString, QJsonObject> m_byHash;
    QHash<QString, QDateTime> m_firstSeen;
};

} // namespace casebook
