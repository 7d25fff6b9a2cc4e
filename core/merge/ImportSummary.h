#pragma once

#include "merge/ImportPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace casebook {

/// What an import did, in the six counts every front-end shows (the window's message, the CLI's
/// text and `--format json`): counted here once, from the plan and ImportPlanner's result.
/// Counts are of records of every kind (use cases, rubrics, assessments).
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)
public:
    int added = 0; ///< new records, copies kept beside a local record included
    int updated = 0; ///< replaced, merged field by field, or given new tags
    int unchanged = 0; ///< identical, or kept as they were here
    int conflicts = 0; ///< records changed on both sides, however they were answered
    int deleted = 0; ///< deleted because they were deleted at the source
    int restored = 0; ///< deleted here and restored from the source

    /// The summary of `result`, the outcome of applying `plan`.
    static ImportSummary of(const ImportPlan &plan, const ImportResult &result);
    /// "3 added, 1 updated, 6 unchanged, 1 conflict, 0 deleted, 0 restored" (translated).
    QString toText() const;
    /// {"added": 3, "updated": 1, "unchanged": 6, "conflicts": 1, "deleted": 0, "restored": 0}
    QJsonObject toJson() const;

    bool operator==(const ImportSummary &o) const
    {
        return added == o.added && updated == o.updated && unchanged == o.unchanged
            && conflicts == o.conflicts && deleted == o.deleted && restored == o.restored;
    }
};

} // namespace casebook
