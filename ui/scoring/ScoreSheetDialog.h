#pragma once

#include "support/Result.h"

#include <QDialog>

namespace casebook {
class Database;
}

namespace casebook::ui {

class ScoreSheetWidget;
class Prompts;

/// A window around ScoreSheetWidget with a Close button that asks about unsaved scores.
class ScoreSheetDialog : public QDialog
{
    Q_OBJECT
public:
    ScoreSheetDialog(Database &db, Prompts &prompts, QWidget *parent = nullptr);

    /// See ScoreSheetWidget::load; also sets the window title.
    Status load(const QString &useCase, const QString &rubric, const QString &assessor,
                const QString &organization = {});
    ScoreSheetWidget *sheet() const { return m_sheet; }

public slots:
    void reject() override;

private:
    ScoreSheetWidget *m_sheet = nullptr;
};

} // namespace casebook::ui
