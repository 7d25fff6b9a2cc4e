#include "common/HugePages.h"

#include <cstdlib> // also defines __GLIBC__ with glibc

#if defined(__linux__) && defined(__GLIBC__)
#include <cstring>
#include <string>

#include <unistd.h>
#endif

namespace casebook::app {

namespace {

#if defined(__linux__) && defined(__GLIBC__)
/// What GLIBC_TUNABLES held before the restart: "=" and its value, or "" when it was unset. Set
/// only between the restart and restoreAfterRestart().
constexpr char kBefore[] = "CASEBOOK_GLIBC_TUNABLES_BEFORE";

void setTunables(const char *before)
{
    if (before)
        setenv("GLIBC_TUNABLES", before, 1);
    else
        unsetenv("GLIBC_TUNABLES");
}
#endif

} // namespace

bool restoreAfterRestart()
{
#if defined(__linux__) && defined(__GLIBC__)
    const char *before = std::getenv(kBefore);
    if (!before)
        return false;
    const std::string value = before; // copied: the calls below change the environment
    setTunables(value.empty() ? nullptr : value.c_str() + 1);
    unsetenv(kBefore);
    return true;
#else
    return false;
#endif
}

void restartWithHugePages(char **argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (restoreAfterRestart())
        return; // restarted already
    const char *current = std::getenv("GLIBC_TUNABLES");
    if (current && std::strstr(current, "glibc.malloc.hugetlb"))
        return; // the user chose
    const std::string kept = current ? current : "";
    const std::string tunables = (kept.empty() ? kept : kept + ':') + "glibc.malloc.hugetlb=1";
    const std::string before = current ? '=' + kept : std::string();
    if (setenv(kBefore, before.c_str(), 1) != 0 || setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0) {
        restoreAfterRestart();
        return;
    }
    execv("/proc/self/exe", argv);
    // Still here: no restart (no /proc, say). Go on as before.
    restoreAfterRestart();
#else
    (void)argv;
#endif
}

} // namespace casebook::app
