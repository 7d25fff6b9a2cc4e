#include "scoring/ScoreSheetWidget.h"

#include "model/RubricText.h"
#include "model/Vocabulary.h"
#include "report/UseCaseText.h"

#include "scoring/ScoreEntry.h"
#include "scoring/ScoreSheetModel.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/ScoreReportLoader.h"
#include "storage/UseCaseRepository.h"
#include "widgets/Prompts.h"
#include "widgets/TextDirection.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

constexpr int kNotApplicableId = -2;
constexpr int kUnknownId = -3;
constexpr int kUnscoredId = -4;

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(QLatin1String(", "));
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScoreSheetWidget::ScoreSheetWidget(Database &db, Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_prompts(prompts)
    , m_model(new ScoreSheetModel(this))
{
    setObjectName(QStringLiteral("scoreSheet"));
    buildUi();
    connect(m_model, &ScoreSheetModel::sheetChanged, this, [this] {
        updateSummary();
        if (!m_loading)
            setModified(true);
    });
}

ScoreSheetWidget::~ScoreSheetWidget() = default;

void ScoreSheetWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_headerLabel = wrappingLabel(QStringLiteral("sheetHeaderLabel"), this);
    layout->addWidget(m_headerLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sheetSplitter"));
    splitter->setChildrenCollapsible(false);

    // The use case's key facts, beside the sheet.
    auto *factsBox = new QGroupBox(tr("Use case"), splitter);
    factsBox->setObjectName(QStringLiteral("factsBox"));
    auto *factsLayout = new QVBoxLayout(factsBox);
    m_factsTitle = wrappingLabel(QStringLiteral("useCaseTitleLabel"), factsBox);
    QFont bold = m_factsTitle->font();
    bold.setBold(true);
    m_factsTitle->setFont(bold);
    m_facts = new QPlainTextEdit(factsBox);
    followTextDirection(m_facts);
    m_facts->setObjectName(QStringLiteral("useCaseFacts"));
    m_facts->setReadOnly(true);
    m_facts->setFocusPolicy(Qt::ClickFocus);
    m_facts->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    factsLayout->addWidget(m_factsTitle);
    factsLayout->addWidget(m_facts, 1);

    // The criteria.
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("criteriaTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    // Criterion names wrap onto a second line instead of being cut where the table is narrow.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(int(ScoreSheetModel::Column::Criterion),
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(int(ScoreSheetModel::Column::Score),
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(int(ScoreSheetModel::Column::Confidence),
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnHidden(int(ScoreSheetModel::Column::Dimension), true);
    m_table->setAccessibleName(tr("Criteria"));
    m_table->setAccessibleDescription(
        tr("Type a level digit, N for not applicable, U for unknown, Delete to clear."));
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScoreSheetWidget::showCurrentCriterion);

    // The current criterion: its level descriptors, always visible while choosing.
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("criterionScroll"));
    scroll->setFocusPolicy(Qt::NoFocus); // its controls take the focus, and it scrolls to them
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(scroll);
    auto *detailLayout = new QVBoxLayout(detail);
    m_criterionTitle = wrappingLabel(QStringLiteral("criterionTitleLabel"), detail);
    m_criterionTitle->setFont(bold);
    m_criterionDescription = wrappingLabel(QStringLiteral("criterionDescriptionLabel"), detail);
    detailLayout->addWidget(m_criterionTitle);
    detailLayout->addWidget(m_criterionDescription);
    m_levelsBox = new QGroupBox(tr("Level"), detail);
    m_levelsBox->setObjectName(QStringLiteral("levelsBox"));
    new QGridLayout(m_levelsBox);
    m_levelGroup = new QButtonGroup(this);
    connect(m_levelGroup, &QButtonGroup::idClicked, this, &ScoreSheetWidget::answerFromButton);
    detailLayout->addWidget(m_levelsBox);

    auto *notes = new QFormLayout;
    notes->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    notes->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_rationale = new QPlainTextEdit(detail);
    followTextDirection(m_rationale);
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Why this level?"));
    m_rationale->setMaximumHeight(m_rationale->fontMetrics().lineSpacing() * 5);
    m_evidence = new QLineEdit(detail);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setPlaceholderText(tr("A link or a document reference"));
    m_confidence = new QComboBox(detail);
    m_confidence->setObjectName(QStringLiteral("confidenceCombo"));
    m_confidence->addItem(tr("Not given"), int(Confidence::None));
    m_confidence->addItem(tr("Low"), int(Confidence::Low));
    m_confidence->addItem(tr("Medium"), int(Confidence::Medium));
    m_confidence->addItem(tr("High"), int(Confidence::High));
    m_confidence->setToolTip(tr("How sure you are of the level you chose"));
    notes->addRow(tr("&Rationale:"), m_rationale);
    notes->addRow(tr("&Evidence:"), m_evidence);
    notes->addRow(tr("&Confidence:"), m_confidence);
    detailLayout->addLayout(notes);
    detailLayout->addStretch(1);
    scroll->setWidget(detail);

    connect(m_rationale, &QPlainTextEdit::textChanged, this,
            [this] { m_model->setRationale(currentRow(), m_rationale->toPlainText()); });
    connect(m_evidence, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setEvidence(currentRow(), text.trimmed()); });
    connect(m_confidence, &QComboBox::activated, this, [this](int index) {
        m_model->setConfidence(currentRow(), Confidence(m_confidence->itemData(index).toInt()));
    });

    splitter->addWidget(factsBox);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    layout->addWidget(splitter, 1);

    // Progress, index and subtotals, live.
    auto *summary = new QHBoxLayout;
    auto *numbers = new QVBoxLayout;
    auto *progressRow = new QHBoxLayout;
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(200);
    // The index line wraps on a narrow screen rather than widening the dialog past it.
    m_indexLabel = wrappingLabel(QStringLiteral("overallIndexLabel"), this);
    QFont big = m_indexLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_indexLabel->setFont(big);
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progressBar);
    progressRow->addStretch(1);
    numbers->addWidget(m_indexLabel);
    numbers->addLayout(progressRow);
    m_dimensionsLabel = wrappingLabel(QStringLiteral("dimensionScoresLabel"), this);
    m_flagsLabel = wrappingLabel(QStringLiteral("flagsLabel"), this);
    numbers->addWidget(m_dimensionsLabel);
    numbers->addWidget(m_flagsLabel);
    summary->addLayout(numbers, 1);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    summary->addWidget(m_saveButton, 0, Qt::AlignBottom);
    layout->addLayout(summary);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { (void)save(); });

    setTabOrder(m_table, m_levelsBox);
    updateSummary();
}

