#include "scoring/RubricEditorDialog.h"

#include "model/RubricFile.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "widgets/AccessibleNames.h"
#include "widgets/PaletteTint.h"
#include "widgets/Prompts.h"
#include "widgets/TextDirection.h"
#include "widgets/WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace casebook::ui {

namespace {

constexpr int kDimensionRole = Qt::UserRole + 1;
constexpr int kCriterionRole = Qt::UserRole + 2;

enum Page { EmptyPage, DimensionPage, CriterionPage };

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString weightText(double w)
{
    // Two decimals at most, in the UI language's digits and decimal separator ("0.25", "0,25").
    return QLocale().toString(std::round(w * 100) / 100, 'g', QLocale::FloatingPointShortest);
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

/// Problems are shown in red, dark on a light window and light on a dark one.
QPalette warningPalette(const QWidget *widget)
{
    return PaletteTint::warning(widget->palette());
}

} // namespace

RubricEditorDialog::RubricEditorDialog(Database &db, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("rubricEditor"));
    setWindowTitle(tr("Rubrics"));
    buildUi();
    AccessibleNames::fromLabels(this);
}

RubricEditorDialog::~RubricEditorDialog() = default;

void RubricEditorDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildRubricBar());
    m_versionLabel = wrappingLabel(QStringLiteral("versionLabel"), this);
    layout->addWidget(m_versionLabel);
    layout->addLayout(buildRubricForm());

    // Structure on one side, the selected item on the other.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildStructure());
    splitter->addWidget(buildItemEditor());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    buildFooter(layout);
    WindowGeometry::applyDefault(this, QSize(1000, 720));
}

QLayout *RubricEditorDialog::buildRubricBar()
{
    auto *top = new QHBoxLayout;
    auto *pick = new QLabel(tr("&Rubric:"), this);
    m_rubricCombo = new QComboBox(this);
    m_rubricCombo->setObjectName(QStringLiteral("rubricCombo"));
    m_rubricCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rubricCombo->setMinimumContentsLength(30);
    m_rubricCombo->setToolTip(tr("The rubric to edit, in its latest version"));
    pick->setBuddy(m_rubricCombo);
    auto *newButton = button(tr("&New"), QStringLiteral("newRubricButton"), this);
    auto *importButton = button(tr("&Import…"), QStringLiteral("importButton"), this);
    auto *exportButton = button(tr("E&xport…"), QStringLiteral("exportButton"), this);
    top->addWidget(pick);
    top->addWidget(m_rubricCombo, 1);
    top->addWidget(newButton);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    connect(m_rubricCombo, &QComboBox::activated, this, [this](int index) {
        const QString uuid = m_rubricCombo->itemData(index).toString();
        if (uuid == m_stored.uuid && !m_stored.uuid.isEmpty())
            return;
        if (!maybeSave()) {
            fillRubricCombo();
            return;
        }
        if (Status s = loadRubric(uuid); !s)
            m_prompts.error(this, tr("Rubrics"), s.error());
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        if (maybeSave())
            newRubric();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        if (!maybeSave())
            return;
        const QString path =
            m_prompts.chooseOpenFile(this, tr("Import a rubric"), QString(), tr("Rubric (*.json)"));
        if (!path.isEmpty())
            (void)importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString suggested = m_rubric.name.simplified();
        suggested.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
        const QString path = m_prompts.chooseSaveFile(
            this, tr("Export the rubric"), QStringLiteral("%1-v%2.json").arg(suggested).arg(m_rubric.version),
            tr("Rubric (*.json)"));
        if (!path.isEmpty())
            (void)exportFile(path);
    });

    return top;
}

