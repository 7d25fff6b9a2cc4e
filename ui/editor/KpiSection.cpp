#include "editor/KpiSection.h"

#include "editor/ChildTableEditor.h"
#include "editor/ChildTableModel.h"
#include "editor/NestedRowsSection.h"
#include "model/UseCaseValidator.h"
#include "report/UseCaseText.h"

#include <QFormLayout>
#include <QLabel>

namespace casebook::ui {

namespace {

QList<ChildColumn> measurementColumns()
{
    ChildColumn date;
    date.key = QStringLiteral("date");
    date.title = KpiSection::tr("Date (YYYY, YYYY-MM or YYYY-MM-DD)");
    date.maxChars = UseCaseLimits::kCodeChars;
    date.required = true;
    date.validator = UseCaseValidator::dateProblem;
    ChildColumn value;
    value.key = QStringLiteral("value");
    value.title = KpiSection::tr("Value");
    value.required = true;
    return {date, value};
}

} // namespace

KpiSection::KpiSection(ChildTableEditor *kpis, QFormLayout *form, QObject *parent)
    : QObject(parent)
    , m_kpis(kpis->model())
{
    m_measurements = new ChildTableModel(measurementColumns(), this);
    m_nested = new NestedRowsSection(kpis, m_measurements, form, tr("&Measurements of the selected KPI:"),
                                     QStringLiteral("measurementsTable"), QStringLiteral("Measurement"),
                                     tr("No dated measurements yet: add one per date, oldest first."), this);
    m_series = new QLabel;
    m_series->setObjectName(QStringLiteral("measuredOverTimeLabel"));
    m_series->setTextFormat(Qt::PlainText);
    m_series->setWordWrap(true);
    m_series->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Measured over time:"), m_series);
    connect(m_nested, &NestedRowsSection::edited, this, [this] {
        updateSeries();
        emit edited();
    });
    connect(m_nested, &NestedRowsSection::reloaded, this, &KpiSection::updateSeries);
}

QVariant KpiSection::toPayload(const QList<KpiMeasurement> &measurements)
{
    QList<QVariantList> cells;
    for (const KpiMeasurement &m : measurements)
        cells.append(QVariantList{m.date, m.value});
    return NestedRowsSection::pack(cells, {});
}

QList<KpiMeasurement> KpiSection::fromPayload(const QVariant &payload)
{
    QList<KpiMeasurement> out;
    const QList<QVariantList> rows = NestedRowsSection::cellsOf(payload);
    for (const QVariantList &row : rows)
        out.append({row.value(0).toString(), row.value(1).toString()});
    return out;
}

void KpiSection::setReadOnly(bool readOnly)
{
    m_nested->setReadOnly(readOnly);
}

void KpiSection::updateSeries()
{
    const int row = m_nested->shownRow();
    const QString series = UseCaseText::measuredOverTime(fromPayload(m_kpis->payload(row)));
    m_series->setText(row < 0                ? tr("Select a KPI to see its measurements.")
                          : series.isEmpty() ? tr("No dated measurements for this KPI.")
                                             : series);
}

} // namespace casebook::ui
