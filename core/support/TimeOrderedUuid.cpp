#include "support/TimeOrderedUuid.h"

#include <QUuid>

namespace casebook {

QString timeOrderedUuid(qint64 msecsSinceEpoch, QRandomGenerator &random)
{
    const quint64 ms = quint64(msecsSinceEpoch) & 0xFFFFFFFFFFFFull; // 48 bits, until the year 10889
    quint32 bits[3];
    random.fillRange(bits, 3);
    const auto data2 = quint16(ms & 0xFFFF);
    const auto data3 = quint16(0x7000 | (bits[0] & 0x0FFF)); // version 7, 12 random bits
    uchar data4[8];
    data4[0] = uchar(0x80 | ((bits[0] >> 12) & 0x3F)); // variant 10, 6 random bits
    data4[1] = uchar(bits[0] >> 18);
    for (int i = 0; i < 4; ++i)
        data4[2 + i] = uchar(bits[1] >> (8 * i));
    data4[6] = uchar(bits[2]);
    data4[7] = uchar(bits[2] >> 8);
    const QUuid u(quint32(ms >> 16), data2, data3, data4[0], data4[1], data4[2], data4[3], data4[4], data4[5],
                  data4[6], data4[7]);
    return u.toString(QUuid::WithoutBraces);
}

} // namespace casebook
