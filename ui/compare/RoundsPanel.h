#pragma once

#include "model/Rubric.h"
#include "model/Workshop.h"
#include "support/Result.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace casebook {
class Database;
}

namespace casebook::ui {

class RoundScoreDialog;

class CompareView;
class Prompts;

/// The Delphi rounds of the workshop open in the comparison workspace: open a round, reveal it (the
/// room then sees every answer under a letter), open the next; and how each criterion's spread and
/// alpha moved between the revealed rounds. Assessors score the open round here (Score This
/// Round..., taking turns at one machine), with `casebook-cli workshop round ... score`, or send
/// their sheets as bundles (docs/workshops.md).
class RoundsPanel : public QWidget
{
    Q_OBJECT
public:
    RoundsPanel(Database &db, Prompts &prompts, QWidget *parent = nullptr);

    /// The workshop shown (none: the comparison is not saved as a workshop yet), its rubric and the
    /// codes of its use cases by UUID.
    void setWorkshop(const std::optional<Workshop> &workshop, const Rubric &rubric,
                     const QHash<QString, QString> &codes);
    /// Re-reads the rounds and their sheets.
    void reload();
    /// Hides the buttons (presentation mode).
    void setEditingVisible(bool visible);
    /// Sizes the tables' columns to their contents (after a change of font).
    void fitColumns();
    CompareView *distributionView() const { return m_distribution; }
    CompareView *agreementView() const { return m_agreement; }
    QString status() const;

    void openRound();
    void reveal();
    /// The dialog in which `assessorName` (identity `assessorId`) answers the open round; null when
    /// no round is open. Score This Round... opens it for the member of Preferences.
    RoundScoreDialog *createScoreDialog(const QString &assessorId, const QString &assessorName);
    void closeRound();

signals:
    /// A round was opened, revealed or closed: the workshop as stored now.
    void workshopChanged(const Workshop &workshop);

private:
    void apply(const Result<Workshop> &changed, const QString &title);
    void updateButtons();

    Database &m_db;
    Prompts &m_prompts;
    std::optional<Workshop> m_workshop;
    Rubric m_rubric;
    QHash<QString, QString> m_codes;
    QLabel *m_status = nullptr;
    QWidget *m_buttons = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_score = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_distributionTitle = nullptr;
    CompareView *m_distribution = nullptr;
    CompareView *m_agreement = nullptr;
};

} // namespace casebook::ui
