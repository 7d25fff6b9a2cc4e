#pragma once

#include "model/UseCase.h"

#include <QObject>

class QFormLayout;
class QLabel;

namespace casebook::ui {

class ChildTableEditor;
class ChildTableModel;

/// The editor's scenarios: the table of scenarios and, below it, the numbered steps of the selected
/// one. Each scenario row carries its steps as a payload; editing the steps writes them back to it.
class ScenarioSection : public QObject
{
    Q_OBJECT
public:
    /// Adds the steps row under `scenarios` (already in `form`); `steps` is the steps' model, with
    /// the columns from, to, action, information.
    ScenarioSection(ChildTableEditor *scenarios, ChildTableModel *steps, QFormLayout *form,
                    QObject *parent = nullptr);

    /// Shows a record's scenarios (not an edit) and the steps of the first.
    void setScenarios(const QList<casebook::Scenario> &scenarios);
    QList<casebook::Scenario> scenarios() const;
    void setReadOnly(bool readOnly);

signals:
    /// The member edited the steps of a scenario.
    void edited();

private:
    void loadSteps();
    void storeSteps();

    ChildTableEditor *m_scenariosEditor;
    ChildTableModel *m_scenarios;
    ChildTableModel *m_steps;
    ChildTableEditor *m_stepsEditor = nullptr;
    QLabel *m_stepsLabel = nullptr;
    int m_stepsScenarioRow = -1;
    bool m_loading = false;
};

} // namespace casebook::ui
