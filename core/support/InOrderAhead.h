#pragma once

#include "support/Result.h"

#include <QList>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace casebook {

/// Calls `take(i, compute(items[i]))` for every item, in the items' order, on the calling thread,
/// stopping at the first Status that `take` refuses (and returning it). `compute` runs on this
/// thread and on one other, at most `lead` items ahead of `take`: while this thread takes one
/// item, the other computes the next ones, and this thread computes too whenever its next item is
/// not ready (issue 13: the checks of a bundle's records compare them with each other, so they
/// run in order on one thread; parsing each record does not, and left the other core idle while
/// they ran). `compute` must be safe to call from two threads at once on different items; `take`
/// only ever runs on the calling thread. Items computed ahead of a refusal are dropped.
template<typename T, typename Compute, typename Take>
Status takeInOrderComputedAhead(const QList<T> &items, const Compute &compute, const Take &take,
                                qsizetype lead = 512)
{
    using R = std::invoke_result_t<Compute, const T &>;
    const qsizetype n = items.size();
    std::vector<std::optional<R>> results(static_cast<size_t>(n));
    const std::unique_ptr<std::atomic<bool>[]> ready(new std::atomic<bool>[size_t(n)]);
    for (qsizetype i = 0; i < n; ++i)
        ready[size_t(i)].store(false, std::memory_order_relaxed);
    std::atomic<qsizetype> next{0}; // the first item nobody has claimed
    std::atomic<qsizetype> taken{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable moved; // `taken` advanced, or `stop` was set

    // Claims the next item and computes it, unless that is more than `lead` ahead of `taken`.
    const auto computeOne = [&]() -> bool {
        qsizetype i = next.load();
        do {
            if (i >= n || i - taken.load() >= lead)
                return false;
        } while (!next.compare_exchange_weak(i, i + 1));
        results[size_t(i)].emplace(compute(items[i]));
        ready[size_t(i)].store(true, std::memory_order_release);
        return true;
    };
    std::future<void> other;
    if (n > 1 && QThread::idealThreadCount() > 1) {
        other = std::async(std::launch::async, [&] {
            while (!stop.load() && next.load() < n) {
                if (computeOne())
                    continue;
                if (next.load() >= n)
                    break;
                std::unique_lock lock(mutex);
                moved.wait(lock, [&] { return stop.load() || next.load() - taken.load() < lead; });
            }
        });
    }
    struct Join // any return stops the other thread and waits for it
    {
        std::atomic<bool> &stop;
        std::mutex &mutex;
        std::condition_variable &moved;
        std::future<void> &other;
        ~Join()
        {
            {
                const std::lock_guard lock(mutex);
                stop = true;
            }
            moved.notify_all();
            if (other.valid())
                other.wait();
        }
    } join{stop, mutex, moved, other};

    for (qsizetype i = 0; i < n; ++i) {
        while (!ready[size_t(i)].load(std::memory_order_acquire)) {
            if (!computeOne())
                std::this_thread::yield(); // item i is being computed on the other thread
        }
        const Status s = take(i, std::move(*results[size_t(i)]));
        results[size_t(i)].reset();
        {
            const std::lock_guard lock(mutex);
            taken.store(i + 1);
        }
        moved.notify_one();
        if (!s)
            return s;
    }
    return {};
}

} // namespace casebook
