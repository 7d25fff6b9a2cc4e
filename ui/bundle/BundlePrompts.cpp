#include "bundle/BundlePrompts.h"

#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportPreviewDialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace casebook::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("casebook::ui::BundlePrompts", text);
}
} // namespace

bool WidgetBundlePrompts::runExportDialog(ExportBundleDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

QString WidgetBundlePrompts::saveFileName(QWidget *parent, const QString &suggested)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save bundle"), suggested,
                                                tr("Casebook bundles (*.casebook)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".casebook");
    return path;
}

QString WidgetBundlePrompts::openFileName(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open bundle"), QString(),
                                        tr("Casebook bundles (*.casebook)"));
}

bool WidgetBundlePrompts::runPreviewDialog(ImportPreviewDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

void WidgetBundlePrompts::showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("bundleErrorBox"));
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void WidgetBundlePrompts::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

bool WidgetBundlePrompts::openMailClient(const QString &path, const QString &subject)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QString xdgEmail = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (!xdgEmail.isEmpty())
        return QProcess::startDetached(
            xdgEmail, {QStringLiteral("--subject"), subject, QStringLiteral("--attach"), path});
#else
    Q_UNUSED(path)
    Q_UNUSED(subject)
#endif
    return false;
}

void WidgetBundlePrompts::showInFileManager(const QString &path)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace casebook::ui
