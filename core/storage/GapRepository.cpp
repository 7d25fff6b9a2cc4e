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
    QStringList uuids;
    for (const UseCaseSummary &s : std::as_const(*matching))
        uuids.append(s.uuid);
    return gapsOf(uuids);
}

Result<QList<GapEntry>> GapRepository::gapsOf(const QStringList &uuids) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT u.uuid, u.code, u.title, g.value "
                       "FROM use_cases AS u, json_each(u.document, '$.gaps') AS g "
                       "WHERE u.uuid IN (SELECT value FROM json_each(?)) ORDER BY u.code, u.id, g.key"));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(uuids)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_db.storageError(tr("Reading the gaps"), q.lastError().text());
    QList<GapEntry> out;
    while (q.next()) {
        const QJsonObject g = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        auto text = [&g](const char *key) { return g.value(QLatin1String(key)).toString(); };
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    StandardizationGap{text("description"), text("facet"), text("candidate_sdo"),
                                       text("question"), text("priority"), text("status")}});
    }
    return out;
}

} // namespace casebook
