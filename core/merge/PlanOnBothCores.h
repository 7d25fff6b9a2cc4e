#pragma once

#include "storage/Database.h"
#include "storage/SiblingWork.h"
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
    std::atomic<bool> stop{false};
    std::atomic<int> otherDone{0};
    std::future<std::optional<Result<QList<Plan>>>> other;
    if (count >= kAloneBelow) {
        other =
            startOnSibling(db, [&planOne, &stop, &otherDone, count](Database &reader) -> Result<QList<Plan>> {
                QList<Plan> plans;
                plans.reserve(count - count / 2);
                for (int i = count / 2; i < count && !stop.load(); ++i) {
                    auto p = planOne(reader, i);
                    if (!p)
                        return p.error();
                    plans.append(std::move(*p));
                    otherDone.fetch_add(1);
                }
                return plans;
            });
    }
    const int half = other.valid() ? count / 2 : count;
    struct Join // an early return stops the other thread and waits for it
    {
        std::atomic<bool> &stop;
        std::future<std::optional<Result<QList<Plan>>>> &other;
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
    if (!other.valid())
        return out;
    while (other.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
        if (!keepOn(half + otherDone.load()))
            return cancelled;
    }
    auto planned = other.get();
    if (!planned) { // no second connection opened
        if (Status s = planHere(half, count); !s)
            return s.error();
        return out;
    }
    if (!*planned)
        return planned->error();
    out.append(std::move(**planned));
    return out;
}

} // namespace casebook
