#include "compare/CompareLimits.h"

namespace casebook {

Status CompareLimits::check(int count)
{
    if (count < minimum)
        return makeError(
            ErrorCode::Usage,
            tr("Choose at least %1 use cases to compare; %n chosen.", nullptr, count).arg(minimum));
    if (count > maximum)
        return makeError(ErrorCode::Usage,
                         tr("Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the "
                            "tag or the search.",
                            nullptr, count)
                             .arg(maximum));
    return {};
}

} // namespace casebook
