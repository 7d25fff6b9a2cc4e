#include "editor/ScenarioSection.h"

#include "editor/ChildTableEditor.h"
#include "editor/ChildTableModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QTableView>

namespace casebook::ui {

namespace {

QVariantList stepsToPayload(const QList<ScenarioStep> &steps)
{
    QVariantList payload;
    for (const ScenarioStep &s : steps)
        payload.append(QVariant(
            QVariantList{s.producer, s.receiver, s.description, s.information.join(QLatin1String(", "))}));
    return payload;
}

QList<ScenarioStep> stepsFromPayload(const QVariant &payload)
{
    QList<ScenarioStep> steps;
    const QVariantList rows = payload.toList();
    for (const QVariant &row : rows) {
        const QVariantList cells = row.toList();
        ScenarioStep step;
        step.producer = cells.value(0).toString();
        step.receiver = cells.value(1).toString();
        step.description = cells.value(2).toString();
        step.information = cells.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        steps.append(step);
    }
    return steps;
}

} // namespace

ScenarioSection::ScenarioSection(ChildTableEditor *scenarios, ChildTableModel *steps, QFormLayout *form,
                                 QObject *parent)
    : QObject(parent)
    , m_scenariosEditor(scenarios)
    , m_scenarios(scenarios->model())
    , m_steps(steps)
{
    m_stepsEditor = new ChildTableEditor(m_steps, QStringLiteral("stepsTable"), QStringLiteral("Step"),
                                         tr("This scenario has no steps yet: who sends what to whom."));
    m_stepsEditor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_stepsLabel = new QLabel(tr("S&teps of the selected scenario:"));
    m_stepsLabel->setBuddy(m_stepsEditor->view());
    form->addRow(m_stepsLabel, m_stepsEditor);
    connect(m_stepsEditor, &ChildTableEditor::edited, this, [this] {
        if (m_loading)
            return;
        storeSteps();
        emit edited();
    });
    connect(m_scenariosEditor, &ChildTableEditor::currentRowChanged, this, &ScenarioSection::loadSteps);
    connect(m_scenarios, &QAbstractItemModel::rowsRemoved, this, &ScenarioSection::loadSteps);
    connect(m_scenarios, &QAbstractItemModel::rowsMoved, this, &ScenarioSection::loadSteps);
    connect(m_scenarios, &QAbstractItemModel::modelReset, this, &ScenarioSection::loadSteps);
}

void ScenarioSection::setScenarios(const QList<Scenario> &scenarios)
{
    m_loading = true;
    QList<QVariantList> rows;
    QVariantList stepPayloads;
    for (const Scenario &s : scenarios) {
        rows.append(QVariantList{s.name, s.description});
        stepPayloads.append(QVariant(stepsToPayload(s.steps)));
    }
    m_scenarios->setRows(rows, stepPayloads);
    if (m_scenarios->rowCount() > 0)
        m_scenariosEditor->view()->setCurrentIndex(m_scenarios->index(0, 0));
    m_loading = false;
    loadSteps();
}

QList<Scenario> ScenarioSection::scenarios() const
{
    QList<Scenario> out;
    for (int r = 0; r < m_scenarios->rowCount(); ++r) {
        Scenario s;
        s.name = m_scenarios->text(r, QStringLiteral("name"));
        s.description = m_scenarios->text(r, QStringLiteral("description"));
        s.steps = stepsFromPayload(m_scenarios->payload(r));
        out.append(s);
    }
    return out;
}

void ScenarioSection::setReadOnly(bool readOnly)
{
    m_stepsEditor->setReadOnly(readOnly);
}

void ScenarioSection::loadSteps()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_stepsScenarioRow = m_scenariosEditor->currentRow();
    const bool has = m_stepsScenarioRow >= 0 && m_stepsScenarioRow < m_scenarios->rowCount();
    QList<QVariantList> rows;
    if (has) {
        const QVariantList payload = m_scenarios->payload(m_stepsScenarioRow).toList();
        for (const QVariant &row : payload)
            rows.append(row.toList());
    }
    m_steps->setRows(rows);
    m_stepsEditor->setEnabled(has);
    m_stepsLabel->setEnabled(has);
    m_loading = wasLoading;
}

void ScenarioSection::storeSteps()
{
    if (m_stepsScenarioRow < 0 || m_stepsScenarioRow >= m_scenarios->rowCount())
        return;
    QVariantList payload;
    const QList<QVariantList> rows = m_steps->rows();
    for (const QVariantList &row : rows)
        payload.append(QVariant(row));
    m_scenarios->setPayload(m_stepsScenarioRow, payload);
}

} // namespace casebook::ui
