#include "exchange/ExchangeActions.h"

#include "exchange/CsvImportWizard.h"
#include "exchange/ExchangePrompts.h"
#include "exchange/ExportDialog.h"

namespace casebook::ui {

bool ExchangeActions::importSpreadsheet(
    QWidget *parent, Database &db, const QString &path, ExchangePrompts *prompts)
{
    DialogExchangePrompts dialogs;
    ExchangePrompts &p = prompts ? *prompts : dialogs;
    CsvImportWizard wizard(db, p, parent);
    if (!path.isEmpty())
        wizard.setFilePath(path);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    const ImportOutcome &o = wizard.outcome();
    p.showInformation(parent, tr("Import finished"),
        tr("%1 use case(s) added, %2 updated, %3 left as they were, %4 conflict(s) not imported.")
            .arg(o.inserted)
            .arg(o.updated)
            .arg(o.unchanged)
            .arg(o.conflicts));
    return o.inserted + o.updated > 0;
}

bool ExchangeActions::exportSpreadsheet(QWidget *parent, Database &db, const QStringList &selectedUuids,
    const QString &query, ExchangePrompts *prompts)
{
    DialogExchangePrompts dialogs;
    ExchangePrompts &p = prompts ? *prompts : dialogs;
    ExportDialog dialog(db, p, selectedUuids, query, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace casebook::ui
