#include "storage/Database.h"

#include "model/AssessorIdentity.h"

#include "storage/ScoreIndex.h"
#include "storage/SqlScript.h"
#include "storage/SqliteStatement.h"
#include "storage/SyncStateRepository.h"
#include "storage/WalCheckpointer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>

#include <sqlite3.h>

namespace casebook {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("casebook-%1").arg(++counter);
}

struct HeaderInfo
{
    bool exists = false;
    qint64 size = 0;
    bool sqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    bool pageCountValid = false;
    bool logPending = false; // a write-ahead log with content lies beside the file
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

Result<HeaderInfo> readHeader(const QString &path)
{
    HeaderInfo info;
    QFileInfo fi(path);
    if (!fi.exists())
        return info;
    info.exists = true;
    info.logPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!fi.isFile())
        return makeError(ErrorCode::NotCasebook,
                         Database::tr("%1 is not a Casebook database: it is not a regular file.").arg(path));
    info.size = fi.size();
    if (info.size == 0)
        return info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         Database::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray h = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (h.size() < 100 || !h.startsWith(magic))
        return makeError(
            ErrorCode::NotCasebook,
            Database::tr("%1 is not a Casebook database (it is not an SQLite database file).").arg(path));
    info.sqlite = true;
    const auto *d = reinterpret_cast<const uchar *>(h.constData());
    info.pageSize = qFromBigEndian<quint16>(d + 16);
    if (info.pageSize == 1)
        info.pageSize = 65536;
    info.pageCount = qFromBigEndian<quint32>(d + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(d + 24);
    const quint32 versionValidFor = qFromBigEndian<quint32>(d + 92);
    info.pageCountValid = info.pageCount > 0 && changeCounter == versionValidFor;
    info.userVersion = qFromBigEndian<qint32>(d + 60);
    info.applicationId = qFromBigEndian<qint32>(d + 68);
    if (info.pageSize < 512 || (info.pageSize & (info.pageSize - 1)) != 0)
        return makeError(ErrorCode::Corrupt,
                         Database::tr("The database %1 is damaged: its header is invalid.").arg(path),
                         QStringLiteral("page size %1").arg(info.pageSize));
    return info;
}

Error corruptError(const QString &path, const QString &detail)
{
    QString message = Database::tr("The database %1 is damaged and was not changed.").arg(path);
    const QString backup = Database::newestBackup(path);
    if (!backup.isEmpty())
        message += QLatin1Char(' ') + Database::tr("The newest backup is %1.").arg(backup);
    return makeError(ErrorCode::Corrupt, message, detail);
}

bool looksCorrupt(const QSqlError &e)
{
    const QString t = e.databaseText() + QLatin1Char(' ') + e.driverText();
    return t.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || t.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
        || t.contains(QLatin1String("corrupt"), Qt::CaseInsensitive)
        || e.nativeErrorCode() == QLatin1String("11") || e.nativeErrorCode() == QLatin1String("26");
}

/// The SQLite handle under a Qt connection, or null when the driver is not SQLite's.
sqlite3 *sqliteOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status runQuickCheck(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (looksCorrupt(q.lastError()))
            return corruptError(path, q.lastError().text());
        return makeError(ErrorCode::Storage, Database::tr("Cannot check the database %1.").arg(path),
                         q.lastError().text());
    }
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems.size() == 1 && problems.first() == QLatin1String("ok"))
        return {};
    return corruptError(path, problems.join(QLatin1Char('\n')));
}

} // namespace

