#pragma once

#include "model/Rubric.h"
#include "model/Workshop.h"
#include "support/Result.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

/// An assessor's scores in the workshop's open round, entered in the window (one machine, the
/// assessors taking turns, or each on their own laptop before sending a bundle). One row per use
/// case and criterion: the assessor's answer of the round before, the answer now (a level, N/A or
/// unknown) and the reason for a change. Saving goes through WorkshopRounds::score, which refuses
/// a changed answer without a reason and then writes nothing.
class RoundScoreDialog : public QDialog
{
    Q_OBJECT
public:
    RoundScoreDialog(Database &db, const Workshop &workshop, const Rubric &rubric,
                     const QHash<QString, QString> &codes, const QString &assessorId,
                     const QString &assessorName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The answer chooser and the reason field of a row.
    QComboBox *answer(int row) const;
    QLineEdit *reason(int row) const;
    /// Writes the answered rows as the assessor's scores of the open round; on a refusal the
    /// message stays in the dialog and nothing is written.
    Status save();
    QString message() const;

private:
    void addRows(const QHash<QString, QString> &codes, const RoundSheet *previous, const RoundSheet *own);
    void fillAnswers(QComboBox *box) const;
    QString answerText(const RoundScore &score) const;

    Database &m_db;
    Workshop m_workshop;
    Rubric m_rubric;
    QString m_assessorId;
    QString m_assessorName;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace casebook::ui
