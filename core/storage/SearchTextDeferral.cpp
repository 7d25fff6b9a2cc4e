#include "storage/SearchTextDeferral.h"

#include "storage/Database.h"
#include "storage/NotNullText.h"
#include "storage/SqliteStatement.h"

#include <QVariant>

namespace casebook {

SearchTextDeferral::SearchTextDeferral(Database &db)
    : m_db(db)
    // Only inside an all-or-nothing transaction: there no savepoint rolls a record back alone
    // while its noted row would still be written.
    , m_active(db.m_searchDeferral == nullptr && db.transactionDepth() > 0 && db.joinsNested())
{
    if (m_active)
        m_db.m_searchDeferral = this;
}

SearchTextDeferral::~SearchTextDeferral()
{
    if (m_active)
        m_db.m_searchDeferral = nullptr;
}

Status SearchTextDeferral::write(Database &db, SearchTextRow row)
{
    if (SearchTextDeferral *deferral = db.m_searchDeferral)
        return deferral->note(std::move(row));
    return insert(db, row);
}

void SearchTextDeferral::forget(Database &db, qint64 useCaseId)
{
    SearchTextDeferral *deferral = db.m_searchDeferral;
    if (!deferral)
        return;
    const auto it = deferral->m_rows.constFind(useCaseId);
    if (it == deferral->m_rows.cend())
        return;
    deferral->m_bytes -= bytesOf(*it);
    deferral->m_rows.erase(it);
}

Status SearchTextDeferral::note(SearchTextRow row)
{
    if (m_bytes > kMaxNotedBytes) {
        if (Status s = flush(); !s)
            return s;
    }
    forget(m_db, row.id); // a record written twice in one bulk write keeps its last row
    m_bytes += bytesOf(row);
    m_order.push_back(row.id);
    m_rows.insert(row.id, std::move(row));
    return {};
}

qint64 SearchTextDeferral::bytesOf(const SearchTextRow &row)
{
    return kRowBytes + 2 * (row.code.size() + row.title.size()) + row.summary.size() + row.body.size();
}

Status SearchTextDeferral::flush()
{
    if (!m_active)
        return {};
    auto stored = m_db.sqliteStatement("SELECT 1 FROM use_cases WHERE id = ?");
    if (!stored)
        return stored.error();
    for (const qint64 id : m_order) {
        const SearchTextRow row = m_rows.take(id);
        if (row.id == 0)
            continue; // forgotten, or written at its first place in the order
        bool isStored = false;
        (*stored)->bindAll({row.id});
        if (!(*stored)->eachRow([&] { isStored = true; }))
            return m_db.storageError(tr("Updating the search index"), (*stored)->errorText());
        if (!isStored)
            continue; // removed since (a cascade, a trigger)
        if (Status s = insert(m_db, row); !s)
            return s;
    }
    m_order.clear();
    m_rows.clear();
    m_bytes = 0;
    return {};
}

Status SearchTextDeferral::insert(Database &db, const SearchTextRow &row)
{
    // The tag names as stored (an existing tag keeps its spelling), as the view use_case_fts_source.
    // One row of VALUES: INSERT OR REPLACE, or INSERT ... SELECT, would open a statement journal
    // (see the class) for every row.
    auto q = db.sqliteStatement("INSERT INTO use_cases_fts (rowid, code, title, summary, body, tags) "
                                "VALUES (?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), "
                                "(SELECT coalesce(group_concat(t.name, ' '), '') FROM use_case_tags AS ut "
                                "JOIN tags AS t ON t.id = ut.tag_id WHERE ut.use_case_id = ?))");
    if (!q)
        return q.error();
    (*q)->bindAll(notNullTexts({row.id, row.code, row.title, row.summary, row.body, row.id}));
    if (!(*q)->run())
        return db.storageError(tr("Updating the search index"), (*q)->errorText());
    return {};
}

} // namespace casebook
