#include "Cli.h"

namespace casebook::cli {

int run(const QStringList &)
{
    return 0;
}

} // namespace casebook::cli
