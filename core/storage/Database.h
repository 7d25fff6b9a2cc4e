#pragma once

#include "support/Clock.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

class QSqlQuery;
struct sqlite3;

namespace casebook {

class ChangeJournal;
class ScoreIndexDeferral;
class SearchTextDeferral;
class SqliteStatement;

/// PRAGMA quick_check of a file on a read-only connection of its own, run on one thread and
/// stoppable from another: the window closing does not wait for a large file's check (seconds).
class FileCheck
{
public:
    explicit FileCheck(const QString &path)
        : m_path(path)
    { }
    /// The check's answer; ErrorCode::Cancelled when stop() came first.
    Status run();
    /// Makes run() stop at once, from any thread (before it starts: it does not check).
    void stop();

private:
    /// Notes the connection stop() interrupts (null: none); false once stop() was called.
    bool attach(sqlite3 *sqlite);
    bool stopped();

    QString m_path;
    std::mutex m_mutex;
    sqlite3 *m_running = nullptr;
    bool m_stopped = false;
};

class WalCheckpointer;

/// One numbered schema step, applied in its own transaction.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// An open Casebook repository file (SQLite). Owns one named Qt SQL connection; repositories
/// borrow it. Not thread-safe: use one Database per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr qint32 kApplicationId = 0x43415345; // "CASE"
    static constexpr int kBackupsKept = 8;

    enum class IntegrityCheck {
        None, ///< no check on open (the GUI runs one in the background instead)
        Quick, ///< PRAGMA quick_check before anything else happens
        Auto, ///< quick check when the file is small or was not closed cleanly
    };

    struct OpenOptions
    {
        bool create = true; ///< create the file when it does not exist
        IntegrityCheck integrityCheck = IntegrityCheck::Auto;
        QList<Migration> migrations; ///< empty: the built-in migrations
        const Clock *clock = nullptr; ///< nullptr: the system clock
        QString contributor; ///< recorded as editor of changes
        /// The member's assessor identity (AssessorIdentity; Preferences, CASEBOOK_ASSESSOR_ID);
        /// empty: derived from `contributor`.
        QString assessorId;
        /// The write-ahead log is copied back into the file on a thread of its own (WalCheckpointer)
        /// rather than inside the commit that fills it: for a process that goes on after its writes
        /// (the window). A command that exits after its work gains nothing, since it waits for the
        /// copy before it exits, and its work would share the cores with it.
        bool checkpointOffThread = false;
    };

    /// The numbered migrations shipped in resources/migrations.
    static QList<Migration> builtinMigrations();
    static int currentSchemaVersion();

