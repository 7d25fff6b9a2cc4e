#pragma once

#include <QStringList>

namespace casebook::cli {

/// Runs casebook-cli with the given arguments (argv[0] first); returns the exit status.
int run(const QStringList &arguments);

} // namespace casebook::cli
