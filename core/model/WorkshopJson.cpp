#include "model/WorkshopJson.h"

#include "model/AssessmentJson.h"
#include "model/AssessorIdentity.h"
#include "model/JsonFieldReader.h"
#include "model/Revision.h"
#include "support/Clock.h"
#include "support/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace casebook {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonArray weightSetsJson(const QList<NamedWeightSet> &sets)
{
    QJsonArray out;
    for (const NamedWeightSet &w : sets) {
        QJsonObject weights;
        for (auto it = w.weights.constBegin(); it != w.weights.constEnd(); ++it)
            weights.insert(it.key(), it.value());
        out.append(QJsonObject{{QStringLiteral("name"), w.name}, {QStringLiteral("weights"), weights}});
    }
    return out;
}

QJsonArray roundsJson(const QList<WorkshopRound> &rounds)
{
    QJsonArray out;
    for (const WorkshopRound &r : rounds)
        out.append(QJsonObject{{QStringLiteral("number"), r.number},
                               {QStringLiteral("state"), roundStateName(r.state)},
                               {QStringLiteral("opened_at"), timeOrNull(r.openedAt)},
                               {QStringLiteral("revealed_at"), timeOrNull(r.revealedAt)},
                               {QStringLiteral("closed_at"), timeOrNull(r.closedAt)}});
    return out;
}