QLayout *RubricEditorDialog::buildRubricForm()
{
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("rubricNameEdit"));
    m_nameEdit->setPlaceholderText(tr("The name assessors choose the rubric by"));
    m_descriptionEdit = new QPlainTextEdit(this);
    followTextDirection(m_descriptionEdit);
    m_descriptionEdit->setObjectName(QStringLiteral("rubricDescriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setPlaceholderText(tr("What the rubric measures and when to use it"));
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 3 + 12);
    auto *scale = new QHBoxLayout;
    m_scaleMin = new QSpinBox(this);
    m_scaleMin->setObjectName(QStringLiteral("scaleMinSpin"));
    m_scaleMin->setRange(0, 99);
    m_scaleMax = new QSpinBox(this);
    m_scaleMax->setObjectName(QStringLiteral("scaleMaxSpin"));
    m_scaleMax->setAccessibleName(tr("Scale to"));
    m_scaleMax->setRange(1, 100);
    for (QSpinBox *end : {m_scaleMin, m_scaleMax})
        end->setToolTip(tr("The lowest and the highest level a criterion can get"));
    auto *to = new QLabel(tr("to"), this);
    scale->addWidget(m_scaleMin);
    scale->addWidget(to);
    scale->addWidget(m_scaleMax);
    scale->addStretch(1);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    auto *scaleLabel = new QLabel(tr("&Scale from:"), this);
    scaleLabel->setBuddy(m_scaleMin);
    form->addRow(scaleLabel, scale);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_rubric.name = text;
        refreshStatus();
    });
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        m_rubric.description = m_descriptionEdit->toPlainText();
        refreshStatus();
    });
    auto scaleChanged = [this] {
        if (m_updating)
            return;
        m_rubric.scaleMin = m_scaleMin->value();
        m_rubric.scaleMax = m_scaleMax->value();
        RubricEditing::fitLevelsToScale(m_rubric);
        rebuildLevelEditors();
        refreshStatus();
    };
    connect(m_scaleMin, &QSpinBox::valueChanged, this, scaleChanged);
    connect(m_scaleMax, &QSpinBox::valueChanged, this, scaleChanged);

    return form;
}

