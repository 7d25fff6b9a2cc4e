#pragma once

#include "scoring/Comparison.h"

#include <QByteArray>

namespace casebook {

/// The CSV form of a comparison (`casebook-cli compare --format csv`, docs/scoring.md): one row per
/// use case in rank order, columns rank, uuid, code, title, overall, coverage, dimension_<id>… (the
/// subtotals on the rubric scale), median_<id>… (each criterion's median), flags. No byte order mark;
/// formula-like cells neutralised (CsvWriter). The agreement and the stability are not part of it.
class ComparisonCsv
{
public:
    static QByteArray write(const ComparisonResult &comparison);
};

} // namespace casebook
