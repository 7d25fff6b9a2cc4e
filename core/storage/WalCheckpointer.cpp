#include "storage/WalCheckpointer.h"

#include <sqlite3.h>

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
}

void WalCheckpointer::install(sqlite3 *connection)
{
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this); // replaces the automatic one
}

int WalCheckpointer::completed() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_completed;
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pagesInLog)
{
    if (pagesInLog >= kPages)
        static_cast<WalCheckpointer *>(self)->request();
    return SQLITE_OK; // the commit itself succeeded whatever happens here
}

void WalCheckpointer::request()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping)
            return;
        m_due = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
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
        checkpoint();
        lock.lock();
        ++m_completed;
    }
}

void WalCheckpointer::checkpoint()
{
    if (!m_own) {
        const QByteArray path = m_path.toUtf8();
        if (sqlite3_open_v2(path.constData(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            sqlite3_close(m_own); // the commits go on; the log is folded back on close
            m_own = nullptr;
            return;
        }
        sqlite3_exec(m_own, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    }
    // Passive: copies the frames no reader still needs, waits for no one; what it leaves is copied
    // by the next one.
    sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace casebook
