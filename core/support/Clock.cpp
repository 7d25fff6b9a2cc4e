#include "support/Clock.h"

#include <QTimeZone>

#include <cstdio>

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
    const QDateTime utc = t.toUTC();
    const QDate day = utc.date();
    if (day.year() < 1 || day.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // What Qt::ISODateWithMs writes for these years, without Qt's general formatter: an import
    // writes two times per record (issue 13).
    const QTime time = utc.time();
    char text[32];
    const int size =
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", day.year(), day.month(),
                      day.day(), time.hour(), time.minute(), time.second(), time.msec());
    return QString::fromLatin1(text, size);
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
