#pragma once

#include "editor/ChildTableModel.h"
#include "model/UseCase.h"

#include <QObject>

#include <functional>

class QFormLayout;
class QLabel;

namespace casebook::ui {

class ChildTableEditor;
class NestedRowsSection;

/// The editor's scenarios: the table of scenarios (name, description, primary actor, triggering
/// event, pre- and post-conditions) and, below it, the steps of the selected one as IEC 62559-2
/// lists them. Producers, receivers, information and requirements are picked from the record, never
/// typed; a step of an old record whose text named nothing of the record shows that text ("Was:
/// 'the gateway' — pick an actor") until the member picks what it meant.
class ScenarioSection : public QObject
{
    Q_OBJECT
public:
    /// What a step can refer to, read when the member picks.
    struct Choices
    {
        std::function<QStringList()> actors;
        std::function<QStringList()> information;
        std::function<QStringList()> requirements;
    };

    /// The scenarios table's columns, keyed as scenarios() reads them.
    static QList<ChildColumn> scenarioColumns(const Choices &choices);

    /// Adds the steps row under `scenarios` (already in `form`, built with scenarioColumns()).
    ScenarioSection(ChildTableEditor *scenarios, const Choices &choices, QFormLayout *form,
                    QObject *parent = nullptr);

    /// Shows a record's scenarios (not an edit) and the steps of the first.
    void setScenarios(const QList<casebook::Scenario> &scenarios);
    QList<casebook::Scenario> scenarios() const;
    void setReadOnly(bool readOnly);
    ChildTableModel *stepsModel() const { return m_steps; }
    /// Repaints the steps, whose references may have started or stopped resolving.
    void refresh();

signals:
    /// The member edited the steps of a scenario.
    void edited();

private:
    void clearPickedLegacy(int firstRow, int lastRow);
    /// Lists, below the steps, what the shown steps still carry from an old record.
    void updateLegacyLabel();

    ChildTableEditor *m_scenariosEditor;
    ChildTableModel *m_scenarios;
    ChildTableModel *m_steps = nullptr;
    NestedRowsSection *m_nested = nullptr;
    QLabel *m_legacyLabel = nullptr;
};

} // namespace casebook::ui
