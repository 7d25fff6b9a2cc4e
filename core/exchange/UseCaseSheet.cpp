#include "exchange/UseCaseSheet.h"

#include "exchange/CsvMultiValue.h"
#include "exchange/StepTable.h"
#include "exchange/ValueNormaliser.h"
#include "merge/UseCaseContent.h"
#include "model/UseCaseJson.h"
#include "model/Vocabulary.h"
#include "support/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace casebook {

namespace {

const QString kExtra = QStringLiteral("extra");

/// Vocabularies of single-valued fields that ValueNormaliser does not cover.
const Vocabulary *extraVocabularyFor(const QString &field)
{
    const Vocabularies &v = Vocabularies::instance();
    if (field == QLatin1String("relation"))
        return &v.relations();
    if (field == QLatin1String("sharing_level"))
        return &v.sharingLevels();
    return nullptr;
}

QString fold(const QString &s)
{
    return s.trimmed().toCaseFolded();
}

/// The id a typed value stands for, adding an issue when it is not a known one.
QString normaliseValue(const QString &field, const QString &value, const SheetValueOptions &options,
                       QList<SheetIssue> *issues)
{
    const QString trimmed = value.trimmed();
    const auto mapped = options.valueMap.constFind(field);
    if (mapped != options.valueMap.constEnd()) {
        for (auto it = mapped->constBegin(); it != mapped->constEnd(); ++it) {
            if (fold(it.key()) == fold(trimmed))
                return it.value();
        }
    }
    NormalisedValue n;
    if (ValueNormaliser::vocabularyFor(field)) {
        n = ValueNormaliser::normalise(field, trimmed);
    } else if (const Vocabulary *vocabulary = extraVocabularyFor(field)) {
        n.input = trimmed;
        if (const QString id = vocabulary->match(trimmed); !id.isEmpty()) {
            n.status = NormalisedValue::Status::Exact;
            n.id = id;
        } else if (const QString s = vocabulary->suggest(trimmed); !s.isEmpty()) {
            n.status = NormalisedValue::Status::Suggested;
            n.id = s;
            n.message = UseCaseSheet::tr("\"%1\" is not a known value for %2; did you mean \"%3\"?")
                            .arg(trimmed, field, vocabulary->displayLabel(s));
        } else {
            n.status = NormalisedValue::Status::Unknown;
            n.message = UseCaseSheet::tr("\"%1\" is not a known value for %2.").arg(trimmed, field);
        }
    } else {
        return trimmed;
    }
    const Vocabulary *vocabulary = ValueNormaliser::vocabularyFor(field);
    if (!vocabulary)
        vocabulary = extraVocabularyFor(field);
    if (n.status == NormalisedValue::Status::Suggested)
        n.message = UseCaseSheet::tr("\"%1\" is not a known value; did you mean \"%2\" (%3)?")
                        .arg(trimmed, vocabulary->displayLabel(n.id), n.id);
    else if (n.status == NormalisedValue::Status::Unknown && !n.reason.isEmpty())
        n.message = UseCaseSheet::tr("\"%1\" is not a valid value: %2").arg(trimmed, n.reason);
    else if (n.status == NormalisedValue::Status::Unknown && field != QLatin1String("sdgs"))
        n.message = UseCaseSheet::tr("\"%1\" is not a known value").arg(trimmed);
    switch (n.status) {
    case NormalisedValue::Status::Exact:
    case NormalisedValue::Status::Free: return n.id;
    case NormalisedValue::Status::Suggested:
        if (options.acceptSuggestions)
            return n.id;
        if (issues) {
            SheetIssue issue;
            issue.severity = SheetIssue::Severity::Suggestion;
            issue.field = field;
            issue.input = trimmed;
            issue.suggestion = n.id;
            issue.message = n.message;
            issues->append(issue);
        }
        return trimmed;
    case NormalisedValue::Status::Unknown:
        if (issues) {
            SheetIssue issue;
            issue.field = field;
            issue.input = trimmed;
            issue.message = n.message;
            issues->append(issue);
        }
        return trimmed;
    }
    return trimmed;
}

void addError(QList<SheetIssue> *issues, const QString &field, const QString &input, const QString &message)
{
    if (!issues)
        return;
    SheetIssue issue;
    issue.field = field;
    issue.input = input;
    issue.message = message;
    issues->append(issue);
}

/// A development context typed as "EG: developing" (or "Egypt: developing"), or "developing" for the
/// whole record.
QJsonObject countryContext(const QString &value, const SheetValueOptions &options, QList<SheetIssue> *issues)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    const QString country = colon < 0 ? QString() : value.left(colon).trimmed();
    const QString context = value.mid(colon + 1).trimmed();
    QList<SheetIssue> found;
    QJsonObject o{{QStringLiteral("country"),
                   country.isEmpty() ? QString()
                                     : normaliseValue(QStringLiteral("countries"), country, options, &found)},
                  {QStringLiteral("context"),
                   normaliseValue(UseCaseSheet::legacyContextKey(), context, options, &found)}};
    for (SheetIssue &issue : found) {
        issue.field = QStringLiteral("development_contexts");
        if (issues)
            issues->append(issue);
    }
    return o;
}

