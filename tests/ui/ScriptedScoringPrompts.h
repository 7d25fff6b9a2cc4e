#pragma once
// Answers the scoring windows' questions in GUI tests, so no test blocks on a modal dialog.

#include "scoring/ScoringPrompts.h"

#include <QStringList>

namespace casebook::test {

class ScriptedScoringPrompts : public ui::ScoringPrompts
{
public:
    QStringList errors;
    QStringList informations;
    QStringList questions;
    bool confirmAnswer = true;
    SaveChoice saveAnswer = SaveChoice::Discard;
    QString openAnswer;
    QString saveAnswerPath;

    void showError(QWidget *, const Error &error) override { errors.append(error.message); }
    void showInformation(QWidget *, const QString &, const QString &text) override
    {
        informations.append(text);
    }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        questions.append(text);
        return confirmAnswer;
    }
    SaveChoice askSaveChanges(QWidget *, const QString &text) override
    {
        questions.append(text);
        return saveAnswer;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return openAnswer; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAnswerPath;
    }
};

} // namespace casebook::test