Status ScoreSheetWidget::load(const QString &useCase, const QString &rubricId, const QString &assessor,
                              const QString &organization)
{
    if (assessor.trimmed().isEmpty())
        return makeError(ErrorCode::Usage,
                         tr("Set your name in the preferences before scoring: every assessment "
                            "names its assessor."));
    auto u = UseCaseRepository(m_db).get(useCase);
    if (!u)
        return u.error();
    Result<Rubric> rubric = rubricId.trimmed().isEmpty() ? ScoreReportLoader::resolveRubric(m_db, {})
                                                         : RubricRepository(m_db).get(rubricId);
    if (rubric && rubricId.trimmed().isEmpty())
        rubric = RubricRepository(m_db).get(rubric->seriesUuid); // the newest version of that series
    if (!rubric)
        return rubric.error();
    *rubric = RubricText::forDisplay(*rubric); // the default rubric in the UI language
    auto existing = AssessmentRepository(m_db).find(u->uuid, rubric->uuid, assessor.trimmed());
    if (!existing)
        return existing.error();
    const Assessment a = ScoreEntry::start(
        *existing, u->uuid, rubric->uuid, assessor,
        organization.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(organization));

    m_useCaseCode = u->code;
    // Code and title each in their own direction, the label in the window's.
    m_factsTitle->setText(
        tr("%1 · %2").arg(isolatedInWindowDirection(u->code), isolatedInWindowDirection(u->title)));
    QStringList facts;
    auto fact = [&facts](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            facts.append(label + QLatin1Char('\n') + value.trimmed());
    };
    QStringList sdgs;
    for (int g : u->sdgs)
        sdgs.append(QString::number(g));
    QStringList standards;
    for (const auto &s : u->standards)
        standards.append(s.facet.isEmpty() ? s.reference : tr("%1 (%2)").arg(s.reference, s.facet));
    QStringList identifiers;
    for (const auto &i : u->identifierSchemes)
        identifiers.append(i.name);
    fact(tr("Summary"), u->summary);
    const Vocabularies &voc = Vocabularies::instance();
    auto labels = [](const QStringList &ids, const Vocabulary &vocabulary) {
        QStringList out;
        for (const QString &id : ids)
            out.append(vocabulary.displayLabel(id));
        return out;
    };
    fact(tr("Verticals"), joinNonEmpty(labels(u->verticals, voc.verticals())));
    fact(tr("Regions and countries"),
         joinNonEmpty(labels(u->regions, voc.ituRegions()) + labels(u->countries, voc.countries())));
    fact(tr("Deployment stage"), voc.deploymentStages().displayLabel(u->deploymentStage));
    fact(tr("Development context"), UseCaseText::developmentContexts(*u));
    fact(tr("SDGs"), sdgs.join(QLatin1String(", ")));
    fact(tr("Standards"), joinNonEmpty(standards));
    fact(tr("Connectivity"), joinNonEmpty(u->connectivity));
    fact(tr("Identifiers"), joinNonEmpty(identifiers));
    fact(tr("Platforms"), joinNonEmpty(u->platforms));
    fact(tr("ITU-T Questions"), joinNonEmpty(u->ituQuestions));
    fact(tr("KPIs"), UseCaseText::kpis(*u));
    m_facts->setPlainText(facts.join(QLatin1String("\n\n")));

    m_headerLabel->setText(
        tr("Assessor: %1 · Rubric: %2, version %3").arg(a.assessorName, rubric->name).arg(rubric->version));
    m_loading = true;
    m_model->setSheet(*rubric, a);
    m_loading = false;
    rebuildLevelButtons();
    setModified(false);
    if (m_model->rowCount() > 0) {
        // Start at the first criterion not answered yet.
        int start = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->scoreAt(row).state == ScoreState::Unscored) {
                start = row;
                break;
            }
        }
        m_table->setCurrentIndex(m_model->index(start, 0));
    }
    showCurrentCriterion();
    updateSummary();
    return {};
}

