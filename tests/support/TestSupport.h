#pragma once

#include <QByteArray>
#include <QString>

namespace casebook::test {

/// Path of a file under tests/data in the source tree.
QString dataPath(const QString &relative);
/// The whole content of a file (empty when it cannot be read).
QByteArray readAll(const QString &path);
/// Writes bytes to a file, replacing it; returns false on failure.
bool writeAll(const QString &path, const QByteArray &bytes);
/// Copies a file, replacing the destination.
bool copyFile(const QString &from, const QString &to);

} // namespace casebook::test
