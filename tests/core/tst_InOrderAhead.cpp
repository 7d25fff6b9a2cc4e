#include "support/InOrderAhead.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace casebook;

/// takeInOrderComputedAhead: what BundleReader parses every record of a bundle with.
class tst_InOrderAhead : public QObject
{
    Q_OBJECT
private slots:
    void takesEveryItemInOrderOnTheCallingThread();
    void stopsAtTheFirstRefusal();
    void computesAtMostTheLeadAhead();
    void handlesNoAndOneItem();
};

namespace {

QList<int> numbers(int n)
{
    QList<int> items;
    for (int i = 0; i < n; ++i)
        items.append(i);
    return items;
}

} // namespace

void tst_InOrderAhead::takesEveryItemInOrderOnTheCallingThread()
{
    const QList<int> items = numbers(20000);
    QThread *const caller = QThread::currentThread();
    std::atomic<int> computedElsewhere{0};
    QList<QByteArray> taken;
    bool otherThreadTook = false;
    const Status s = takeInOrderComputedAhead(
        items,
        [&](int i) {
            if (QThread::currentThread() != caller)
                ++computedElsewhere;
            return QByteArray::number(i * 7);
        },
        [&](qsizetype i, QByteArray value) -> Status {
            otherThreadTook = otherThreadTook || QThread::currentThread() != caller;
            if (value != QByteArray::number(items.at(i) * 7) || i != taken.size())
                return makeError(ErrorCode::Usage, QStringLiteral("item %1 out of order").arg(i));
            taken.append(value);
            return {};
        });
    QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    QCOMPARE(taken.size(), items.size());
    QVERIFY(!otherThreadTook);
    if (QThread::idealThreadCount() > 1)
        QVERIFY2(computedElsewhere.load() > 0, "the other core computed nothing");
}

void tst_InOrderAhead::stopsAtTheFirstRefusal()
{
    const QList<int> items = numbers(5000);
    int takes = 0;
    const Status s = takeInOrderComputedAhead(
        items, [](int i) { return i; },
        [&](qsizetype, int value) -> Status {
            ++takes;
            if (value == 1234)
                return makeError(ErrorCode::InputRejected, QStringLiteral("refused %1").arg(value));
            return {};
        });
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::InputRejected);
    QCOMPARE(s.error().message, QStringLiteral("refused 1234"));
    QCOMPARE(takes, 1235);
}

void tst_InOrderAhead::computesAtMostTheLeadAhead()
{
    const QList<int> items = numbers(3000);
    constexpr qsizetype kLead = 16;
    std::atomic<qsizetype> taken{0};
    std::atomic<qsizetype> furthest{0}; // the largest distance of a computed item past `taken`
    std::atomic<int> computed{0};
    const Status s = takeInOrderComputedAhead(
        items,
        [&](int i) {
            ++computed;
            qsizetype ahead = i - taken.load();
            qsizetype seen = furthest.load();
            while (ahead > seen && !furthest.compare_exchange_weak(seen, ahead)) { }
            return i;
        },
        [&](qsizetype i, int) -> Status {
            if (i % 100 == 0)
                QThread::usleep(200); // a slow take lets the other thread run ahead as far as it may
            taken.store(i + 1);
            return i == 2000 ? makeError(ErrorCode::InputRejected, QStringLiteral("stop")) : Status();
        },
        kLead);
    QVERIFY(!s);
    QVERIFY2(furthest.load() < kLead, qPrintable(QString::number(furthest.load())));
    QVERIFY2(computed.load() <= 2001 + kLead, qPrintable(QString::number(computed.load())));
}

void tst_InOrderAhead::handlesNoAndOneItem()
{
    int takes = 0;
    const auto take = [&](qsizetype, int) -> Status {
        ++takes;
        return {};
    };
    QVERIFY(takeInOrderComputedAhead(
        QList<int>(), [](int i) { return i; }, take));
    QCOMPARE(takes, 0);
    QVERIFY(takeInOrderComputedAhead(
        QList<int>{5}, [](int i) { return i; }, take));
    QCOMPARE(takes, 1);
}

QTEST_GUILESS_MAIN(tst_InOrderAhead)
#include "tst_InOrderAhead.moc"
