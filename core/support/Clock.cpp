#include "support/Clock.h"

#include <QTimeZone>

namespace casebook {

namespace {
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString toIsoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime && !s.endsWith(QLatin1Char('Z')) && !s.contains(QLatin1Char('+')))
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC();
}

QDateTime notAfter(const QDateTime &t, const QDateTime &limit)
{
    return t.isValid() && limit.isValid() && t > limit ? limit : t;
}

} // namespace casebook
