#pragma once

#include "widgets/Prompts.h"

#include <QCoreApplication>

#include <memory>

class QMessageBox;

namespace casebook::ui {

/// Prompts with QMessageBox, QFileDialog, QColorDialog and QInputDialog.
class WidgetPrompts : public Prompts
{
    Q_DECLARE_TR_FUNCTIONS(WidgetPrompts)
public:
    void info(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    void error(QWidget *parent, const QString &title, const Error &error) override;
    bool confirm(QWidget *parent, const Confirmation &confirmation) override;
    SaveChoice askSaveChanges(QWidget *parent, const QString &question) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &initial = {}, const QStringList &completions = {}) override;
    std::optional<QString> askItem(QWidget *parent, const QString &title, const QString &label,
                                   const QStringList &items) override;
    QString chooseOpenFile(QWidget *parent, const QString &title, const QString &folder,
                           const QString &filter) override;
    QStringList chooseOpenFiles(QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter) override;
    QString chooseSaveFile(QWidget *parent, const QString &title, const QString &path, const QString &filter,
                           Overwrite overwrite = Overwrite::Ask) override;
    QColor chooseColor(QWidget *parent, const QString &title, const QColor &initial) override;
    int exec(QDialog &dialog) override;

    /// The message box confirm() shows, not shown yet.
    static std::unique_ptr<QMessageBox> confirmBox(QWidget *parent, const Confirmation &confirmation);
    /// The message box error() shows, not shown yet: plain text, detail in the detailed text.
    static std::unique_ptr<QMessageBox> errorBox(QWidget *parent, const QString &title, const Error &error);
};

} // namespace casebook::ui