QWidget *RubricEditorDialog::buildStructure()
{
    auto *structure = new QWidget(this);
    auto *structureLayout = new QVBoxLayout(structure);
    structureLayout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(structure);
    m_tree->setObjectName(QStringLiteral("structureTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Dimensions and criteria"), tr("Weight"), tr("Share")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Dimensions and criteria"));
    m_tree->setAccessibleDescription(tr("Select a dimension or a criterion to edit it."));
    structureLayout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    auto *addDimensionButton = button(tr("Add &dimension"), QStringLiteral("addDimensionButton"), structure);
    m_addCriterionButton = button(tr("Add &criterion"), QStringLiteral("addCriterionButton"), structure);
    m_removeButton = button(tr("Remove"), QStringLiteral("removeButton"), structure);
    m_upButton = button(tr("Move up"), QStringLiteral("moveUpButton"), structure);
    m_downButton = button(tr("Move down"), QStringLiteral("moveDownButton"), structure);
    for (QPushButton *b :
         {addDimensionButton, m_addCriterionButton, m_removeButton, m_upButton, m_downButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    structureLayout->addLayout(buttons);
    connect(addDimensionButton, &QPushButton::clicked, this, &RubricEditorDialog::addDimension);
    connect(m_addCriterionButton, &QPushButton::clicked, this, &RubricEditorDialog::addCriterion);
    connect(m_removeButton, &QPushButton::clicked, this, &RubricEditorDialog::removeCurrent);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RubricEditorDialog::showCurrentItem);

    return structure;
}

QWidget *RubricEditorDialog::buildItemEditor()
{
    m_itemEditor = new QStackedWidget(this);
    m_itemEditor->setObjectName(QStringLiteral("itemEditor"));
    auto *empty = wrappingLabel(QStringLiteral("emptyEditorLabel"), m_itemEditor);
    empty->setText(tr("Select a dimension or a criterion to edit it."));
    empty->setAlignment(Qt::AlignCenter);
    m_itemEditor->addWidget(empty);

    m_itemEditor->addWidget(buildDimensionPage());
    m_itemEditor->addWidget(buildCriterionPage());
    return m_itemEditor;
}

QWidget *RubricEditorDialog::buildDimensionPage()
{
    auto *dimensionPage = new QWidget(m_itemEditor);
    auto *dimensionForm = new QFormLayout(dimensionPage);
    m_dimensionIdEdit = new QLineEdit(dimensionPage);
    m_dimensionIdEdit->setObjectName(QStringLiteral("dimensionIdEdit"));
    m_dimensionIdEdit->setReadOnly(true);
    m_dimensionNameEdit = new QLineEdit(dimensionPage);
    m_dimensionNameEdit->setObjectName(QStringLiteral("dimensionNameEdit"));
    dimensionForm->addRow(tr("Id:"), m_dimensionIdEdit);
    dimensionForm->addRow(tr("Na&me:"), m_dimensionNameEdit);
    connect(m_dimensionNameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (RubricDimension *d = currentDimension()) {
            d->name = text;
            refreshTreeTexts();
            refreshStatus();
        }
    });

    return dimensionPage;
}

QWidget *RubricEditorDialog::buildCriterionPage()
{
    auto *criterionScroll = new QScrollArea(m_itemEditor);
    criterionScroll->setWidgetResizable(true);
    criterionScroll->setFocusPolicy(Qt::NoFocus); // its controls take the focus, and it scrolls to them
    criterionScroll->setFrameShape(QFrame::NoFrame);
    auto *criterionPage = new QWidget(criterionScroll);
    auto *criterionLayout = new QVBoxLayout(criterionPage);
    auto *criterionForm = new QFormLayout;
    criterionForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    criterionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_criterionIdEdit = new QLineEdit(criterionPage);
    m_criterionIdEdit->setObjectName(QStringLiteral("criterionIdEdit"));
    m_criterionIdEdit->setMaxLength(32);
    m_criterionIdEdit->setToolTip(
        tr("Criterion ids stay the same in every version of the rubric, so scores can be "
           "compared; the id of a stored criterion cannot change."));
    m_criterionNameEdit = new QLineEdit(criterionPage);
    m_criterionNameEdit->setObjectName(QStringLiteral("criterionNameEdit"));
    m_criterionNameEdit->setPlaceholderText(tr("A short name for what is judged"));
    m_criterionDescriptionEdit = new QPlainTextEdit(criterionPage);
    followTextDirection(m_criterionDescriptionEdit);
    m_criterionDescriptionEdit->setObjectName(QStringLiteral("criterionDescriptionEdit"));
    m_criterionDescriptionEdit->setTabChangesFocus(true);
    m_criterionDescriptionEdit->setPlaceholderText(tr("What the assessor looks at to choose a level"));
    m_criterionDescriptionEdit->setMaximumHeight(m_criterionDescriptionEdit->fontMetrics().lineSpacing() * 3
                                                 + 12);
    m_weightSpin = new QDoubleSpinBox(criterionPage);
    m_weightSpin->setObjectName(QStringLiteral("weightSpin"));
    m_weightSpin->setRange(0, 1e6);
    m_weightSpin->setDecimals(2);
    m_weightSpin->setAccelerated(true);
    m_weightSpin->setToolTip(tr("It counts by its share of the total weight"));
    criterionForm->addRow(tr("I&d:"), m_criterionIdEdit);
    criterionForm->addRow(tr("Na&me:"), m_criterionNameEdit);
    criterionForm->addRow(tr("Descri&ption:"), m_criterionDescriptionEdit);
    criterionForm->addRow(tr("&Weight:"), m_weightSpin);
    criterionLayout->addLayout(criterionForm);
    m_criterionProblems = wrappingLabel(QStringLiteral("criterionProblemsLabel"), criterionPage);
    m_criterionProblems->setPalette(warningPalette(m_criterionProblems));
    criterionLayout->addWidget(m_criterionProblems);
    auto *levelsBox = new QGroupBox(tr("Level descriptors"), criterionPage);
    levelsBox->setObjectName(QStringLiteral("levelDescriptorsBox"));
    m_levelsBox = levelsBox;
    m_levelsLayout = new QVBoxLayout(levelsBox);
    criterionLayout->addWidget(levelsBox);
    criterionLayout->addStretch(1);
    criterionScroll->setWidget(criterionPage);
    connectCriterionEditors();
    return criterionScroll;
}

void RubricEditorDialog::connectCriterionEditors()
{
    connect(m_criterionIdEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (RubricCriterion *c = currentCriterion()) {
            const QString old = c->id;
            c->id = text.trimmed();
            for (KnockoutRule &k : m_rubric.knockouts) {
                if (k.criterionId == old)
                    k.criterionId = c->id;
            }
            refreshTreeTexts();
            refreshStatus();
        }
    });
    connect(m_criterionNameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (RubricCriterion *c = currentCriterion()) {
            c->name = text;
            refreshTreeTexts();
            refreshStatus();
        }
    });
    connect(m_criterionDescriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (RubricCriterion *c = currentCriterion(); c && !m_updating) {
            c->description = m_criterionDescriptionEdit->toPlainText();
            refreshStatus();
        }
    });
    connect(m_weightSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (RubricCriterion *c = currentCriterion(); c && !m_updating) {
            c->weight = value;
            refreshTreeTexts();
            refreshStatus();
        }
    });
}

