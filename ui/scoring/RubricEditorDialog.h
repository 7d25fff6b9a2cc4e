#pragma once

#include "model/RubricEditing.h"
#include "storage/RubricRepository.h"
#include "support/Result.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace casebook {
class Database;
}

namespace casebook::ui {

class Prompts;

/// Edits rubrics: dimensions and criteria (add, remove, reorder), weights with the running total and
/// "normalise to 100", a descriptor for every level, the scale; problems are shown inline as they
/// appear. Saving goes through RubricRepository::saveEdited: a version that assessments name is kept
/// and the edit becomes a new version (after a confirmation). Imports and exports the rubric JSON form.
class RubricEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Questions and messages go to `prompts`.
    RubricEditorDialog(Database &db, Prompts &prompts, QWidget *parent = nullptr);
    ~RubricEditorDialog() override;

    /// Loads a stored rubric: version UUID, series UUID or name (the newest version). Empty: the newest
    /// version of the default rubric, or the first rubric stored.
    Status loadRubric(const QString &idOrName = {});
    /// Starts a new rubric with one dimension and one criterion on a 0–4 scale.
    void newRubric();

    /// The working copy being edited.
    const Rubric &rubric() const { return m_rubric; }
    bool isModified() const;
    QList<RubricProblem> problems() const { return RubricEditing::problems(m_rubric); }

    /// Saves the working copy (asking first when it makes a new version of a used rubric). Errors are
    /// shown through the prompts and returned; a declined confirmation returns ErrorCode::Cancelled.
    Result<RubricSaveResult> save();
    /// Reads a rubric file, stores it (unless that version is already stored) and loads it.
    Status importFile(const QString &path);
    /// Writes the stored version being edited to a file; refuses while there are unsaved changes.
    Status exportFile(const QString &path);

    // Structure editing, as the buttons do it (also used by tests and shortcuts).
    void addDimension();
    void addCriterion();
    void removeCurrent();
    void moveCurrent(int delta);
    void normaliseWeights();
    /// Selects a dimension (criterion -1) or a criterion by their indexes.
    void select(int dimension, int criterion = -1);

signals:
    void rubricSaved(const casebook::RubricSaveResult &result);

public slots:
    void reject() override;

private:
    void buildUi();
    QLayout *buildRubricBar();
    QLayout *buildRubricForm();
    QWidget *buildStructure();
    QWidget *buildItemEditor();
    QWidget *buildDimensionPage();
    QWidget *buildCriterionPage();
    void connectCriterionEditors();
    void buildFooter(QVBoxLayout *layout);
    void loadWorkingCopy(const Rubric &stored, bool isNew);
    void fillRubricCombo();
    void rebuildTree();
    void refreshTreeTexts();
    void showCurrentItem();
    void rebuildLevelEditors();
    void refreshStatus();
    void currentIndexes(int *dimension, int *criterion) const;
    RubricDimension *currentDimension();
    RubricCriterion *currentCriterion();
    bool maybeSave();
    void setStatus(const QString &text);

    Database &m_db;
    Prompts &m_prompts;
    Rubric m_rubric; ///< working copy
    Rubric m_stored; ///< as last loaded or saved (empty definition for a new rubric)
    QStringList m_seriesCriterionIds; ///< ids used by any stored version of the series
    int m_storedAssessments = 0;
    bool m_updating = false;

    QComboBox *m_rubricCombo = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QSpinBox *m_scaleMin = nullptr;
    QSpinBox *m_scaleMax = nullptr;
    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_itemEditor = nullptr;
    QLineEdit *m_dimensionIdEdit = nullptr;
    QLineEdit *m_dimensionNameEdit = nullptr;
    QLineEdit *m_criterionIdEdit = nullptr;
    QLineEdit *m_criterionNameEdit = nullptr;
    QPlainTextEdit *m_criterionDescriptionEdit = nullptr;
    QDoubleSpinBox *m_weightSpin = nullptr;
    QLabel *m_criterionProblems = nullptr;
    QWidget *m_levelsBox = nullptr;
    QVBoxLayout *m_levelsLayout = nullptr;
    QList<QPlainTextEdit *> m_levelEdits;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_addCriterionButton = nullptr;
};

} // namespace casebook::ui