QString hashOf(const QJsonObject &o)
{
    return sha256Hex(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool readUseCases(JsonFieldReader &r, Workshop &w)
{
    QJsonArray list;
    if (!r.array(QStringLiteral("use_case_uuids"), Workshop::kMaxUseCases, &list))
        return false;
    if (list.size() < Workshop::kMinUseCases)
        return r.fail(QStringLiteral("use_case_uuids"),
                      WorkshopJson::tr("has %1 items; a workshop compares %2 to %3 use cases")
                          .arg(list.size())
                          .arg(Workshop::kMinUseCases)
                          .arg(Workshop::kMaxUseCases));
    for (int i = 0; i < list.size(); ++i) {
        const QString key = QStringLiteral("use_case_uuids[%1]").arg(i);
        const QString id = AssessorIdentity::normalized(list[i].toString());
        if (!list[i].isString() || id.isEmpty())
            return r.fail(key, WorkshopJson::tr("must be a UUID"));
        if (w.useCaseUuids.contains(id))
            return r.fail(key, WorkshopJson::tr("names the use case %1 twice").arg(id));
        w.useCaseUuids.append(id);
    }
    return true;
}

bool readWeightSet(JsonFieldReader &r, const QString &key, const QJsonValue &value, NamedWeightSet *out)
{
    if (!value.isObject())
        return r.fail(key, WorkshopJson::tr("must be an object"));
    JsonFieldReader set(value.toObject(), r.field(key));
    QJsonObject weights;
    if (!set.text(QStringLiteral("name"), WorkshopJson::kNameChars, true, &out->name)
        || !set.object(QStringLiteral("weights"), &weights))
        return r.adopt(set);
    if (weights.size() > WorkshopJson::kMaxWeightsPerSet)
        return r.fail(key,
                      WorkshopJson::tr("has %1 weights; the limit is %2")
                          .arg(weights.size())
                          .arg(WorkshopJson::kMaxWeightsPerSet));
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const double v = it.value().toDouble(-1);
        if (it.key().isEmpty() || it.key().size() > 64 || !it.value().isDouble() || !std::isfinite(v) || v < 0
            || v > 1e6)
            return r.fail(
                key,
                WorkshopJson::tr("the weight %1 must be a number from 0 to 1000000").arg(it.key().left(64)));
        out->weights.insert(it.key(), v);
    }
    return true;
}

bool readWeightSets(JsonFieldReader &r, Workshop &w)
{
    QJsonArray list;
    if (!r.array(QStringLiteral("weight_sets"), Workshop::kMaxWeightSets, &list))
        return false;
    QSet<QString> names;
    for (int i = 0; i < list.size(); ++i) {
        const QString key = QStringLiteral("weight_sets[%1]").arg(i);
        NamedWeightSet set;
        if (!readWeightSet(r, key, list[i], &set))
            return false;
        if (names.contains(set.name))
            return r.fail(key, WorkshopJson::tr("the name %1 is used twice").arg(set.name));
        names.insert(set.name);
        w.weightSets.append(set);
    }
    return true;
}

bool readRound(JsonFieldReader &r, const QString &key, const QJsonValue &value, int expected,
               WorkshopRound *out)
{
    if (!value.isObject())
        return r.fail(key, WorkshopJson::tr("must be an object"));
    JsonFieldReader round(value.toObject(), r.field(key));
    QString state;
    const bool read = round.integer(QStringLiteral("number"), 1, Workshop::kMaxRounds, &out->number)
        && round.text(QStringLiteral("state"), 16, true, &state)
        && round.timestamp(QStringLiteral("opened_at"), true, &out->openedAt)
        && round.timestamp(QStringLiteral("revealed_at"), false, &out->revealedAt)
        && round.timestamp(QStringLiteral("closed_at"), false, &out->closedAt);
    if (!read)
        return r.adopt(round);
    if (out->number != expected)
        return r.fail(
            key, WorkshopJson::tr("is numbered %1; rounds are numbered 1, 2, ... in order").arg(out->number));
    if (!roundStateFrom(state, &out->state))
        return r.fail(key, WorkshopJson::tr("the state must be open, revealed or closed"));
    return true;
}

bool readRounds(JsonFieldReader &r, Workshop &w)
{
    QJsonArray list;
    if (!r.array(QStringLiteral("rounds"), Workshop::kMaxRounds, &list))
        return false;
    for (int i = 0; i < list.size(); ++i) {
        WorkshopRound round;
        if (!readRound(r, QStringLiteral("rounds[%1]").arg(i), list[i], i + 1, &round))
            return false;
        if (round.state == RoundState::Open && i + 1 < list.size())
            return r.fail(QStringLiteral("rounds[%1]").arg(i),
                          WorkshopJson::tr("is open, but only the last round may be open"));
        w.rounds.append(round);
    }
    return true;
}

bool readRoundScore(JsonFieldReader &r, const QString &key, const QJsonValue &value, RoundScore *out)
{
    if (!value.isObject())
        return r.fail(key, WorkshopJson::tr("must be an object"));
    JsonFieldReader s(value.toObject(), r.field(key));
    QString state;
    const bool read = s.uuid(QStringLiteral("use_case_uuid"), &out->useCaseUuid)
        && s.text(QStringLiteral("criterion_id"), 64, true, &out->criterionId)
        && s.text(QStringLiteral("state"), 16, true, &state)
        && s.text(QStringLiteral("reason"), WorkshopJson::kTextChars, false, &out->reason);
    if (!read)
        return r.adopt(s);
    const auto known = AssessmentJson::stateFrom(state);
    if (!known)
        return r.fail(key, WorkshopJson::tr("the state must be level, na or unknown"));
    out->state = *known;
    if (out->state == ScoreState::Level && !s.integer(QStringLiteral("level"), 0, 100, &out->level))
        return r.adopt(s);
    return true;
}

bool readRoundScores(JsonFieldReader &r, RoundSheet &sheet)
{
    QJsonArray list;
    if (!r.array(QStringLiteral("scores"), RoundSheet::kMaxScores, &list))
        return false;
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString key = QStringLiteral("scores[%1]").arg(i);
        RoundScore s;
        if (!readRoundScore(r, key, list[i], &s))
            return false;
        const QString id = s.useCaseUuid + QLatin1Char('/') + s.criterionId;
        if (seen.contains(id))
            return r.fail(key,
                          WorkshopJson::tr("criterion %1 of use case %2 is scored twice")
                              .arg(s.criterionId, s.useCaseUuid));
        seen.insert(id);
        sheet.scores.append(s);
    }
    return true;
}

} // namespace

QJsonObject WorkshopJson::contentJson(const Workshop &w)
{
    return QJsonObject{{QStringLiteral("name"), w.name},
                       {QStringLiteral("description"), w.description},
                       {QStringLiteral("use_case_uuids"), QJsonArray::fromStringList(w.useCaseUuids)},
                       {QStringLiteral("rubric_uuid"), w.rubricUuid},
                       {QStringLiteral("rubric_version"), w.rubricVersion},
                       {QStringLiteral("weight_sets"), weightSetsJson(w.weightSets)},
                       {QStringLiteral("view"), w.view},
                       {QStringLiteral("rounds"), roundsJson(w.rounds)}};
}

