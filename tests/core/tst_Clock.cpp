#include "support/Clock.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace casebook;

/// toIsoUtc writes what Qt::ISODateWithMs writes for the time in UTC (its own formatter for years
/// 1 to 9999, issue 13), and fromIsoUtc reads it back.
class tst_Clock : public QObject
{
    Q_OBJECT
private slots:
    void isoUtcIsQtsIsoWithMilliseconds();
};

void tst_Clock::isoUtcIsQtsIsoWithMilliseconds()
{
    QList<QDateTime> times{
        QDateTime(QDate(2026, 12, 3), QTime(6, 5, 4, 3), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone(3600)), // 22:59 UTC
        QDateTime(QDate(1, 1, 1), QTime(0, 30), QTimeZone(3600)), // the day before year 1 in UTC
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 0), QTimeZone(-34200)), // -09:30
        QDateTime(QDate(2026, 3, 29), QTime(2, 30),
                  QTimeZone("Europe/Paris")), // a missing hour: not a valid time, no text
    };
    QRandomGenerator random(98);
    for (int i = 0; i < 2000; ++i) {
        const qint64 ms = random.bounded(qint64(-62135596800000), qint64(253402300799999));
        times.append(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(int(random.bounded(-50400, 50400)))));
    }
    for (const QDateTime &t : std::as_const(times)) {
        const QString expected = t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
        QCOMPARE(toIsoUtc(t), expected);
        if (t.isValid() && t.toUTC().date().year() >= 1 && t.toUTC().date().year() <= 9999) {
            QCOMPARE(expected.size(), 24);
            QCOMPARE(fromIsoUtc(expected), t);
        }
    }
    QCOMPARE(toIsoUtc(QDateTime()), QString());
}

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_Clock.moc"
