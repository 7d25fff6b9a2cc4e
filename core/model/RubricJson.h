#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casebook {

/// The JSON form of a rubric (docs/rubric-json.md): dimensions with criteria; each criterion has
/// `id`, `name`, `weight` and `levels` (one descriptor per level of the scale).
class RubricJson
{
    Q_DECLARE_TR_FUNCTIONS(RubricJson)
public:
    static QJsonObject toJson(const Rubric &rubric);
    /// Reads and validates a rubric: unique criterion ids, positive weights, one descriptor per level.
    static Result<Rubric> fromJson(const QJsonObject &object);
    /// The default rubric that ships with Casebook (resources/rubrics/default-rubric.json).
    static Rubric defaultRubric();
    /// True for the UUID of any version of the default rubric that Casebook has shipped (the same
    /// on every machine, so such a version is never changed in place).
    static bool isShippedDefault(const QString &uuid);
};

} // namespace casebook
