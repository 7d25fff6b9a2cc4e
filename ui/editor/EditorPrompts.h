#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace casebook::ui {

/// Every decision and outside effect of the use-case editor that would otherwise block on a modal
/// dialog or leave the process. The default implementation uses QFileDialog, QMessageBox and
/// QDesktopServices; tests inject a scripted subclass.
class EditorPrompts
{
    Q_DECLARE_TR_FUNCTIONS(EditorPrompts)
public:
    virtual ~EditorPrompts() = default;

    /// Files to attach; empty when the person cancels.
    virtual QStringList chooseFiles(QWidget *parent);
    /// Asked before an attachment that could run a program is opened; true to open it anyway.
    virtual bool confirmOpenExecutable(QWidget *parent, const QString &fileName);
    /// Asked before attachments are removed from the record; true to remove.
    virtual bool confirmRemoveAttachments(QWidget *parent, const QStringList &fileNames);
    /// Reports a problem that stopped an action (a file that cannot be read, a full disk...).
    virtual void showError(QWidget *parent, const QString &message);
    /// Hands a local file to the system's viewer for its type; false when none could open it.
    virtual bool openWithSystemViewer(const QString &localPath);
};

} // namespace casebook::ui