void ScoreSheetWidget::rebuildLevelButtons()
{
    auto *grid = static_cast<QGridLayout *>(m_levelsBox->layout());
    for (QRadioButton *b : std::as_const(m_levelButtons)) {
        m_levelGroup->removeButton(b);
        delete b;
    }
    qDeleteAll(m_levelLabels);
    m_levelButtons.clear();
    m_levelLabels.clear();
    const Rubric &r = m_model->rubric();
    int row = 0;
    auto addRow = [&](int id, const QString &text, const QString &objectName) {
        auto *button = new QRadioButton(text, m_levelsBox);
        button->setObjectName(objectName);
        auto *label = wrappingLabel(objectName + QStringLiteral("Descriptor"), m_levelsBox);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        label->installEventFilter(this);
        label->setProperty("casebookButton", QVariant::fromValue(static_cast<QObject *>(button)));
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1);
        ++row;
        m_levelGroup->addButton(button, id);
        m_levelButtons.append(button);
        m_levelLabels.append(label);
    };
    for (int level = r.scaleMin; level <= r.scaleMax; ++level)
        addRow(level, QLocale().toString(level), QStringLiteral("levelButton%1").arg(level));
    addRow(kNotApplicableId, tr("N/A"), QStringLiteral("notApplicableButton"));
    addRow(kUnknownId, tr("Unknown"), QStringLiteral("unknownButton"));
    addRow(kUnscoredId, tr("Not scored"), QStringLiteral("unscoredButton"));
    grid->setColumnStretch(1, 1);
    // Tab goes as the eye does: criteria, levels, rationale, evidence, confidence.
    QWidget *previous = m_table;
    for (QRadioButton *b : std::as_const(m_levelButtons)) {
        setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, m_rationale);
    setTabOrder(m_rationale, m_evidence);
    setTabOrder(m_evidence, m_confidence);
}

