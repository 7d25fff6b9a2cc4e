#pragma once

#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

/// How many use cases a comparison takes: at least two (a comparison of one is a score sheet) and at
/// most twelve (what a room can read on one screen: twelve columns, twelve radar series at most).
class CompareLimits
{
    Q_DECLARE_TR_FUNCTIONS(CompareLimits)
public:
    static constexpr int minimum = 2;
    static constexpr int maximum = 12;

    /// Ok for 2..12 use cases; otherwise ErrorCode::Usage with a message that says how many were
    /// chosen and how many a comparison takes.
    static Status check(int count);
};

} // namespace casebook
