#include "storage/PgConnection.h"

#include "storage/PgConnInfo.h"
#include "storage/PgStatement.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace casebook {

namespace {

const QString kDriver = QStringLiteral("QPSQL");

QString connectionName()
{
    static std::atomic<quint64> next{0};
    return QStringLiteral("casebook-pg-%1").arg(++next);
}

/// The first line of a driver message, without libpq's "ERROR:" or "FATAL:".
QString firstLine(const QString &text)
{
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL):\\s*"));
    return text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed().remove(severity);
}

} // namespace

QVariant PgRows::value(int row, const QString &column) const
{
    const int c = this->column(column);
    return c < 0 ? QVariant() : m_rows.at(row).at(c);
}

bool PgRows::isNull(int row, const QString &column) const
{
    return !value(row, column).isValid();
}

QString PgRows::text(int row, const QString &column) const
{
    const QVariant v = value(row, column);
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("t") : QStringLiteral("f");
    case QMetaType::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDateTime: return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QByteArray: return QStringLiteral("\\x") + QString::fromLatin1(v.toByteArray().toHex());
    default: return v.toString();
    }
}

QByteArray PgRows::bytes(int row, const QString &column) const
{
    const QVariant v = value(row, column);
    if (v.typeId() == QMetaType::QByteArray)
        return v.toByteArray();
    const QByteArray raw = v.toString().toUtf8();
    return raw.startsWith("\\x") ? QByteArray::fromHex(raw.mid(2)) : raw;
}

PgConnection::PgConnection(const QString &connectionName)
    : m_name(connectionName)
    , m_db(QSqlDatabase::addDatabase(kDriver, connectionName))
{ }

PgConnection::~PgConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // the last handle goes before the connection is removed
    QSqlDatabase::removeDatabase(m_name);
}

bool PgConnection::wantsPassword(const Error &openError)
{
    const QString &d = openError.detail;
    return d.contains(QLatin1String("no password supplied"))
        || d.contains(QLatin1String("password authentication failed"))
        || d.startsWith(QLatin1String("28P01"));
}

Error PgConnection::driverMissing(const QString &detail)
{
    return makeError(ErrorCode::Storage,
                     tr("Syncing needs Qt's PostgreSQL driver (Debian package libqt6sql6-psql), which "
                        "could not be loaded."),
                     detail);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo, const QString &password)
{
    // Reads the plugins' metadata only: addDatabase() would print a warning of its own.
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return driverMissing(
            QStringLiteral("no QPSQL in %1").arg(QSqlDatabase::drivers().join(QLatin1Char(' '))));
    auto keywords = PgConnInfo::toKeywords(conninfo);
    if (!keywords)
        return keywords.error();
    std::unique_ptr<PgConnection> pg(new PgConnection(connectionName()));
    if (!pg->m_db.isValid())
        return driverMissing(pg->m_db.lastError().text());
    pg->m_db.setConnectOptions(*keywords);
    pg->m_db.setPassword(password);
    const bool opened = pg->m_db.open();
    pg->m_db.setPassword(QString()); // used for this connection only
    if (!opened) {
        const QString detail = pg->m_db.lastError().databaseText().trimmed();
        return makeError(ErrorCode::Storage,
                         tr("Could not connect to the team repository %1: %2")
                             .arg(withoutPassword(conninfo), firstLine(detail)),
                         detail);
    }
    // Server notices ("relation already exists, skipping") are not for the member's terminal; the
    // driver asks for bytea in the escape format, which takes up to 4 bytes a byte for attachments
    // (it reads hex as well).
    auto who = pg->exec(QStringLiteral("SELECT set_config('client_min_messages', 'error', false), "
                                       "set_config('bytea_output', 'hex', false), current_user AS who"));
    if (!who)
        return who.error();
    pg->m_user = who->text(0, QStringLiteral("who"));
    return pg;
}

bool PgConnection::run(QSqlQuery &query, const QString &sql)
{
    query.setNumericalPrecisionPolicy(QSql::HighPrecision); // numeric as written, not as a double
    if (!query.exec(sql))
        return false;
    m_lastState.clear();
    return true;
}

Error PgConnection::failure(const QSqlError &error, const QString &sql)
{
    m_lastState = error.nativeErrorCode();
    const QString text = error.databaseText().trimmed().isEmpty() ? error.driverText() : error.databaseText();
    const bool refused = m_lastState == QLatin1String(kInsufficientPrivilege);
    const QString first = firstLine(text);
    return makeError(refused ? ErrorCode::InputRejected : ErrorCode::Storage,
                     refused ? tr("The team repository refused it: %1.").arg(first)
                             : tr("The team repository failed: %1.").arg(first),
                     m_lastState + QLatin1Char(' ') + text.trimmed() + QStringLiteral(" (in: ")
                         + sql.simplified().left(200) + QLatin1Char(')'));
}

Result<PgRows> PgConnection::exec(const QString &sql, const QVariantList &params)
{
    auto bound = PgStatement::bind(sql, params);
    if (!bound)
        return bound.error();
    QSqlQuery query(m_db);
    if (!run(query, *bound))
        return failure(query.lastError(), sql);
    PgRows rows;
    const QSqlRecord record = query.record();
    for (int c = 0; c < record.count(); ++c)
        rows.m_columns.append(record.fieldName(c));
    while (query.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int c = 0; c < record.count(); ++c)
            row.append(query.isNull(c) ? QVariant() : query.value(c));
        rows.m_rows.append(row);
    }
    rows.m_affected = query.numRowsAffected();
    return rows;
}

Status PgConnection::execScript(const QString &sql)
{
    QSqlQuery query(m_db);
    bool ok = run(query, sql);
    // The driver reads every statement's result at once and reports the first; a later one may
    // have failed (the server then ran nothing after it).
    while (ok && query.nextResult()) { }
    ok = ok && !query.lastError().isValid();
    return ok ? Status() : Status(failure(query.lastError(), sql));
}

Status PgConnection::begin(const QString &mode)
{
    auto r = exec(mode.isEmpty() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ") + mode);
    if (!r)
        return r.error();
    m_inTransaction = true;
    return {};
}

Status PgConnection::commit()
{
    m_inTransaction = false;
    // The driver's COMMIT also fails when the server answered ROLLBACK (the transaction had failed).
    if (!m_db.commit())
        return failure(m_db.lastError(), QStringLiteral("COMMIT"));
    m_lastState.clear();
    return {};
}

void PgConnection::rollback()
{
    if (m_inTransaction)
        m_db.rollback();
    m_inTransaction = false;
}

QString PgConnection::withoutPassword(const QString &conninfo)
{
    return PgConnInfo::withoutPassword(conninfo);
}

PgTransaction::PgTransaction(PgConnection &pg, const QString &mode)
    : m_pg(pg)
    , m_status(pg.begin(mode))
{ }

PgTransaction::~PgTransaction()
{
    if (!m_done)
        m_pg.rollback();
}

Status PgTransaction::commit()
{
    m_done = true;
    if (!m_status)
        return m_status;
    Status s = m_pg.commit();
    if (!s)
        m_pg.rollback();
    return s;
}

} // namespace casebook
