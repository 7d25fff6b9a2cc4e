#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace casebook {

/// Limits on the shape of JSON from outside, shared by every reader and by the bundle writer, so that
/// what Casebook accepts it can also write and read back.
struct JsonLimits
{
    /// Deepest nesting of objects and arrays in a whole document (the top level counts as 1).
    static constexpr int kMaxDepth = 64;
    /// Deepest nesting inside one kept unknown field of a record (a field of a newer Casebook).
    /// Half the document limit, so a record that carries one fits in any document that holds records.
    static constexpr int kMaxUnknownFieldDepth = kMaxDepth / 2;
    /// Most bytes, as compact JSON, that the unknown fields of one record may take together.
    static constexpr qint64 kMaxUnknownFieldBytes = 64 * 1024;
};

/// Parses JSON that comes from outside (bundles, `add --json`, imported JSON, rubric and mapping files)
/// more strictly than QJsonDocument::fromJson, which silently keeps the last of two equal keys:
/// a document in which one object names a key twice, or that nests deeper than JsonLimits::kMaxDepth,
/// is refused with the key's path (e.g. `use_cases[3].title`). The checks walk the text with an explicit
/// stack, so hostile nesting cannot exhaust the call stack.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)
public:
    /// The document, or ErrorCode::InputRejected with a translated sentence (syntax error with its byte
    /// offset, a repeated key with its path, or nesting too deep) and a technical detail.
    static Result<QJsonDocument> parse(const QByteArray &json, int maxDepth = JsonLimits::kMaxDepth);

    /// What measure() found about a value.
    struct Size
    {
        qint64 bytes = 0; ///< about the length of its compact JSON; stops counting past the budget
        int depth = 0; ///< nesting of arrays and objects (a scalar is 0); stops past the budget
        bool overBytes = false;
        bool overDepth = false;
    };
    /// Measures a parsed value against a byte and a depth budget without serialising it; the walk stops
    /// as soon as either budget is exceeded, so a huge or deep value costs little.
    static Size measure(const QJsonValue &value, qint64 maxBytes, int maxDepth);
};

} // namespace casebook
