// The session extension's declarations are compiled in only with these (Debian's libsqlite3 has it;
// core/CMakeLists.txt checks the library).
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "storage/ChangeJournal.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace casebook {

namespace {

/// Tables whose changes are not recorded: derived (rewritten by the repository after a take-back),
/// the attachment store's bytes (never deleted), or not records. Shadow tables of virtual tables (the
/// full-text index) are left out by prefix, in tableRecorded().
const QSet<QString> &unrecordedTables()
{
    static const QSet<QString> tables{
        QStringLiteral("attachment_blobs"), // content-addressed bytes, never deleted
        QStringLiteral("use_case_scores"),  QStringLiteral("imports"),      QStringLiteral("import_undo"),
        QStringLiteral("import_added"),
        QStringLiteral("use_case_history"), // only added to: its new rows are a range of ids
        QStringLiteral("sync_servers"),     QStringLiteral("sync_records"), QStringLiteral("sync_changed"),
        QStringLiteral("settings"),         QStringLiteral("saved_views"),
    };
    return tables;
}

int tableRecorded(void *virtualTables, const char *name)
{
    const QString table = QString::fromUtf8(name);
    if (table.startsWith(QLatin1String("sqlite_")) || unrecordedTables().contains(table))
        return 0;
    for (const QString &v : *static_cast<const QStringList *>(virtualTables)) {
        if (table == v || table.startsWith(v + QLatin1Char('_')))
            return 0;
    }
    return 1;
}

QString sqliteText(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

qint64 valueOf(sqlite3_value *v)
{
    return v && sqlite3_value_type(v) == SQLITE_INTEGER ? sqlite3_value_int64(v) : 0;
}

/// Which column of a table holds the use case's id: `id` of use_cases, `use_case_id` elsewhere;
/// -1 when the table has neither. Read once per table from PRAGMA table_info.
class UseCaseColumns
{
public:
    explicit UseCaseColumns(QSqlDatabase connection)
        : m_connection(std::move(connection))
    { }

    int of(const QString &table)
    {
        auto known = m_columns.constFind(table);
        if (known != m_columns.constEnd())
            return *known;
        const QString wanted =
            table == QLatin1String("use_cases") ? QStringLiteral("id") : QStringLiteral("use_case_id");
        QSqlQuery q(m_connection);
        int column = -1;
        if (q.exec(QStringLiteral("SELECT cid FROM pragma_table_info('%1') WHERE name = '%2'")
                       .arg(QString(table).replace(QLatin1Char('\''), QLatin1String("''")), wanted))
            && q.next())
            column = q.value(0).toInt();
        m_columns.insert(table, column);
        return column;
    }

    /// The use case of the stored row that a change of a table with one key column names.
    qint64 storedUseCase(const QString &table, sqlite3_changeset_iter *it, int op)
    {
        unsigned char *key = nullptr;
        int count = 0;
        sqlite3changeset_pk(it, &key, &count);
        int keyColumn = -1;
        for (int i = 0; i < count; ++i) {
            if (!key[i])
                continue;
            if (keyColumn >= 0)
                return 0; // a key of several columns: the use case is one of them
            keyColumn = i;
        }
        sqlite3_value *v = nullptr;
        if (keyColumn < 0
            || (op == SQLITE_INSERT ? sqlite3changeset_new(it, keyColumn, &v)
                                    : sqlite3changeset_old(it, keyColumn, &v))
                != SQLITE_OK
            || !valueOf(v))
            return 0;
        QSqlQuery q(m_connection);
        q.prepare(QStringLiteral("SELECT use_case_id FROM \"%1\" WHERE rowid = ?")
                      .arg(QString(table).replace(QLatin1Char('"'), QLatin1String("\"\""))));
        q.addBindValue(valueOf(v));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

private:
    QSqlDatabase m_connection;
    QHash<QString, int> m_columns;
};

/// The use case a change belongs to, from the values the changeset holds for `column`.
qint64 useCaseOf(sqlite3_changeset_iter *it, int op, int column, bool withConflict)
{
    if (column < 0)
        return 0;
    sqlite3_value *v = nullptr;
    if (op != SQLITE_INSERT && sqlite3changeset_old(it, column, &v) == SQLITE_OK && valueOf(v))
        return valueOf(v);
    if (op != SQLITE_DELETE && sqlite3changeset_new(it, column, &v) == SQLITE_OK && valueOf(v))
        return valueOf(v);
    if (withConflict && sqlite3changeset_conflict(it, column, &v) == SQLITE_OK)
        return valueOf(v);
    return 0;
}

struct Applying
{
    UseCaseColumns columns;
    const std::function<bool(const QString &)> &tables;
    std::optional<ChangeConflict> conflict;
};

int tableApplied(void *context, const char *table)
{
    const auto &accepts = static_cast<Applying *>(context)->tables;
    return !accepts || accepts(QString::fromUtf8(table)) ? 1 : 0;
}

int onConflict(void *context, int conflict, sqlite3_changeset_iter *it)
{
    auto *applying = static_cast<Applying *>(context);
    ChangeConflict found;
    if (conflict != SQLITE_CHANGESET_FOREIGN_KEY) { // the iterator points at no change then
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        sqlite3changeset_op(it, &table, &columns, &op, nullptr);
        // A row the write added that is gone already (deleted since, or with its use case through
        // a foreign key) is as taking back would leave it.
        if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
            return SQLITE_CHANGESET_OMIT;
        found.table = QString::fromUtf8(table);
        const bool withConflict = conflict == SQLITE_CHANGESET_DATA || conflict == SQLITE_CHANGESET_CONFLICT;
        found.useCaseId = useCaseOf(it, op, applying->columns.of(found.table), withConflict);
    }
    if (!applying->conflict)
        applying->conflict = found;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

ChangeJournal::ChangeJournal(Database &db)
    : m_db(db)
{
    sqlite3 *handle = db.sqliteHandle();
    if (!handle) {
        m_status = makeError(ErrorCode::Storage, tr("Cannot record the changes of this write."),
                             QStringLiteral("not an SQLite connection"));
        return;
    }
    if (sqlite3session_create(handle, "main", &m_session) != SQLITE_OK) {
        m_status =
            makeError(ErrorCode::Storage, tr("Cannot record the changes of this write."), sqliteText(handle));
        m_session = nullptr;
        return;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                               "AND sql LIKE 'CREATE VIRTUAL TABLE%'"))) {
        m_status = db.storageError(tr("Cannot record the changes of this write."), q.lastError().text());
        return;
    }
    while (q.next())
        m_virtualTables.append(q.value(0).toString());
    sqlite3session_table_filter(m_session, tableRecorded, &m_virtualTables);
    if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK) {
        m_status =
            makeError(ErrorCode::Storage, tr("Cannot record the changes of this write."), sqliteText(handle));
        return;
    }
    if (!db.m_journal)
        db.m_journal = this;
}

ChangeJournal::~ChangeJournal()
{
    if (m_db.m_journal == this)
        m_db.m_journal = nullptr;
    if (m_session)
        sqlite3session_delete(m_session);
}

Result<qint64> ChangeJournal::unrecorded(const std::function<Result<qint64>()> &insertRow)
{
    sqlite3session_enable(m_session, 0);
    auto id = insertRow();
    sqlite3session_enable(m_session, 1);
    return id;
}

Result<qint64> ChangeJournal::addUseCaseRow(Database &db, const std::function<Result<qint64>()> &insertRow)
{
    ChangeJournal *journal = db.m_journal;
    if (!journal)
        return insertRow();
    auto id = journal->unrecorded(insertRow);
    if (id) {
        journal->m_addedUseCases.append(*id);
        journal->m_addedUseCaseSet.insert(*id);
    }
    return id;
}

Result<qint64> ChangeJournal::addAssessmentRow(Database &db, qint64 useCaseId,
                                               const std::function<Result<qint64>()> &insertRow)
{
    ChangeJournal *journal = db.m_journal;
    if (!journal || !journal->m_addedUseCaseSet.contains(useCaseId))
        return insertRow();
    auto id = journal->unrecorded(insertRow);
    if (id)
        journal->m_addedAssessments.append(*id);
    return id;
}

Result<QByteArray> ChangeJournal::undoChanges() const
{
    if (!m_status)
        return m_status.error();
    // Streamed into byte arrays, so that a large import holds the changes twice at most (forwards
    // and inverted), not four times (SQLite's buffers and their copies).
    const auto append = [](void *out, const void *data, int size) {
        static_cast<QByteArray *>(out)->append(static_cast<const char *>(data), size);
        return SQLITE_OK;
    };
    QByteArray forward;
    if (int rc = sqlite3session_changeset_strm(m_session, append, &forward); rc != SQLITE_OK)
        return makeError(ErrorCode::Storage, tr("Cannot record the changes of this write."),
                         QString::fromUtf8(sqlite3_errstr(rc)));
    struct Reading
    {
        const QByteArray &bytes;
        qsizetype at = 0;
    } reading{forward};
    const auto read = [](void *in, void *data, int *size) {
        auto *r = static_cast<Reading *>(in);
        const qsizetype n = std::min<qsizetype>(*size, r->bytes.size() - r->at);
        std::memcpy(data, r->bytes.constData() + r->at, size_t(n));
        r->at += n;
        *size = int(n);
        return SQLITE_OK;
    };
    QByteArray inverted;
    if (forward.isEmpty())
        return inverted;
    if (int rc = sqlite3changeset_invert_strm(read, &reading, append, &inverted); rc != SQLITE_OK)
        return makeError(ErrorCode::Storage, tr("Cannot record the changes of this write."),
                         QString::fromUtf8(sqlite3_errstr(rc)));
    return inverted;
}

Status ChangeJournal::apply(Database &db, const QByteArray &changes, std::optional<ChangeConflict> &conflict,
                            const std::function<bool(const QString &)> &tables)
{
    conflict.reset();
    sqlite3 *handle = db.sqliteHandle();
    if (!handle)
        return makeError(ErrorCode::Storage, tr("Cannot apply the changes."),
                         QStringLiteral("not an SQLite connection"));
    Applying applying{UseCaseColumns(db.connection()), tables, std::nullopt};
    const int rc =
        sqlite3changeset_apply(handle, int(changes.size()), const_cast<char *>(changes.constData()),
                               tableApplied, onConflict, &applying);
    if (applying.conflict) {
        conflict = applying.conflict;
        return {};
    }
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Storage, tr("Cannot apply the changes."), sqliteText(handle));
    return {};
}

