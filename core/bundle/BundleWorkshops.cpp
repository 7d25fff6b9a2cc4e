#include "bundle/BundleWorkshops.h"

#include "model/WorkshopJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace casebook {

namespace {

Error refuse(const QString &sentence, const QString &detail = {})
{
    return makeError(ErrorCode::InputRejected, sentence, detail);
}

/// The first key of `o` that `known` does not list, or empty.
QString unknownKey(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return {};
}

const QStringList &workshopKeys()
{
    static const QStringList keys{
        QStringLiteral("uuid"),           QStringLiteral("name"),        QStringLiteral("description"),
        QStringLiteral("use_case_uuids"), QStringLiteral("rubric_uuid"), QStringLiteral("rubric_version"),
        QStringLiteral("weight_sets"),    QStringLiteral("view"),        QStringLiteral("rounds"),
        QStringLiteral("created_at"),     QStringLiteral("modified_at"), QStringLiteral("modified_by"),
        QStringLiteral("revision")};
    return keys;
}

const QStringList &sheetKeys()
{
    static const QStringList keys{
        QStringLiteral("uuid"),        QStringLiteral("workshop_uuid"), QStringLiteral("round"),
        QStringLiteral("assessor_id"), QStringLiteral("assessor_name"), QStringLiteral("scores"),
        QStringLiteral("created_at"),  QStringLiteral("modified_at"),   QStringLiteral("revision")};
    return keys;
}

const Rubric *rubricOf(const IncomingRecords &in, const QString &uuid)
{
    for (const Rubric &r : in.rubrics) {
        if (r.uuid == uuid)
            return &r;
    }
    return nullptr;
}

const Workshop *workshopOf(const IncomingRecords &in, const QString &uuid)
{
    for (const Workshop &w : in.workshops) {
        if (w.uuid == uuid)
            return &w;
    }
    return nullptr;
}

} // namespace

QByteArray BundleWorkshops::document(const IncomingRecords &records)
{
    if (records.workshops.isEmpty() && records.roundSheets.isEmpty())
        return {};
    QList<Workshop> workshops = records.workshops;
    std::sort(workshops.begin(), workshops.end(),
              [](const Workshop &a, const Workshop &b) { return a.uuid < b.uuid; });
    QList<RoundSheet> sheets = records.roundSheets;
    std::sort(sheets.begin(), sheets.end(),
              [](const RoundSheet &a, const RoundSheet &b) { return a.uuid < b.uuid; });
    QJsonArray w;
    for (const Workshop &x : std::as_const(workshops))
        w.append(WorkshopJson::toJson(x));
    QJsonArray s;
    for (const RoundSheet &x : std::as_const(sheets))
        s.append(WorkshopJson::sheetToJson(x));
    return QJsonDocument(QJsonObject{{QStringLiteral("workshops"), w}, {QStringLiteral("round_sheets"), s}})
        .toJson(QJsonDocument::Compact);
}

Status BundleWorkshops::read(const QJsonObject &doc, bool tolerateUnknown, int maxRecords, int *records,
                             IncomingRecords &out)
{
    if (const QString k = unknownKey(doc, {QStringLiteral("workshops"), QStringLiteral("round_sheets")});
        !k.isEmpty() && !tolerateUnknown)
        return refuse(tr("The document workshops.json has a field this version does not know: %1.").arg(k));
    const QJsonValue workshops = doc.value(QStringLiteral("workshops"));
    const QJsonValue sheets = doc.value(QStringLiteral("round_sheets"));
    if (!workshops.isArray() || !sheets.isArray())
        return refuse(tr("The document workshops.json does not have the expected form."),
                      QStringLiteral("'workshops' and 'round_sheets' must be lists"));
    *records += int(workshops.toArray().size() + sheets.toArray().size());
    if (*records > maxRecords)
        return refuse(tr("The bundle holds more records than the %1 a bundle may hold.").arg(maxRecords),
                      QStringLiteral("in workshops.json"));
    if (Status s = readWorkshops(workshops.toArray(), tolerateUnknown, out); !s)
        return s;
    return readSheets(sheets.toArray(), tolerateUnknown, out);
}

