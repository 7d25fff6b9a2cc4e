#include "model/RubricJson.h"

#include "support/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace casebook {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

bool readStrings(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

} // namespace

QJsonObject RubricJson::toJson(const Rubric &r)
{
    QJsonArray dimensions;
    for (const auto &d : r.dimensions) {
        QJsonArray criteria;
        for (const auto &c : d.criteria) {
            QJsonObject co{{QStringLiteral("id"), c.id},
                           {QStringLiteral("name"), c.name},
                           {QStringLiteral("weight"), c.weight},
                           {QStringLiteral("levels"), toArray(c.levels)}};
            if (!c.description.isEmpty())
                co.insert(QStringLiteral("description"), c.description);
            if (!c.sources.isEmpty())
                co.insert(QStringLiteral("sources"), toArray(c.sources));
            criteria.append(co);
        }
        dimensions.append(QJsonObject{{QStringLiteral("id"), d.id},
                                      {QStringLiteral("name"), d.name},
                                      {QStringLiteral("criteria"), criteria}});
    }
    QJsonArray knockouts;
    for (const auto &k : r.knockouts) {
        knockouts.append(QJsonObject{{QStringLiteral("criterion"), k.criterionId},
                                     {QStringLiteral("when_score"), k.whenScore},
                                     {QStringLiteral("flag"), k.flag}});
    }
    QJsonObject scale{{QStringLiteral("min"), r.scaleMin}, {QStringLiteral("max"), r.scaleMax}};
    if (!r.scaleLabels.isEmpty())
        scale.insert(QStringLiteral("labels"), toArray(r.scaleLabels));
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("casebook-rubric")},
                  {QStringLiteral("format_version"), 1},
                  {QStringLiteral("uuid"), r.uuid},
                  {QStringLiteral("series_uuid"), r.seriesUuid},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("description"), r.description},
                  {QStringLiteral("scale"), scale},
                  {QStringLiteral("knockouts"), knockouts},
                  {QStringLiteral("min_coverage"), r.minCoverage},
                  {QStringLiteral("dimensions"), dimensions}};
    if (r.createdAt.isValid())
        o.insert(QStringLiteral("created_at"), toIsoUtc(r.createdAt));
    return o;
}