/// A plain value of a Records field: "R-1: text" fills the id and the plain key where the field has
/// ids (requirements, information exchanged), anything else the plain key only.
QJsonObject plainRecord(const QString &field, const QString &value)
{
    const QString key = UseCaseSheet::plainKeyOf(field);
    if (field == QLatin1String("requirements") || field == QLatin1String("information_exchanged")) {
        static const QRegularExpression withId(QStringLiteral(R"(^([^\s:]{0,31}\d)\s*:\s*(.+)$)"),
                                               QRegularExpression::DotMatchesEverythingOption);
        if (const QRegularExpressionMatch m = withId.match(value); m.hasMatch())
            return QJsonObject{{QStringLiteral("id"), m.captured(1)}, {key, m.captured(2).trimmed()}};
    }
    return QJsonObject{{key, value}};
}

} // namespace

QString SheetIssue::text() const
{
    const QString body = field.isEmpty() ? message : UseCaseSheet::tr("%1: %2").arg(field, message);
    return line > 0 ? UseCaseSheet::tr("line %1: %2").arg(line).arg(body) : body;
}

const QStringList &UseCaseSheet::fieldKeys()
{
    return UseCaseJson::fieldKeys();
}

const QString &UseCaseSheet::contentHashKey()
{
    static const QString key = QStringLiteral("content_sha256");
    return key;
}

const QString &UseCaseSheet::legacyContextKey()
{
    static const QString key = QStringLiteral("development_context");
    return key;
}

QStringList UseCaseSheet::importFields()
{
    return fieldKeys() + QStringList{legacyContextKey()} + StepTable::fieldKeys();
}

QStringList UseCaseSheet::mappableFields()
{
    return importFields() + QStringList{kExtra, contentHashKey()};
}

bool UseCaseSheet::isField(const QString &key)
{
    return key == kExtra || key == contentHashKey() || key == legacyContextKey() || fieldKeys().contains(key)
        || StepTable::isField(key);
}

SheetFieldKind UseCaseSheet::kindOf(const QString &field)
{
    static const QStringList lists = {QStringLiteral("verticals"),
                                      QStringLiteral("u4ssc_kpis"),
                                      QStringLiteral("countries"),
                                      QStringLiteral("regions"),
                                      QStringLiteral("tags"),
                                      QStringLiteral("platforms"),
                                      QStringLiteral("connectivity"),
                                      QStringLiteral("onboarding"),
                                      QStringLiteral("security_baselines"),
                                      QStringLiteral("itu_questions"),
                                      QStringLiteral("related_recommendations"),
                                      QStringLiteral("assumptions"),
                                      QStringLiteral("prerequisites")};
    if (field == QLatin1String("revision"))
        return SheetFieldKind::Number;
    if (field == QLatin1String("sdgs"))
        return SheetFieldKind::NumberList;
    if (field == kExtra)
        return SheetFieldKind::Extra;
    if (lists.contains(field) || StepTable::isList(field))
        return SheetFieldKind::TextList;
    if (!plainKeyOf(field).isEmpty() || field == QLatin1String("attachments"))
        return SheetFieldKind::Records;
    return SheetFieldKind::Text;
}

