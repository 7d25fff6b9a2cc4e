#include "support/Sha256.h"

#include <QCryptographicHash>

namespace casebook {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace casebook
