#pragma once

#include "widgets/Prompts.h"

#include <QQueue>
#include <QStringList>

namespace casebook::test {

/// Answers the window's questions from a script, and records what was asked, so GUI tests never
/// block on a modal dialog.
class ScriptedPrompts : public ui::Prompts
{
public:
    QQueue<std::optional<QString>> texts; ///< answers to askText / askItem, in order
    QQueue<bool> confirmations;
    QQueue<SaveChoice> saveChoices;
    QString openFile;
    QString saveFile;
    QStringList asked; ///< titles of every question, in order
    QList<Error> errors;

    SaveChoice askSaveChanges(QWidget *, const QString &what) override
    {
        asked.append(QStringLiteral("save:") + what);
        return saveChoices.isEmpty() ? SaveChoice::Cancel : saveChoices.dequeue();
    }
    std::optional<QString> askText(QWidget *, const QString &title, const QString &, const QString &,
                                   const QStringList &) override
    {
        asked.append(title);
        return texts.isEmpty() ? std::nullopt : texts.dequeue();
    }
    std::optional<QString> askItem(QWidget *, const QString &title, const QString &,
                                   const QStringList &) override
    {
        asked.append(title);
        return texts.isEmpty() ? std::nullopt : texts.dequeue();
    }
    bool confirm(QWidget *, const QString &title, const QString &) override
    {
        asked.append(title);
        return confirmations.isEmpty() ? false : confirmations.dequeue();
    }
    QString chooseOpenFile(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked.append(title);
        return openFile;
    }
    QString chooseSaveFile(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked.append(title);
        return saveFile;
    }
    void showError(QWidget *, const QString &title, const Error &error) override
    {
        asked.append(title);
        errors.append(error);
    }
    void showInfo(QWidget *, const QString &title, const QString &) override { asked.append(title); }
};

} // namespace casebook::test