void RubricEditorDialog::buildFooter(QVBoxLayout *layout)
{
    auto *totals = new QHBoxLayout;
    m_totalLabel = wrappingLabel(QStringLiteral("totalWeightLabel"), this);
    auto *normalise = button(tr("Normalise to &100"), QStringLiteral("normaliseButton"), this);
    connect(normalise, &QPushButton::clicked, this, &RubricEditorDialog::normaliseWeights);
    totals->addWidget(m_totalLabel, 1);
    totals->addWidget(normalise);
    layout->addLayout(totals);
    m_problemsLabel = wrappingLabel(QStringLiteral("problemsLabel"), this);
    m_problemsLabel->setPalette(warningPalette(m_problemsLabel));
    layout->addWidget(m_problemsLabel);
    m_statusLabel = wrappingLabel(QStringLiteral("statusLabel"), this);
    layout->addWidget(m_statusLabel);

    auto *box = new QDialogButtonBox(this);
    m_saveButton = box->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    auto *close = box->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(close, &QPushButton::clicked, this, &RubricEditorDialog::reject);
    layout->addWidget(box);
}

void RubricEditorDialog::fillRubricCombo()
{
    const QSignalBlocker blocker(m_rubricCombo);
    m_rubricCombo->clear();
    auto all = RubricRepository(m_db).latestVersions();
    if (all) {
        for (const Rubric &r : *all)
            m_rubricCombo->addItem(tr("%1 (version %2)").arg(r.name).arg(r.version), r.uuid);
    }
    if (m_stored.uuid.isEmpty()) {
        m_rubricCombo->addItem(tr("New rubric (not saved yet)"), QString());
        m_rubricCombo->setCurrentIndex(m_rubricCombo->count() - 1);
    } else {
        int index = m_rubricCombo->findData(m_stored.uuid);
        if (index < 0) { // an older version is being edited
            m_rubricCombo->addItem(tr("%1 (version %2)").arg(m_stored.name).arg(m_stored.version),
                                   m_stored.uuid);
            index = m_rubricCombo->count() - 1;
        }
        m_rubricCombo->setCurrentIndex(index);
    }
}

Status RubricEditorDialog::loadRubric(const QString &idOrName)
{
    RubricRepository repo(m_db);
    Result<Rubric> r =
        idOrName.trimmed().isEmpty() ? repo.get(RubricJson::defaultRubric().seriesUuid) : repo.get(idOrName);
    if (!r && idOrName.trimmed().isEmpty()) {
        auto all = repo.latestVersions();
        if (!all)
            return all.error();
        if (all->isEmpty()) {
            newRubric();
            return {};
        }
        r = all->first();
    }
    if (!r)
        return r.error();
    loadWorkingCopy(*r, false);
    return {};
}

void RubricEditorDialog::newRubric()
{
    Rubric r;
    r.name = tr("New rubric");
    r.scaleMin = 0;
    r.scaleMax = 4;
    RubricDimension d;
    d.id = QStringLiteral("A");
    d.name = tr("First dimension");
    RubricCriterion c;
    c.id = QStringLiteral("A1");
    c.name = tr("First criterion");
    c.weight = 100;
    c.levels = QStringList(5, QString());
    d.criteria.append(c);
    r.dimensions.append(d);
    loadWorkingCopy(r, true);
}

void RubricEditorDialog::loadWorkingCopy(const Rubric &stored, bool isNew)
{
    m_rubric = stored;
    m_stored = stored; // for a new rubric: the template, which has no UUID
    m_seriesCriterionIds.clear();
    m_storedAssessments = 0;
    if (!isNew) {
        if (auto ids = RubricRepository(m_db).criterionIdsOfSeries(stored.seriesUuid))
            m_seriesCriterionIds = *ids;
        if (auto count = AssessmentRepository(m_db).countForRubric(stored.uuid))
            m_storedAssessments = *count;
    }
    {
        m_updating = true;
        m_nameEdit->setText(m_rubric.name);
        m_descriptionEdit->setPlainText(m_rubric.description);
        m_scaleMin->setValue(m_rubric.scaleMin);
        m_scaleMax->setValue(m_rubric.scaleMax);
        m_updating = false;
    }
    fillRubricCombo();
    rebuildTree();
    select(m_rubric.dimensions.isEmpty() ? -1 : 0, m_rubric.dimensions.value(0).criteria.isEmpty() ? -1 : 0);
    setStatus(QString());
    refreshStatus();
}

