#include "compare/WeightPanel.h"

#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace casebook::ui {

namespace {

constexpr int kSliderMax = 100;

/// A weight as people read it: whole numbers from 10 up, one decimal below.
QString weightText(double w)
{
    return QLocale().toString(w, 'f', std::abs(w) >= 10 || w == std::round(w) ? 0 : 1);
}

} // namespace

WeightPanel::WeightPanel(Prompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("weightPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *sets = new QHBoxLayout;
    m_setCombo = new QComboBox(this);
    m_setCombo->setObjectName(QStringLiteral("weightSetCombo"));
    m_setCombo->setAccessibleName(tr("Weight set"));
    m_setCombo->setToolTip(tr("Choose a saved set of weights, or the rubric's own"));
    connect(m_setCombo, &QComboBox::activated, this, &WeightPanel::chooseSet);
    auto *save = new QPushButton(tr("Save As..."), this);
    m_saveButton = save;
    save->setObjectName(QStringLiteral("saveWeightSetButton"));
    connect(save, &QPushButton::clicked, this, &WeightPanel::saveAs);
    sets->addWidget(m_setCombo, 1);
    sets->addWidget(save);
    layout->addLayout(sets);

    m_grid = new QGridLayout;
    m_grid->setColumnStretch(0, 1);
    layout->addLayout(m_grid);

    m_showCriteria = new QCheckBox(tr("Weigh each &criterion"), this);
    m_showCriteria->setObjectName(QStringLiteral("showCriteriaCheck"));
    connect(m_showCriteria, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w : std::as_const(m_criterionWidgets))
            w->setVisible(on);
        showStability();
    });
    auto *reset = new QPushButton(tr("&Reset to Rubric"), this);
    reset->setObjectName(QStringLiteral("resetWeightsButton"));
    connect(reset, &QPushButton::clicked, this, &WeightPanel::resetToRubric);
    layout->addWidget(m_showCriteria);
    layout->addWidget(reset);
    auto *note = new QLabel(tr("Beside each weight: the range within which the top of the ranking "
                               "stays the same."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
}

void WeightPanel::setRubric(const Rubric &rubric, const QList<NamedWeights> &sets)
{
    m_rubric = rubric;
    m_current = rubric;
    m_name = tr("Rubric");
    m_sets = sets;
    rebuild();
    refreshSetList(m_name);
}

void WeightPanel::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sliders.clear();
    m_values.clear();
    m_stability.clear();
    m_criterionWidgets.clear();
    // Tab goes down the panel as it reads: the sets, the sliders, then the buttons under them.
    QWidget *previous = m_saveButton;
    for (const RubricDimension &d : m_rubric.dimensions) {
        QSlider *slider = addRow(d.id, d.id + QLatin1Char(' ') + d.name, false);
        setTabOrder(previous, slider);
        previous = slider;
        for (const RubricCriterion &c : d.criteria) {
            slider = addRow(c.id, c.id + QLatin1Char(' ') + c.name, true);
            setTabOrder(previous, slider);
            previous = slider;
        }
    }
    syncSliders();
}

QSlider *WeightPanel::addRow(const QString &id, const QString &label, bool criterion)
{
    const int row = m_grid->rowCount();
    auto *name = new QLabel(label, this);
    name->setWordWrap(true);
    name->setIndent(criterion ? 16 : 0);
    auto *slider = new QSlider(Qt::Horizontal, this);
    slider->setObjectName(id + QStringLiteral("WeightSlider"));
    slider->setRange(0, kSliderMax);
    slider->setAccessibleName(tr("Weight of %1").arg(label));
    slider->setAccessibleDescription(tr("Arrows and Page Up or Down change it; the ranking follows"));
    slider->setMinimumWidth(90);
    name->setBuddy(slider);
    auto *value = new QLabel(this);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("100.0")));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *stability = new QLabel(this);
    stability->setObjectName(id + QStringLiteral("StabilityLabel"));
    stability->setWordWrap(true);
    QFont small = stability->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    stability->setFont(small);
    // Name on its own line, then the slider with its value, then its stability: fits a narrow dock.
    m_grid->addWidget(name, row, 0, 1, 2);
    m_grid->addWidget(slider, row + 1, 0);
    m_grid->addWidget(value, row + 1, 1);
    m_grid->addWidget(stability, row + 2, 0, 1, 2);
    m_sliders.insert(id, slider);
    m_values.insert(id, value);
    m_stability.insert(id, stability);
    stability->hide();
    if (criterion) {
        if (QLayoutItem *item = m_grid->itemAtPosition(row, 0))
            item->setAlignment(Qt::AlignLeft);
        m_criterionWidgets << name << slider << value;
        for (QWidget *w :
             {static_cast<QWidget *>(name), static_cast<QWidget *>(slider), static_cast<QWidget *>(value)})
            w->setVisible(m_showCriteria->isChecked());
    }
    connect(slider, &QSlider::valueChanged, this, [this, id](int v) { moved(id, v); });
    return slider;
}

