#pragma once

#include "exchange/SheetImporter.h"

#include <QAbstractTableModel>

namespace casebook::ui {

/// The last step of an import: every planned record (new, identical, changed, conflict) and whether
/// the chosen policy applies it.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Line, Plan, Code, Title, Details, Applied, Count };
    enum Role { ActionRole = Qt::UserRole + 1, AppliedRole };

    explicit ImportPlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlan(const SheetImportPlan &plan, ImportPolicy policy);
    void setPolicy(ImportPolicy policy);
    ImportPolicy policy() const { return m_policy; }

private:
    QList<PlannedRecord> m_records;
    ImportPolicy m_policy = ImportPolicy::KeepMine;
};

} // namespace casebook::ui