void RubricEditorDialog::rebuildTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (int d = 0; d < m_rubric.dimensions.size(); ++d) {
        auto *dimItem = new QTreeWidgetItem(m_tree);
        dimItem->setData(0, kDimensionRole, d);
        dimItem->setData(0, kCriterionRole, -1);
        for (int c = 0; c < m_rubric.dimensions[d].criteria.size(); ++c) {
            auto *item = new QTreeWidgetItem(dimItem);
            item->setData(0, kDimensionRole, d);
            item->setData(0, kCriterionRole, c);
        }
        dimItem->setExpanded(true);
    }
    refreshTreeTexts();
}

void RubricEditorDialog::refreshTreeTexts()
{
    const double total = m_rubric.totalWeight();
    const QList<RubricProblem> problems = this->problems();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int d = 0; d < m_tree->topLevelItemCount() && d < m_rubric.dimensions.size(); ++d) {
        QTreeWidgetItem *dimItem = m_tree->topLevelItem(d);
        const RubricDimension &dim = m_rubric.dimensions[d];
        double dimWeight = 0;
        for (const auto &c : dim.criteria)
            dimWeight += std::max(0.0, c.weight);
        dimItem->setText(0, tr("%1  %2").arg(dim.id, dim.name));
        dimItem->setText(1, weightText(dimWeight));
        dimItem->setText(
            2, total > 0 ? tr("%1 %").arg(QLocale().toString(dimWeight / total * 100, 'f', 1)) : QString());
        QStringList dimProblems;
        for (const RubricProblem &p : problems) {
            if (p.dimension == d && p.criterion < 0)
                dimProblems.append(p.message);
        }
        dimItem->setIcon(0, dimProblems.isEmpty() ? QIcon() : warning);
        dimItem->setToolTip(0, dimProblems.join(QLatin1Char('\n')));
        for (int c = 0; c < dimItem->childCount() && c < dim.criteria.size(); ++c) {
            QTreeWidgetItem *item = dimItem->child(c);
            const RubricCriterion &cr = dim.criteria[c];
            item->setText(0, tr("%1  %2").arg(cr.id, cr.name));
            item->setText(1, weightText(cr.weight));
            item->setText(
                2,
                total > 0 ? tr("%1 %").arg(QLocale().toString(std::max(0.0, cr.weight) / total * 100, 'f', 1))
                          : QString());
            QStringList own;
            for (const RubricProblem &p : problems) {
                if (p.dimension == d && p.criterion == c)
                    own.append(p.message);
            }
            item->setIcon(0, own.isEmpty() ? QIcon() : warning);
            item->setToolTip(0, own.join(QLatin1Char('\n')));
        }
    }
}

void RubricEditorDialog::currentIndexes(int *dimension, int *criterion) const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    *dimension = item ? item->data(0, kDimensionRole).toInt() : -1;
    *criterion = item ? item->data(0, kCriterionRole).toInt() : -1;
}

RubricDimension *RubricEditorDialog::currentDimension()
{
    int d, c;
    currentIndexes(&d, &c);
    return d >= 0 && d < m_rubric.dimensions.size() ? &m_rubric.dimensions[d] : nullptr;
}

RubricCriterion *RubricEditorDialog::currentCriterion()
{
    int d, c;
    currentIndexes(&d, &c);
    if (d < 0 || d >= m_rubric.dimensions.size() || c < 0 || c >= m_rubric.dimensions[d].criteria.size())
        return nullptr;
    return &m_rubric.dimensions[d].criteria[c];
}

void RubricEditorDialog::select(int dimension, int criterion)
{
    QTreeWidgetItem *item = dimension >= 0 ? m_tree->topLevelItem(dimension) : nullptr;
    if (item && criterion >= 0)
        item = item->child(criterion);
    m_tree->setCurrentItem(item);
    showCurrentItem();
}