QList<Migration> Database::builtinMigrations()
{
    QList<Migration> out;
    QDirIterator it(QStringLiteral(":/casebook/migrations"), {QStringLiteral("*.sql")}, QDir::Files);
    static const QRegularExpression re(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    while (it.hasNext()) {
        it.next();
        const auto m = re.match(it.fileName());
        if (!m.hasMatch())
            continue;
        QFile f(it.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

int Database::currentSchemaVersion()
{
    static const int version = [] {
        const auto all = builtinMigrations();
        return all.isEmpty() ? 0 : all.last().version;
    }();
    return version;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/casebook.sqlite");
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(&Clock::system())
{ }

Database::~Database()
{
    m_checkpointer.reset(); // its thread finishes its checkpoint before the log is folded back below
    m_statements.clear();
    m_failedStatement.reset();
    m_sqliteStatements.clear(); // finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && !m_readOnly && !m_sibling) {
            // Fold the WAL back into the main file so a clean close leaves no -wal file behind.
            // Not from a sibling: it would wait for the first connection's readers to finish.
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true); // read with next() only: Qt keeps no copy of the rows read
        const bool prepared = q->prepare(sql);
        QSqlQuery &ref = *q;
        if (prepared)
            m_statements.emplace(sql, std::move(q));
        else
            m_failedStatement = std::move(q); // kept so the caller can read lastError()
        return ref;
    }
    it->second->finish();
    return *it->second;
}

Result<SqliteStatement *> Database::sqliteStatement(const std::string &sql) const
{
    if (auto it = m_sqliteStatements.find(sql); it != m_sqliteStatements.end())
        return it->second.get();
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        return storageError(tr("Preparing a statement"), QStringLiteral("not an SQLite connection"));
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(handle, sql.c_str(), int(sql.size()) + 1, SQLITE_PREPARE_PERSISTENT, &prepared,
                           nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return storageError(tr("Preparing a statement"), QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    auto made = std::make_unique<SqliteStatement>(handle, prepared);
    SqliteStatement *out = made.get();
    m_sqliteStatements.emplace(sql, std::move(made));
    return out;
}

sqlite3 *Database::sqliteHandle() const
{
    return sqliteOf(connection());
}

int Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

Database::LargerPageCache::LargerPageCache(Database &db, int mebibytes)
    : m_db(db)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return; // a cache of the default size is slower, not wrong
    const int previous = q.value(0).toInt();
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024)))
        m_previous = previous;
}

Database::LargerPageCache::~LargerPageCache()
{
    if (m_previous == 0)
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

Error Database::storageError(const QString &what, const QString &detail) const
{
    return makeError(ErrorCode::Storage, tr("%1 failed on %2.").arg(what, m_path), detail);
}

Result<std::unique_ptr<Database>> Database::open(const QString &rawPath, const OpenOptions &options)
{
    if (rawPath.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, tr("No database file was given."));
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QList<Migration> migrations =
        options.migrations.isEmpty() ? builtinMigrations() : options.migrations;
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;

    auto header = readHeader(path);
    if (!header)
        return header.error();
    if (!header->exists && !options.create)
        return makeError(ErrorCode::NotFound, tr("The database %1 does not exist.").arg(path));
    if (header->sqlite) {
        // Early answers from the header alone; an application id of 0 is not conclusive here, since
        // a new Casebook file may still hold its id only in the write-ahead log.
        if (header->applicationId != kApplicationId && header->applicationId != 0)
            return makeError(
                ErrorCode::NotCasebook,
                tr("%1 is not a Casebook database (it is an SQLite database of another application).")
                    .arg(path),
                QStringLiteral("application_id %1").arg(header->applicationId));
        if (header->userVersion > target)
            return makeError(
                ErrorCode::NewerVersion,
                tr("%1 was written by a newer version of Casebook (schema %2; this version reads "
                   "up to %3). Update Casebook to open it.")
                    .arg(path)
                    .arg(header->userVersion)
                    .arg(target));
        // A checkpoint that was stopped half-way (the application killed) may have written the new
        // page count before the last pages; they are still in the log, which SQLite folds in again.
        if (header->pageCountValid && !header->logPending
            && qint64(header->pageCount) * header->pageSize > header->size)
            return corruptError(
                path,
                QStringLiteral("truncated: header says %1 pages of %2 bytes, file has %3 bytes")
                    .arg(header->pageCount)
                    .arg(header->pageSize)
                    .arg(header->size));
    }
    if (!header->exists) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(ErrorCode::Storage,
                             tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(path)));
    }

    std::unique_ptr<Database> self(new Database(path, newConnectionName()));
    self->m_clock = options.clock ? options.clock : &Clock::system();
    self->m_contributor = options.contributor;
    self->m_assessorId = AssessorIdentity::normalized(options.assessorId);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return makeError(ErrorCode::Storage, tr("Cannot open the database %1.").arg(path),
                             db.lastError().text());
    }
    QSqlDatabase db = self->connection();
    QSqlQuery q(db);

    // Read-only inspection first: nothing below writes until the file is known to be sound.
    const bool smallOrUnclean = header->size <= 64LL * 1024 * 1024 || header->logPending;
    const bool check = header->sqlite
        && (options.integrityCheck == IntegrityCheck::Quick
            || (options.integrityCheck == IntegrityCheck::Auto && smallOrUnclean));
    if (check) {
        if (Status s = runQuickCheck(db, path); !s)
            return s.error();
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        if (looksCorrupt(q.lastError()))
            return corruptError(path, q.lastError().text());
        return makeError(ErrorCode::Storage, tr("Cannot read the database %1.").arg(path),
                         q.lastError().text());
    }
    const int objects = q.value(0).toInt();
    q.finish();
    // The header read above may be older than the file's real state when a write-ahead log was
    // left behind (the application stopped before folding it in); SQLite's answer is authoritative.
    qint32 applicationId = 0;
    int userVersion = 0;
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
        applicationId = q.value(0).toInt();
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        userVersion = q.value(0).toInt();
    q.finish();
    if ((applicationId == 0 && objects > 0) || (applicationId != 0 && applicationId != kApplicationId))
        return makeError(
            ErrorCode::NotCasebook,
            tr("%1 is not a Casebook database (it is an SQLite database of another application).").arg(path),
            QStringLiteral("application_id %1").arg(applicationId));
    if (userVersion > target)
        return makeError(ErrorCode::NewerVersion,
                         tr("%1 was written by a newer version of Casebook (schema %2; this version reads "
                            "up to %3). Update Casebook to open it.")
                             .arg(path)
                             .arg(userVersion)
                             .arg(target));
    self->m_created = objects == 0;

    // secure_delete FAST: SQLite still zeroes what a write deletes inside the pages it rewrites,
    // but no longer writes whole pages of zeros for the pages it frees. Debian's SQLite is built
    // with secure_delete on, and the full-text index frees the pages of the segments it merges on
    // every write: at 100,000 use cases, adding 500 wrote 451 such pages of 3,767 (issue 13). Old
    // versions of a record stay in the history anyway; nothing here promises to erase them.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA secure_delete = FAST"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            if (looksCorrupt(q.lastError()))
                return corruptError(path, q.lastError().text());
            return makeError(ErrorCode::Storage, tr("Cannot prepare the database %1.").arg(path),
                             q.lastError().text());
        }
        q.finish();
    }

    const int from = self->schemaVersion();
    if (from < target) {
        if (from > 0) {
            auto backup = self->snapshot(QStringLiteral("before-upgrade-v%1").arg(from));
            if (!backup)
                return makeError(
                    ErrorCode::Storage,
                    tr("Could not back up %1 before upgrading it, so it was left unchanged.").arg(path),
                    backup.error().message + QLatin1Char(' ') + backup.error().detail);
        }
        if (Status s = self->applyMigrations(migrations, from); !s)
            return s.error();
    }
    if (sqlite3 *handle = self->sqliteHandle(); handle && options.checkpointOffThread) {
        self->m_checkpointer = std::make_unique<WalCheckpointer>(path);
        self->m_checkpointer->install(handle);
    }
    return self;
}

