#pragma once

#include "model/Rubric.h"
#include "support/Result.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace casebook {
class Database;
}

namespace casebook::ui {

class ScoreSheetModel;
class Prompts;

/// One assessor's score sheet for one use case against one rubric version: the use case's key facts,
/// the criteria with the level descriptors of the current one, rationale, evidence and confidence, and
/// the progress, overall index and dimension subtotals, updated as the assessor types.
///
/// Keyboard: in the criteria table, a digit sets the level (scales up to 0–9) and moves to the next
/// criterion; N sets N/A, U sets unknown, Delete or Backspace clears; Enter goes to the rationale;
/// arrows move between criteria; Tab leaves the table; Ctrl+S saves.
///
/// Only the given assessor's own assessment is loaded and saved; another assessor's is never touched.
class ScoreSheetWidget : public QWidget
{
    Q_OBJECT
public:
    /// Questions and messages go to `prompts`.
    ScoreSheetWidget(Database &db, Prompts &prompts, QWidget *parent = nullptr);
    ~ScoreSheetWidget() override;

    /// Loads the sheet of `assessor` for a use case (UUID or code) against a rubric (version UUID, series
    /// UUID or name: the newest version; empty: the newest version of the rubric used most). Loads the
    /// assessor's earlier answers against that version when there are some.
    Status load(const QString &useCase, const QString &rubric, const QString &assessor,
                const QString &organization = {});
    /// Saves the assessor's assessment through the repository; shows and returns an error.
    Status save();

    bool isModified() const { return m_modified; }
    ScoreSheetModel *model() const { return m_model; }
    /// The working copy of the assessment (unscored criteria left out).
    Assessment assessment() const;
    /// The rubric version the sheet scores against.
    const Rubric &rubric() const;
    /// Moves to a criterion (and its row in the table).
    void selectCriterion(const QString &criterionId);

    /// Asks whether to save unsaved changes (through the prompts); false when the user cancels.
    bool maybeSave();

signals:
    void modifiedChanged(bool modified);
    void saved(const casebook::Assessment &assessment);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void rebuildLevelButtons();
    void showCurrentCriterion();
    void updateSummary();
    void setModified(bool modified);
    int currentRow() const;
    void advance();
    void answerFromButton(int id);

    Database &m_db;
    Prompts &m_prompts;
    ScoreSheetModel *m_model = nullptr;
    QString m_useCaseCode;
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_headerLabel = nullptr;
    QLabel *m_factsTitle = nullptr;
    QPlainTextEdit *m_facts = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_criterionTitle = nullptr;
    QLabel *m_criterionDescription = nullptr;
    QWidget *m_levelsBox = nullptr;
    QButtonGroup *m_levelGroup = nullptr;
    QList<QRadioButton *> m_levelButtons;
    QList<QLabel *> m_levelLabels;
    QPlainTextEdit *m_rationale = nullptr;
    QLineEdit *m_evidence = nullptr;
    QComboBox *m_confidence = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_indexLabel = nullptr;
    QLabel *m_dimensionsLabel = nullptr;
    QLabel *m_flagsLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace casebook::ui
