#include "widgets/SystemDesktop.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace casebook::ui {

bool SystemDesktop::composeMail(const QString &subject, const QString &attachment)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QString xdgEmail = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (!xdgEmail.isEmpty())
        return QProcess::startDetached(
            xdgEmail, {QStringLiteral("--subject"), subject, QStringLiteral("--attach"), attachment});
#else
    Q_UNUSED(subject)
    Q_UNUSED(attachment)
#endif
    return false;
}

bool SystemDesktop::showInFileManager(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

bool SystemDesktop::openWithSystemViewer(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace casebook::ui