QJsonObject WorkshopJson::toJson(const Workshop &w)
{
    QJsonObject o = contentJson(w);
    o.insert(QStringLiteral("uuid"), w.uuid);
    o.insert(QStringLiteral("created_at"), toIsoUtc(w.createdAt));
    o.insert(QStringLiteral("modified_at"), toIsoUtc(w.modifiedAt));
    o.insert(QStringLiteral("modified_by"), w.modifiedBy);
    o.insert(QStringLiteral("revision"), w.revision);
    return o;
}

QString WorkshopJson::contentHash(const Workshop &w)
{
    return hashOf(contentJson(w));
}

Result<Workshop> WorkshopJson::fromJson(const QJsonObject &o)
{
    JsonFieldReader r(o);
    Workshop w;
    const bool read = r.uuid(QStringLiteral("uuid"), &w.uuid)
        && r.text(QStringLiteral("name"), kNameChars, true, &w.name)
        && r.text(QStringLiteral("description"), kTextChars, false, &w.description) && readUseCases(r, w)
        && r.uuid(QStringLiteral("rubric_uuid"), &w.rubricUuid)
        && r.integer(QStringLiteral("rubric_version"), 0, Revision::kMax, &w.rubricVersion)
        && readWeightSets(r, w) && r.text(QStringLiteral("view"), 64, false, &w.view) && readRounds(r, w)
        && r.timestamp(QStringLiteral("created_at"), true, &w.createdAt)
        && r.timestamp(QStringLiteral("modified_at"), true, &w.modifiedAt)
        && r.text(QStringLiteral("modified_by"), kNameChars, false, &w.modifiedBy)
        && r.integer(QStringLiteral("revision"), 1, Revision::kMax, &w.revision);
    if (!read)
        return r.error();
    w.name = w.name.simplified();
    return w;
}

QJsonObject WorkshopJson::sheetContentJson(const RoundSheet &sheet)
{
    QList<RoundScore> scores = sheet.scores;
    std::sort(scores.begin(), scores.end(), [](const RoundScore &a, const RoundScore &b) {
        return a.useCaseUuid != b.useCaseUuid ? a.useCaseUuid < b.useCaseUuid : a.criterionId < b.criterionId;
    });
    QJsonArray list;
    for (const RoundScore &s : std::as_const(scores))
        list.append(
            QJsonObject{{QStringLiteral("use_case_uuid"), s.useCaseUuid},
                        {QStringLiteral("criterion_id"), s.criterionId},
                        {QStringLiteral("state"), AssessmentJson::stateName(s.state)},
                        {QStringLiteral("level"),
                         s.state == ScoreState::Level ? QJsonValue(s.level) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("reason"), s.reason}});
    return QJsonObject{{QStringLiteral("workshop_uuid"), sheet.workshopUuid},
                       {QStringLiteral("round"), sheet.round},
                       {QStringLiteral("assessor_id"), sheet.assessorId},
                       {QStringLiteral("assessor_name"), sheet.assessorName},
                       {QStringLiteral("scores"), list}};
}

QJsonObject WorkshopJson::sheetToJson(const RoundSheet &sheet)
{
    QJsonObject o = sheetContentJson(sheet);
    o.insert(QStringLiteral("uuid"), sheet.uuid);
    o.insert(QStringLiteral("created_at"), toIsoUtc(sheet.createdAt));
    o.insert(QStringLiteral("modified_at"), toIsoUtc(sheet.modifiedAt));
    o.insert(QStringLiteral("revision"), sheet.revision);
    return o;
}

QString WorkshopJson::sheetContentHash(const RoundSheet &sheet)
{
    return hashOf(sheetContentJson(sheet));
}

Result<RoundSheet> WorkshopJson::sheetFromJson(const QJsonObject &o)
{
    JsonFieldReader r(o);
    RoundSheet s;
    const bool read = r.uuid(QStringLiteral("uuid"), &s.uuid)
        && r.uuid(QStringLiteral("workshop_uuid"), &s.workshopUuid)
        && r.integer(QStringLiteral("round"), 1, Workshop::kMaxRounds, &s.round)
        && r.uuid(QStringLiteral("assessor_id"), &s.assessorId)
        && r.text(QStringLiteral("assessor_name"), kNameChars, true, &s.assessorName) && readRoundScores(r, s)
        && r.timestamp(QStringLiteral("created_at"), true, &s.createdAt)
        && r.timestamp(QStringLiteral("modified_at"), true, &s.modifiedAt)
        && r.integer(QStringLiteral("revision"), 1, Revision::kMax, &s.revision);
    if (!read)
        return r.error();
    return s;
}

} // namespace casebook
