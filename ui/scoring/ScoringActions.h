#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class CatalogueContext;
class Prompts;
class RubricEditorDialog;
class ScoreSheetDialog;

/// What the menus call to score use cases and edit rubrics. Every dialog and message goes through
/// the Prompts.
class ScoringActions : public QObject
{
    Q_OBJECT
public:
    /// `parent` is also the parent of every dialog. The actions work on `catalogue`'s current use case.
    ScoringActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue);

    QAction *scoreAction() const { return m_score; }
    QAction *editRubricAction() const { return m_editRubric; }
    /// Opens the score sheet of the current use case for the member (the repository's contributor).
    /// Without a name, offers to open Preferences at the name field first (preferencesRequested).
    void scoreCurrent();

signals:
    /// The member asked to open Preferences with the field named `fieldObjectName` focused.
    void preferencesRequested(const QString &fieldObjectName);

public:
    /// Opens the score sheet of `assessor` (the current member's name) for a use case (UUID or code)
    /// in a modal window; `rubric` is a version UUID, series UUID or name, empty for the newest version
    /// of the rubric used most. Shows an error and returns QDialog::Rejected when it cannot open.
    int openScoreSheet(Database &db, const QString &useCaseUuid, const QString &assessor,
                       const QString &rubric = {});
    /// The same window, not shown yet (for a non-modal use: the caller owns it and must close it before
    /// the Database goes away); nullptr after showing the error when it cannot open.
    ScoreSheetDialog *createScoreSheet(Database &db, const QString &useCaseUuid, const QString &assessor,
                                       const QString &rubric = {});

    /// Opens the rubric editor on `rubric` (empty: the default rubric) in a modal window.
    int editRubric(Database &db, const QString &rubric = {});
    /// The rubric editor, not shown yet; nullptr after showing the error when it cannot open.
    RubricEditorDialog *createRubricEditor(Database &db, const QString &rubric = {});

private:
    QWidget *m_parent;
    Prompts &m_prompts;
    CatalogueContext &m_catalogue;
    QAction *m_score = nullptr;
    QAction *m_editRubric = nullptr;
};

} // namespace casebook::ui
