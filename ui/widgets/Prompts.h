#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace casebook::ui {

/// Every question the windows ask the member, behind one interface so that tests answer them
/// without a modal dialog. The default implementation uses standard dialogs.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~Prompts() = default;
    /// "Save the changes to X?" before they would be lost.
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &what);
    /// A line of text (a tag, a view name...), with completion; nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &initial = {}, const QStringList &completions = {});
    /// A choice among items; nullopt when cancelled.
    virtual std::optional<QString> askItem(QWidget *parent, const QString &title, const QString &label,
                                           const QStringList &items);
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question);
    virtual QString chooseOpenFile(QWidget *parent, const QString &title, const QString &folder,
                                   const QString &filter);
    virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &path,
                                   const QString &filter);
    virtual void showError(QWidget *parent, const QString &title, const Error &error);
    virtual void showInfo(QWidget *parent, const QString &title, const QString &text);

    /// The process-wide default (standard dialogs).
    static Prompts &standard();
};

} // namespace casebook::ui
