#pragma once

namespace casebook::cli {

/// On Linux with glibc: starts this program again, once, with glibc's malloc set to ask for
/// transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), a setting glibc reads only when a
/// process starts. For the commands that move a whole bundle or repository (needsHugePages()): an
/// import of 10,000 use cases builds a few hundred megabytes of small records, and with 4 KB pages
/// the kernel's page faults were a tenth of its time on the 2-core machine (issue 13,
/// docs/performance.md). The memory it takes stays the same.
///
/// Returns without restarting when GLIBC_TUNABLES already names glibc.malloc.hugetlb (after the
/// restart, or set by the user: glibc.malloc.hugetlb=0 keeps ordinary pages), elsewhere than
/// Linux with glibc, or when the restart fails. `argv` is main()'s, ending with a null pointer.
void restartWithHugePages(char **argv);

} // namespace casebook::cli
