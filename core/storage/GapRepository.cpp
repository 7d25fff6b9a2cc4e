#include "storage/GapRepository.h"

#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace casebook {

GapRepository::GapRepository(Database &db)
    : m_db(db)
{ }

Result<QList<GapEntry>> GapRepository::gaps(const SearchQuery &query) const
{
    auto matching = UseCaseRepository(m_db).find(query);
    if (!matching)
        return matching.error();
    QJsonArray ids;
    QHash<qint64, const UseCaseSummary *> byId;
    for (const UseCaseSummary &s : std::as_const(*matching)) {
        ids.append(s.id);
        byId.insert(s.id, &s);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.id, g.value FROM use_cases AS u, json_each(u.document, '$.gaps') AS g "
                             "WHERE u.id IN (SELECT value FROM json_each(?)) ORDER BY u.code, u.id, g.key"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_db.storageError(tr("Reading the gaps"), q.lastError().text());
    QList<GapEntry> out;
    while (q.next()) {
        const UseCaseSummary *s = byId.value(q.value(0).toLongLong());
        const QJsonObject g = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        auto text = [&g](const char *key) { return g.value(QLatin1String(key)).toString(); };
        out.append({s->uuid, s->code, s->title,
                    StandardizationGap{text("description"), text("facet"), text("candidate_sdo"),
                                       text("question"), text("priority"), text("status")}});
    }
    return out;
}

} // namespace casebook
