#pragma once

#include <QByteArray>
#include <QFile>
#include <QSize>
#include <QString>

namespace casebook::test {

/// Makes the offscreen platform show one screen of the given size (a 1024×700 laptop, say), through
/// the plugin's configuration file. Call before the QApplication is made, with a file path that
/// lives as long as it; does nothing when another platform than "offscreen" is asked for.
inline bool useOffscreenScreen(const QSize &size, const QString &configPath)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("offscreen"))
        return false;
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("{\"screens\": [{\"name\": \"screen\", \"x\": 0, \"y\": 0, \"width\": %1, "
                                "\"height\": %2, \"logicalDpi\": 96}]}")
                     .arg(size.width())
                     .arg(size.height())
                     .toUtf8());
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + configPath.toLocal8Bit());
    return true;
}

} // namespace casebook::test
