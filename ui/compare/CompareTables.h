#pragma once

#include "compare/CellTableModel.h"

#include <QCoreApplication>

namespace casebook {
struct CompareData;
struct WhatIfReport;
} // namespace casebook

namespace casebook::ui {

/// How a table shows scores: in presentation mode assessors are letters and scores stay hidden until
/// the facilitator reveals them.
struct ShowOptions
{
    bool hideScores = false;
    bool anonymise = false;
};

/// The contents of one comparison table: headers and cells.
struct TableContent
{
    QStringList headers;
    QList<QList<Cell>> rows;
};

/// Fills the tables of the comparison workspace from a comparison and its what-if report, one
/// function per view. Plain text only (record text is never markup).
class CompareTables
{
    Q_DECLARE_TR_FUNCTIONS(CompareTables)
public:
    /// Rank, moved (▲2 / ▼1), code, title, index, assessors' range, coverage, flags, agreement. Use
    /// cases without an assessment against the rubric come last as "not scored".
    static TableContent ranking(const CompareData &data, const WhatIfReport &whatIf, const ShowOptions &show);
    /// Criteria as rows, the use cases (in ranking order) as columns: median level and spread, the
    /// level's descriptor and each assessor's level in the tooltip, shaded by the median.
    static TableContent heatMap(const CompareData &data, const WhatIfReport &whatIf, const ShowOptions &show);
    /// The radar's numbers: use cases as rows, each dimension's subtotal (0–100) as a column.
    static TableContent dimensions(const WhatIfReport &whatIf, const ShowOptions &show);
    /// Facts as rows, use cases as columns; rows that differ are marked "≠" and bold.
    static TableContent fieldMatrix(const CompareData &data);
    /// Criteria ordered for discussion: widest spread, then lowest alpha.
    static TableContent disagreement(const WhatIfReport &whatIf, const ShowOptions &show);

    /// "A", "B"... "Z", "AA"... for the assessor at `index`.
    static QString assessorLetter(int index);
    /// "▲2", "▼1", "=" or empty (not ranked both times).
    static QString movedText(const std::optional<int> &moved);
};

} // namespace casebook::ui
