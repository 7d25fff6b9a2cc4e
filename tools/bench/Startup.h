#pragma once

#include <QString>
#include <QTextStream>

namespace casebook::bench {

struct StartupOptions
{
    QString db; ///< the repository the window opens (made by `casebook-bench generate`)
    QString gui; ///< the casebook executable
    QString emptyWindow; ///< the baseline: casebook-bench-window
    int runs = 7;
    int settleMs = 3000; ///< how long the memory run stays after the first paint
};

/// The window's start-up (issue 13): launch of `casebook --db X` to the first painted page of its
/// list, against a bare Qt main window with a table under the same platform, launched alternately
/// (medians); then the window's peak memory (VmHWM) after the first paint and a few seconds of
/// background work. Both programs report through CASEBOOK_BENCH_FIRST_PAINT (widgets/FirstPaint.h).
/// Also times the list's sort by score over the same repository.
class Startup
{
public:
    static int run(const StartupOptions &options, QTextStream &out);
};

} // namespace casebook::bench