Status Database::applyMigrations(const QList<Migration> &migrations, int fromVersion)
{
    // A new file takes every step in one transaction: one commit, so one sync of the log instead
    // of one per step (a new repository took 25 syncs, about 0.1 s; issue 13). If a step fails,
    // none is kept; a file that is upgraded keeps each step that succeeded.
    std::optional<Transaction> whole;
    if (fromVersion == 0) {
        whole.emplace(*this, Transaction::Nesting::Join);
        if (!whole->status())
            return whole->status();
    }
    for (const Migration &m : migrations) {
        if (m.version <= fromVersion)
            continue;
        if (Status s = applyMigration(m, whole ? fromVersion : schemaVersion()); !s) {
            if (whole)
                whole->rollback();
            m_schemaVersion = -1;
            return s;
        }
    }
    if (!whole)
        return {};
    const Status committed = whole->commit();
    m_schemaVersion = -1;
    return committed;
}

Status Database::applyMigration(const Migration &m, int versionIfFailed)
{
    const auto upgradeFailed = [&](const QString &detail) {
        return makeError(ErrorCode::Storage,
                         tr("Could not upgrade %1 to schema version %2; it was left unchanged at version %3.")
                             .arg(m_path)
                             .arg(m.version)
                             .arg(versionIfFailed),
                         detail);
    };
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    QSqlQuery q(connection());
    for (const QString &statement : SqlScript::split(m.sql)) {
        if (!q.exec(statement)) {
            const QString detail = QStringLiteral("migration %1 (%2): %3\n%4")
                                       .arg(m.version)
                                       .arg(m.name, q.lastError().text(), statement.left(400));
            tx.rollback();
            return upgradeFailed(detail);
        }
        q.finish();
    }
    if (Status s = completeMigration(m.version); !s) {
        tx.rollback();
        return upgradeFailed(s.error().detail);
    }
    const bool set = q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
    m_schemaVersion = -1; // read again: the step's own code may have asked it before
    if (!set)
        return storageError(tr("Setting the schema version"), q.lastError().text());
    return tx.commit();
}