void RubricEditorDialog::showCurrentItem()
{
    int d, c;
    currentIndexes(&d, &c);
    m_updating = true;
    if (RubricCriterion *cr = currentCriterion()) {
        m_itemEditor->setCurrentIndex(CriterionPage);
        m_criterionIdEdit->setText(cr->id);
        // The id of a criterion that a stored version has is fixed: scores are matched by it.
        m_criterionIdEdit->setReadOnly(m_seriesCriterionIds.contains(cr->id) || m_stored.criterion(cr->id));
        m_criterionNameEdit->setText(cr->name);
        m_criterionDescriptionEdit->setPlainText(cr->description);
        m_weightSpin->setValue(cr->weight);
        rebuildLevelEditors();
    } else if (RubricDimension *dim = currentDimension()) {
        m_itemEditor->setCurrentIndex(DimensionPage);
        m_dimensionIdEdit->setText(dim->id);
        m_dimensionNameEdit->setText(dim->name);
    } else {
        m_itemEditor->setCurrentIndex(EmptyPage);
    }
    m_updating = false;
    const bool any = d >= 0;
    m_removeButton->setEnabled(any);
    m_addCriterionButton->setEnabled(any);
    const int siblings =
        c >= 0 ? int(m_rubric.dimensions.value(d).criteria.size()) : int(m_rubric.dimensions.size());
    const int position = c >= 0 ? c : d;
    m_upButton->setEnabled(any && position > 0);
    m_downButton->setEnabled(any && position + 1 < siblings);
    refreshStatus();
}

void RubricEditorDialog::rebuildLevelEditors()
{
    RubricCriterion *cr = currentCriterion();
    const int count = std::max(0, m_rubric.scaleMax - m_rubric.scaleMin + 1);
    if (m_levelEdits.size() != count) {
        while (QLayoutItem *item = m_levelsLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_levelEdits.clear();
        for (int i = 0; i < count; ++i) {
            auto *label = wrappingLabel(QStringLiteral("levelLabel%1").arg(i), m_levelsBox);
            auto *edit = new QPlainTextEdit(m_levelsBox);
            followTextDirection(edit);
            edit->setObjectName(QStringLiteral("levelEdit%1").arg(i));
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
            edit->setPlaceholderText(tr("What a use case at this level looks like"));
            edit->setAccessibleDescription(edit->placeholderText()); // made after fromLabels()
            label->setBuddy(edit);
            m_levelsLayout->addWidget(label);
            m_levelsLayout->addWidget(edit);
            setTabOrder(m_levelEdits.isEmpty() ? static_cast<QWidget *>(m_weightSpin) : m_levelEdits.last(),
                        edit);
            m_levelEdits.append(edit);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, i, edit] {
                RubricCriterion *c = currentCriterion();
                if (!c || m_updating)
                    return;
                while (c->levels.size() <= i)
                    c->levels.append(QString());
                c->levels[i] = edit->toPlainText();
                refreshTreeTexts();
                refreshStatus();
            });
        }
    }
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int i = 0; i < count; ++i) {
        const int level = m_rubric.scaleMin + i;
        const QString generic = m_rubric.scaleLabels.value(i);
        auto *label = m_levelsBox->findChild<QLabel *>(QStringLiteral("levelLabel%1").arg(i));
        if (label)
            label->setText(generic.isEmpty() ? tr("Level %1").arg(level)
                                             : tr("Level %1 — %2").arg(level).arg(generic));
        m_levelEdits[i]->setPlainText(cr ? cr->levels.value(i) : QString());
    }
    m_updating = wasUpdating;
}

void RubricEditorDialog::refreshStatus()
{
    const double total = m_rubric.totalWeight();
    m_totalLabel->setText(tr("Total weight: %1. Each criterion counts by its share of the total; normalising "
                             "makes the total 100.")
                              .arg(weightText(total)));
    const QList<RubricProblem> problems = this->problems();
    QStringList lines;
    for (int i = 0; i < problems.size() && i < 5; ++i)
        lines.append(problems[i].message);
    if (problems.size() > 5)
        lines.append(tr("… and %n more problem(s).", nullptr, int(problems.size() - 5)));
    m_problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!lines.isEmpty());
    int d, c;
    currentIndexes(&d, &c);
    QStringList own;
    for (const RubricProblem &p : problems) {
        if (c >= 0 && p.dimension == d && p.criterion == c)
            own.append(p.message);
    }
    m_criterionProblems->setText(own.join(QLatin1Char('\n')));
    m_criterionProblems->setVisible(!own.isEmpty());

    QString version;
    if (m_stored.uuid.isEmpty())
        version = tr("A new rubric: saving stores version 1.");
    else if (m_storedAssessments > 0)
        version =
            tr("Version %1, used by %n assessment(s): saving a change makes a new version and leaves these "
               "assessments with version %1.",
               nullptr, m_storedAssessments)
                .arg(m_stored.version);
    else if (RubricJson::isShippedDefault(m_stored.uuid))
        version =
            tr("Version %1 of the rubric that ships with Casebook: saving a change makes a new version.")
                .arg(m_stored.version);
    else
        version = tr("Version %1, not used by any assessment yet: saving changes it in place.")
                      .arg(m_stored.version);
    m_versionLabel->setText(version);
    m_saveButton->setEnabled((isModified() || m_stored.uuid.isEmpty()) && problems.isEmpty());
    const QString star = isModified() ? QStringLiteral("*") : QString();
    setWindowTitle(tr("Rubrics — %1%2").arg(m_rubric.name, star));
}

