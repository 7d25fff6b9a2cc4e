#include "storage/PgConnection.h"

#include <QLibrary>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <vector>

namespace casebook {

namespace {

// clang-format off
#define CASEBOOK_PQ_FUNCTIONS(F) \
    F(PQclear) \
    F(PQcmdTuples) \
    F(PQconnectdb) \
    F(PQerrorMessage) \
    F(PQexec) \
    F(PQexecParams) \
    F(PQfinish) \
    F(PQfname) \
    F(PQgetisnull) \
    F(PQgetlength) \
    F(PQgetvalue) \
    F(PQnfields) \
    F(PQntuples) \
    F(PQresultErrorField) \
    F(PQresultErrorMessage) \
    F(PQresultStatus) \
    F(PQsetClientEncoding) \
    F(PQsetNoticeProcessor) \
    F(PQstatus) \
    F(PQtransactionStatus)
// clang-format on

/// libpq, loaded when the first connection is opened rather than linked: every casebook-cli command
/// would otherwise load it and the libraries it needs (TLS, Kerberos, LDAP: about 5 MB resident)
/// whether or not it syncs, and Casebook runs where libpq is not installed.
struct PqLibrary
{
#define CASEBOOK_PQ_FUNCTION(name) decltype(&::name) name = nullptr;
    CASEBOOK_PQ_FUNCTIONS(CASEBOOK_PQ_FUNCTION)
#undef CASEBOOK_PQ_FUNCTION
    bool loaded = false;
    QString error;
};

const PqLibrary &pq()
{
    static const PqLibrary library = [] {
        PqLibrary l;
        QLibrary lib(QStringLiteral("pq"), 5);
        if (!lib.load()) {
            l.error = lib.errorString();
            return l;
        }
        bool all = true;
#define CASEBOOK_PQ_FUNCTION(name) \
    l.name = reinterpret_cast<decltype(&::name)>(lib.resolve(#name)); \
    all = all && l.name;
        CASEBOOK_PQ_FUNCTIONS(CASEBOOK_PQ_FUNCTION)
#undef CASEBOOK_PQ_FUNCTION
        l.loaded = all;
        if (!all)
            l.error = QStringLiteral("libpq.so.5 lacks a function Casebook needs");
        return l;
    }();
    return library;
}

constexpr Oid kByteaOid = 17;

/// `conninfo` with `password` added last (libpq takes the last value of a repeated keyword): a
/// quoted keyword value, or a parameter of a URI.
QByteArray withPassword(const QString &conninfo, const QString &password)
{
    QByteArray out = conninfo.trimmed().toUtf8();
    if (password.isEmpty())
        return out;
    if (out.startsWith("postgres://") || out.startsWith("postgresql://"))
        return out + (out.contains('?') ? "&password=" : "?password=")
            + password.toUtf8().toPercentEncoding();
    QByteArray quoted = password.toUtf8();
    quoted.replace("\\", "\\\\").replace("'", "\\'");
    return out + " password='" + quoted + '\'';
}

QString resultMessage(const PGresult *res)
{
    return QString::fromUtf8(pq().PQresultErrorMessage(res)).trimmed();
}

QString resultState(const PGresult *res)
{
    const char *state = pq().PQresultErrorField(res, PG_DIAG_SQLSTATE);
    return state ? QString::fromLatin1(state) : QString();
}

struct ResultDeleter
{
    void operator()(PGresult *r) const { pq().PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

struct PgConnection::Handle
{
    PGconn *conn = nullptr;
    ~Handle()
    {
        if (conn)
            pq().PQfinish(conn);
    }
};

bool PgRows::isNull(int row, const QString &column) const
{
    const int c = this->column(column);
    return c < 0 || m_nulls.at(row).at(c);
}

QString PgRows::text(int row, const QString &column) const
{
    const int c = this->column(column);
    return c < 0 ? QString() : QString::fromUtf8(m_rows.at(row).at(c));
}

QByteArray PgRows::bytes(int row, const QString &column) const
{
    const int c = this->column(column);
    if (c < 0)
        return {};
    const QByteArray &raw = m_rows.at(row).at(c);
    return raw.startsWith("\\x") ? QByteArray::fromHex(raw.mid(2)) : raw;
}

PgConnection::PgConnection(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{ }

PgConnection::~PgConnection() = default;

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo, const QString &password)
{
    if (!pq().loaded)
        return makeError(
            ErrorCode::Storage,
            tr("Syncing needs the PostgreSQL client library libpq (Debian package libpq5), which "
               "could not be loaded."),
            pq().error);
    auto handle = std::make_unique<Handle>();
    handle->conn = pq().PQconnectdb(withPassword(conninfo, password).constData());
    if (!handle->conn || pq().PQstatus(handle->conn) != CONNECTION_OK) {
        const QString detail = handle->conn ? QString::fromUtf8(pq().PQerrorMessage(handle->conn)).trimmed()
                                            : QStringLiteral("out of memory");
        return makeError(ErrorCode::Storage,
                         tr("Could not connect to the team repository %1: %2")
                             .arg(withoutPassword(conninfo), detail.section(QLatin1Char('\n'), 0, 0)),
                         detail);
    }
    pq().PQsetClientEncoding(handle->conn, "UTF8");
    // Server notices ("relation already exists, skipping") are not for the member's terminal.
    pq().PQsetNoticeProcessor(
        handle->conn, [](void *, const char *) {}, nullptr);
    std::unique_ptr<PgConnection> pg(new PgConnection(std::move(handle)));
    auto who = pg->exec(QStringLiteral("SELECT current_user AS who"));
    if (!who)
        return who.error();
    pg->m_user = who->text(0, QStringLiteral("who"));
    return pg;
}

Error PgConnection::failure(const QString &detail, const QString &state)
{
    m_lastState = state;
    const bool refused = state == QLatin1String(kInsufficientPrivilege);
    QString first = detail.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL):\\s*"));
    first.remove(severity);
    return makeError(refused ? ErrorCode::InputRejected : ErrorCode::Storage,
                     refused ? tr("The team repository refused it: %1.").arg(first)
                             : tr("The team repository failed: %1.").arg(first),
                     state + QLatin1Char(' ') + detail);
}

Result<PgRows> PgConnection::exec(const QString &sql, const QVariantList &params)
{
    std::vector<QByteArray> values(size_t(params.size()));
    std::vector<const char *> pointers(size_t(params.size()), nullptr);
    std::vector<int> lengths(size_t(params.size()), 0);
    std::vector<int> formats(size_t(params.size()), 0);
    std::vector<Oid> types(size_t(params.size()), 0);
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params.at(i);
        if (v.isNull())
            continue;
        if (v.typeId() == QMetaType::QByteArray) {
            values[size_t(i)] = v.toByteArray();
            formats[size_t(i)] = 1;
            types[size_t(i)] = kByteaOid;
        } else {
            values[size_t(i)] = v.toString().toUtf8();
        }
        pointers[size_t(i)] = values[size_t(i)].constData();
        lengths[size_t(i)] = int(values[size_t(i)].size());
    }
    ResultPtr res(pq().PQexecParams(m_handle->conn, sql.toUtf8().constData(), int(params.size()),
                                    types.data(), pointers.data(), lengths.data(), formats.data(), 0));
    const ExecStatusType status = res ? pq().PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QString detail =
            res ? resultMessage(res.get()) : QString::fromUtf8(pq().PQerrorMessage(m_handle->conn));
        return failure(detail + QStringLiteral(" (in: ") + sql.simplified().left(200) + QLatin1Char(')'),
                       res ? resultState(res.get()) : QString());
    }
    m_lastState.clear();
    PgRows rows;
    const int columns = pq().PQnfields(res.get());
    for (int c = 0; c < columns; ++c)
        rows.m_columns.append(QString::fromUtf8(pq().PQfname(res.get(), c)));
    const int count = pq().PQntuples(res.get());
    rows.m_rows.reserve(count);
    for (int r = 0; r < count; ++r) {
        QList<QByteArray> row;
        QList<bool> nulls;
        for (int c = 0; c < columns; ++c) {
            row.append(QByteArray(pq().PQgetvalue(res.get(), r, c), pq().PQgetlength(res.get(), r, c)));
            nulls.append(pq().PQgetisnull(res.get(), r, c) != 0);
        }
        rows.m_rows.append(row);
        rows.m_nulls.append(nulls);
    }
    rows.m_affected = QByteArray(pq().PQcmdTuples(res.get())).toLongLong();
    return rows;
}

Status PgConnection::execScript(const QString &sql)
{
    ResultPtr res(pq().PQexec(m_handle->conn, sql.toUtf8().constData()));
    const ExecStatusType status = res ? pq().PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return failure(res ? resultMessage(res.get())
                           : QString::fromUtf8(pq().PQerrorMessage(m_handle->conn)),
                       res ? resultState(res.get()) : QString());
    m_lastState.clear();
    return {};
}

Status PgConnection::begin(const QString &mode)
{
    const QString sql = mode.isEmpty() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ") + mode;
    auto r = exec(sql);
    return r ? Status() : Status(r.error());
}

Status PgConnection::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    return r ? Status() : Status(r.error());
}

void PgConnection::rollback()
{
    if (inTransaction())
        ResultPtr(pq().PQexec(m_handle->conn, "ROLLBACK"));
}

bool PgConnection::inTransaction() const
{
    return pq().PQtransactionStatus(m_handle->conn) != PQTRANS_IDLE;
}

QString PgConnection::withoutPassword(const QString &conninfo)
{
    const QString trimmed = conninfo.trimmed();
    if (trimmed.startsWith(QLatin1String("postgres://"))
        || trimmed.startsWith(QLatin1String("postgresql://"))) {
        QUrl url(trimmed);
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
        return url.toString();
    }
    static const QRegularExpression password(
        QStringLiteral("\\bpassword\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)\\s*"));
    QString out = trimmed;
    return out.remove(password).trimmed();
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
