#pragma once

#include "compare/WeightSet.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSlider;

namespace casebook::ui {

class Prompts;

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
    void setRubric(const Rubric &rubric, const QList<WeightSet> &sets = {});
    const WeightSet &weights() const { return m_weights; }
    void setWeights(const WeightSet &weights);
    QList<WeightSet> namedSets() const { return m_sets; }
    /// The slider of a dimension or criterion id (tests, keyboard focus); nullptr for another id.
    QSlider *slider(const QString &id) const { return m_sliders.value(id); }
    /// The text beside a slider about how far its weight can move before the top of the ranking
    /// changes (empty: none known).
    void setStability(const QString &id, const QString &text);
    void resetToRubric();
    /// Asks for a name and keeps the current weights under it.
    void saveAs();

signals:
    void weightsChanged();

private:
    void rebuild();
    void addRow(const QString &id, const QString &label, bool criterion);
    void moved(const QString &id, int value);
    void syncSliders();
    void chooseSet(int index);
    void refreshSetList(const QString &current);

    Prompts &m_prompts;
    Rubric m_rubric;
    WeightSet m_weights;
    QList<WeightSet> m_sets;
    QGridLayout *m_grid = nullptr;
    QCheckBox *m_showCriteria = nullptr;
    QComboBox *m_setCombo = nullptr;
    QHash<QString, QSlider *> m_sliders;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_stability;
    QList<QWidget *> m_criterionWidgets;
};

} // namespace casebook::ui
