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
/// `t`, or `limit` when `t` is later: a time from elsewhere is never trusted to lie in the future
/// (e.g. an incoming `modified_at` is clamped to the time of the import). Invalid stays invalid.
QDateTime notAfter(const QDateTime &t, const QDateTime &limit);

} // namespace casebook
