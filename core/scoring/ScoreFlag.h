#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casebook {

/// One machine-readable remark on a use case's scores (docs/scoring.md, docs/spreadsheet.md), with a
/// stable text form used in JSON and spreadsheets: "incomplete", "unknown:A1", "knockout:B1",
/// "knockout:B1 No security measures", "disagreement:A3", "na-disputed:D2".
struct ScoreFlag
{
    enum class Kind {
        Incomplete, ///< some assessment leaves criteria unscored (no criterion)
        Unknown, ///< a criterion scored "unknown"
        Knockout, ///< a knock-out criterion at its knock-out level (detail: the rubric's flag text)
        Disagreement, ///< assessors' levels differ widely on a criterion
        NaDisputed, ///< some but not all assessors said N/A for a criterion
    };

    Kind kind = Kind::Incomplete;
    QString criterionId; ///< empty for Incomplete
    QString detail; ///< optional text after the criterion (a knock-out's flag in spreadsheets)

    static ScoreFlag incomplete() { return {Kind::Incomplete, {}, {}}; }
    static ScoreFlag of(Kind kind, const QString &criterionId, const QString &detail = {})
    {
        return {kind, criterionId, detail};
    }

    /// "incomplete", "unknown", "knockout", "disagreement", "na-disputed".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    /// The text form: kind, then ":criterion" and " detail" when present.
    QString toString() const;
    /// Reads the text form; nullopt for an unknown kind, a criterion missing (or given to
    /// "incomplete"), or a detail without criterion.
    static std::optional<ScoreFlag> fromString(const QString &text);
    /// toString() of each.
    static QStringList toStrings(const QList<ScoreFlag> &flags);

    bool operator==(const ScoreFlag &o) const
    {
        return kind == o.kind && criterionId == o.criterionId && detail == o.detail;
    }
};

} // namespace casebook
