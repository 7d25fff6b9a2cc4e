#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace casebook {

/// The SHA-256 of bytes as 64 lowercase hexadecimal digits: how Casebook names attachments, bundle
/// entries and record contents everywhere.
QString sha256Hex(const QByteArray &bytes);

/// The SHA-256 of everything `device` (open for reading) still holds, as sha256Hex() gives it;
/// an empty string when it cannot be read to its end.
QString sha256Hex(QIODevice &device);

} // namespace casebook
