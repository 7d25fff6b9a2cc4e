#include "compare/RoundsPanel.h"

#include "compare/CompareView.h"
#include "compare/RoundScoreDialog.h"
#include "compare/RoundTables.h"
#include "preferences/Preferences.h"
#include "storage/RoundSheetRepository.h"
#include "widgets/Prompts.h"
#include "workshop/RoundAgreement.h"
#include "workshop/RoundDistribution.h"
#include "workshop/WorkshopRounds.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QString stateText(RoundState state)
{
    switch (state) {
    case RoundState::Open: return RoundsPanel::tr("open: each assessor sees only their own scores");
    case RoundState::Revealed: return RoundsPanel::tr("revealed");
    case RoundState::Closed: return RoundsPanel::tr("closed");
    }
    return {};
}

QStringList criterionIds(const Rubric &rubric)
{
    QStringList ids;
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            ids.append(c.id);
    }
    return ids;
}

} // namespace

RoundsPanel::RoundsPanel(Database &db, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("roundsPanel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roundStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_open = new QPushButton(tr("&Open Round"), m_buttons);
    m_open->setObjectName(QStringLiteral("openRoundButton"));
    m_reveal = new QPushButton(tr("Re&veal Round"), m_buttons);
    m_reveal->setObjectName(QStringLiteral("revealRoundButton"));
    m_close = new QPushButton(tr("C&lose Round"), m_buttons);
    m_close->setObjectName(QStringLiteral("closeRoundButton"));
    m_score = new QPushButton(tr("&Score This Round..."), m_buttons);
    m_score->setObjectName(QStringLiteral("scoreRoundButton"));
    m_score->setToolTip(
        tr("Your answers in the open round, under the name and assessor identity of Preferences"));
    buttons->addWidget(m_score);
    buttons->addWidget(m_open);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, &RoundsPanel::openRound);
    connect(m_reveal, &QPushButton::clicked, this, &RoundsPanel::reveal);
    connect(m_close, &QPushButton::clicked, this, &RoundsPanel::closeRound);
    connect(m_score, &QPushButton::clicked, this, [this] {
        const Preferences me = Preferences::load();
        if (me.name.trimmed().isEmpty()) {
            m_prompts.warning(
                this, tr("Score This Round"),
                tr("Set your name in Preferences before scoring: every answer names its assessor."));
            return;
        }
        if (auto *dialog = createScoreDialog(me.assessorId, me.name.trimmed())) {
            if (dialog->exec() == QDialog::Accepted)
                reload();
            delete dialog;
        }
    });

    m_distributionTitle = new QLabel(this);
    m_distributionTitle->setTextFormat(Qt::PlainText);
    m_distributionTitle->setWordWrap(true);
    m_distribution = new CompareView(QStringLiteral("roundDistribution"), false, this);
    m_agreement = new CompareView(QStringLiteral("roundAgreement"), false, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_distributionTitle);
    topLayout->addWidget(m_distribution);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *agreementTitle = new QLabel(tr("Agreement per criterion, round by round (spread: mean of highest − "
                                         "lowest level; ▲▼: change against the round before):"),
                                      bottom);
    agreementTitle->setWordWrap(true);
    m_distribution->table()->setAccessibleName(tr("Answers of the round"));
    m_distribution->table()->setAccessibleDescription(
        tr("Every answer under the assessor's letter, once the round is revealed"));
    m_agreement->table()->setAccessibleName(tr("Agreement per criterion"));
    m_agreement->table()->setAccessibleDescription(agreementTitle->text());
    bottomLayout->addWidget(agreementTitle);
    bottomLayout->addWidget(m_agreement);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    layout->addWidget(split, 1);
    updateButtons();
}

void RoundsPanel::setWorkshop(const std::optional<Workshop> &workshop, const Rubric &rubric,
                              const QHash<QString, QString> &codes)
{
    m_workshop = workshop;
    m_rubric = rubric;
    m_codes = codes;
    reload();
}

QString RoundsPanel::status() const
{
    return m_status->text();
}

void RoundsPanel::reload()
{
    m_distribution->setContent({});
    m_agreement->setContent({});
    m_distributionTitle->clear();
    updateButtons();
    if (!m_workshop) {
        m_status->setText(
            tr("Rounds belong to a workshop: save this comparison as a workshop (Compare > Save "
               "Workshop) to run them."));
        return;
    }
    const WorkshopRound *current = m_workshop->currentRound();
    m_status->setText(
        current ? tr("Workshop %1 · round %2, %3")
                      .arg(m_workshop->name)
                      .arg(current->number)
                      .arg(stateText(current->state))
                : tr("Workshop %1 · no round yet: Open Round starts round 1.").arg(m_workshop->name));
    auto sheets = RoundSheetRepository(m_db).sheets(m_workshop->uuid);
    if (!current || !sheets)
        return;
    const QStringList criteria = criterionIds(m_rubric);
    if (current->state == RoundState::Open) {
        m_distributionTitle->setText(
            tr("Round %1 is open: its scores stay hidden until the facilitator reveals the round.")
                .arg(current->number));
    } else {
        m_distributionTitle->setText(
            tr("Round %1, every answer under the assessor's letter:").arg(current->number));
        m_distribution->setContent(RoundTables::distribution(
            RoundDistribution::build(*m_workshop, criteria, *sheets, current->number), m_codes));
    }
    QList<int> shown;
    for (const WorkshopRound &r : m_workshop->rounds) {
        if (r.state != RoundState::Open)
            shown.append(r.number);
    }
    m_agreement->setContent(
        RoundTables::agreement(RoundAgreement::perRound(*m_workshop, criteria, *sheets, shown), m_rubric));
}

void RoundsPanel::updateButtons()
{
    const WorkshopRound *current = m_workshop ? m_workshop->currentRound() : nullptr;
    m_open->setEnabled(m_workshop && (!current || current->state != RoundState::Open));
    m_open->setText(current ? tr("&Open Next Round") : tr("&Open Round"));
    m_reveal->setEnabled(current && current->state == RoundState::Open);
    m_score->setEnabled(current && current->state == RoundState::Open);
    m_close->setEnabled(current && current->state != RoundState::Closed);
}

RoundScoreDialog *RoundsPanel::createScoreDialog(const QString &assessorId, const QString &assessorName)
{
    const WorkshopRound *current = m_workshop ? m_workshop->currentRound() : nullptr;
    if (!current || current->state != RoundState::Open)
        return nullptr;
    return new RoundScoreDialog(m_db, *m_workshop, m_rubric, m_codes, assessorId, assessorName, this);
}

void RoundsPanel::fitColumns()
{
    m_distribution->fitColumns();
    m_agreement->fitColumns();
}

void RoundsPanel::setEditingVisible(bool visible)
{
    m_buttons->setVisible(visible);
}

void RoundsPanel::apply(const Result<Workshop> &changed, const QString &title)
{
    if (!changed) {
        m_prompts.error(this, title, changed.error());
        return;
    }
    m_workshop = *changed;
    reload();
    emit workshopChanged(*changed);
}

void RoundsPanel::openRound()
{
    if (m_workshop)
        apply(WorkshopRounds(m_db).openRound(m_workshop->uuid), tr("Open Round"));
}

void RoundsPanel::reveal()
{
    if (m_workshop)
        apply(WorkshopRounds(m_db).reveal(m_workshop->uuid), tr("Reveal Round"));
}

void RoundsPanel::closeRound()
{
    if (m_workshop)
        apply(WorkshopRounds(m_db).close(m_workshop->uuid), tr("Close Round"));
}

} // namespace casebook::ui