bool RubricEditorDialog::isModified() const
{
    return !m_stored.sameDefinition(m_rubric);
}

void RubricEditorDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void RubricEditorDialog::addDimension()
{
    RubricDimension d;
    d.id = RubricEditing::newDimensionId(m_rubric);
    d.name = tr("New dimension");
    m_rubric.dimensions.append(d);
    rebuildTree();
    select(int(m_rubric.dimensions.size()) - 1);
    m_dimensionNameEdit->setFocus();
    m_dimensionNameEdit->selectAll();
}

void RubricEditorDialog::addCriterion()
{
    int d, c;
    currentIndexes(&d, &c);
    if (d < 0) {
        if (m_rubric.dimensions.isEmpty())
            return;
        d = 0;
    }
    RubricCriterion cr;
    cr.id = RubricEditing::newCriterionId(m_rubric, m_rubric.dimensions[d].id, m_seriesCriterionIds);
    cr.name = tr("New criterion");
    cr.weight = 0;
    cr.levels = QStringList(std::max(0, m_rubric.scaleMax - m_rubric.scaleMin + 1), QString());
    const int at = c >= 0 ? c + 1 : int(m_rubric.dimensions[d].criteria.size());
    m_rubric.dimensions[d].criteria.insert(at, cr);
    rebuildTree();
    select(d, at);
    m_criterionNameEdit->setFocus();
    m_criterionNameEdit->selectAll();
}

void RubricEditorDialog::removeCurrent()
{
    int d, c;
    currentIndexes(&d, &c);
    if (d < 0)
        return;
    QStringList removedIds;
    if (c >= 0) {
        removedIds.append(m_rubric.dimensions[d].criteria[c].id);
        m_rubric.dimensions[d].criteria.removeAt(c);
    } else {
        for (const auto &cr : m_rubric.dimensions[d].criteria)
            removedIds.append(cr.id);
        m_rubric.dimensions.removeAt(d);
    }
    // A warning rule about a removed criterion goes with it.
    QStringList droppedRules;
    for (int i = int(m_rubric.knockouts.size()) - 1; i >= 0; --i) {
        if (removedIds.contains(m_rubric.knockouts[i].criterionId)) {
            droppedRules.prepend(m_rubric.knockouts[i].flag);
            m_rubric.knockouts.removeAt(i);
        }
    }
    setStatus(droppedRules.isEmpty()
                  ? QString()
                  : tr("Also removed the warning: %1").arg(droppedRules.join(QLatin1String("; "))));
    rebuildTree();
    if (c >= 0 && !m_rubric.dimensions[d].criteria.isEmpty())
        select(d, std::min(c, int(m_rubric.dimensions[d].criteria.size()) - 1));
    else if (c >= 0)
        select(d);
    else if (!m_rubric.dimensions.isEmpty())
        select(std::min(d, int(m_rubric.dimensions.size()) - 1));
    else
        select(-1);
}

void RubricEditorDialog::moveCurrent(int delta)
{
    int d, c;
    currentIndexes(&d, &c);
    if (d < 0)
        return;
    if (c >= 0) {
        auto &list = m_rubric.dimensions[d].criteria;
        const int to = c + delta;
        if (to < 0 || to >= list.size())
            return;
        list.move(c, to);
        rebuildTree();
        select(d, to);
    } else {
        const int to = d + delta;
        if (to < 0 || to >= m_rubric.dimensions.size())
            return;
        m_rubric.dimensions.move(d, to);
        rebuildTree();
        select(to);
    }
}

void RubricEditorDialog::normaliseWeights()
{
    if (!RubricEditing::normaliseWeights(m_rubric, 100.0)) {
        setStatus(tr("Give at least one criterion a weight above 0 first."));
        return;
    }
    refreshTreeTexts();
    showCurrentItem();
    setStatus(tr("Weights now add up to 100."));
}

