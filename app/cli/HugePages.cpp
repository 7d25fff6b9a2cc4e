#include "cli/HugePages.h"

#include <cstdlib> // also defines __GLIBC__ with glibc

#if defined(__linux__) && defined(__GLIBC__)
#include <cstring>
#include <string>

#include <unistd.h>
#endif

namespace casebook::cli {

void restartWithHugePages(char **argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    const char *before = std::getenv("GLIBC_TUNABLES");
    if (before && std::strstr(before, "glibc.malloc.hugetlb"))
        return; // restarted already, or the user chose
    const std::string kept = before ? before : "";
    const std::string tunables = (kept.empty() ? kept : kept + ':') + "glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Still here: no restart (no /proc, say). Go on as before, without handing the setting on.
    if (before)
        setenv("GLIBC_TUNABLES", kept.c_str(), 1);
    else
        unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace casebook::cli