QString UseCaseSheet::plainKeyOf(const QString &field)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("submitters"), QStringLiteral("name")},
        {QStringLiteral("source_documents"), QStringLiteral("reference")},
        {QStringLiteral("related"), QStringLiteral("uuid")},
        {QStringLiteral("development_contexts"), QStringLiteral("context")},
        {QStringLiteral("requirements"), QStringLiteral("description")},
        {QStringLiteral("actors"), QStringLiteral("name")},
        {QStringLiteral("scenarios"), QStringLiteral("name")},
        {QStringLiteral("information_exchanged"), QStringLiteral("name")},
        {QStringLiteral("standards"), QStringLiteral("reference")},
        {QStringLiteral("interfaces"), QStringLiteral("description")},
        {QStringLiteral("identifier_schemes"), QStringLiteral("name")},
        {QStringLiteral("kpis"), QStringLiteral("name")},
        {QStringLiteral("gaps"), QStringLiteral("description")},
    };
    return keys.value(field);
}

QString UseCaseSheet::displayName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("uuid"), QT_TR_NOOP("UUID")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("approval_status"), QT_TR_NOOP("Approval status")},
        {QStringLiteral("source_organization"), QT_TR_NOOP("Source organization")},
        {QStringLiteral("submitters"), QT_TR_NOOP("Submitters")},
        {QStringLiteral("source_documents"), QT_TR_NOOP("Source documents")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("modified_at"), QT_TR_NOOP("Modified")},
        {QStringLiteral("modified_by"), QT_TR_NOOP("Modified by")},
        {QStringLiteral("revision"), QT_TR_NOOP("Revision")},
        {QStringLiteral("sharing_level"), QT_TR_NOOP("Sharing level")},
        {QStringLiteral("licence"), QT_TR_NOOP("Licence")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("verticals"), QT_TR_NOOP("Verticals")},
        {QStringLiteral("sdgs"), QT_TR_NOOP("SDGs")},
        {QStringLiteral("u4ssc_kpis"), QT_TR_NOOP("U4SSC KPI codes")},
        {QStringLiteral("countries"), QT_TR_NOOP("Countries")},
        {QStringLiteral("regions"), QT_TR_NOOP("ITU regions")},
        {QStringLiteral("development_contexts"), QT_TR_NOOP("Development context per country")},
        {QStringLiteral("development_context"), QT_TR_NOOP("Development context (one for all countries)")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation")},
        {QStringLiteral("deployment_stage"), QT_TR_NOOP("Deployment stage")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("related"), QT_TR_NOOP("Related use cases")},
        {QStringLiteral("itu_questions"), QT_TR_NOOP("ITU-T Questions")},
        {QStringLiteral("related_recommendations"), QT_TR_NOOP("Related Recommendations")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("scope"), QT_TR_NOOP("Scope")},
        {QStringLiteral("objectives"), QT_TR_NOOP("Objectives")},
        {QStringLiteral("problem"), QT_TR_NOOP("Problem and why current standards fall short")},
        {QStringLiteral("benefits"), QT_TR_NOOP("Benefits")},
        {QStringLiteral("assumptions"), QT_TR_NOOP("Assumptions")},
        {QStringLiteral("prerequisites"), QT_TR_NOOP("Prerequisites")},
        {QStringLiteral("requirements"), QT_TR_NOOP("Requirements")},
        {QStringLiteral("actors"), QT_TR_NOOP("Actors")},
        {QStringLiteral("scenarios"), QT_TR_NOOP("Scenarios")},
        {QStringLiteral("information_exchanged"), QT_TR_NOOP("Information exchanged")},
        {QStringLiteral("standards"), QT_TR_NOOP("Standards used")},
        {QStringLiteral("interfaces"), QT_TR_NOOP("Interfaces")},
        {QStringLiteral("platforms"), QT_TR_NOOP("Platforms")},
        {QStringLiteral("connectivity"), QT_TR_NOOP("Connectivity")},
        {QStringLiteral("identifier_schemes"), QT_TR_NOOP("Identifier schemes")},
        {QStringLiteral("onboarding"), QT_TR_NOOP("Onboarding")},
        {QStringLiteral("security"), QT_TR_NOOP("Security")},
        {QStringLiteral("security_baselines"), QT_TR_NOOP("Security baselines")},
        {QStringLiteral("data_governance"), QT_TR_NOOP("Data governance")},
        {QStringLiteral("kpis"), QT_TR_NOOP("KPIs")},
        {QStringLiteral("lessons_learned"), QT_TR_NOOP("Lessons learned")},
        {QStringLiteral("replicable_components"), QT_TR_NOOP("Replicable components")},
        {QStringLiteral("gaps"), QT_TR_NOOP("Standardization gaps")},
        {QStringLiteral("attachments"), QT_TR_NOOP("Attachments")},
        {QStringLiteral("extra"), QT_TR_NOOP("Fields from a newer Casebook")},
        {QStringLiteral("content_sha256"), QT_TR_NOOP("Version exported (content hash)")},
        {QStringLiteral("scenario.name"), QT_TR_NOOP("Scenario name (one row per step)")},
        {QStringLiteral("scenario.description"), QT_TR_NOOP("Scenario description")},
        {QStringLiteral("scenario.primary_actor"), QT_TR_NOOP("Scenario primary actor")},
        {QStringLiteral("scenario.triggering_event"), QT_TR_NOOP("Scenario triggering event")},
        {QStringLiteral("scenario.preconditions"), QT_TR_NOOP("Scenario pre-conditions")},
        {QStringLiteral("scenario.postconditions"), QT_TR_NOOP("Scenario post-conditions")},
        {QStringLiteral("step.number"), QT_TR_NOOP("Step number")},
        {QStringLiteral("step.event"), QT_TR_NOOP("Step event")},
        {QStringLiteral("step.name"), QT_TR_NOOP("Step process or activity")},
        {QStringLiteral("step.description"), QT_TR_NOOP("Step description")},
        {QStringLiteral("step.service"), QT_TR_NOOP("Step service")},
        {QStringLiteral("step.producer"), QT_TR_NOOP("Step information producer")},
        {QStringLiteral("step.receiver"), QT_TR_NOOP("Step information receiver")},
        {QStringLiteral("step.information"), QT_TR_NOOP("Step information exchanged (ids)")},
        {QStringLiteral("step.requirements"), QT_TR_NOOP("Step requirements (ids)")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(it.value());
}

QStringList UseCaseSheet::headerFor(const QList<UseCase> &useCases)
{
    QStringList header = fieldKeys();
    for (const UseCase &u : useCases) {
        if (!u.extra.isEmpty()) {
            header.append(kExtra);
            break;
        }
    }
    header.append(contentHashKey());
    return header;
}

QString UseCaseSheet::cellFromJson(const QJsonObject &json, const QString &field)
{
    switch (kindOf(field)) {
    case SheetFieldKind::Text: return json.value(field).toString();
    case SheetFieldKind::Number: return QString::number(json.value(field).toInteger());
    case SheetFieldKind::TextList: {
        QStringList values;
        const QJsonArray array = json.value(field).toArray();
        for (const QJsonValue &v : array)
            values.append(v.toString());
        return CsvMultiValue::join(values);
    }
    case SheetFieldKind::NumberList: {
        QStringList values;
        const QJsonArray array = json.value(field).toArray();
        for (const QJsonValue &v : array)
            values.append(QString::number(v.toInteger()));
        return CsvMultiValue::join(values);
    }
    case SheetFieldKind::Records: {
        const QJsonArray array = json.value(field).toArray();
        return array.isEmpty() ? QString()
                               : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case SheetFieldKind::Extra: {
        QJsonObject extra = json;
        for (const QString &key : fieldKeys())
            extra.remove(key);
        return extra.isEmpty() ? QString()
                               : QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QStringList UseCaseSheet::toRow(const UseCase &useCase, const QStringList &header)
{
    const QJsonObject json = UseCaseJson::toJson(useCase);
    QStringList row;
    row.reserve(header.size());
    for (const QString &field : header)
        row.append(field == contentHashKey() ? UseCaseContent::hash(useCase) : cellFromJson(json, field));
    return row;
}

QByteArray UseCaseSheet::writeCsv(const QList<UseCase> &useCases, const CsvWriteOptions &options)
{
    const QStringList header = headerFor(useCases);
    QList<QStringList> rows;
    rows.reserve(useCases.size());
    for (const UseCase &u : useCases)
        rows.append(toRow(u, header));
    return CsvWriter(options).write(header, rows);
}

Status UseCaseSheet::writeCsvFile(const QString &path, const QList<UseCase> &useCases,
                                  const CsvWriteOptions &options)
{
    const QStringList header = headerFor(useCases);
    QList<QStringList> rows;
    rows.reserve(useCases.size());
    for (const UseCase &u : useCases)
        rows.append(toRow(u, header));
    return CsvWriter(options).writeFile(path, header, rows);
}

QJsonValue UseCaseSheet::cellToJson(const QString &field, const QString &cell,
                                    const SheetValueOptions &options, QList<SheetIssue> *issues)
{
    switch (kindOf(field)) {
    case SheetFieldKind::Text: {
        const bool controlled = ValueNormaliser::vocabularyFor(field) || extraVocabularyFor(field);
        if (controlled && !cell.trimmed().isEmpty())
            return normaliseValue(field, cell, options, issues);
        return cell;
    }
    case SheetFieldKind::Number: {
        const QString t = cell.trimmed();
        if (t.isEmpty())
            return QString();
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok || n < 0) {
            addError(issues, field, t, tr("'%1' is not a whole number").arg(t));
            return QString();
        }
        return n;
    }
    case SheetFieldKind::TextList: {
        QJsonArray array;
        const QStringList values = CsvMultiValue::split(cell);
        const bool controlled = ValueNormaliser::vocabularyFor(field) != nullptr;
        for (const QString &v : values)
            array.append(controlled ? normaliseValue(field, v, options, issues) : v);
        return array;
    }
    case SheetFieldKind::NumberList: {
        QJsonArray array;
        const QStringList values = CsvMultiValue::split(cell);
        for (const QString &v : values) {
            const QString id = normaliseValue(field, v, options, issues);
            bool ok = false;
            const int n = id.toInt(&ok);
            if (ok)
                array.append(n);
            else
                array.append(id); // already reported; keeps the array's shape for fromJson
        }
        return array;
    }
    case SheetFieldKind::Records: {
        const QString t = cell.trimmed();
        if (t.isEmpty())
            return QJsonArray();
        if (t.startsWith(QLatin1Char('['))) {
            auto parsed = StrictJson::parse(t.toUtf8());
            if (!parsed) {
                addError(issues, field, t.left(40), parsed.error().message);
                return QJsonArray();
            }
            const QJsonDocument doc = *parsed;
            if (!doc.isArray()) {
                addError(issues, field, t.left(40), tr("must be a JSON list of objects"));
                return QJsonArray();
            }
            return doc.array();
        }
        const QString key = plainKeyOf(field);
        if (key.isEmpty()) {
            addError(issues, field, t.left(40),
                     tr("must be a JSON list of objects, as exported by Casebook"));
            return QJsonArray();
        }
        QJsonArray array;
        const QStringList values = CsvMultiValue::split(cell);
        for (const QString &v : values)
            array.append(field == QLatin1String("development_contexts") ? countryContext(v, options, issues)
                                                                        : plainRecord(field, v));
        return array;
    }
    case SheetFieldKind::Extra: {
        const QString t = cell.trimmed();
        if (t.isEmpty())
            return QJsonObject();
        auto parsed = StrictJson::parse(t.toUtf8());
        if (!parsed) {
            addError(issues, field, t.left(40), parsed.error().message);
            return QJsonObject();
        }
        if (!parsed->isObject()) {
            addError(issues, field, t.left(40), tr("must be a JSON object"));
            return QJsonObject();
        }
        return parsed->object();
    }
    }
    return cell;
}

} // namespace casebook