Status Database::completeMigration(int version)
{
    if (version == 8)
        return ScoreIndex(*this).rebuild(); // the stored score column of the existing assessments
    if (version == 15)
        return SyncStateRepository(*this).watchWrites(); // a repository that synced before
    if (version != 4)
        return {};
    // Version 4 keys assessments by assessor identity: old ones get the identity of their name.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT assessor_name FROM assessments WHERE assessor_id = "
                               "'name:' || assessor_name")))
        return storageError(tr("Giving assessors an identity"), q.lastError().text());
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    q.finish();
    for (const QString &name : std::as_const(names)) {
        q.prepare(QStringLiteral("UPDATE assessments SET assessor_id = ? WHERE assessor_id = ?"));
        q.addBindValue(AssessorIdentity::fromName(name));
        q.addBindValue(QString(QStringLiteral("name:") + name));
        if (!q.exec())
            return storageError(tr("Giving assessors an identity"), q.lastError().text());
    }
    return {};
}

bool Database::isOwnAssessor(const QString &assessorId) const
{
    if (assessorId.isEmpty())
        return false;
    return assessorId == m_assessorId
        || (!m_contributor.trimmed().isEmpty()
            && assessorId == AssessorIdentity::fromName(m_contributor.trimmed()));
}

QString Database::assessorIdFor(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (!m_assessorId.isEmpty() && (m_contributor.trimmed().isEmpty() || trimmed == m_contributor.trimmed()))
        return m_assessorId;
    return AssessorIdentity::fromName(trimmed);
}

int Database::schemaVersion() const
{
    // Asked for every record written and read, and changed only by applyMigrations(): read once.
    if (m_schemaVersion >= 0)
        return m_schemaVersion;
    QSqlQuery &q = statement(QStringLiteral("PRAGMA user_version"));
    const int version = q.exec() && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    m_schemaVersion = version;
    return version;
}

qint64 Database::othersChangeCount() const
{
    QSqlQuery &q = statement(QStringLiteral("PRAGMA data_version"));
    const qint64 version = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return version;
}

Status Database::quickCheck()
{
    return runQuickCheck(connection(), m_path);
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &path)
{
    std::unique_ptr<Database> self(new Database(QFileInfo(path).absoluteFilePath(), newConnectionName()));
    self->m_readOnly = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    db.setDatabaseName(self->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return makeError(ErrorCode::Storage, tr("Cannot open the database %1.").arg(self->m_path),
                         db.lastError().text());
    return self;
}

Result<std::unique_ptr<Database>> Database::openSibling() const
{
    auto reader = openReader(m_path);
    if (!reader)
        return reader;
    (*reader)->m_clock = m_clock;
    (*reader)->m_contributor = m_contributor;
    (*reader)->m_assessorId = m_assessorId;
    return reader;
}

Result<std::unique_ptr<Database>> Database::openSiblingWriter() const
{
    OpenOptions options;
    options.create = false;
    options.integrityCheck = IntegrityCheck::None;
    options.clock = m_clock;
    options.contributor = m_contributor;
    options.assessorId = m_assessorId;
    options.checkpointOffThread = m_checkpointer != nullptr;
    auto writer = open(m_path, options);
    if (writer)
        (*writer)->m_sibling = true;
    return writer;
}

namespace {

/// SQLite's progress callback: a non-zero answer interrupts the running statement.
int askToStop(void *stopFunction)
{
    const auto *stop = static_cast<const std::function<bool()> *>(stopFunction);
    return (*stop)() ? 1 : 0;
}

} // namespace

bool Database::setInterruption(std::function<bool()> stop)
{
    sqlite3 *sqlite = sqliteHandle();
    if (!sqlite)
        return false;
    m_stop = std::move(stop);
    constexpr int kStepsBetweenQuestions = 1000;
    if (m_stop)
        sqlite3_progress_handler(sqlite, kStepsBetweenQuestions, askToStop, &m_stop);
    else
        sqlite3_progress_handler(sqlite, 0, nullptr, nullptr);
    return true;
}

Status FileCheck::run()
{
    const QString name = newConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = makeError(ErrorCode::Storage, Database::tr("Cannot open the database %1.").arg(m_path),
                               db.lastError().text());
        } else {
            if (attach(sqliteOf(db)))
                result = runQuickCheck(db, m_path);
            attach(nullptr); // before the connection closes: stop() must not interrupt a closed one
            if (stopped())
                result =
                    makeError(ErrorCode::Cancelled, Database::tr("The check of %1 was stopped.").arg(m_path));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void FileCheck::stop()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_stopped = true;
    if (m_running)
        sqlite3_interrupt(m_running);
}

bool FileCheck::attach(sqlite3 *sqlite)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_running = sqlite;
    return !m_stopped;
}

