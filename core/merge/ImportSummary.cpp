#include "merge/ImportSummary.h"

namespace casebook {

ImportSummary ImportSummary::of(const ImportPlan &plan, const ImportResult &result)
{
    ImportSummary s;
    s.added = result.added + result.copies;
    s.updated = result.updated + result.merged + result.tagsMerged;
    s.unchanged = result.unchanged + result.kept;
    s.conflicts = plan.count(RecordStatus::Conflict);
    s.deleted = result.deleted;
    s.restored = result.restored;
    return s;
}

QString ImportSummary::toText() const
{
    return tr("%1 added, %2 updated, %3 unchanged, %n conflict(s), %4 deleted, %5 restored", nullptr,
              conflicts)
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(deleted)
        .arg(restored);
}

QJsonObject ImportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("added"), added},         {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("deleted"), deleted},     {QStringLiteral("restored"), restored}};
}

} // namespace casebook
