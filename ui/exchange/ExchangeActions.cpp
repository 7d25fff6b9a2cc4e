#include "exchange/ExchangeActions.h"

#include "exchange/CsvImportWizard.h"
#include "exchange/ExportDialog.h"
#include "mainwindow/CatalogueContext.h"
#include "merge/ImportSummary.h"
#include "widgets/ActionFactory.h"
#include "widgets/Prompts.h"

#include <QDir>

namespace casebook::ui {

ExchangeActions::ExchangeActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
    , m_catalogue(catalogue)
{
    m_export = makeAction(this, tr("&Spreadsheet, JSON or XML..."), "exportSpreadsheetAction", [this] {
        if (m_catalogue.maybeSaveEdits())
            exportSpreadsheet(m_catalogue.database(), m_catalogue.selectedUuids(), m_catalogue.searchText());
    });
}

bool ExchangeActions::importSpreadsheet(Database &db, const QString &path)
{
    CsvImportWizard wizard(db, m_prompts, m_parent);
    if (!path.isEmpty())
        wizard.setFilePath(path);
    if (m_prompts.exec(wizard) != QDialog::Accepted)
        return false;
    const ImportSummary summary = ImportSummary::of(wizard.plan().plan, wizard.outcome());
    m_prompts.info(m_parent, tr("Import finished"), summary.toText() + QLatin1Char('.'));
    return wizard.outcome().changed;
}

bool ExchangeActions::exportSpreadsheet(Database &db, const QStringList &selectedUuids, const QString &query)
{
    ExportDialog dialog(db, m_prompts, selectedUuids, query, m_parent);
    if (m_prompts.exec(dialog) != QDialog::Accepted)
        return false;
    QString text = tr("Wrote %n use case(s) to %1.", nullptr, dialog.written())
                       .arg(QDir::toNativeSeparators(dialog.filePath()));
    if (const int leftOut = int(dialog.restrictedLeftOut().size()); leftOut > 0)
        text += QLatin1Char(' ')
            + tr("%n restricted use case(s) were left out (check “Include restricted use cases” to export "
                 "them).",
                 nullptr, leftOut);
    m_prompts.info(m_parent, tr("Export finished"), text);
    return true;
}

} // namespace casebook::ui
