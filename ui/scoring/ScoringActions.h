#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class RubricEditorDialog;
class ScoreSheetDialog;
class ScoringPrompts;

/// What the main window's menus call to score use cases and edit rubrics. Every function takes the
/// open Database; `prompts` may be null (then real message boxes and file dialogs are used).
class ScoringActions
{
    Q_DECLARE_TR_FUNCTIONS(ScoringActions)
public:
    /// Opens the score sheet of `assessor` (the current member's name) for a use case (UUID or code)
    /// in a modal window; `rubric` is a version UUID, series UUID or name, empty for the newest version
    /// of the rubric used most. Shows an error and returns QDialog::Rejected when it cannot open.
    static int openScoreSheet(QWidget *parent, Database &db, const QString &useCaseUuid,
                              const QString &assessor, const QString &rubric = {},
                              ScoringPrompts *prompts = nullptr);
    /// The same window, not shown yet (for a non-modal use: the caller owns it and must close it before
    /// the Database goes away); nullptr after showing the error when it cannot open.
    static ScoreSheetDialog *createScoreSheet(QWidget *parent, Database &db, const QString &useCaseUuid,
                                              const QString &assessor, const QString &rubric = {},
                                              ScoringPrompts *prompts = nullptr);

    /// Opens the rubric editor on `rubric` (empty: the default rubric) in a modal window.
    static int editRubric(QWidget *parent, Database &db, const QString &rubric = {},
                          ScoringPrompts *prompts = nullptr);
    /// The rubric editor, not shown yet; nullptr after showing the error when it cannot open.
    static RubricEditorDialog *createRubricEditor(QWidget *parent, Database &db, const QString &rubric = {},
                                                  ScoringPrompts *prompts = nullptr);
};

} // namespace casebook::ui