bool FileCheck::stopped()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_stopped;
}

Status Database::fullCheck()
{
    QSqlQuery q(connection());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return corruptError(m_path, q.lastError().text());
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems.append(q.value(0).toString());
    }
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems.append(QStringLiteral("foreign key: table %1 row %2 refers to missing %3")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    }
    q.finish();
    if (schemaVersion() >= 2
        && !q.exec(
            QStringLiteral("INSERT INTO use_cases_fts (use_cases_fts, rank) VALUES ('integrity-check', 1)")))
        problems.append(QStringLiteral("full-text index: %1").arg(q.lastError().text()));
    if (problems.isEmpty())
        return {};
    return corruptError(m_path, problems.join(QLatin1Char('\n')));
}

QString Database::backupDirectoryFor(const QString &dbPath)
{
    const QFileInfo fi(dbPath);
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral("-backups");
}

QString Database::backupDirectory() const
{
    return backupDirectoryFor(m_path);
}

QString Database::newestBackup(const QString &dbPath)
{
    QDir dir(backupDirectoryFor(dbPath));
    const QStringList files =
        dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    return files.isEmpty() ? QString() : dir.absoluteFilePath(files.first());
}

Status Database::backupTo(const QString &outPath)
{
    for (auto &cached : m_statements)
        cached.second->finish(); // no statement may hold a read open while the copy is taken
    const QFileInfo out(outPath);
    if (out.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return makeError(ErrorCode::Usage,
                         tr("The backup cannot be written over the open database %1.").arg(m_path));
    if (!out.absoluteDir().exists())
        return makeError(
            ErrorCode::NotFound,
            tr("Cannot write the backup %1: the folder does not exist.").arg(out.absoluteFilePath()));
    const QString temp = out.absolutePath() + QStringLiteral("/.") + out.fileName() + QLatin1Char('.')
        + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".tmp");
    if (Status copied = copyPagesTo(temp); !copied) {
        QFile::remove(temp);
        return makeError(ErrorCode::Storage, tr("Cannot write the backup %1.").arg(out.absoluteFilePath()),
                         copied.error().detail);
    }
    if (Status s = quickCheckFile(temp); !s) {
        QFile::remove(temp);
        return makeError(ErrorCode::Storage,
                         tr("The backup %1 did not verify and was not kept.").arg(out.absoluteFilePath()),
                         s.error().detail);
    }
    // std::rename replaces the destination atomically on POSIX; QFile::rename refuses to.
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
#ifdef Q_OS_WIN
    QFile::remove(out.absoluteFilePath());
#endif
    if (std::rename(QFile::encodeName(temp).constData(),
                    QFile::encodeName(out.absoluteFilePath()).constData())
        != 0) {
        QFile::remove(temp);
        return makeError(ErrorCode::Storage, tr("Cannot write the backup %1.").arg(out.absoluteFilePath()),
                         QStringLiteral("rename failed"));
    }
    return {};
}

