#include "editor/ScenarioSection.h"

#include "editor/ChildTableEditor.h"
#include "editor/ChildTableModel.h"
#include "editor/NestedRowsSection.h"
#include "model/RecordReferences.h"
#include "model/Vocabulary.h"

#include <QFormLayout>
#include <QLabel>
#include <QTableView>

Q_DECLARE_METATYPE(casebook::LegacyStepText)

namespace casebook::ui {

namespace {

ChildColumn column(const QString &key, const QString &title, ChildColumn::Kind kind = ChildColumn::Kind::Text,
                   int maxChars = UseCaseLimits::kShortTextChars)
{
    ChildColumn c;
    c.key = key;
    c.title = title;
    c.kind = kind;
    c.maxChars = maxChars;
    return c;
}

ChildColumn reference(const QString &key, const QString &title, ChildColumn::Kind kind,
                      std::function<QStringList()> options)
{
    ChildColumn c = column(key, title, kind, UseCaseLimits::kCodeChars);
    c.options = std::move(options);
    return c;
}

LegacyStepText legacyOf(const QVariant &payload)
{
    return payload.value<LegacyStepText>();
}

/// "Was: 'the gateway' — pick an actor", or empty when the old record had nothing there.
std::function<QString(const QVariant &)> wasNote(QString LegacyStepText::*part, const QString &pick)
{
    return [part, pick](const QVariant &payload) {
        const QString was = legacyOf(payload).*part;
        return was.isEmpty() ? QString() : ScenarioSection::tr("Was: '%1' — %2").arg(was, pick);
    };
}

QList<ChildColumn> stepColumns(const ScenarioSection::Choices &choices)
{
    using K = ChildColumn::Kind;
    ChildColumn number =
        column(QStringLiteral("number"), ScenarioSection::tr("No."), K::Text, UseCaseLimits::kCodeChars);
    number.compact = true;
    number.hint = ScenarioSection::tr("Step number: 1, 2, 2.1...");
    number.initial = [](const ChildTableModel &steps) {
        return RecordReferences::nextStepNumber(steps.columnTexts(QStringLiteral("number")));
    };
    ChildColumn service = column(QStringLiteral("service"), ScenarioSection::tr("Service"), K::Choice);
    service.vocabulary = &Vocabularies::instance().stepServices();
    service.compact = true;
    service.showId = true;
    service.hint = ScenarioSection::tr("The IEC 62559-2 service of the step: CREATE, GET, REPORT...");
    ChildColumn producer =
        reference(QStringLiteral("producer"), ScenarioSection::tr("Producer"), K::Reference, choices.actors);
    producer.hint = ScenarioSection::tr("Information producer: the actor the information comes from");
    producer.note = wasNote(&LegacyStepText::producer, ScenarioSection::tr("pick an actor"));
    ChildColumn receiver =
        reference(QStringLiteral("receiver"), ScenarioSection::tr("Receiver"), K::Reference, choices.actors);
    receiver.hint = ScenarioSection::tr("Information receiver: the actor the information goes to");
    receiver.note = wasNote(&LegacyStepText::receiver, ScenarioSection::tr("pick an actor"));
    ChildColumn information = reference(QStringLiteral("information"), ScenarioSection::tr("Information"),
                                        K::References, choices.information);
    information.hint = ScenarioSection::tr("Information exchanged: ids from the table below (I-1...)");
    ChildColumn requirements = reference(QStringLiteral("requirements"), ScenarioSection::tr("Requirements"),
                                         K::References, choices.requirements);
    requirements.compact = true;
    requirements.hint = ScenarioSection::tr("Requirement ids from the requirements table (R-1...)");
    information.note = wasNote(&LegacyStepText::information, ScenarioSection::tr("pick the information"));
    return {number,
            column(QStringLiteral("event"), ScenarioSection::tr("Event"), K::LongText),
            column(QStringLiteral("name"), ScenarioSection::tr("Name of activity")),
            column(QStringLiteral("description"), ScenarioSection::tr("Description"), K::LongText,
                   UseCaseLimits::kLongTextChars),
            service,
            producer,
            receiver,
            information,
            requirements};
}

QVariant stepsToPayload(const QList<ScenarioStep> &steps)
{
    QList<QVariantList> cells;
    QVariantList legacy;
    for (const ScenarioStep &s : steps) {
        cells.append(QVariantList{s.number, s.event, s.name, s.description, s.service, s.producer, s.receiver,
                                  s.information, s.requirements});
        legacy.append(s.legacy.isEmpty() ? QVariant() : QVariant::fromValue(s.legacy));
    }
    return NestedRowsSection::pack(cells, legacy);
}

QList<ScenarioStep> stepsFromPayload(const QVariant &payload)
{
    QList<ScenarioStep> steps;
    const QList<QVariantList> rows = NestedRowsSection::cellsOf(payload);
    const QVariantList legacy = NestedRowsSection::payloadsOf(payload);
    for (int r = 0; r < rows.size(); ++r) {
        const QVariantList &cells = rows[r];
        ScenarioStep step;
        step.number = cells.value(0).toString();
        step.event = cells.value(1).toString();
        step.name = cells.value(2).toString();
        step.description = cells.value(3).toString();
        step.service = cells.value(4).toString();
        step.producer = cells.value(5).toString();
        step.receiver = cells.value(6).toString();
        step.information = cells.value(7).toStringList();
        step.requirements = cells.value(8).toStringList();
        step.legacy = legacyOf(legacy.value(r));
        steps.append(step);
    }
    return steps;
}

} // namespace

QList<ChildColumn> ScenarioSection::scenarioColumns(const Choices &choices)
{
    using K = ChildColumn::Kind;
    return {
        column(QStringLiteral("name"), tr("Name")),
        column(QStringLiteral("description"), tr("Description"), K::LongText, UseCaseLimits::kLongTextChars),
        reference(QStringLiteral("primary_actor"), tr("Primary actor"), K::Reference, choices.actors),
        column(QStringLiteral("triggering_event"), tr("Triggering event"), K::LongText),
        column(QStringLiteral("preconditions"), tr("Pre-conditions"), K::LongText,
               UseCaseLimits::kLongTextChars),
        column(QStringLiteral("postconditions"), tr("Post-conditions"), K::LongText,
               UseCaseLimits::kLongTextChars)};
}

ScenarioSection::ScenarioSection(ChildTableEditor *scenarios, const Choices &choices, QFormLayout *form,
                                 QObject *parent)
    : QObject(parent)
    , m_scenariosEditor(scenarios)
    , m_scenarios(scenarios->model())
{
    m_steps = new ChildTableModel(stepColumns(choices), this);
    // Before the nested section stores the steps, so what it stores has the picked text cleared.
    connect(
        m_steps, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { clearPickedLegacy(from.row(), to.row()); });
    m_nested = new NestedRowsSection(scenarios, m_steps, form, tr("S&teps of the selected scenario:"),
                                     QStringLiteral("stepsTable"), QStringLiteral("Step"),
                                     tr("This scenario has no steps yet: who sends what to whom."), this);
    connect(m_nested, &NestedRowsSection::edited, this, &ScenarioSection::edited);

    m_legacyLabel = new QLabel;
    m_legacyLabel->setObjectName(QStringLiteral("stepsLegacyLabel"));
    m_legacyLabel->setTextFormat(Qt::PlainText);
    m_legacyLabel->setWordWrap(true);
    m_legacyLabel->hide();
    form->addRow(m_legacyLabel);
    connect(m_nested, &NestedRowsSection::reloaded, this, &ScenarioSection::updateLegacyLabel);
    connect(m_steps, &QAbstractItemModel::dataChanged, this, &ScenarioSection::updateLegacyLabel);
    connect(m_steps, &QAbstractItemModel::rowsRemoved, this, &ScenarioSection::updateLegacyLabel);
}

void ScenarioSection::updateLegacyLabel()
{
    QStringList waiting;
    for (int r = 0; r < m_steps->rowCount(); ++r) {
        for (const QString &key :
             {QStringLiteral("producer"), QStringLiteral("receiver"), QStringLiteral("information")}) {
            const int column = m_steps->columnOf(key);
            const QString note = m_steps->index(r, column).data(ChildTableModel::NoteRole).toString();
            if (!note.isEmpty())
                waiting.append(tr("Step %1, %2: %3")
                                   .arg(m_steps->text(r, QStringLiteral("number")),
                                        m_steps->columns().at(column).title.toLower(), note));
        }
    }
    m_legacyLabel->setText(
        waiting.isEmpty()
            ? QString()
            : tr("⚠ Written before steps referred to the record's actors and information; nothing of this "
                 "use case matches it yet. %1.")
                  .arg(waiting.join(QLatin1String("; "))));
    m_legacyLabel->setVisible(!waiting.isEmpty());
}

void ScenarioSection::clearPickedLegacy(int firstRow, int lastRow)
{
    for (int r = firstRow; r <= lastRow; ++r) {
        LegacyStepText legacy = legacyOf(m_steps->payload(r));
        if (legacy.isEmpty())
            continue;
        if (!m_steps->text(r, QStringLiteral("producer")).isEmpty())
            legacy.producer.clear();
        if (!m_steps->text(r, QStringLiteral("receiver")).isEmpty())
            legacy.receiver.clear();
        if (!m_steps->list(r, QStringLiteral("information")).isEmpty())
            legacy.information.clear();
        m_steps->setPayload(r, legacy.isEmpty() ? QVariant() : QVariant::fromValue(legacy));
    }
}

void ScenarioSection::setScenarios(const QList<Scenario> &scenarios)
{
    QList<QVariantList> rows;
    QVariantList stepPayloads;
    for (const Scenario &s : scenarios) {
        rows.append(QVariantList{s.name, s.description, s.primaryActor, s.triggeringEvent, s.preconditions,
                                 s.postconditions});
        stepPayloads.append(stepsToPayload(s.steps));
    }
    const int current = m_scenariosEditor->currentRow();
    m_scenarios->setRows(rows, stepPayloads);
    if (m_scenarios->rowCount() > 0)
        m_scenariosEditor->view()->setCurrentIndex(
            m_scenarios->index(std::clamp(current, 0, m_scenarios->rowCount() - 1), 0));
    m_nested->reload();
}

QList<Scenario> ScenarioSection::scenarios() const
{
    QList<Scenario> out;
    for (int r = 0; r < m_scenarios->rowCount(); ++r) {
        Scenario s;
        s.name = m_scenarios->text(r, QStringLiteral("name"));
        s.description = m_scenarios->text(r, QStringLiteral("description"));
        s.primaryActor = m_scenarios->text(r, QStringLiteral("primary_actor"));
        s.triggeringEvent = m_scenarios->text(r, QStringLiteral("triggering_event"));
        s.preconditions = m_scenarios->text(r, QStringLiteral("preconditions"));
        s.postconditions = m_scenarios->text(r, QStringLiteral("postconditions"));
        s.steps = stepsFromPayload(m_scenarios->payload(r));
        out.append(s);
    }
    return out;
}

void ScenarioSection::refresh()
{
    m_nested->nestedEditor()->view()->viewport()->update();
}

void ScenarioSection::setReadOnly(bool readOnly)
{
    m_nested->setReadOnly(readOnly);
}

} // namespace casebook::ui
