#include "exchange/ValueNormaliser.h"

#include "exchange/CsvMultiValue.h"
#include "model/Vocabulary.h"

#include <QRegularExpression>

namespace casebook {

const Vocabulary *ValueNormaliser::vocabularyFor(const QString &field)
{
    const Vocabularies &v = Vocabularies::instance();
    if (field == QLatin1String("verticals"))
        return &v.verticals();
    if (field == QLatin1String("sdgs"))
        return &v.sdgs();
    if (field == QLatin1String("countries"))
        return &v.countries();
    if (field == QLatin1String("regions"))
        return &v.ituRegions();
    if (field == QLatin1String("development_context"))
        return &v.developmentContexts();
    if (field == QLatin1String("deployment_stage"))
        return &v.deploymentStages();
    if (field == QLatin1String("approval_status"))
        return &v.approvalStatuses();
    if (field == QLatin1String("step.service"))
        return &v.stepServices();
    return nullptr;
}

bool ValueNormaliser::isMultiValued(const QString &field)
{
    return field == QLatin1String("verticals") || field == QLatin1String("sdgs")
        || field == QLatin1String("countries") || field == QLatin1String("regions")
        || field == QLatin1String("tags");
}

NormalisedValue ValueNormaliser::normalise(const QString &field, const QString &value)
{
    NormalisedValue result;
    result.input = value.trimmed();
    const Vocabulary *vocabulary = vocabularyFor(field);
    if (!vocabulary) {
        result.status = NormalisedValue::Status::Free;
        result.id = result.input;
        return result;
    }
    if (field == QLatin1String("sdgs")) {
        // A goal number after at most a short word: "SDG 11", "Goal 11", "ODS 11", "目标11", "11.2".
        static const QRegularExpression number(QStringLiteral(R"(^\D{0,12}?(\d{1,3})(?:\.\d+)?\D*$)"));
        const QRegularExpressionMatch m = number.match(result.input);
        if (m.hasMatch()) {
            const int goal = m.captured(1).toInt();
            if (goal >= 1 && goal <= 17) {
                result.status = NormalisedValue::Status::Exact;
                result.id = QString::number(goal);
            } else {
                result.status = NormalisedValue::Status::Unknown;
                result.message =
                    tr("\"%1\" is not one of the 17 Sustainable Development Goals.").arg(result.input);
            }
            return result;
        }
    }
    if (const QString id = vocabulary->match(result.input); !id.isEmpty()) {
        result.status = NormalisedValue::Status::Exact;
        result.id = id;
    } else if (const QString suggestion = vocabulary->suggest(result.input); !suggestion.isEmpty()) {
        result.status = NormalisedValue::Status::Suggested;
        result.id = suggestion;
        result.message = tr("\"%1\" is not a known value for %2; did you mean \"%3\"?")
                             .arg(result.input, field, vocabulary->displayLabel(suggestion));
    } else {
        result.status = NormalisedValue::Status::Unknown;
        result.message = tr("\"%1\" is not a known value for %2.").arg(result.input, field);
    }
    return result;
}

QList<NormalisedValue> ValueNormaliser::normaliseCell(const QString &field, const QString &cell)
{
    QList<NormalisedValue> results;
    if (isMultiValued(field)) {
        const QStringList values = CsvMultiValue::split(cell);
        for (const QString &value : values)
            results.append(normalise(field, value));
    } else if (!cell.trimmed().isEmpty()) {
        results.append(normalise(field, cell));
    }
    return results;
}

} // namespace casebook
