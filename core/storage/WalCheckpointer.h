#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace casebook {

/// Copies the write-ahead log back into the database file on a thread of its own, so that no
/// write waits for it (issue 13). SQLite's own automatic checkpoint runs inside the commit that
/// fills the log past 1,000 pages: the writer, and the window with it, waited while the log was
/// copied into the file, and in a large repository a commit leaves more pages in the log (its
/// index entries land on more pages), so adding grew dearer with the repository.
///
/// install() replaces that automatic checkpoint on a connection: after each commit SQLite reports
/// the log's size, and once it reaches the threshold the thread, with a connection of its own,
/// runs a passive checkpoint, which copies what no reader still needs and never blocks a reader or
/// a writer. The log is folded back whole when the last connection closes (Database's destructor).
class WalCheckpointer
{
public:
    /// For the database file `path`; no thread is started until the first checkpoint is due.
    explicit WalCheckpointer(QString path);
    /// Finishes the checkpoint under way, if any, and stops the thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Takes over the checkpoints of `connection` (which must outlive this object's use of it).
    void install(sqlite3 *connection);
    /// Checkpoints this thread completed so far (tests).
    int completed() const;

    /// Pages in the log that make a checkpoint due; SQLite's own default.
    static constexpr int kPages = 1000;

private:
    static int onCommit(void *self, sqlite3 *connection, const char *database, int pagesInLog);
    /// Asks the thread for a checkpoint; false when it cannot do it (it could not start, or its last
    /// checkpoint failed), and the writer should.
    bool request();
    void run();
    /// One passive checkpoint through the thread's own connection, opened on first use; SQLite's
    /// result code.
    int checkpoint();

    QString m_path;
    sqlite3 *m_installedOn = nullptr; ///< the writer's connection, whose hook this is
    sqlite3 *m_own = nullptr; ///< the thread's connection
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stopping = false;
    bool m_failed = false; ///< the thread did not start, or its last checkpoint failed
    int m_completed = 0;
    std::thread m_thread;
};

} // namespace casebook