Result<Rubric> RubricJson::fromJson(const QJsonObject &o)
{
    auto reject = [](const QString &m) { return makeError(ErrorCode::InputRejected, m); };
    Rubric r;
    const QString format = o.value(QStringLiteral("format")).toString(QStringLiteral("casebook-rubric"));
    if (format != QLatin1String("casebook-rubric"))
        return reject(tr("this is not a Casebook rubric (format is '%1')").arg(format));
    if (o.value(QStringLiteral("format_version")).toInt(1) > 1)
        return reject(tr("this rubric was made by a newer Casebook; update Casebook to open it"));
    r.uuid = o.value(QStringLiteral("uuid")).toString();
    r.seriesUuid = o.value(QStringLiteral("series_uuid")).toString();
    for (QString *id : {&r.uuid, &r.seriesUuid}) {
        if (!id->isEmpty() && QUuid::fromString(*id).isNull())
            return reject(tr("uuid: '%1' is not a UUID").arg(*id));
        if (!id->isEmpty())
            *id = QUuid::fromString(*id).toString(QUuid::WithoutBraces);
    }
    r.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (r.name.isEmpty() || r.name.size() > 500)
        return reject(tr("name: a rubric needs a name of at most 500 characters"));
    r.description = o.value(QStringLiteral("description")).toString();
    r.version = o.value(QStringLiteral("version")).toInt(1);
    if (r.version < 1)
        return reject(tr("version: must be a whole number from 1"));
    const QJsonObject scale = o.value(QStringLiteral("scale")).toObject();
    r.scaleMin = scale.value(QStringLiteral("min")).toInt(0);
    r.scaleMax = scale.value(QStringLiteral("max")).toInt(4);
    if (r.scaleMin < 0 || r.scaleMax <= r.scaleMin || r.scaleMax > 100)
        return reject(tr("scale: min must be 0 or more and max greater than min (at most 100)"));
    if (!readStrings(scale.value(QStringLiteral("labels")), &r.scaleLabels))
        return reject(tr("scale.labels: must be a list of texts"));
    const QJsonValue minCoverage = o.value(QStringLiteral("min_coverage"));
    if (!minCoverage.isUndefined() && !minCoverage.isNull()) {
        if (!minCoverage.isDouble() || !(minCoverage.toDouble() >= 0 && minCoverage.toDouble() <= 1))
            return reject(tr("min_coverage: must be a number from 0 to 1"));
        r.minCoverage = minCoverage.toDouble();
    }
    if (const QString created = o.value(QStringLiteral("created_at")).toString(); !created.isEmpty())
        r.createdAt = fromIsoUtc(created);

    const int levelCount = r.scaleMax - r.scaleMin + 1;
    QSet<QString> ids;
    const QJsonArray dims = o.value(QStringLiteral("dimensions")).toArray();
    if (dims.isEmpty())
        return reject(tr("dimensions: a rubric needs at least one dimension"));
    for (int i = 0; i < dims.size(); ++i) {
        const QJsonObject dobj = dims[i].toObject();
        RubricDimension d;
        d.id = dobj.value(QStringLiteral("id")).toString().trimmed();
        d.name = dobj.value(QStringLiteral("name")).toString().trimmed();
        if (d.name.isEmpty())
            return reject(tr("dimensions[%1]: needs a name").arg(i));
        if (d.id.isEmpty())
            d.id = QString::number(i + 1);
        const QJsonArray crits = dobj.value(QStringLiteral("criteria")).toArray();
        for (int j = 0; j < crits.size(); ++j) {
            const QString where = QStringLiteral("dimensions[%1].criteria[%2]").arg(i).arg(j);
            const QJsonObject cobj = crits[j].toObject();
            RubricCriterion c;
            c.id = cobj.value(QStringLiteral("id")).toString().trimmed();
            c.name = cobj.value(QStringLiteral("name")).toString().trimmed();
            c.description = cobj.value(QStringLiteral("description")).toString();
            if (c.id.isEmpty() || c.id.size() > 32)
                return reject(tr("%1: needs an id of 1 to 32 characters").arg(where));
            if (ids.contains(c.id))
                return reject(tr("%1: the criterion id '%2' is used twice").arg(where, c.id));
            ids.insert(c.id);
            if (c.name.isEmpty())
                return reject(tr("%1: needs a name").arg(where));
            const QJsonValue w = cobj.value(QStringLiteral("weight"));
            if (!w.isDouble() || w.toDouble() < 0 || w.toDouble() > 1e6)
                return reject(tr("%1: weight must be a number of 0 or more").arg(where));
            c.weight = w.toDouble();
            if (!readStrings(cobj.value(QStringLiteral("levels")), &c.levels))
                return reject(tr("%1: levels must be a list of texts").arg(where));
            if (c.levels.size() != levelCount)
                return reject(tr("%1: has %2 level descriptors; the scale %3 to %4 needs %5")
                                  .arg(where)
                                  .arg(c.levels.size())
                                  .arg(r.scaleMin)
                                  .arg(r.scaleMax)
                                  .arg(levelCount));
            if (!readStrings(cobj.value(QStringLiteral("sources")), &c.sources))
                return reject(tr("%1: sources must be a list of texts").arg(where));
            d.criteria.append(c);
        }
        r.dimensions.append(d);
    }
    if (r.totalWeight() <= 0)
        return reject(tr("weights: at least one criterion needs a weight above 0"));
    for (const QJsonValue &kv : o.value(QStringLiteral("knockouts")).toArray()) {
        const QJsonObject ko = kv.toObject();
        KnockoutRule k;
        k.criterionId = ko.value(QStringLiteral("criterion")).toString();
        k.whenScore = ko.value(QStringLiteral("when_score")).toInt(0);
        k.flag = ko.value(QStringLiteral("flag")).toString();
        if (!ids.contains(k.criterionId))
            return reject(tr("knockouts: the criterion '%1' is not in the rubric").arg(k.criterionId));
        r.knockouts.append(k);
    }
    return r;
}

bool RubricJson::isShippedDefault(const QString &uuid)
{
    // Version 1 (Casebook before the knock-out and D1 revision), then the current resource.
    return uuid == QLatin1String("dea4cfac-97da-471b-a9f3-bbc38ff6918c") || uuid == defaultRubric().uuid;
}

Rubric RubricJson::defaultRubric()
{
    QFile file(QStringLiteral(":/casebook/rubrics/default-rubric.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto r = fromJson(QJsonDocument::fromJson(file.readAll()).object());
    Q_ASSERT_X(r.ok(), "RubricJson::defaultRubric", "the default rubric resource does not validate");
    return r ? r.value() : Rubric{};
}

} // namespace casebook