Status
ChangeJournal::forEachChange(const QByteArray &changes,
                             const std::function<void(sqlite3_changeset_iter *, const QString &, int)> &each)
{
    sqlite3_changeset_iter *it = nullptr;
    if (int rc = sqlite3changeset_start(&it, int(changes.size()), const_cast<char *>(changes.constData()));
        rc != SQLITE_OK)
        return makeError(ErrorCode::Storage, tr("Cannot read the recorded changes."),
                         QString::fromUtf8(sqlite3_errstr(rc)));
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        sqlite3changeset_op(it, &table, &columns, &op, nullptr);
        each(it, QString::fromUtf8(table), op);
    }
    if (int rc = sqlite3changeset_finalize(it); rc != SQLITE_OK)
        return makeError(ErrorCode::Storage, tr("Cannot read the recorded changes."),
                         QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

Result<QList<qint64>> ChangeJournal::deletedKeys(const QByteArray &changes, const QString &table)
{
    QList<qint64> keys;
    Status read = forEachChange(changes, [&](sqlite3_changeset_iter *it, const QString &name, int op) {
        unsigned char *key = nullptr;
        int count = 0;
        sqlite3changeset_pk(it, &key, &count);
        sqlite3_value *v = nullptr;
        if (op == SQLITE_DELETE && name == table && count > 0 && key[0]
            && sqlite3changeset_old(it, 0, &v) == SQLITE_OK && valueOf(v))
            keys.append(valueOf(v));
    });
    return read ? Result<QList<qint64>>(keys) : Result<QList<qint64>>(read.error());
}

Result<QSet<qint64>> ChangeJournal::touchedUseCases(Database &db, const QByteArray &changes)
{
    UseCaseColumns columns(db.connection());
    QSet<qint64> ids;
    Status read = forEachChange(changes, [&](sqlite3_changeset_iter *it, const QString &table, int op) {
        const int column = columns.of(table);
        qint64 id = useCaseOf(it, op, column, false);
        if (!id && column >= 0) // an updated row whose use case did not change: read it
            id = columns.storedUseCase(table, it, op);
        if (id)
            ids.insert(id);
    });
    return read ? Result<QSet<qint64>>(ids) : Result<QSet<qint64>>(read.error());
}

} // namespace casebook
