#include "scoring/ScoringActions.h"

#include "mainwindow/CatalogueContext.h"
#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "storage/Database.h"
#include "widgets/ActionFactory.h"
#include "widgets/Prompts.h"

#include <memory>

namespace casebook::ui {

ScoringActions::ScoringActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
    , m_catalogue(catalogue)
{
    m_score = makeAction(this, tr("&Score Use Case..."), "scoreAction", &ScoringActions::scoreCurrent,
                         QKeySequence(Qt::CTRL | Qt::Key_R));
    m_editRubric = makeAction(this, tr("Edit &Rubric..."), "editRubricAction",
                              [this] { editRubric(m_catalogue.database()); });
}

void ScoringActions::scoreCurrent()
{
    const QString uuid = m_catalogue.currentUuid();
    if (uuid.isEmpty() || !m_catalogue.maybeSaveEdits())
        return;
    Database &db = m_catalogue.database();
    if (db.contributor().trimmed().isEmpty()) {
        const Prompts::Confirmation ask{tr("Score Use Case"),
                                        tr("Set your name in the preferences before scoring: every "
                                           "assessment names its assessor."),
                                        {},
                                        tr("Open Preferences…")};
        if (!m_prompts.confirm(m_parent, ask))
            return;
        emit preferencesRequested(QStringLiteral("nameEdit"));
        if (m_catalogue.database().contributor().trimmed().isEmpty())
            return; // still no name: the member chose not to give one now
    }
    openScoreSheet(m_catalogue.database(), uuid, m_catalogue.database().contributor());
    m_catalogue.refreshAfterChange(uuid);
}

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
