#include "scoring/ScoringActions.h"

#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "widgets/Prompts.h"

#include <memory>

namespace casebook::ui {

ScoringActions::ScoringActions(QWidget *parent, Prompts &prompts)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
{ }

ScoreSheetDialog *ScoringActions::createScoreSheet(Database &db, const QString &useCaseUuid,
                                                   const QString &assessor, const QString &rubric)
{
    auto dialog = std::make_unique<ScoreSheetDialog>(db, m_prompts, m_parent);
    if (Status s = dialog->load(useCaseUuid, rubric, assessor); !s) {
        m_prompts.error(m_parent, tr("Cannot open the score sheet"), s.error());
        return nullptr;
    }
    return dialog.release();
}

int ScoringActions::openScoreSheet(Database &db, const QString &useCaseUuid, const QString &assessor,
                                   const QString &rubric)
{
    std::unique_ptr<ScoreSheetDialog> dialog(createScoreSheet(db, useCaseUuid, assessor, rubric));
    return dialog ? m_prompts.exec(*dialog) : int(QDialog::Rejected);
}

RubricEditorDialog *ScoringActions::createRubricEditor(Database &db, const QString &rubric)
{
    auto dialog = std::make_unique<RubricEditorDialog>(db, m_prompts, m_parent);
    if (Status s = dialog->loadRubric(rubric); !s) {
        m_prompts.error(m_parent, tr("Cannot open the rubric"), s.error());
        return nullptr;
    }
    return dialog.release();
}

int ScoringActions::editRubric(Database &db, const QString &rubric)
{
    std::unique_ptr<RubricEditorDialog> dialog(createRubricEditor(db, rubric));
    return dialog ? m_prompts.exec(*dialog) : int(QDialog::Rejected);
}

} // namespace casebook::ui
