#pragma once

#include "support/Result.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

class QDialog;
class QWidget;

namespace casebook::ui {

/// Every question and message the windows put to the member, behind one interface so that tests
/// answer them from a script instead of blocking on a modal dialog. WidgetPrompts shows real dialogs.
/// Windows receive it in their constructor, passed down from the main window.
class Prompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    /// Whether choosing an existing file to save to asks before replacing it.
    enum class Overwrite { Ask, Allow };

    /// A yes/no question. `acceptText` names the action ("Remove"); empty: Yes and No.
    /// `risky`: a warning icon, and Cancel (or No) is what Enter does.
    struct Confirmation
    {
        QString title;
        QString question;
        QString informative = {};
        QString acceptText = {};
        bool risky = false;
    };

    virtual ~Prompts() = default;

    /// Messages. The text may come from a file: it is always shown as plain text.
    virtual void info(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Shows the error's message, with its technical detail available on request.
    virtual void error(QWidget *parent, const QString &title, const Error &error) = 0;

    /// True when the member accepts.
    virtual bool confirm(QWidget *parent, const Confirmation &confirmation) = 0;
    /// True when nothing is at `path` yet, or the member agrees to replace the file there (a risky
    /// question: Enter keeps the file). For dialogs that take a path typed in a field.
    bool mayReplace(QWidget *parent, const QString &path);
    /// Unsaved changes: save them, drop them, or stay. `question` names what would be lost.
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &question) = 0;
    /// A line of text (a tag, a view name...), with completion; nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &initial = {},
                                           const QStringList &completions = {}) = 0;
    /// A choice among items; nullopt when cancelled.
    virtual std::optional<QString> askItem(QWidget *parent, const QString &title, const QString &label,
                                           const QStringList &items) = 0;

    /// Files to read or write; empty when cancelled. `folder` (or `path`) is where the dialog starts.
    virtual QString chooseOpenFile(QWidget *parent, const QString &title, const QString &folder,
                                   const QString &filter) = 0;
    virtual QStringList chooseOpenFiles(QWidget *parent, const QString &title, const QString &folder,
                                        const QString &filter) = 0;
    virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &path,
                                   const QString &filter, Overwrite overwrite = Overwrite::Ask) = 0;
    /// A colour; invalid when cancelled.
    virtual QColor chooseColor(QWidget *parent, const QString &title, const QColor &initial) = 0;

    /// Runs a modal dialog the caller has prepared; returns its result (QDialog::Accepted...).
    virtual int exec(QDialog &dialog) = 0;
};

} // namespace casebook::ui
