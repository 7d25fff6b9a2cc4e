#pragma once

#include <QString>

namespace casebook {
class Database;
}

namespace casebook::tools {

/// Scores a few more example use cases (three assessors, some disagreement) and renders the
/// comparison workspace: every view, a what-if weight change, and presentation mode before and after
/// the scores are revealed, into `out` as compare-*.png (with `suffix` before ".png").
bool compareShots(Database &db, const QString &out, const QString &suffix);

} // namespace casebook::tools
