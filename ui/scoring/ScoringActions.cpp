#include "scoring/ScoringActions.h"

#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "scoring/ScoringPrompts.h"

#include <memory>

namespace casebook::ui {

ScoreSheetDialog *ScoringActions::createScoreSheet(QWidget *parent, Database &db, const QString &useCaseUuid,
                                                   const QString &assessor, const QString &rubric,
                                                   ScoringPrompts *prompts)
{
    ScoringPrompts *p = prompts ? prompts : &WidgetScoringPrompts::instance();
    auto dialog = std::make_unique<ScoreSheetDialog>(db, p, parent);
    if (Status s = dialog->load(useCaseUuid, rubric, assessor); !s) {
        p->showError(parent, s.error());
        return nullptr;
    }
    return dialog.release();
}

int ScoringActions::openScoreSheet(QWidget *parent, Database &db, const QString &useCaseUuid,
                                   const QString &assessor, const QString &rubric, ScoringPrompts *prompts)
{
    std::unique_ptr<ScoreSheetDialog> dialog(
        createScoreSheet(parent, db, useCaseUuid, assessor, rubric, prompts));
    return dialog ? dialog->exec() : int(QDialog::Rejected);
}

RubricEditorDialog *ScoringActions::createRubricEditor(QWidget *parent, Database &db, const QString &rubric,
                                                       ScoringPrompts *prompts)
{
    ScoringPrompts *p = prompts ? prompts : &WidgetScoringPrompts::instance();
    auto dialog = std::make_unique<RubricEditorDialog>(db, p, parent);
    if (Status s = dialog->loadRubric(rubric); !s) {
        p->showError(parent, s.error());
        return nullptr;
    }
    return dialog.release();
}

int ScoringActions::editRubric(QWidget *parent, Database &db, const QString &rubric, ScoringPrompts *prompts)
{
    std::unique_ptr<RubricEditorDialog> dialog(createRubricEditor(parent, db, rubric, prompts));
    return dialog ? dialog->exec() : int(QDialog::Rejected);
}

} // namespace casebook::ui
