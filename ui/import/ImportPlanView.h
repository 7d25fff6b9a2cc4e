#pragma once

#include "import/ImportPlanModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace casebook::ui {

class RecordDetails;

/// Shows an import plan and collects the member's answers: the plan's warnings (plain text), the
/// policy for conflicts (enabled when it changes something), the records with a choice each, and
/// the field-by-field differences of the selected record with a choice per field. Used by the
/// bundle preview and the spreadsheet wizard.
class ImportPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPlanView(QWidget *parent = nullptr);

    /// Shows `plan` (see ImportPlanModel::setPlan) with `plan.warnings` and `moreWarnings`.
    void setPlan(const ImportPlan &plan, ImportPlanModel::Source source,
                 const QHash<QString, int> &lines = {}, const QStringList &moreWarnings = {});
    ImportPlanModel *model() const { return m_model; }
    const Resolutions &resolutions() const { return m_model->resolutions(); }
    /// The records listed, as keys of the plan.
    QStringList listedKeys() const;
    /// Selects a record by its plan key and shows its fields.
    void selectRecord(const QString &key);
    /// Puts the keyboard in the list of records. (Not a focus proxy: Tab into the view would then
    /// pass over the policy above the list.)
    void focusRecords();

signals:
    void resolutionsChanged();

private:
    QComboBox *makePolicyCombo();
    QTableView *makeRecordTable();
    void openChoiceEditors();

    ImportPlanModel *m_model;
    QLabel *m_warnings = nullptr;
    QComboBox *m_policy = nullptr;
    QTableView *m_records = nullptr;
    RecordDetails *m_details = nullptr;
};

} // namespace casebook::ui
