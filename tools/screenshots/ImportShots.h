#pragma once

#include <QString>

namespace casebook::tools {

/// Renders import-preview.png (a bundle with edits here and there, a conflict selected) and
/// import-error.png (a broken bundle refused, details shown) into `out`, sized for the screen.
bool importShots(const QString &out, const QString &workDir);

} // namespace casebook::tools
