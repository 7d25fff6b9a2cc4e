#include "SearchIndexShape.h"

#include "DatabaseTestAccess.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QVariant>

namespace casebook::test {

namespace {

/// An SQLite varint (big-endian, seven bits a byte, the ninth byte whole) at `at`, which moves past it.
quint64 varint(const QByteArray &bytes, int &at)
{
    quint64 value = 0;
    for (int k = 0; k < 9 && at < bytes.size(); ++k) {
        const auto c = quint8(bytes.at(at++));
        if (k == 8)
            return (value << 8) | c;
        value = (value << 7) | (c & 0x7f);
        if (!(c & 0x80))
            return value;
    }
    return value;
}

} // namespace

int searchIndexSegments(Database &db)
{
    // The structure record is row 10 of the %_data table: a four-byte cookie, then the number of
    // levels and the number of segments (fts5_index.c, fts5StructureDecode).
    QSqlQuery q(DatabaseTestAccess::connection(db));
    if (!q.exec(QStringLiteral("SELECT block FROM use_cases_fts_data WHERE id = 10")) || !q.next())
        return -1;
    const QByteArray block = q.value(0).toByteArray();
    int at = 4;
    varint(block, at); // levels
    return block.size() > at ? int(varint(block, at)) : -1;
}

bool stopSearchIndexMerges(Database &db)
{
    QSqlQuery q(DatabaseTestAccess::connection(db));
    return q.exec(QStringLiteral("INSERT INTO use_cases_fts (use_cases_fts, rank) VALUES ('automerge', 0)"));
}

} // namespace casebook::test
