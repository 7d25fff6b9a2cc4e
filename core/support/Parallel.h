#pragma once

#include <QList>
#include <QThread>

#include <algorithm>
#include <future>
#include <type_traits>
#include <vector>

namespace casebook {

/// `f(item)` for every item, computed on up to QThread::idealThreadCount() threads (the calling
/// one included), in the order of `items`. `f` must be safe to call from several threads at once
/// on different items (Qt's value classes such as QJsonObject are: each call builds its own).
/// For work of many small independent items such as serializing records (issue 13: an export
/// serializes tens of thousands).
template<typename T, typename F>
auto mapInParallel(const QList<T> &items, F f) -> std::vector<std::invoke_result_t<F, const T &>>
{
    using R = std::invoke_result_t<F, const T &>;
    constexpr qsizetype kMinPerThread = 64;
    const qsizetype n = items.size();
    const qsizetype threads =
        std::clamp<qsizetype>(n / kMinPerThread, 1, std::max(1, QThread::idealThreadCount()));
    std::vector<R> out(static_cast<size_t>(n));
    const auto run = [&](qsizetype first) {
        for (qsizetype i = first; i < n; i += threads)
            out[size_t(i)] = f(items[i]);
    };
    std::vector<std::future<void>> others;
    for (qsizetype t = 1; t < threads; ++t)
        others.push_back(std::async(std::launch::async, run, t));
    run(0);
    for (std::future<void> &o : others)
        o.get();
    return out;
}

} // namespace casebook