    /// Opens (or creates) a repository: checks the file is a Casebook database of a version this
    /// build can read, optionally checks integrity, applies PRAGMAs and migrations (after a backup).
    /// A refused file is not written to.
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, OpenOptions()); }

    /// A read-only connection of its own to a repository another Database has opened: no checks, no
    /// migrations, nothing written (not even the checkpoint on close). For reads on another thread
    /// (SQLite's write-ahead log lets readers run beside the writer); use it on the thread that
    /// opened it.
    static Result<std::unique_ptr<Database>> openReader(const QString &path);
    /// openReader() of this repository, reading as this connection does: the same clock,
    /// contributor and assessor identity (issue 13: an import's plan on both cores). It sees what
    /// is committed, not what this connection's open transaction wrote. Safe to call from another
    /// thread while this connection is not being reconfigured; use the reader on that thread.
    Result<std::unique_ptr<Database>> openSibling() const;
    /// A writing connection of its own to this repository, writing as this one does (the same
    /// clock, contributor and assessor identity), for a long write on another thread while the
    /// window stays live (imports, take-backs, syncs). No integrity check and no migration: this
    /// connection made both. Its writes wait for this connection's open write transaction, if any;
    /// this connection sees them once committed. Use it on the thread that opened it.
    Result<std::unique_ptr<Database>> openSiblingWriter() const;
    /// Checkpoints of the write-ahead log run so far on this writer's own thread (WalCheckpointer).
    int backgroundCheckpoints() const;

    /// Makes the statement running on this connection stop at once, failing, when `stop` returns
    /// true: SQLite asks it every few thousand steps, on the thread running the statement (issue
    /// 13: a stale facet count stops in the middle of a facet). An empty `stop` removes it. Returns
    /// false if the connection is not SQLite's.
    bool setInterruption(std::function<bool()> stop);

    /// Runs PRAGMA quick_check on its own read-only connection; safe to call from any thread.
    static Status quickCheckFile(const QString &path) { return FileCheck(path).run(); }

    /// Default repository location: AppDataLocation/casebook.sqlite.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const;
    /// A number that changes whenever another connection commits a change to the file (SQLite's
    /// data_version; this connection's own writes leave it), -1 when it cannot be read. A view
    /// that reads the repository in parts can tell whether the parts still fit together.
    qint64 othersChangeCount() const;
    /// True when this open created the file (it had no schema before).
    bool wasCreated() const { return m_created; }
    const Clock &clock() const { return *m_clock; }
    const QString &contributor() const { return m_contributor; }
    void setContributor(const QString &name) { m_contributor = name; }
    /// The configured assessor identity (OpenOptions::assessorId); empty when derived from contributor().
    const QString &assessorId() const { return m_assessorId; }
    /// Whether assessments under `assessorId` are the local member's own: the configured identity,
    /// or the one derived from contributor() (assessments made before identities existed).
    bool isOwnAssessor(const QString &assessorId) const;
    /// The identity under which the member enters scores signed `name`: the configured identity
    /// when `name` is the member's own name (or the member has none), else the identity derived
    /// from `name` (scores transcribed for someone else).
    QString assessorIdFor(const QString &name) const;

    /// PRAGMA quick_check on this connection.
    Status quickCheck();
    /// integrity_check, foreign_key_check and the full-text index's own check; the detail lists
    /// every problem found.
    Status fullCheck();

    /// Writes a consistent copy of the database to `outPath` (SQLite's online backup into a
    /// temporary file beside it, verified, then renamed). Refuses to overwrite the open database
    /// itself, and to run inside a transaction.
    Status backupTo(const QString &outPath);
    /// Takes a backup into backupDirectory() named after `reason`, keeping the newest kBackupsKept.
    Result<QString> snapshot(const QString &reason);
    QString backupDirectory() const;
    static QString backupDirectoryFor(const QString &dbPath);
    /// The newest backup of `dbPath`, or an empty string.
    static QString newestBackup(const QString &dbPath);

    /// Wraps a failed query into a storage Error that names the file.
    Error storageError(const QString &what, const QString &detail) const;

    /// Lets this connection keep more database pages in memory (PRAGMA cache_size) while it
    /// lives, then restores the size it had. For a bulk write in one transaction (an import, an
    /// add of many): with SQLite's default of 2 MB, the pages it changes spill to the write-ahead
    /// log and are read back from there, write after write (issue 13). Adding 500 use cases to
    /// 100,000 changes about 3,400 pages (13 MB).
    class LargerPageCache
    {
    public:
        /// What a bulk write keeps: a memory bound, not a size it takes up front.
        static constexpr int kBulkWriteMiB = 64;
        explicit LargerPageCache(Database &db, int mebibytes = kBulkWriteMiB);
        ~LargerPageCache();
        LargerPageCache(const LargerPageCache &) = delete;
        LargerPageCache &operator=(const LargerPageCache &) = delete;

    private:
        Database &m_db;
        int m_previous = 0; ///< what PRAGMA cache_size said before; 0: nothing to restore
    };

    // Transaction bookkeeping, used by Transaction.
    int &transactionDepth() { return m_txDepth; }
    /// Whether the outermost open transaction is all or nothing (Transaction::Nesting::Join).
    bool &joinsNested() { return m_joinNested; }
    /// Whether a step joined to an all-or-nothing transaction failed (then it cannot commit).
    bool &joinedStepFailed() { return m_joinedStepFailed; }

