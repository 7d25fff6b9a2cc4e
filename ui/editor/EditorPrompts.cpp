#include "editor/EditorPrompts.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>
#include <QUrl>

namespace casebook::ui {

QStringList EditorPrompts::chooseFiles(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(parent, tr("Attach Files"));
}

bool EditorPrompts::confirmOpenExecutable(QWidget *parent, const QString &fileName)
{
    QMessageBox box(QMessageBox::Warning, tr("Open a Program?"),
                    tr("“%1” is a program or script. Opening it may run it on this computer with "
                       "your permissions.")
                        .arg(fileName),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Open it only if you trust where it came from."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Open;
}

bool EditorPrompts::confirmRemoveAttachments(QWidget *parent, const QStringList &fileNames)
{
    QMessageBox box(QMessageBox::Question, tr("Remove Attachments"),
                    tr("Remove %n attachment(s) from this use case?", nullptr, int(fileNames.size()))
                        + QLatin1String("\n\n") + fileNames.join(QLatin1Char('\n')),
                    QMessageBox::Ok | QMessageBox::Cancel, parent);
    // File names come from data: plain text, never markup (the informative text would guess).
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Ok)->setText(tr("Remove"));
    box.setDefaultButton(QMessageBox::Ok);
    return box.exec() == QMessageBox::Ok;
}

void EditorPrompts::showError(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Casebook"), message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool EditorPrompts::openWithSystemViewer(const QString &localPath)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(localPath));
}

} // namespace casebook::ui
