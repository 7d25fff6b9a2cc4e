#pragma once

#include "merge/ImportPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>

namespace casebook::ui {

/// The records of an ImportPlan as a table, with the member's answers (Resolutions): kind, record,
/// what the planner found, the per-record choice (editable), what the import will do under the
/// current answers, and the differing fields and notes. Used by the bundle preview and the
/// spreadsheet wizard alike (ImportPlanView).
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Where the plan comes from: names the other side in texts and decides what is listed (a sheet
    /// lists every use case with its line; a bundle lists what is not identical, with its kind).
    enum class Source { Bundle, Sheet };
    enum class Column { Line, Kind, Record, Plan, Choice, Applied, Details, Count };
    enum Role {
        ActionRole = Qt::UserRole + 1, ///< RecordStatus as int
        AppliedRole, ///< whether the import changes this record under the current resolutions
        KeyRole, ///< RecordPlan::key
    };
    using Choice = QPair<RecordChoice, QString>;

    explicit ImportPlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Orders the rows by `column` (Status: by what the planner found; Line: sheet order), then by
    /// code; the answers given stay with their records. setPlan() lists by code.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows `plan`; per-record choices start empty, the policy stays. `lines` gives the sheet line
    /// of a record by key (Source::Sheet).
    void setPlan(const ImportPlan &plan, Source source, const QHash<QString, int> &lines = {});
    const ImportPlan &plan() const { return m_plan; }
    Source source() const { return m_source; }
    /// The record on `row`, or nullptr.
    const RecordPlan *record(int row) const;
    int rowOf(const QString &key) const;

    const Resolutions &resolutions() const { return m_resolutions; }
    void setPolicy(MergePolicy policy);
    /// Sets the choice for the record on `row` (Automatic undoes it); false when it is not offered.
    bool setChoice(int row, RecordChoice choice);
    void setFieldChoice(const QString &key, const QString &field, Side side);
    /// The choices offered for the record on `row` with their labels; one (Automatic) when none
    /// can change the outcome.
    QList<Choice> choices(int row) const;
    /// Whether the policy changes the outcome of any record.
    bool policyMatters() const;

    /// The name of a field of a plan as the editor labels it ("Summary", "Score for c1"), never
    /// the internal key; use cases' names come from UseCaseSheet::displayName.
    static QString fieldLabel(const QString &field);
    /// What differs in a record, the tags it adds and the planner's notes, one translated line each.
    static QStringList detailLines(const RecordPlan &record);
    /// The translated outcome of one record under `resolutions` ("Added", "Kept as it is here"...).
    static QString resultText(const RecordPlan &record, const Resolutions &resolutions, Source source);

signals:
    void resolutionsChanged();

private:
    QString displayText(const RecordPlan &r, int row, Column column, bool full) const;
    bool lessThan(Column column, int a, int b) const;
    void answersChanged();

    ImportPlan m_plan;
    Source m_source = Source::Bundle;
    QList<int> m_rows; ///< index in m_plan.records of each row
    QHash<QString, int> m_lines;
    Resolutions m_resolutions;
    Column m_sortColumn = Column::Record;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace casebook::ui
