#include "report/ReportActions.h"

#include "mainwindow/CatalogueContext.h"
#include "preferences/Preferences.h"
#include "report/ReportDialog.h"
#include "widgets/ActionFactory.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QDir>

namespace casebook::ui {

ReportActions::ReportActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
    , m_catalogue(catalogue)
{
    m_report = makeAction(this, tr("&Report..."), "reportAction", [this] {
        if (m_catalogue.maybeSaveEdits())
            writeReport();
    });
}

bool ReportActions::writeReport()
{
    const Preferences preferences = Preferences::load();
    ContributionCover cover;
    cover.title = tr("Use cases and standardization gaps");
    cover.contactName = preferences.name;
    cover.contactOrganization = preferences.organization;
    cover.contactEmail = preferences.email;
    cover.source = preferences.organization;
    ReportDialog dialog(m_catalogue.database(), m_prompts, m_catalogue.selectedUuids(),
                        m_catalogue.searchText(), cover, m_parent);
    if (m_prompts.exec(dialog) != QDialog::Accepted)
        return false;
    QString text = tr("Wrote a report of %n use case(s) to %1.", nullptr, dialog.written())
                       .arg(QDir::toNativeSeparators(dialog.filePath()));
    if (const int leftOut = int(dialog.restrictedLeftOut().size()); leftOut > 0)
        text += QLatin1Char(' ')
            + tr("%n restricted use case(s) were left out (check “Include restricted use cases” to report "
                 "them).",
                 nullptr, leftOut);
    m_prompts.info(m_parent, tr("Report written"), text);
    return true;
}

} // namespace casebook::ui
