#include "exchange/ExchangeActions.h"

#include "exchange/CsvImportWizard.h"
#include "exchange/ExchangePrompts.h"
#include "exchange/ExportDialog.h"

namespace casebook::ui {

bool ExchangeActions::importSpreadsheet(QWidget *parent, Database &db, const QString &path,
                                        ExchangePrompts *prompts)
{
    DialogExchangePrompts dialogs;
    ExchangePrompts &p = prompts ? *prompts : dialogs;
    CsvImportWizard wizard(db, p, parent);
    if (!path.isEmpty())
        wizard.setFilePath(path);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    const ImportResult &o = wizard.outcome();
    p.showInformation(
        parent, tr("Import finished"),
        tr("%1 use case(s) added, %2 updated, %3 merged, %4 restored, %5 kept as they were here, "
           "%6 unchanged.")
            .arg(o.added)
            .arg(o.updated)
            .arg(o.merged)
            .arg(o.restored)
            .arg(o.kept)
            .arg(o.unchanged));
    return o.changed;
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
