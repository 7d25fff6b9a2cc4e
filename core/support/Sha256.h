#pragma once

#include <QByteArray>
#include <QString>

namespace casebook {

/// The SHA-256 of bytes as 64 lowercase hexadecimal digits: how Casebook names attachments, bundle
/// entries and record contents everywhere.
QString sha256Hex(const QByteArray &bytes);

} // namespace casebook
