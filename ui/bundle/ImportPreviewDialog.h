#pragma once

#include "bundle/BundleReader.h"
#include "merge/ImportPlan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace casebook::ui {

/// The preview of an import: counts by category, every record that is not identical with its
/// status, and for the selected record a field-by-field comparison. The member answers per record
/// (automatic, keep mine, take theirs, keep both) or per field (mine / theirs), or sets the policy
/// for all conflicts. The default never overwrites a local edit.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const BundleReader::Bundle &bundle, const ImportPlan &plan,
                        QWidget *parent = nullptr);

    /// The member's answers so far.
    const Resolutions &resolutions() const { return m_resolutions; }
    /// The records listed (rows of the record table), as keys of the plan.
    QStringList listedKeys() const { return m_keys; }
    /// Selects a record row by its plan key and shows its fields.
    void selectRecord(const QString &key);

private:
    void fillRecords();
    void showFields(int row);
    void refreshFieldChoices();

    ImportPlan m_plan;
    Resolutions m_resolutions;
    QStringList m_keys;
    QComboBox *m_policy = nullptr;
    QTableWidget *m_records = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_fieldsTitle = nullptr;
    int m_currentRow = -1;
};

} // namespace casebook::ui
