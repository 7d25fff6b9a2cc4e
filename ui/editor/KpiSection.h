#pragma once

#include "model/UseCase.h"

#include <QObject>

class QFormLayout;
class QLabel;

namespace casebook::ui {

class ChildTableEditor;
class ChildTableModel;
class NestedRowsSection;

/// The editor's KPIs: the table of KPIs and, below it, the dated measurements of the selected one
/// with the series read as one line ("2023: 12 → 2024: 9 → 2025-06: 5"), also in read-only mode.
class KpiSection : public QObject
{
    Q_OBJECT
public:
    /// Adds the measurements under `kpis` (already in `form`); the KPI rows carry their measurements.
    KpiSection(ChildTableEditor *kpis, QFormLayout *form, QObject *parent = nullptr);

    /// The payload of a KPI row holding its measurements, and back.
    static QVariant toPayload(const QList<casebook::KpiMeasurement> &measurements);
    static QList<casebook::KpiMeasurement> fromPayload(const QVariant &payload);

    void setReadOnly(bool readOnly);
    ChildTableModel *measurementsModel() const { return m_measurements; }

signals:
    /// The member edited the measurements of a KPI.
    void edited();

private:
    void updateSeries();

    ChildTableModel *m_kpis;
    ChildTableModel *m_measurements = nullptr;
    NestedRowsSection *m_nested = nullptr;
    QLabel *m_series = nullptr;
};

} // namespace casebook::ui
