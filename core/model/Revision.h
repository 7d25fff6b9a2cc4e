#pragma once

#include <QtGlobal>

namespace casebook {

/// Revision numbers of records (use cases, assessments). Each edit adds one; they are counted per
/// repository, so a number from outside is a claim, never trusted beyond this range.
struct Revision
{
    /// The highest revision a record may carry, in a file or in the database. Far above any real
    /// edit count and far below the int limit, so arithmetic on revisions can never overflow.
    static constexpr int kMax = 1000000000;

    /// True for a revision a stored record may have: 1..kMax.
    static constexpr bool isValid(qint64 revision) { return revision >= 1 && revision <= kMax; }

    /// The revision after `current`: current + 1, at least 1, never above kMax (a record at kMax
    /// stays there; an edit never wraps to a negative number).
    static constexpr int next(qint64 current)
    {
        return current < 1 ? 1 : current >= kMax ? kMax : int(current + 1);
    }

    /// `revision` brought into 1..kMax (for values computed by callers before storing).
    static constexpr int clamped(qint64 revision)
    {
        return revision < 1 ? 1 : revision > kMax ? kMax : int(revision);
    }
};

} // namespace casebook
