#pragma once

#include "model/Rubric.h"
#include "scoring/WeightSet.h"
#include "scoring/WeightStability.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSlider;

namespace casebook::ui {

class Prompts;

/// Weights kept under a name in the weight panel (a workshop saves them).
struct NamedWeights
{
    QString name;
    WeightSet weights;
};

/// What-if weights: a slider per dimension, and per criterion on demand; each with its value and its
/// rank-stability interval beside it. Reset goes back to the rubric's weights; weight sets are named
/// and chosen from a list. Every move emits weightsChanged at once (the ranking follows in the same
/// frame).
class WeightPanel : public QWidget
{
    Q_OBJECT
public:
    WeightPanel(Prompts &prompts, QWidget *parent = nullptr);

    /// Starts over with the rubric's weights and the named sets `sets` (kept in memory; the workshop
    /// saves them).
    void setRubric(const Rubric &rubric, const QList<NamedWeights> &sets = {});
    /// Every dimension's total and criterion's weight as the sliders set them.
    WeightSet weights() const { return WeightSet::of(m_current); }
    /// The rubric with the sliders' weights.
    const Rubric &weightedRubric() const { return m_current; }
    /// Moves the sliders to `weights` (on top of the rubric's own); `name` shows in the list.
    void setWeights(const WeightSet &weights, const QString &name = {});
    QList<NamedWeights> namedSets() const { return m_sets; }
    /// The slider of a dimension or criterion id (tests, keyboard focus); nullptr for another id.
    QSlider *slider(const QString &id) const { return m_sliders.value(id); }
    /// Shows beside each slider how far its weight can move before the top of the ranking changes.
    void setStability(const QList<WeightInterval> &intervals);
    void resetToRubric();
    /// Asks for a name and keeps the current weights under it.
    void saveAs();

signals:
    void weightsChanged();

private:
    void rebuild();
    /// Adds a weight's name, slider, value and stability; returns the slider.
    QSlider *addRow(const QString &id, const QString &label, bool criterion);
    void moved(const QString &id, int value);
    void syncSliders();
    void showStability();
    void chooseSet(int index);
    void refreshSetList(const QString &current);

    Prompts &m_prompts;
    Rubric m_rubric; ///< with its own weights
    Rubric m_current; ///< with the sliders' weights
    QString m_name; ///< of the weight set shown; empty once a slider moved
    QList<NamedWeights> m_sets;
    QGridLayout *m_grid = nullptr;
    QCheckBox *m_showCriteria = nullptr;
    QWidget *m_saveButton = nullptr;
    QComboBox *m_setCombo = nullptr;
    QHash<QString, QSlider *> m_sliders;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_stability;
    QList<QWidget *> m_criterionWidgets;
};

} // namespace casebook::ui