private:
    // The SQL connection is for storage alone (ARCHITECTURE.md: SQL lives in core/storage); tests reach
    // it through DatabaseTestAccess (tests/support), which only they define.
    friend class AssessmentRepository;
    friend class AttachmentStore;
    friend class ChangeJournal;
    friend class FacetRows;
    friend class GapRepository;
    friend class HistoryRepository;
    friend class ImportLogRepository;
    friend class RoundSheetRepository;
    friend class RubricRepository;
    friend class SavedViewRepository;
    friend class ScoreIndex;
    friend class ScoreIndexDeferral;
    friend class SearchTextDeferral;
    friend class ScoreReportLoader;
    friend class TagRepository;
    friend class UseCaseRepository;
    friend class WorkshopRepository;
    friend class StoredDocumentCheck;
    friend class SyncStateRepository;
    friend class Transaction;
    friend class ReadSnapshot;
    friend struct DatabaseTestAccess;
    QSqlDatabase connection() const;
    /// A statement prepared once on this connection and reused by every later call with the same
    /// SQL (issue 13: bulk writes spent a third of their time preparing the same statements).
    /// Handed out finished, ready to bind; the caller binds every value, executes it and finishes
    /// a SELECT before calling anything that may use the same statement.
    QSqlQuery &statement(const QString &sql) const;
    /// A statement prepared once through SQLite's own API and reused (SqliteStatement), for the
    /// writes an import repeats per score and per facet row and the reads it repeats per record;
    /// an error (SQLite's text in its detail) when the SQL does not prepare.
    Result<SqliteStatement *> sqliteStatement(const std::string &sql) const;
    /// SQLite's handle of this connection; nullptr if the connection is not SQLite's.
    sqlite3 *sqliteHandle() const;

    Database(QString path, QString connectionName);
    /// SQLite's online backup of this connection's database into a new file at `path`.
    Status copyPagesTo(const QString &path) const;
    Status applyMigrations(const QList<Migration> &migrations, int fromVersion);
    /// One step in a transaction of its own (or joined to the outer one); `versionIfFailed` is the
    /// version the error says the file was left at.
    Status applyMigration(const Migration &m, int versionIfFailed);
    /// What a migration needs done in C++ after its SQL, in its transaction.
    Status completeMigration(int version);

    QString m_path;
    QString m_connectionName;
    const Clock *m_clock = nullptr;
    QString m_contributor;
    QString m_assessorId;
    bool m_created = false;
    bool m_readOnly = false;
    bool m_sibling = false; ///< openSiblingWriter(): the first connection folds the log on its close
    int m_txDepth = 0;
    bool m_joinNested = false;
    bool m_joinedStepFailed = false;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::unique_ptr<QSqlQuery> m_failedStatement;
    mutable std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> m_sqliteStatements;
    std::function<bool()> m_stop; ///< setInterruption()
    ScoreIndexDeferral *m_scoreDeferral = nullptr; ///< the one alive on this connection, if any
    SearchTextDeferral *m_searchDeferral = nullptr; ///< the one alive on this connection, if any
    ChangeJournal *m_journal = nullptr; ///< the one recording this connection's writes, if any
    mutable int m_schemaVersion = -1; ///< schemaVersion() once read; -1 until then
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< a writer's checkpoints, off its thread
};

/// RAII transaction: commit() explicitly, otherwise the destructor rolls back. Nests with
/// savepoints, so a repository call inside a caller's transaction joins it.
class Transaction
{
public:
    enum class Nesting {
        /// A transaction opened inside this one is a savepoint: it can fail and roll back alone
        /// while this one goes on.
        Savepoint,
        /// All or nothing (bulk writes: an import, adding many records): a transaction opened
        /// inside this one joins it without a savepoint, and if one of them is not committed this
        /// one cannot commit either. Savepoints cost: each makes SQLite flush the pending
        /// full-text index into a segment of its own (issue 13).
        Join,
    };

    /// `nesting` counts for the outermost transaction and for a savepoint: a Join savepoint (an
    /// import inside a sync) is all or nothing for what is opened inside it, while its outer one
    /// keeps its own mode. One opened inside a Join transaction joins it.
    explicit Transaction(Database &db, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN (or SAVEPOINT) succeeded.
    Status status() const { return m_status; }
    Status commit();
    void rollback();

private:
    /// Leaves the transaction's level; the outermost one also ends its nesting mode.
    void finishOutermost();
    /// A Join savepoint gives its outer transaction's nesting mode back when it ends.
    void endJoinScope();

    Database &m_db;
    Status m_status;
    int m_level = 0;
    bool m_done = false;
    bool m_joined = false; ///< inside an all-or-nothing transaction: no savepoint of its own
    bool m_joinScope = false; ///< a Join savepoint: those opened inside join it until it ends
};

/// RAII read transaction for a long read (an export collects tens of thousands of rows): every read
/// on this connection until it ends sees one state of the repository, and SQLite takes its locks
/// once instead of once per statement (two locks and two file checks each). Only reads belong
/// inside; a Transaction opened inside is a savepoint whose first write would wait for the write
/// lock. Inside a transaction already open, it does nothing.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_open = false; ///< whether this object began the read transaction (and so ends it)
};

} // namespace casebook