int ScoreSheetWidget::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void ScoreSheetWidget::showCurrentCriterion()
{
    const int row = currentRow();
    const RubricCriterion *c = m_model->criterionAt(row);
    const Rubric &r = m_model->rubric();
    const CriterionScore s = m_model->scoreAt(row);
    m_criterionTitle->setText(c ? tr("%1  %2 (%3)").arg(c->id, c->name, m_model->dimensionNameAt(row))
                                : QString());
    m_criterionDescription->setText(c ? c->description : QString());
    m_criterionDescription->setVisible(c && !c->description.isEmpty());
    const int levels = r.scaleMax - r.scaleMin + 1;
    for (int i = 0; i < m_levelLabels.size(); ++i) {
        QString text;
        if (i < levels) {
            const QString label = r.scaleLabels.value(i);
            const QString descriptor = c ? c->levels.value(i) : QString();
            text = label.isEmpty() ? descriptor : tr("%1 — %2").arg(label, descriptor);
        } else if (i == levels) {
            text = tr("Does not apply to this use case; its weight goes to the other criteria. (key N)");
        } else if (i == levels + 1) {
            text = tr("Not known from the sources; counts as the lowest level and is flagged. (key U)");
        } else {
            text = tr("Not answered yet. (Delete)");
        }
        m_levelLabels[i]->setText(text);
        m_levelButtons[i]->setAccessibleDescription(text); // "2" alone says little to a listener
    }
    int checkedId = kUnscoredId;
    if (s.state == ScoreState::Level)
        checkedId = s.level;
    else if (s.state == ScoreState::NotApplicable)
        checkedId = kNotApplicableId;
    else if (s.state == ScoreState::Unknown)
        checkedId = kUnknownId;
    for (QRadioButton *b : std::as_const(m_levelButtons)) {
        const bool on = m_levelGroup->id(b) == checkedId;
        b->setChecked(on);
        QLabel *label = m_levelLabels.at(m_levelButtons.indexOf(b));
        QFont f = label->font();
        f.setBold(on);
        label->setFont(f);
    }
    m_levelsBox->setEnabled(c != nullptr);
    const QSignalBlocker b1(m_rationale);
    const QSignalBlocker b2(m_evidence);
    const QSignalBlocker b3(m_confidence);
    m_rationale->setPlainText(s.rationale);
    m_evidence->setText(s.evidence);
    m_confidence->setCurrentIndex(std::max(0, m_confidence->findData(int(s.confidence))));
    for (QWidget *w : {static_cast<QWidget *>(m_rationale), static_cast<QWidget *>(m_evidence),
                       static_cast<QWidget *>(m_confidence)})
        w->setEnabled(c != nullptr);
}

void ScoreSheetWidget::updateSummary()
{
    const ScoreResult r = m_model->result();
    const Rubric &rubric = m_model->rubric();
    m_progressLabel->setText(tr("%1 of %2 scored").arg(r.answeredCriteria).arg(r.totalCriteria));
    m_progressBar->setMaximum(std::max(1, r.totalCriteria));
    m_progressBar->setValue(r.answeredCriteria);
    QString index = r.index ? tr("Overall index: %1").arg(QLocale().toString(*r.index, 'f', 1))
                            : tr("Overall index: not available");
    if (r.index && r.isIncomplete())
        index += QLatin1Char(' ') + tr("(incomplete)");
    index += QStringLiteral(" · ") + tr("coverage %1% of the weight").arg(qRound(r.coverage() * 100));
    if (!r.coversEnough(rubric))
        index += QStringLiteral(" · ")
            + tr("below the rubric's minimum of %1%: not ranked").arg(qRound(rubric.minCoverage * 100));
    m_indexLabel->setText(index);
    QStringList dims;
    for (int i = 0; i < r.dimensions.size() && i < rubric.dimensions.size(); ++i) {
        const DimensionScore &d = r.dimensions[i];
        dims.append(tr("%1 %2: %3")
                        .arg(d.dimensionId, rubric.dimensions[i].name,
                             d.mean ? QLocale().toString(*d.mean, 'f', 1) : tr("—")));
    }
    m_dimensionsLabel->setText(dims.isEmpty() ? QString()
                                              : tr("Dimensions (%1–%2): %3")
                                                    .arg(rubric.scaleMin)
                                                    .arg(rubric.scaleMax)
                                                    .arg(dims.join(QStringLiteral(" · "))));
    QStringList flags;
    for (const KnockoutHit &k : r.knockouts)
        flags.append(tr("⚠ knock-out %1: %2").arg(k.criterionId, k.flag));
    if (r.hasUnknowns())
        flags.append(tr("Unknown: %1").arg(r.unknownCriteria.join(QLatin1String(", "))));
    m_flagsLabel->setText(flags.join(QStringLiteral(" · ")));
    m_flagsLabel->setVisible(!flags.isEmpty());
}

