#pragma once

#include "exchange/SheetImporter.h"
#include "merge/ImportPlan.h"

#include <QAbstractTableModel>

namespace casebook::ui {

/// The last step of an import: every planned record (new, identical, changed, conflict) and whether
/// the chosen policy applies it.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Line, Plan, Code, Title, Applied, Details, Count };
    enum Role {
        ActionRole = Qt::UserRole + 1, ///< RecordStatus as int
        AppliedRole, ///< whether the import changes this record under the current resolutions
        KeyRole, ///< RecordPlan::key, for per-record choices
    };

    explicit ImportPlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlan(const SheetImportPlan &plan, const Resolutions &resolutions);
    void setResolutions(const Resolutions &resolutions);
    const Resolutions &resolutions() const { return m_resolutions; }
    /// The translated outcome of one record under `resolutions` ("Added", "Kept as it is here"...).
    static QString resultText(const RecordPlan &record, const Resolutions &resolutions);

private:
    QList<RecordPlan> m_records;
    QList<int> m_lines;
    Resolutions m_resolutions;
};

} // namespace casebook::ui
