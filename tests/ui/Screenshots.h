#pragma once

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace casebook::test {

/// Renders a widget (so layout problems that crash or assert show up in every run) and keeps the
/// picture only when CASEBOOK_SCREENSHOT_DIR names a folder to look at it. Returns false when the
/// widget rendered nothing.
inline bool screenshot(QWidget &widget, const QString &name)
{
    const QPixmap picture = widget.grab();
    if (picture.isNull())
        return false;
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        return picture.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    return true;
}

} // namespace casebook::test
