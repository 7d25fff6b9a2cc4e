#include "model/AssessmentJson.h"
#include "model/AssessorIdentity.h"
#include "model/Revision.h"
#include "support/Sha256.h"

#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace casebook {

namespace {

QString stateName(ScoreState s)
{
    switch (s) {
    case ScoreState::Level: return QStringLiteral("level");
    case ScoreState::NotApplicable: return QStringLiteral("na");
    case ScoreState::Unknown: return QStringLiteral("unknown");
    case ScoreState::Unscored: break;
    }
    return QStringLiteral("unscored");
}

bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        const ushort u = c.unicode();
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f;
    });
}

} // namespace

QString AssessmentJson::stateName(ScoreState state)
{
    return casebook::stateName(state);
}

std::optional<ScoreState> AssessmentJson::stateFrom(const QString &name)
{
    for (ScoreState s : {ScoreState::Level, ScoreState::NotApplicable, ScoreState::Unknown}) {
        if (name == casebook::stateName(s))
            return s;
    }
    return std::nullopt;
}

QString AssessmentJson::assessorIdOf(const Assessment &a)
{
    return a.assessorId.isEmpty() ? AssessorIdentity::fromName(a.assessorName) : a.assessorId;
}

QJsonObject AssessmentJson::contentJson(const Assessment &a)
{
    QList<CriterionScore> scores = a.scores;
    std::sort(scores.begin(), scores.end(),
              [](const CriterionScore &x, const CriterionScore &y) { return x.criterionId < y.criterionId; });
    QJsonArray list;
    for (const CriterionScore &s : scores) {
        if (s.state == ScoreState::Unscored)
            continue;
        list.append(
            QJsonObject{{QStringLiteral("criterion_id"), s.criterionId},
                        {QStringLiteral("state"), stateName(s.state)},
                        {QStringLiteral("level"),
                         s.state == ScoreState::Level ? QJsonValue(s.level) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("rationale"), s.rationale},
                        {QStringLiteral("evidence"), s.evidence},
                        {QStringLiteral("confidence"), confidenceToString(s.confidence)}});
    }
    return QJsonObject{{QStringLiteral("use_case_uuid"), a.useCaseUuid},
                       {QStringLiteral("rubric_uuid"), a.rubricUuid},
                       {QStringLiteral("assessor_id"), assessorIdOf(a)},
                       {QStringLiteral("assessor_name"), a.assessorName},
                       {QStringLiteral("assessor_organization"), a.assessorOrganization},
                       {QStringLiteral("assessor_email"), a.assessorEmail},
                       {QStringLiteral("scores"), list}};
}

QJsonObject AssessmentJson::toJson(const Assessment &a)
{
    QJsonObject o = contentJson(a);
    o.insert(QStringLiteral("uuid"), a.uuid);
    o.insert(QStringLiteral("created_at"), toIsoUtc(a.createdAt));
    o.insert(QStringLiteral("modified_at"), toIsoUtc(a.modifiedAt));
    o.insert(QStringLiteral("revision"), a.revision);
    return o;
}

QString AssessmentJson::contentHash(const Assessment &a)
{
    const QByteArray bytes = QJsonDocument(contentJson(a)).toJson(QJsonDocument::Compact);
    return sha256Hex(bytes);
}

