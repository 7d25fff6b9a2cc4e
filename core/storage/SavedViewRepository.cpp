#include "storage/SavedViewRepository.h"

#include "storage/Database.h"
#include "support/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace casebook {

SavedViewRepository::SavedViewRepository(Database &db)
    : m_db(db)
{ }

Result<QList<SavedView>> SavedViewRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, query FROM saved_views ORDER BY name COLLATE NOCASE")))
        return m_db.storageError(tr("Listing saved views"), q.lastError().text());
    QList<SavedView> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Status SavedViewRepository::save(const SavedView &view)
{
    const QString name = view.name.simplified();
    if (name.isEmpty() || name.size() > 200)
        return makeError(ErrorCode::InputRejected, tr("A saved view needs a name of 1 to 200 characters."));
    const QString now = toIsoUtc(m_db.clock().nowUtc());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO saved_views (name, query, created_at, modified_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET query = excluded.query, modified_at = excluded.modified_at"));
    q.addBindValue(name);
    q.addBindValue(view.query.isNull() ? QString(QLatin1String("")) : view.query);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return m_db.storageError(tr("Saving the view"), q.lastError().text());
    return {};
}

Status SavedViewRepository::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_views WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return m_db.storageError(tr("Deleting the view"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no saved view %1.").arg(name));
    return {};
}

} // namespace casebook