Result<RubricSaveResult> RubricEditorDialog::save()
{
    const QList<RubricProblem> problems = this->problems();
    if (!problems.isEmpty()) {
        const Error e = makeError(ErrorCode::InputRejected,
                                  tr("The rubric cannot be saved yet: %1").arg(problems.first().message));
        m_prompts.error(this, tr("Rubrics"), e);
        return e;
    }
    if (!isModified() && !m_stored.uuid.isEmpty()) {
        setStatus(tr("Nothing to save."));
        RubricSaveResult unchanged;
        unchanged.rubric = m_stored;
        return unchanged;
    }
    if (!m_stored.uuid.isEmpty() && m_storedAssessments > 0
        && !m_prompts.confirm(
            this,
            {tr("Save as a new version"),
             tr("Version %1 of \"%2\" is used by %n assessment(s). Saving makes a new version; those "
                "assessments stay with version %1, unchanged.",
                nullptr, m_storedAssessments)
                 .arg(m_stored.version)
                 .arg(m_stored.name)}))
        return makeError(ErrorCode::Cancelled, tr("Not saved."));
    Rubric toSave = m_rubric;
    toSave.uuid = m_stored.uuid;
    auto result = RubricRepository(m_db).saveEdited(toSave);
    if (!result) {
        m_prompts.error(this, tr("Rubrics"), result.error());
        return result.error();
    }
    int d, c;
    currentIndexes(&d, &c);
    const int editedVersion = m_stored.version;
    const Rubric stored = result->rubric;
    loadWorkingCopy(stored, false);
    select(d, c);
    switch (result->outcome) {
    case RubricSaveOutcome::NewVersion:
        setStatus(tr("Saved as version %1. Version %2 and its %n assessment(s) are unchanged.", nullptr,
                     result->editedAssessments)
                      .arg(stored.version)
                      .arg(editedVersion));
        break;
    case RubricSaveOutcome::Replaced: setStatus(tr("Saved version %1.").arg(stored.version)); break;
    case RubricSaveOutcome::Created:
        setStatus(tr("Saved the new rubric as version %1.").arg(stored.version));
        break;
    case RubricSaveOutcome::Unchanged: setStatus(tr("Nothing to save.")); break;
    }
    emit rubricSaved(*result);
    return result;
}

Status RubricEditorDialog::importFile(const QString &path)
{
    auto read = RubricFile::read(path);
    if (!read) {
        m_prompts.error(this, tr("Rubrics"), read.error());
        return read.error();
    }
    RubricRepository repo(m_db);
    Rubric rubric = *read;
    bool already = false;
    if (!rubric.uuid.isEmpty()) {
        if (auto existing = repo.getVersion(rubric.uuid); existing && existing->sameDefinition(rubric)) {
            rubric = *existing;
            already = true;
        }
    }
    if (!already) {
        auto stored = repo.insert(rubric);
        if (!stored) {
            const Error e{stored.error().code, tr("%1: %2").arg(path, stored.error().message),
                          stored.error().detail};
            m_prompts.error(this, tr("Rubrics"), e);
            return e;
        }
        rubric = *stored;
    }
    loadWorkingCopy(rubric, false);
    setStatus(already ? tr("This version was already stored; nothing changed.")
                      : tr("Imported \"%1\" version %2.").arg(rubric.name).arg(rubric.version));
    return {};
}

Status RubricEditorDialog::exportFile(const QString &path)
{
    if (isModified()) {
        const Error e = makeError(ErrorCode::Usage, tr("Save the rubric before exporting it."));
        m_prompts.error(this, tr("Rubrics"), e);
        return e;
    }
    if (Status s = RubricFile::write(path, m_stored); !s) {
        m_prompts.error(this, tr("Rubrics"), s.error());
        return s;
    }
    setStatus(tr("Exported version %1 to %2.").arg(m_stored.version).arg(path));
    return {};
}

bool RubricEditorDialog::maybeSave()
{
    if (!isModified()
        || (m_stored.uuid.isEmpty() && problems().size() > 0 && m_rubric.name == tr("New rubric")))
        return true;
    switch (m_prompts.askSaveChanges(this, tr("Save your changes to \"%1\"?").arg(m_rubric.name))) {
    case Prompts::SaveChoice::Save: return save().ok();
    case Prompts::SaveChoice::Discard: return true;
    case Prompts::SaveChoice::Cancel: break;
    }
    return false;
}

void RubricEditorDialog::reject()
{
    if (maybeSave())
        QDialog::reject();
}

} // namespace casebook::ui