void WeightPanel::moved(const QString &id, int value)
{
    for (RubricDimension &d : m_current.dimensions) {
        if (d.id == id)
            WeightSet::setDimensionWeight(d, value);
        for (RubricCriterion &c : d.criteria) {
            if (c.id == id)
                c.weight = value;
        }
    }
    m_name.clear();
    syncSliders();
    refreshSetList({});
    emit weightsChanged();
}

void WeightPanel::syncSliders()
{
    for (const RubricDimension &d : std::as_const(m_current.dimensions)) {
        const double total = WeightSet::dimensionWeight(d);
        if (QSlider *s = m_sliders.value(d.id)) {
            const QSignalBlocker block(s);
            s->setValue(int(std::lround(total)));
            m_values[d.id]->setText(weightText(total));
        }
        for (const RubricCriterion &c : d.criteria) {
            const double w = std::max(0.0, c.weight);
            if (QSlider *s = m_sliders.value(c.id)) {
                const QSignalBlocker block(s);
                s->setValue(int(std::lround(w)));
                m_values[c.id]->setText(weightText(w));
            }
        }
    }
}

void WeightPanel::setWeights(const WeightSet &weights, const QString &name)
{
    m_current = weights.applyTo(m_rubric);
    m_name = name;
    syncSliders();
    refreshSetList(name);
    emit weightsChanged();
}

void WeightPanel::setStability(const QList<WeightInterval> &intervals)
{
    for (QLabel *label : std::as_const(m_stability))
        label->clear();
    for (const WeightInterval &i : intervals) {
        QLabel *label = m_stability.value(i.weight);
        if (!label)
            continue;
        label->setText(tr("Top stays from %1 to %2").arg(weightText(i.low), weightText(i.high)));
        label->setToolTip(tr("The use case(s) ranked first stay first while this weight stays between "
                             "%1 and %2, the other weights unchanged.")
                              .arg(weightText(i.low), weightText(i.high)));
    }
    showStability();
}

void WeightPanel::showStability()
{
    for (auto it = m_stability.cbegin(); it != m_stability.cend(); ++it)
        it.value()->setVisible(!it.value()->text().isEmpty()
                               && (!m_rubric.criterion(it.key()) || m_showCriteria->isChecked()));
}

void WeightPanel::resetToRubric()
{
    setWeights({}, tr("Rubric"));
}

void WeightPanel::saveAs()
{
    const auto name = m_prompts.askText(this, tr("Save Weight Set"), tr("Name of the weight set:"));
    if (!name || name->trimmed().isEmpty())
        return;
    m_name = name->trimmed();
    for (int i = 0; i < m_sets.size(); ++i) {
        if (m_sets[i].name == m_name)
            m_sets.removeAt(i--);
    }
    m_sets.append(NamedWeights{m_name, weights()});
    refreshSetList(m_name);
}

void WeightPanel::chooseSet(int index)
{
    if (index == 0) {
        resetToRubric();
        return;
    }
    const QString name = m_setCombo->itemText(index);
    for (const NamedWeights &set : std::as_const(m_sets)) {
        if (set.name == name)
            setWeights(set.weights, set.name);
    }
}

void WeightPanel::refreshSetList(const QString &current)
{
    const QSignalBlocker block(m_setCombo);
    m_setCombo->clear();
    m_setCombo->addItem(tr("Rubric"));
    for (const NamedWeights &set : std::as_const(m_sets))
        m_setCombo->addItem(set.name);
    if (current.isEmpty()) {
        m_setCombo->addItem(tr("(changed)"));
        m_setCombo->setCurrentIndex(m_setCombo->count() - 1);
    } else {
        m_setCombo->setCurrentIndex(std::max(0, m_setCombo->findText(current)));
    }
}

} // namespace casebook::ui
