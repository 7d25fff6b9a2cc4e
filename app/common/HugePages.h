#pragma once

namespace casebook::app {

/// On Linux with glibc: starts this program again, once, with glibc's malloc set to ask for
/// transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), a setting glibc reads only when a
/// process starts. For the programs and commands that may move a whole bundle or repository: the
/// window, whose imports and exports run in its own process, and casebook-cli's bulk commands
/// (needsHugePages()). An import of 10,000 use cases builds a few hundred megabytes of small
/// records, and with 4 KB pages the kernel's page faults were a tenth of its time on the 2-core
/// machine (issue 13, docs/performance.md). The memory it takes stays the same.
///
/// The restarted program gets the environment it was started with back (restoreAfterRestart()),
/// so the programs it starts in turn (a viewer opening a report, say) are not given the setting.
/// Call it first in main(), before any thread starts: it changes the environment.
///
/// Returns without restarting when GLIBC_TUNABLES already names glibc.malloc.hugetlb (set by the
/// user: glibc.malloc.hugetlb=0 keeps ordinary pages), in the restarted program, elsewhere than
/// Linux with glibc, or when the restart fails. `argv` is main()'s, ending with a null pointer.
void restartWithHugePages(char **argv);

/// In a program restartWithHugePages() started again: sets GLIBC_TUNABLES back to what it was
/// before the restart (unset if it was unset) and returns true. Elsewhere returns false and changes
/// nothing. Called by restartWithHugePages(); public for its test.
bool restoreAfterRestart();

} // namespace casebook::app
