#include "storage/StoredDocumentCheck.h"

#include "model/AssessmentJson.h"
#include "model/Revision.h"
#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace casebook {

namespace {

/// The JSON object stored in a document column, or the reason it is not one.
std::optional<QJsonObject> storedObject(const QString &text, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *why = StoredDocumentCheck::tr("the stored JSON is damaged (%1)").arg(error.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = StoredDocumentCheck::tr("the stored JSON is not an object");
        return std::nullopt;
    }
    return doc.object();
}

constexpr int kProblemsInMessage = 20;

} // namespace

Status StoredDocumentCheck::checkUseCases(Database &db, QStringList *out)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, code, revision, document FROM use_cases ORDER BY code")))
        return db.storageError(tr("Checking the stored use cases"), q.lastError().text());
    while (q.next()) {
        const QString name = tr("use case %1 (%2)").arg(q.value(1).toString(), q.value(0).toString());
        QString why;
        if (!Revision::isValid(q.value(2).toLongLong())) {
            why = tr("revision %1 is outside 1 to %2").arg(q.value(2).toString()).arg(Revision::kMax);
        } else if (const auto object = storedObject(q.value(3).toString(), &why)) {
            if (auto u = UseCaseJson::fromJson(*object); !u)
                why = u.error().message;
        }
        if (!why.isEmpty())
            out->append(tr("%1: %2").arg(name, why));
    }
    return {};
}

Status StoredDocumentCheck::checkRubrics(Database &db, QStringList *out)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, name, version, definition FROM rubrics ORDER BY name, version")))
        return db.storageError(tr("Checking the stored rubrics"), q.lastError().text());
    while (q.next()) {
        const QString name = tr("rubric %1 version %2 (%3)")
                                 .arg(q.value(1).toString(), q.value(2).toString(), q.value(0).toString());
        QString why;
        if (const auto object = storedObject(q.value(3).toString(), &why)) {
            if (auto r = RubricJson::fromJson(*object); !r)
                why = r.error().message;
        }
        if (!why.isEmpty())
            out->append(tr("%1: %2").arg(name, why));
    }
    return {};
}

Status StoredDocumentCheck::checkAssessments(Database &db, QStringList *out)
{
    auto all = AssessmentRepository(db).all();
    if (!all)
        return all.error();
    for (const Assessment &a : std::as_const(*all)) {
        if (auto back = AssessmentJson::fromJson(AssessmentJson::toJson(a)); !back)
            out->append(tr("assessment %1 by %2: %3").arg(a.uuid, a.assessorName, back.error().message));
    }
    return {};
}

Result<QStringList> StoredDocumentCheck::problems(Database &db)
{
    QStringList out;
    for (const auto step : {&checkUseCases, &checkRubrics, &checkAssessments}) {
        if (Status s = step(db, &out); !s)
            return s.error();
    }
    return out;
}

Status StoredDocumentCheck::check(Database &db)
{
    auto found = problems(db);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return {};
    QStringList shown = found->mid(0, kProblemsInMessage);
    if (found->size() > kProblemsInMessage)
        shown.append(tr("and %n more", nullptr, int(found->size() - kProblemsInMessage)));
    return makeError(ErrorCode::Corrupt,
                     tr("%1 holds %n record(s) that cannot be read: %2", nullptr, int(found->size()))
                         .arg(db.path(), shown.join(QLatin1String("; "))),
                     found->join(QLatin1Char('\n')));
}

} // namespace casebook
