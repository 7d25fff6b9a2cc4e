#pragma once

#include <QString>

#include <optional>

namespace casebook {

/// How sure an assessor is of one score.
enum class Confidence { None, Low, Medium, High };

/// The stable text of a confidence, as JSON, the database and spreadsheets hold it: "" (not given),
/// "low", "medium", "high".
QString confidenceToString(Confidence confidence);
/// The confidence of its text (exact, lower case; "" is None); nullopt for any other text.
std::optional<Confidence> confidenceFromString(const QString &text);

} // namespace casebook
