#include "merge/LocalHistory.h"

#include "merge/UseCaseContent.h"
#include "model/AssessmentJson.h"
#include "model/UseCaseJson.h"
#include "storage/HistoryRepository.h"

#include <algorithm>

namespace casebook {

Result<LocalHistory> LocalHistory::ofUseCase(Database &db, const QString &uuid)
{
    auto versions = HistoryRepository(db).useCaseVersions(uuid);
    if (!versions)
        return versions.error();
    LocalHistory h;
    for (const StoredVersion &v : *versions) {
        // A stored version may predate a rule: read it back checking types only, so it still
        // counts as an ancestor.
        UseCaseJson::ParseOptions stored;
        stored.applyRules = false;
        auto u = UseCaseJson::fromJson(v.document, stored);
        if (!u)
            continue;
        const QJsonObject f = UseCaseContent::fields(*u);
        const QString hash = UseCaseContent::hashOfFields(f);
        if (!h.m_byHash.contains(hash))
            h.m_byHash.insert(hash, f);
        const QDateTime first = h.m_firstSeen.value(hash);
        if (v.modifiedAt.isValid() && (!first.isValid() || v.modifiedAt < first))
            h.m_firstSeen.insert(hash, v.modifiedAt);
    }
    return h;
}

Result<bool> LocalHistory::knowsAssessment(Database &db, const QString &uuid, const QString &hash)
{
    auto versions = HistoryRepository(db).assessmentVersions(uuid);
    if (!versions)
        return versions.error();
    return std::any_of(versions->cbegin(), versions->cend(), [&hash](const StoredVersion &v) {
        auto a = AssessmentJson::fromJson(v.document);
        return a && AssessmentJson::contentHash(*a) == hash;
    });
}

std::optional<QJsonObject> LocalHistory::fields(const QString &hash) const
{
    const auto it = m_byHash.constFind(hash);
    return it == m_byHash.constEnd() ? std::nullopt : std::optional<QJsonObject>(*it);
}

} // namespace casebook
