#include "exchange/ExchangeActions.h"

#include "exchange/CsvImportWizard.h"
#include "exchange/ExchangePrompts.h"
#include "exchange/ExportDialog.h"
#include "merge/ImportSummary.h"

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
    const ImportSummary summary = ImportSummary::of(wizard.plan().plan, wizard.outcome());
    p.showInformation(parent, tr("Import finished"), summary.toText() + QLatin1Char('.'));
    return wizard.outcome().changed;
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
