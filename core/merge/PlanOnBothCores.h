#pragma once

#include "storage/Database.h"
#include "support/Result.h"

#include <QList>

#include <atomic>
#include <chrono>
#include <future>
#include <utility>

namespace casebook {

/// Plans records 0 to count - 1 with `planOne(db, i)` and returns the plans in that order: the
/// second half on a read connection of its own (Database::openSibling) on another thread, while
/// this thread plans the first half (issue 13: an import's plan is a few index lookups per record,
/// and the other core was idle). `keepOn(done)` is asked on this thread before each record of its
/// half and while it waits for the other, with how many records both have planned; false stops both
/// and gives `cancelled`. The first error, in the records' order, is returned. Plans everything
/// here when there are few records, when `db` is inside a transaction (another connection would
/// not see what it wrote), or when no second connection opens. `planOne` must only read.
template<typename Plan, typename PlanOne, typename KeepOn>
Result<QList<Plan>> planOnBothCores(Database &db, int count, const PlanOne &planOne, const KeepOn &keepOn,
                                    const Error &cancelled)
{
    constexpr int kAloneBelow = 256; // a second connection costs about a millisecond
    const bool split = count >= kAloneBelow && db.transactionDepth() == 0;
    const int half = split ? count / 2 : count;
    struct Other
    {
        bool opened = false;
        Result<QList<Plan>> plans = QList<Plan>();
    };
    std::atomic<bool> stop{false};
    std::atomic<int> otherDone{0};
    std::future<Other> other;
    if (split) {
        other = std::async(std::launch::async, [&db, &planOne, &stop, &otherDone, half, count] {
            Other o;
            auto reader = db.openSibling(); // opened and used on this thread only
            if (!reader)
                return o;
            o.opened = true;
            QList<Plan> plans;
            plans.reserve(count - half);
            for (int i = half; i < count && !stop.load(); ++i) {
                auto p = planOne(**reader, i);
                if (!p) {
                    o.plans = p.error();
                    return o;
                }
                plans.append(std::move(*p));
                otherDone.fetch_add(1);
            }
            o.plans = std::move(plans);
            return o;
        });
    }
    struct Join // an early return stops the other thread and waits for it
    {
        std::atomic<bool> &stop;
        std::future<Other> &other;
        ~Join()
        {
            stop = true;
            if (other.valid())
                other.wait();
        }
    } join{stop, other};

    QList<Plan> out;
    out.reserve(count);
    const auto planHere = [&](int from, int to) -> Status {
        for (int i = from; i < to; ++i) {
            if (!keepOn(i + otherDone.load()))
                return cancelled;
            auto p = planOne(db, i);
            if (!p)
                return p.error();
            out.append(std::move(*p));
        }
        return {};
    };
    if (Status s = planHere(0, half); !s)
        return s.error();
    if (!split)
        return out;
    while (other.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
        if (!keepOn(half + otherDone.load()))
            return cancelled;
    }
    Other o = other.get();
    if (!o.opened) {
        if (Status s = planHere(half, count); !s)
            return s.error();
        return out;
    }
    if (!o.plans)
        return o.plans.error();
    out.append(std::move(*o.plans));
    return out;
}

} // namespace casebook
