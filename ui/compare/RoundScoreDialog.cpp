#include "compare/RoundScoreDialog.h"

#include "model/RubricText.h"
#include "storage/RoundSheetRepository.h"
#include "workshop/WorkshopRounds.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

enum Column { UseCaseColumn, CriterionColumn, PreviousColumn, AnswerColumn, ReasonColumn, ColumnCount };

/// The answer a combo box item stands for: "" none, "na", "unknown" or the level's number.
QString answerKey(const RoundScore &score)
{
    switch (score.state) {
    case ScoreState::NotApplicable: return QStringLiteral("na");
    case ScoreState::Unknown: return QStringLiteral("unknown");
    case ScoreState::Level: return QString::number(score.level);
    case ScoreState::Unscored: break;
    }
    return {};
}

const RoundScore *findScore(const RoundSheet *sheet, const QString &useCase, const QString &criterion)
{
    if (!sheet)
        return nullptr;
    for (const RoundScore &s : sheet->scores) {
        if (s.useCaseUuid == useCase && s.criterionId == criterion)
            return &s;
    }
    return nullptr;
}

std::optional<RoundSheet> sheetOf(Database &db, const Workshop &w, int round, const QString &assessorId)
{
    if (round < 1)
        return std::nullopt;
    auto found = RoundSheetRepository(db).find(w.uuid, round, assessorId);
    return found ? *found : std::nullopt;
}

} // namespace

RoundScoreDialog::RoundScoreDialog(Database &db, const Workshop &workshop, const Rubric &rubric,
                                   const QHash<QString, QString> &codes, const QString &assessorId,
                                   const QString &assessorName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workshop(workshop)
    , m_rubric(RubricText::forDisplay(rubric))
    , m_assessorId(assessorId)
    , m_assessorName(assessorName)
{
    setObjectName(QStringLiteral("roundScoreDialog"));
    const WorkshopRound *current = m_workshop.currentRound();
    const int round = current ? current->number : 0;
    setWindowTitle(tr("Round %1 of %2 — %3").arg(round).arg(m_workshop.name, m_assessorName));
    auto *intro = new QLabel(tr("Your answers in round %1. An answer that differs from your answer in "
                                "the round before needs a reason; the other assessors' answers stay "
                                "hidden until the facilitator reveals the round.")
                                 .arg(round),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("roundScoreTable"));
    m_table->setAccessibleName(tr("Your answers"));
    m_table->setAccessibleDescription(intro->text());
    m_table->setHorizontalHeaderLabels({tr("Use case"), tr("Criterion"), tr("Round %1").arg(round - 1),
                                        tr("Answer"), tr("Reason for a change")});
    m_table->setColumnHidden(PreviousColumn, round < 2);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab goes through the answers and reasons, then on
    const auto previous = sheetOf(m_db, m_workshop, round - 1, m_assessorId);
    const auto own = sheetOf(m_db, m_workshop, round, m_assessorId);
    addRows(codes, previous ? &*previous : nullptr, own ? &*own : nullptr);
    m_table->resizeColumnsToContents();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("roundScoreMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 560);
}

void RoundScoreDialog::addRows(const QHash<QString, QString> &codes, const RoundSheet *previous,
                               const RoundSheet *own)
{
    for (const QString &useCase : std::as_const(m_workshop.useCaseUuids)) {
        for (const RubricDimension &d : std::as_const(m_rubric.dimensions)) {
            for (const RubricCriterion &c : d.criteria) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                auto *uc = new QTableWidgetItem(codes.value(useCase, useCase));
                uc->setData(Qt::UserRole, useCase);
                m_table->setItem(row, UseCaseColumn, uc);
                auto *criterion = new QTableWidgetItem(c.id + QLatin1String("  ") + c.name);
                criterion->setData(Qt::UserRole, c.id);
                m_table->setItem(row, CriterionColumn, criterion);
                const RoundScore *before = findScore(previous, useCase, c.id);
                m_table->setItem(row, PreviousColumn,
                                 new QTableWidgetItem(before ? answerText(*before) : QStringLiteral("—")));
                for (int col : {UseCaseColumn, CriterionColumn, PreviousColumn})
                    m_table->item(row, col)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                auto *box = new QComboBox(m_table);
                fillAnswers(box);
                for (int i = 0; i < c.levels.size(); ++i) // the level's descriptor on hover
                    box->setItemData(i + 1, c.levels.at(i), Qt::ToolTipRole);
                box->setAccessibleName(tr("Answer for %1 of %2").arg(c.id, uc->text()));
                box->setAccessibleDescription(criterion->text()); // a combo box is named by its value
                auto *why = new QLineEdit(m_table);
                why->setAccessibleName(tr("Reason for %1 of %2").arg(c.id, uc->text()));
                why->setPlaceholderText(tr("Needed when the answer changes from the round before"));
                if (const RoundScore *mine = findScore(own, useCase, c.id)) {
                    box->setCurrentIndex(std::max(0, box->findData(answerKey(*mine))));
                    why->setText(mine->reason);
                }
                m_table->setCellWidget(row, AnswerColumn, box);
                m_table->setCellWidget(row, ReasonColumn, why);
            }
        }
    }
}

void RoundScoreDialog::fillAnswers(QComboBox *box) const
{
    box->addItem(QStringLiteral("—"), QString());
    for (int level = m_rubric.scaleMin; level <= m_rubric.scaleMax; ++level)
        box->addItem(QLocale().toString(level), QString::number(level));
    box->addItem(tr("N/A"), QStringLiteral("na"));
    box->addItem(tr("Unknown"), QStringLiteral("unknown"));
}

QString RoundScoreDialog::answerText(const RoundScore &score) const
{
    switch (score.state) {
    case ScoreState::NotApplicable: return tr("N/A");
    case ScoreState::Unknown: return tr("Unknown");
    case ScoreState::Level: return QLocale().toString(score.level);
    case ScoreState::Unscored: break;
    }
    return QStringLiteral("—");
}

QComboBox *RoundScoreDialog::answer(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, AnswerColumn));
}

QLineEdit *RoundScoreDialog::reason(int row) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, ReasonColumn));
}

Status RoundScoreDialog::save()
{
    QList<RoundScore> scores;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = answer(row)->currentData().toString();
        if (key.isEmpty())
            continue;
        RoundScore s;
        s.useCaseUuid = m_table->item(row, UseCaseColumn)->data(Qt::UserRole).toString();
        s.criterionId = m_table->item(row, CriterionColumn)->data(Qt::UserRole).toString();
        s.state = key == QLatin1String("na")  ? ScoreState::NotApplicable
            : key == QLatin1String("unknown") ? ScoreState::Unknown
                                              : ScoreState::Level;
        s.level = s.state == ScoreState::Level ? key.toInt() : 0;
        s.reason = reason(row)->text().trimmed();
        scores.append(s);
    }
    auto saved = WorkshopRounds(m_db).score(m_workshop.uuid, m_assessorId, m_assessorName, scores);
    if (!saved) {
        m_message->setText(saved.error().message);
        return saved.error();
    }
    m_message->clear();
    return {};
}

QString RoundScoreDialog::message() const
{
    return m_message->text();
}

} // namespace casebook::ui