void ScoreSheetWidget::setModified(bool modified)
{
    m_saveButton->setEnabled(modified);
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ScoreSheetWidget::advance()
{
    const int next = currentRow() + 1;
    if (next < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(next, 0));
}

void ScoreSheetWidget::answerFromButton(int id)
{
    const int row = currentRow();
    if (id == kNotApplicableId)
        m_model->setAnswer(row, ScoreState::NotApplicable);
    else if (id == kUnknownId)
        m_model->setAnswer(row, ScoreState::Unknown);
    else if (id == kUnscoredId)
        m_model->setAnswer(row, ScoreState::Unscored);
    else
        m_model->setAnswer(row, ScoreState::Level, id);
    showCurrentCriterion();
}

bool ScoreSheetWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
            return QWidget::eventFilter(watched, event);
        const int row = currentRow();
        if (row < 0)
            return QWidget::eventFilter(watched, event);
        const int k = key->key();
        if (k >= Qt::Key_0 && k <= Qt::Key_9) {
            if (m_model->setAnswer(row, ScoreState::Level, k - Qt::Key_0)) {
                showCurrentCriterion();
                advance();
            }
            return true; // a digit outside the scale is swallowed, not a jump in the table
        }
        switch (k) {
        case Qt::Key_N:
            m_model->setAnswer(row, ScoreState::NotApplicable);
            showCurrentCriterion();
            advance();
            return true;
        case Qt::Key_U:
            m_model->setAnswer(row, ScoreState::Unknown);
            showCurrentCriterion();
            advance();
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            m_model->setAnswer(row, ScoreState::Unscored);
            showCurrentCriterion();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: m_rationale->setFocus(Qt::TabFocusReason); return true;
        default: break;
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        if (auto *button =
                qobject_cast<QRadioButton *>(watched->property("casebookButton").value<QObject *>())) {
            button->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScoreSheetWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_model->rowCount() > 0) {
        showCurrentCriterion();
        updateSummary();
    }
    QWidget::changeEvent(event);
}

Status ScoreSheetWidget::save()
{
    auto stored = AssessmentRepository(m_db).save(m_model->assessment());
    if (!stored) {
        m_prompts.error(this, tr("Score sheet"), stored.error());
        return stored.error();
    }
    // Keep the working copy in step with what was stored (uuid, revision, timestamps).
    m_loading = true;
    const int row = currentRow();
    m_model->setSheet(m_model->rubric(), *stored);
    m_loading = false;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    setModified(false);
    emit saved(*stored);
    return {};
}

Assessment ScoreSheetWidget::assessment() const
{
    return m_model->assessment();
}

const Rubric &ScoreSheetWidget::rubric() const
{
    return m_model->rubric();
}

void ScoreSheetWidget::selectCriterion(const QString &criterionId)
{
    const int row = m_model->rowOf(criterionId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

bool ScoreSheetWidget::maybeSave()
{
    if (!m_modified)
        return true;
    switch (m_prompts.askSaveChanges(this, tr("Save your scores for %1?").arg(m_useCaseCode))) {
    case Prompts::SaveChoice::Save: return save().ok();
    case Prompts::SaveChoice::Discard: return true;
    case Prompts::SaveChoice::Cancel: break;
    }
    return false;
}

} // namespace casebook::ui
