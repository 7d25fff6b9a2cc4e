#include "bundle/BundleActions.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundlePrompts.h"
#include "bundle/BundleReader.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportPreviewDialog.h"
#include "merge/ImportPlanner.h"
#include "merge/ImportSummary.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace casebook::ui {

BundleActions::BundleActions(QObject *parent, BundlePrompts *prompts)
    : QObject(parent)
    , m_prompts(prompts ? prompts : new WidgetBundlePrompts)
{ }

BundleActions::~BundleActions() = default;

bool BundleActions::exportBundle(QWidget *parent, Database &db, const QStringList &selectedUuids,
                                 const QString &query)
{
    return exportWith(parent, db, selectedUuids, query, false);
}

bool BundleActions::shareByEmail(QWidget *parent, Database &db, const QStringList &selectedUuids,
                                 const QString &query)
{
    return exportWith(parent, db, selectedUuids, query, true);
}

bool BundleActions::exportWith(QWidget *parent, Database &db, const QStringList &selectedUuids,
                               const QString &query, bool email)
{
    ExportBundleDialog dialog(db, selectedUuids, parent);
    if (!query.trimmed().isEmpty() && selectedUuids.size() < 2)
        dialog.setQuery(query);
    dialog.setAction(email ? ExportBundleDialog::Action::Email : ExportBundleDialog::Action::Save);
    if (!m_prompts->runExportDialog(dialog))
        return false;
    email = dialog.action() == ExportBundleDialog::Action::Email;
    const QString name =
        tr("casebook-%1.casebook").arg(db.clock().nowUtc().toString(QStringLiteral("yyyy-MM-dd")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts->saveFileName(parent, QDir(folder).filePath(name));
    if (path.isEmpty())
        return false;
    BundleExporter::Options options;
    options.lean = dialog.lean();
    auto summary = BundleExporter::exportTo(db, dialog.selection(), path, options);
    if (!summary) {
        m_prompts->showError(parent, tr("The bundle was not written"), summary.error());
        return false;
    }
    m_lastPath = path;
    emit bundleWritten(path, summary->size);
    const QString size = QString::number(double(summary->size) / (1024.0 * 1024.0), 'f', 1);
    QString text = tr("%1 is ready (%2 MB, %n use case(s)).", nullptr, summary->useCases)
                       .arg(QDir::toNativeSeparators(path), size);
    if (summary->overMailLimit)
        text += QLatin1Char(' ') + tr("It is larger than 20 MB, which many mail servers refuse.");
    if (email) {
        if (!m_prompts->openMailClient(path, tr("Casebook bundle: %1").arg(QFileInfo(path).fileName()))) {
            m_prompts->showInFileManager(path);
            text += QLatin1Char(' ') + tr("Attach it to your email from the folder that opened.");
        }
    }
    m_prompts->showInformation(parent, tr("Bundle written"), text);
    return true;
}

bool BundleActions::importBundle(QWidget *parent, Database &db, const QString &givenPath)
{
    const QString path = givenPath.isEmpty() ? m_prompts->openFileName(parent) : givenPath;
    if (path.isEmpty())
        return false;
    auto bundle = BundleReader().read(path);
    if (!bundle) {
        m_prompts->showError(parent, tr("This bundle cannot be imported"), bundle.error());
        return false;
    }
    auto plan = ImportPlanner::plan(db, bundle->records);
    if (!plan) {
        m_prompts->showError(parent, tr("This bundle cannot be imported"), plan.error());
        return false;
    }
    ImportPreviewDialog preview(*bundle, *plan, parent);
    if (!m_prompts->runPreviewDialog(preview))
        return false;
    ImportPlanner::ApplyOptions options;
    options.expected = &*plan;
    auto result = ImportPlanner::apply(db, bundle->records, preview.resolutions(), options);
    if (!result) {
        m_prompts->showError(parent, tr("The import did not happen"), result.error());
        return false;
    }
    m_lastResult = *result;
    if (!result->changed) {
        m_prompts->showInformation(
            parent, tr("Nothing to import"),
            tr("This repository already has everything in %1.").arg(QFileInfo(path).fileName()));
        return true;
    }
    emit repositoryChanged();
    m_prompts->showInformation(
        parent, tr("Imported"),
        tr("%1. Nothing was lost: replaced versions are in each record's history, and a backup was taken "
           "first.")
            .arg(ImportSummary::of(*plan, *result).toText()));
    return true;
}

} // namespace casebook::ui