Status BundleWorkshops::readWorkshops(const QJsonArray &list, bool tolerateUnknown, IncomingRecords &out)
{
    QSet<QString> uuids, names, useCases;
    for (const IncomingUseCase &u : std::as_const(out.useCases))
        useCases.insert(u.useCase.uuid);
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        const QString extra = unknownKey(o, workshopKeys());
        auto w = WorkshopJson::fromJson(o);
        if (!list[i].isObject() || !w || (!extra.isEmpty() && !tolerateUnknown))
            return refuse(tr("Workshop %1 is invalid: %2")
                              .arg(i + 1)
                              .arg(!list[i].isObject() ? tr("it is not an object.")
                                       : !w
                                       ? w.error().message
                                       : tr("it has a field this version does not know: %1.").arg(extra)));
        if (uuids.contains(w->uuid) || names.contains(w->name.toCaseFolded()))
            return refuse(tr("The workshop \"%1\" appears twice.").arg(w->name));
        uuids.insert(w->uuid);
        names.insert(w->name.toCaseFolded());
        if (!rubricOf(out, w->rubricUuid))
            return refuse(tr("The workshop \"%1\" names a rubric that is not in the bundle.").arg(w->name),
                          w->rubricUuid);
        for (const QString &u : std::as_const(w->useCaseUuids)) {
            if (!useCases.contains(u))
                return refuse(
                    tr("The workshop \"%1\" names a use case that is not in the bundle.").arg(w->name), u);
        }
        out.workshops.append(*w);
    }
    return {};
}

Status BundleWorkshops::readSheets(const QJsonArray &list, bool tolerateUnknown, IncomingRecords &out)
{
    QSet<QString> uuids, keys;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        const QString extra = unknownKey(o, sheetKeys());
        auto s = WorkshopJson::sheetFromJson(o);
        if (!list[i].isObject() || !s || (!extra.isEmpty() && !tolerateUnknown))
            return refuse(tr("Round scores %1 are invalid: %2")
                              .arg(i + 1)
                              .arg(!list[i].isObject() ? tr("they are not an object.")
                                       : !s
                                       ? s.error().message
                                       : tr("they have a field this version does not know: %1.").arg(extra)));
        const QString key = QStringLiteral("%1/%2/%3").arg(s->workshopUuid).arg(s->round).arg(s->assessorId);
        if (uuids.contains(s->uuid) || keys.contains(key))
            return refuse(tr("The round %1 scores of %2 appear twice.").arg(s->round).arg(s->assessorName));
        uuids.insert(s->uuid);
        keys.insert(key);
        if (Status st = checkSheet(*s, out); !st)
            return st;
        out.roundSheets.append(*s);
    }
    return {};
}

Status BundleWorkshops::checkSheet(const RoundSheet &s, const IncomingRecords &in)
{
    const Workshop *w = workshopOf(in, s.workshopUuid);
    if (!w)
        return refuse(
            tr("The round scores of %1 name a workshop that is not in the bundle.").arg(s.assessorName),
            s.workshopUuid);
    if (!w->round(s.round))
        return refuse(tr("The round scores of %1 name round %2, which the workshop \"%3\" does not have.")
                          .arg(s.assessorName)
                          .arg(s.round)
                          .arg(w->name));
    const Rubric *rubric = rubricOf(in, w->rubricUuid);
    for (const RoundScore &sc : s.scores) {
        if (!w->useCaseUuids.contains(sc.useCaseUuid))
            return refuse(
                tr("The round scores of %1 name a use case that is not in the workshop.").arg(s.assessorName),
                sc.useCaseUuid);
        if (!rubric->criterion(sc.criterionId))
            return refuse(tr("The round scores of %1 score a criterion the rubric does not have: %2.")
                              .arg(s.assessorName, sc.criterionId));
        if (sc.state == ScoreState::Level && (sc.level < rubric->scaleMin || sc.level > rubric->scaleMax))
            return refuse(tr("The round scores of %1 give %2 a level outside the rubric's scale.")
                              .arg(s.assessorName, sc.criterionId));
    }
    return {};
}

} // namespace casebook
