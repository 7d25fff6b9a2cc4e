#pragma once

#include "exchange/SheetMapping.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace casebook::ui {

/// The mapping step of the import: one row per column of the sheet with its header, the field it
/// fills (chosen automatically or by the member; editable), an example value and its state.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Header, Field, Example, State, Count };
    enum Role {
        FieldKeyRole = Qt::UserRole + 1, ///< the field key of a row (empty: left out / not mapped)
        NeedsChoiceRole, ///< true while a row has no field and no decision to leave it out
    };
    /// The edit value that leaves a column out.
    static QString leaveOutKey() { return QStringLiteral("-"); }

    explicit ColumnMappingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Shows a sheet: its header and a few records for the examples; starts from `mapping`'s choices
    /// and the automatic ones.
    void setSheet(const QStringList &header, const QList<QStringList> &records, const SheetMapping &mapping);
    /// The field of column `column`; leaveOutKey() to leave it out; empty to undo a choice.
    void choose(int column, const QString &field);

    /// The field of each column (empty for columns left out or not mapped), for SheetImporter.
    QStringList fields() const;
    /// True when every column has a field or was left out, and no field is taken twice.
    bool isComplete() const;
    /// How many columns still need a decision.
    int pendingCount() const;
    /// The member's choices as a mapping (for saving a mapping file).
    SheetMapping mapping() const;

signals:
    void mappingChanged();

private:
    struct Entry
    {
        QString header;
        QString automatic; ///< the field found without a choice
        QString chosen; ///< the member's choice: a field key, leaveOutKey(), or empty for none
        QString example;
    };
    QString effectiveField(int row) const;
    bool isDuplicate(int row) const;

    QList<Entry> m_entries;
    SheetMapping m_base;
};

} // namespace casebook::ui