Result<Assessment> AssessmentJson::fromJson(const QJsonObject &o)
{
    auto fail = [](const QString &field, const QString &problem) {
        return makeError(ErrorCode::InputRejected, tr("%1: %2").arg(field, problem));
    };
    auto text = [&](const QJsonObject &obj, const QString &key, const QString &field, int max, bool required,
                    QString *out) -> std::optional<Error> {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(field, tr("is required"));
            out->clear();
            return std::nullopt;
        }
        if (!v.isString())
            return fail(field, tr("must be a text value"));
        *out = v.toString();
        if (out->size() > max)
            return fail(field, tr("is %1 characters long; the limit is %2").arg(out->size()).arg(max));
        if (hasControl(*out))
            return fail(field, tr("contains control characters"));
        if (required && out->trimmed().isEmpty())
            return fail(field, tr("must not be empty"));
        return std::nullopt;
    };
    auto uuid = [&](const QString &key, QString *out) -> std::optional<Error> {
        if (auto e = text(o, key, key, 64, true, out))
            return e;
        const QUuid u = QUuid::fromString(*out);
        if (u.isNull())
            return fail(key, tr("'%1' is not a UUID").arg(*out));
        *out = u.toString(QUuid::WithoutBraces);
        return std::nullopt;
    };
    auto timestamp = [&](const QString &key, QDateTime *out) -> std::optional<Error> {
        QString s;
        if (auto e = text(o, key, key, 64, true, &s))
            return e;
        *out = fromIsoUtc(s);
        if (!out->isValid())
            return fail(key, tr("'%1' is not an ISO 8601 date and time").arg(s));
        return std::nullopt;
    };

    Assessment a;
    for (const auto &[key, target] : {std::pair{QStringLiteral("uuid"), &a.uuid},
                                      std::pair{QStringLiteral("use_case_uuid"), &a.useCaseUuid},
                                      std::pair{QStringLiteral("rubric_uuid"), &a.rubricUuid}}) {
        if (auto e = uuid(key, target))
            return *e;
    }
    if (auto e = text(o, QStringLiteral("assessor_name"), QStringLiteral("assessor_name"), 200, true,
                      &a.assessorName))
        return *e;
    // An assessment written before assessor identities: the identity its name stands for.
    if (const QJsonValue id = o.value(QStringLiteral("assessor_id")); id.isUndefined() || id.isNull()) {
        a.assessorId = AssessorIdentity::fromName(a.assessorName);
    } else {
        a.assessorId = AssessorIdentity::normalized(id.toString());
        if (!id.isString() || a.assessorId.isEmpty())
            return fail(QStringLiteral("assessor_id"), tr("must be a UUID"));
    }
    if (auto e = text(o, QStringLiteral("assessor_organization"), QStringLiteral("assessor_organization"),
                      2000, false, &a.assessorOrganization))
        return *e;
    if (auto e = text(o, QStringLiteral("assessor_email"), QStringLiteral("assessor_email"), 320, false,
                      &a.assessorEmail))
        return *e;
    if (auto e = timestamp(QStringLiteral("created_at"), &a.createdAt))
        return *e;
    if (auto e = timestamp(QStringLiteral("modified_at"), &a.modifiedAt))
        return *e;
    const QJsonValue rev = o.value(QStringLiteral("revision"));
    const double d = rev.toDouble(-1);
    if (!rev.isDouble() || d < 1 || d > double(Revision::kMax) || d != double(qint64(d)))
        return fail(QStringLiteral("revision"),
                    tr("must be a whole number from 1 to %1").arg(Revision::kMax));
    a.revision = int(d);

    const QJsonValue scores = o.value(QStringLiteral("scores"));
    if (!scores.isUndefined() && !scores.isArray())
        return fail(QStringLiteral("scores"), tr("must be a list"));
    const QJsonArray list = scores.toArray();
    if (list.size() > kMaxScores)
        return fail(QStringLiteral("scores"),
                    tr("has %1 items; the limit is %2").arg(list.size()).arg(kMaxScores));
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("scores[%1]").arg(i);
        if (!list[i].isObject())
            return fail(field, tr("must be an object"));
        const QJsonObject s = list[i].toObject();
        CriterionScore c;
        if (auto e = text(s, QStringLiteral("criterion_id"), field + QStringLiteral(".criterion_id"), 64,
                          true, &c.criterionId))
            return *e;
        if (seen.contains(c.criterionId))
            return fail(field, tr("criterion %1 is scored twice").arg(c.criterionId));
        seen.insert(c.criterionId);
        QString state;
        if (auto e = text(s, QStringLiteral("state"), field + QStringLiteral(".state"), 16, true, &state))
            return *e;
        if (state == QLatin1String("level")) {
            c.state = ScoreState::Level;
            const QJsonValue lv = s.value(QStringLiteral("level"));
            const double l = lv.toDouble(-1);
            if (!lv.isDouble() || l < 0 || l > 100 || l != double(int(l)))
                return fail(field + QStringLiteral(".level"), tr("must be a whole number from 0 to 100"));
            c.level = int(l);
        } else if (state == QLatin1String("na")) {
            c.state = ScoreState::NotApplicable;
        } else if (state == QLatin1String("unknown")) {
            c.state = ScoreState::Unknown;
        } else {
            return fail(field + QStringLiteral(".state"), tr("must be level, na or unknown"));
        }
        if (auto e = text(s, QStringLiteral("rationale"), field + QStringLiteral(".rationale"), kTextChars,
                          false, &c.rationale))
            return *e;
        if (auto e = text(s, QStringLiteral("evidence"), field + QStringLiteral(".evidence"), 2000, false,
                          &c.evidence))
            return *e;
        QString confidence;
        if (auto e = text(s, QStringLiteral("confidence"), field + QStringLiteral(".confidence"), 16, false,
                          &confidence))
            return *e;
        const auto known = confidenceFromString(confidence);
        if (!known)
            return fail(field + QStringLiteral(".confidence"), tr("must be low, medium or high"));
        c.confidence = *known;
        a.scores.append(c);
    }
    return a;
}

} // namespace casebook
