#pragma once

#include "exchange/SheetImporter.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace casebook::ui {

/// The preview of an import: the first rows of the sheet as they will be stored (after mapping,
/// vocabulary normalisation and merging with the record already here), with the plan for each row
/// and its problems, named by line.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 200;
    enum Role {
        LineRole = Qt::UserRole + 1, ///< physical line of the row in the file
        HasProblemRole, ///< true when the row has an error or an unaccepted suggestion
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the first kPreviewRows rows under the fields of the mapping, with `plan`.
    void setPreview(const QList<IncomingRow> &rows, const QStringList &fields, const SheetImportPlan &plan);
    /// The fields shown, in column order after Line and Plan.
    const QStringList &fields() const { return m_fields; }

private:
    struct Row
    {
        int line = 0;
        QString plan;
        QStringList cells;
        QStringList problems;
        bool problem = false;
    };
    QList<Row> m_rows;
    QStringList m_fields;
};

} // namespace casebook::ui
