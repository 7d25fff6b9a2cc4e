#include "storage/SqliteStatement.h"

#include <QVariant>

#include <sqlite3.h>

namespace casebook {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    m_kept.append(text.toUtf8());
    const QByteArray &utf8 = m_kept.constLast();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) { // a null variant of any type, as Qt SQL binds it
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull()) {
            bindNull(index);
            return;
        }
        m_kept.append(bytes);
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        return;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong: bind(index, value.toLongLong()); return;
    case QMetaType::Double: sqlite3_bind_double(m_statement, index, value.toDouble()); return;
    case QMetaType::QString: bind(index, *static_cast<const QString *>(value.constData())); return;
    default: bind(index, value.toString()); return;
    }
}

void SqliteStatement::bindAll(const QList<QVariant> &values)
{
    int index = 0;
    for (const QVariant &v : values)
        bind(++index, v);
}

bool SqliteStatement::run()
{
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW) // a RETURNING clause or a SELECT run for its effect
        rc = sqlite3_step(m_statement);
    finish(rc);
    return m_error == SQLITE_OK;
}

bool SqliteStatement::stepRow()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    finish(rc);
    return false;
}

void SqliteStatement::finish(int rc)
{
    m_error = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(m_db);
    m_errorText = m_error == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_kept.clear();
}

qint64 SqliteStatement::columnInt64(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

QString SqliteStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index)) : QString();
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

bool SqliteStatement::isConstraint() const
{
    return (m_error & 0xff) == SQLITE_CONSTRAINT;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace casebook
