#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casebook {

class Vocabulary;

/// What a spreadsheet value of a controlled field turned out to be.
struct NormalisedValue
{
    enum class Status {
        Exact, ///< `id` is the vocabulary id the value names
        Suggested, ///< no exact match; `id` is the likely one and `message` asks the user to confirm
        Unknown, ///< nothing close; `message` says so and `id` is empty
        Free, ///< the field has no vocabulary; `id` is the trimmed value
    };
    Status status = Status::Unknown;
    QString id;
    QString input; ///< the value as read (trimmed)
    QString message; ///< translated, for Suggested and Unknown
};

/// Turns what people type in spreadsheets into vocabulary ids for the controlled fields: verticals,
/// sdgs, countries, regions, development_context (and the contexts of development_contexts),
/// deployment_stage, approval_status and the service of a step (step.service: CREATE, GET...).
/// Uses casebook::Vocabularies (match for an exact id or label, suggest for a likely one).
/// SDGs also accept a number with a short prefix: "11", "SDG 11", "Goal 11", "ODS 11", "ЦУР 11",
/// "目标11", and a target such as "11.2" (goal 11).
class ValueNormaliser
{
    Q_DECLARE_TR_FUNCTIONS(ValueNormaliser)
public:
    /// The vocabulary of a controlled field key, or nullptr for a free-text field.
    static const Vocabulary *vocabularyFor(const QString &field);
    /// True for the fields that hold several values in one cell (see CsvMultiValue).
    static bool isMultiValued(const QString &field);
    /// Normalises one value of `field`.
    static NormalisedValue normalise(const QString &field, const QString &value);
    /// Splits a cell of a multi-valued field (CsvMultiValue::split) and normalises each value; a
    /// single-valued field gives at most one result. Empty cells give none.
    static QList<NormalisedValue> normaliseCell(const QString &field, const QString &cell);
};

} // namespace casebook
