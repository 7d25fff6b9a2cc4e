#include "DatabaseDump.h"
#include "DatabaseTestAccess.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace casebook::test {

QStringList dumpDatabase(Database &db, bool withSearchIndex)
{
    QStringList out;
    QSqlQuery tables(DatabaseTestAccess::connection(db));
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (withSearchIndex || !name.startsWith(QLatin1String("use_cases_fts")))
            names.append(name);
    }
    for (const QString &t : names) {
        QSqlQuery q(DatabaseTestAccess::connection(db));
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(t));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).toString());
            out.append(t + QLatin1Char('|') + cells.join(QLatin1Char('|')));
        }
    }
    return out;
}

} // namespace casebook::test
