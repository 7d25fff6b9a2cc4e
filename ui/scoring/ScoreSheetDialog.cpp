#include "scoring/ScoreSheetDialog.h"

#include "scoring/ScoreSheetWidget.h"
#include "widgets/AccessibleNames.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

ScoreSheetDialog::ScoreSheetDialog(Database &db, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_sheet(new ScoreSheetWidget(db, prompts, this))
{
    setObjectName(QStringLiteral("scoreSheetDialog"));
    setWindowTitle(tr("Score sheet"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sheet, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScoreSheetDialog::reject);
    layout->addWidget(buttons);
    connect(m_sheet, &ScoreSheetWidget::modifiedChanged, this,
            [this](bool modified) { setWindowModified(modified); });
    WindowGeometry::applyDefault(this, QSize(1200, 760));
    AccessibleNames::fromLabels(this);
}

Status ScoreSheetDialog::load(const QString &useCase, const QString &rubric, const QString &assessor,
                              const QString &organization)
{
    Status s = m_sheet->load(useCase, rubric, assessor, organization);
    if (s)
        setWindowTitle(tr("Score sheet — %1 [*]").arg(assessor.trimmed()));
    return s;
}

void ScoreSheetDialog::reject()
{
    if (m_sheet->maybeSave())
        QDialog::reject();
}

} // namespace casebook::ui