Status Database::copyPagesTo(const QString &path) const
{
    // SQLite's online backup copies the pages as they are, in one read transaction: as fast as a
    // copy of the file, where VACUUM INTO rebuilt every table and index (13 s at 100,000 use cases,
    // before every import).
    sqlite3 *source = sqliteHandle();
    if (!source)
        return makeError(ErrorCode::Storage, QString(), QStringLiteral("not an SQLite connection"));
    if (m_txDepth > 0)
        return makeError(ErrorCode::Storage, QString(), QStringLiteral("inside a transaction"));
    sqlite3 *target = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &target,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString failure;
    if (opened != SQLITE_OK) {
        failure = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(opened));
    } else if (sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main"); !backup) {
        failure = QString::fromUtf8(sqlite3_errmsg(target));
    } else {
        const int stepped = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE)
            failure = QString::fromUtf8(sqlite3_errstr(stepped));
    }
    sqlite3_close(target); // accepts nullptr
    if (!failure.isEmpty())
        return makeError(ErrorCode::Storage, QString(), failure);
    return {};
}

Result<QString> Database::snapshot(const QString &reason)
{
    QDir dir(backupDirectory());
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return makeError(ErrorCode::Storage,
                         tr("Cannot create the backup folder %1.").arg(dir.absolutePath()));
    const QString stamp = m_clock->nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    QString safeReason = reason;
    safeReason.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-"));
    QString file = dir.absoluteFilePath(QStringLiteral("%1-%2.sqlite").arg(stamp, safeReason));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = dir.absoluteFilePath(QStringLiteral("%1-%2-%3.sqlite").arg(stamp, safeReason).arg(n));
    if (Status s = backupTo(file); !s)
        return s.error();
    const QStringList all =
        dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = kBackupsKept; i < all.size(); ++i)
        dir.remove(all[i]);
    return file;
}

Transaction::Transaction(Database &db, Nesting nesting)
    : m_db(db)
{
    int &depth = m_db.transactionDepth();
    if (depth > 0 && m_db.joinsNested()) {
        m_joined = true;
        m_level = depth++;
        return;
    }
    QSqlQuery q(m_db.connection());
    const bool ok = depth == 0 ? q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                               : q.exec(QStringLiteral("SAVEPOINT casebook_%1").arg(depth));
    if (!ok) {
        m_status = m_db.storageError(Database::tr("Starting a transaction"), q.lastError().text());
        m_done = true;
        return;
    }
    if (depth == 0 || nesting == Nesting::Join) {
        // Inside a savepoint-mode transaction, the outer one neither joins nor has a failed step.
        m_joinScope = depth > 0;
        m_db.joinsNested() = nesting == Nesting::Join;
        m_db.joinedStepFailed() = false;
    }
    m_level = depth++;
}

void Transaction::endJoinScope()
{
    if (!m_joinScope)
        return;
    m_joinScope = false;
    m_db.joinsNested() = false;
    m_db.joinedStepFailed() = false;
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_status ? makeError(ErrorCode::Storage, Database::tr("The transaction was already finished."))
                        : m_status;
    if (m_joined) {
        m_done = true;
        --m_db.transactionDepth();
        return {};
    }
    if ((m_level == 0 || m_joinScope) && m_db.joinedStepFailed()) {
        rollback();
        return m_db.storageError(Database::tr("Saving the changes"),
                                 QStringLiteral("a step of this all-or-nothing transaction failed"));
    }
    QSqlQuery q(m_db.connection());
    const bool ok = m_level == 0 ? q.exec(QStringLiteral("COMMIT"))
                                 : q.exec(QStringLiteral("RELEASE casebook_%1").arg(m_level));
    if (!ok) {
        const QString detail = q.lastError().text();
        rollback();
        return m_db.storageError(Database::tr("Saving the changes"), detail);
    }
    m_done = true;
    endJoinScope();
    finishOutermost();
    return {};
}

void Transaction::rollback()
{
    if (m_done)
        return;
    m_done = true;
    if (m_joined) {
        m_db.joinedStepFailed() = true; // its writes stay until the outer transaction rolls back
        --m_db.transactionDepth();
        return;
    }
    QSqlQuery q(m_db.connection());
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO casebook_%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE casebook_%1").arg(m_level));
    }
    endJoinScope();
    finishOutermost();
}

void Transaction::finishOutermost()
{
    if (--m_db.transactionDepth() == 0) {
        m_db.joinsNested() = false;
        m_db.joinedStepFailed() = false;
    }
}

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{
    if (m_db.transactionDepth() > 0)
        return;
    // A failed BEGIN leaves each read to take its own locks, as without this object: slower, not wrong.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("BEGIN")))
        return;
    m_open = true;
    ++m_db.transactionDepth();
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT")))
        q.exec(QStringLiteral("ROLLBACK"));
    --m_db.transactionDepth();
}

} // namespace casebook
