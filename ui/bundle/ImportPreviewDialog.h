#pragma once

#include "bundle/BundleReader.h"
#include "merge/ImportPlan.h"

#include <QDialog>

namespace casebook::ui {

class ImportPlanView;

/// The preview of a bundle import: who made the bundle, counts by category, and the plan
/// (ImportPlanView): every record that is not identical with its status and a choice (automatic,
/// keep mine, take theirs, keep both), for the selected record a field-by-field comparison with a
/// choice per field, and the policy for all conflicts. The default never overwrites a local edit.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const BundleReader::Bundle &bundle, const ImportPlan &plan,
                        QWidget *parent = nullptr);

    /// The member's answers so far.
    const Resolutions &resolutions() const;
    /// The records listed, as keys of the plan.
    QStringList listedKeys() const;
    /// Selects a record row by its plan key and shows its fields.
    void selectRecord(const QString &key);
    ImportPlanView *planView() const { return m_view; }

private:
    static QString headerText(const BundleReader::Bundle &bundle, const ImportPlan &plan);
    static QString countsText(const ImportPlan &plan);

    ImportPlanView *m_view = nullptr;
};

} // namespace casebook::ui
