#pragma once

#include <QStringList>

namespace casebook::cli {

/// The index of the command name in `arguments` (argv[0] first), or -1 when there is none.
int commandIndexOf(const QStringList &arguments);
/// True for the commands that print through Qt Gui (report): main() then creates a QGuiApplication
/// on the "offscreen" platform, which needs no display.
bool needsGui(const QStringList &arguments);
/// True for the commands that move a whole bundle, sheet or repository (import, export, add, sync):
/// main() then restarts with huge pages for malloc (app::restartWithHugePages(), common/HugePages.h).
bool needsHugePages(const QStringList &arguments);
/// Runs casebook-cli with the given arguments (argv[0] first); returns the exit status.
int run(const QStringList &arguments);

} // namespace casebook::cli
