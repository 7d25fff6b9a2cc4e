#pragma once

#include <QDateTime>

namespace casebook {

/// Source of "now" for timestamps, so tests can fix time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    virtual QDateTime nowUtc() const = 0;

    /// The process-wide system clock.
    static const Clock &system();
};

/// A clock that always answers the time it was given (tests, reproducible exports).
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime t)
        : m_time(t.toUTC())
    { }
    QDateTime nowUtc() const override { return m_time; }
    void set(const QDateTime &t) { m_time = t.toUTC(); }
    void advanceSecs(qint64 s) { m_time = m_time.addSecs(s); }

private:
    QDateTime m_time;
};

/// Formats a UTC timestamp the way Casebook stores it: ISO 8601 with milliseconds and 'Z'.
QString toIsoUtc(const QDateTime &t);
/// Parses an ISO 8601 timestamp; returns an invalid QDateTime on bad input.
QDateTime fromIsoUtc(const QString &s);

} // namespace casebook
