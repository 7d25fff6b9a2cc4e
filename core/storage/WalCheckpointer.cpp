#include "storage/WalCheckpointer.h"

#include <sqlite3.h>

#include <system_error>

namespace casebook {

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(std::move(path))
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_close(m_own);
    if (m_installedOn)
        sqlite3_wal_hook(m_installedOn, nullptr, nullptr); // nothing calls into this object any more
}

void WalCheckpointer::install(sqlite3 *connection)
{
    m_installedOn = connection;
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this); // replaces the automatic one
}

int WalCheckpointer::completed() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_completed;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *connection, const char *database, int pagesInLog)
{
    // Should the thread be unable to do it (it could not start, or its last checkpoint failed), the
    // writer copies the log itself, as SQLite would, rather than let it grow without end.
    if (pagesInLog >= kPages && !static_cast<WalCheckpointer *>(self)->request())
        sqlite3_wal_checkpoint_v2(connection, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK; // the commit itself succeeded whatever happens here
}

bool WalCheckpointer::request()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping || m_failed)
            return false;
        m_due = true;
        if (!m_thread.joinable()) {
            try {
                m_thread = std::thread([this] { run(); });
            } catch (const std::system_error &) {
                m_failed = true;
                return false;
            }
        }
    }
    m_wake.notify_one();
    return true;
}

void WalCheckpointer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stopping; });
        if (m_stopping)
            return;
        m_due = false;
        lock.unlock();
        const int rc = checkpoint();
        lock.lock();
        m_completed += rc == SQLITE_OK ? 1 : 0;
        // Busy: another checkpoint of the file was running, and the next one copies what it left.
        // Anything else: the writer checkpoints from now on, as SQLite does (onCommit).
        m_failed = rc != SQLITE_OK && rc != SQLITE_BUSY;
    }
}

int WalCheckpointer::checkpoint()
{
    if (!m_own) {
        const QByteArray path = m_path.toUtf8();
        if (sqlite3_open_v2(path.constData(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            const int rc = sqlite3_errcode(m_own);
            sqlite3_close(m_own);
            m_own = nullptr;
            return rc == SQLITE_OK ? SQLITE_CANTOPEN : rc;
        }
        sqlite3_exec(m_own, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    }
    // Passive: copies the frames no reader still needs, waits for no one; what it leaves is copied
    // by the next one.
    return sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace casebook
