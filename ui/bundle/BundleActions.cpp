#include "bundle/BundleActions.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleReader.h"
#include "bundle/ExportBundleDialog.h"
#include "bundle/ImportPreviewDialog.h"
#include "exchange/Iec62559XmlReader.h"
#include "mainwindow/CatalogueContext.h"
#include "merge/ImportPlanner.h"
#include "merge/ImportSummary.h"
#include "storage/Database.h"
#include "widgets/ActionFactory.h"
#include "widgets/Desktop.h"
#include "widgets/ImportFailure.h"
#include "widgets/OperationProgress.h"
#include "widgets/Prompts.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <optional>

namespace casebook::ui {

namespace {

/// Writes the bundle on a thread of its own with its own read connection, so the window stays live
/// while the records are read and packed; the creator and the time come from the window's
/// repository (a reader has neither). A cancel leaves no file.
Result<ExportSummary> exportInBackground(Database &db, const ExportSelection &selection, bool lean,
                                         const QString &path, QWidget *parent)
{
    BundleExporter::Options options;
    options.lean = lean;
    options.creator.name = db.contributor();
    options.createdAt = db.clock().nowUtc();
    const QString dbPath = db.path();
    Result<ExportSummary> summary = makeError(ErrorCode::Cancelled, QString());
    OperationProgress::runInBackground(
        BundleActions::tr("Writing %1…").arg(QFileInfo(path).fileName()), QStringLiteral("exportProgress"),
        parent, [&](const OperationProgress::Progress &progress) {
            auto reader = Database::openReader(dbPath);
            if (!reader) {
                summary = reader.error();
                return;
            }
            options.progress = progress;
            summary = BundleExporter::exportTo(**reader, selection, path, options);
        });
    return summary;
}

} // namespace

BundleActions::BundleActions(QWidget *parent, Prompts &prompts, Desktop &desktop, CatalogueContext &catalogue)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
    , m_desktop(desktop)
    , m_catalogue(catalogue)
{
    m_export = makeAction(
        this, tr("&Bundle (.casebook)..."), "exportBundleAction", [this] { exportSelection(false); },
        QKeySequence(Qt::CTRL | Qt::Key_E));
    m_share =
        makeAction(this, tr("Share by &Email..."), "shareByEmailAction", [this] { exportSelection(true); });
}

void BundleActions::exportSelection(bool email)
{
    if (m_catalogue.maybeSaveEdits())
        exportWith(m_catalogue.database(), m_catalogue.selectedUuids(), m_catalogue.searchText(), email);
}

bool BundleActions::exportBundle(Database &db, const QStringList &selectedUuids, const QString &query)
{
    return exportWith(db, selectedUuids, query, false);
}

bool BundleActions::shareByEmail(Database &db, const QStringList &selectedUuids, const QString &query)
{
    return exportWith(db, selectedUuids, query, true);
}

bool BundleActions::exportWith(Database &db, const QStringList &selectedUuids, const QString &query,
                               bool email)
{
    ExportBundleDialog dialog(db, selectedUuids, m_parent);
    if (!query.trimmed().isEmpty() && selectedUuids.size() < 2)
        dialog.setQuery(query);
    dialog.setAction(email ? ExportBundleDialog::Action::Email : ExportBundleDialog::Action::Save);
    if (m_prompts.exec(dialog) != QDialog::Accepted)
        return false;
    email = dialog.action() == ExportBundleDialog::Action::Email;
    const QString name =
        tr("casebook-%1.casebook").arg(db.clock().nowUtc().toString(QStringLiteral("yyyy-MM-dd")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_prompts.chooseSaveFile(m_parent, tr("Save bundle"), QDir(folder).filePath(name),
                                            tr("Casebook bundles (*.casebook)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".casebook");
    auto summary = exportInBackground(db, dialog.selection(), dialog.lean(), path, m_parent);
    if (!summary) {
        if (summary.error().code != ErrorCode::Cancelled)
            m_prompts.error(m_parent, tr("The bundle was not written"), summary.error());
        return false;
    }
    m_lastPath = path;
    emit bundleWritten(path, summary->size);
    // The same words as the dialog's estimate, so the two can be compared.
    QString text = tr("%1 is ready: %2, %3.")
                       .arg(QDir::toNativeSeparators(path),
                            ExportBundleDialog::contentsText(summary->useCases, summary->assessments,
                                                             summary->attachments),
                            ExportBundleDialog::sizeText(summary->size));
    if (const int leftOut = int(summary->restrictedLeftOut.size()); leftOut > 0)
        text += QLatin1Char(' ')
            + tr("%n restricted use case(s) were left out (check “Include restricted use cases” to share "
                 "them).",
                 nullptr, leftOut);
    if (summary->overMailLimit)
        text += QLatin1Char(' ') + tr("It is larger than 20 MB, which many mail servers refuse.");
    if (email) {
        if (!m_desktop.composeMail(tr("Casebook bundle: %1").arg(QFileInfo(path).fileName()), path)) {
            m_desktop.showInFileManager(path);
            text += QLatin1Char(' ') + tr("Attach it to your email from the folder that opened.");
        }
    }
    m_prompts.info(m_parent, tr("Bundle written"), text);
    return true;
}

bool BundleActions::importBundle(Database &db, const QString &givenPath)
{
    const QString path = givenPath.isEmpty() ? m_prompts.chooseOpenFile(
                             m_parent, tr("Open bundle"), QString(), tr("Casebook bundles (*.casebook)"))
                                             : givenPath;
    if (path.isEmpty())
        return false;
    // Reading and checking a large bundle takes seconds and needs no database: off the GUI thread,
    // behind a progress dialog (the reader cannot stop midway; a Cancel drops what it read).
    std::optional<Result<BundleReader::Bundle>> bundle;
    if (!OperationProgress::runInBackground(
            tr("Reading %1…").arg(QFileInfo(path).fileName()), QStringLiteral("bundleReadProgress"), m_parent,
            [&](const OperationProgress::Progress &) { bundle = BundleReader().read(path); }))
        return false;
    if (!*bundle) {
        m_prompts.error(m_parent, tr("This bundle cannot be imported"), ImportFailure::told(bundle->error()));
        return false;
    }
    return previewAndApply(db, **bundle, path);
}

bool BundleActions::importXml(Database &db, const QString &path)
{
    std::optional<Result<Iec62559XmlReader::Document>> read;
    if (!OperationProgress::runInBackground(
            tr("Reading %1…").arg(QFileInfo(path).fileName()), QStringLiteral("bundleReadProgress"), m_parent,
            [&](const OperationProgress::Progress &) { read = Iec62559XmlReader().read(path); }))
        return false;
    auto &document = *read;
    if (!document) {
        m_prompts.error(m_parent, tr("This file cannot be imported"), ImportFailure::told(document.error()));
        return false;
    }
    BundleReader::Bundle source;
    source.records = document->records;
    source.manifest.creator.name = document->repositoryName;
    source.warnings = document->warnings;
    return previewAndApply(db, source, path);
}

bool BundleActions::previewAndApply(Database &db, const BundleReader::Bundle &bundle, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    // Both steps run on connections and threads of their own: the window stays painted.
    Result<ImportPlan> plan = makeError(ErrorCode::Cancelled, QString());
    if (!OperationProgress::runInBackground(
            tr("Comparing %1 with this repository…").arg(name), QStringLiteral("importPlanProgress"),
            m_parent, [&](const OperationProgress::Progress &progress) {
                auto reader = db.openSibling();
                plan = reader ? ImportPlanner::plan(**reader, bundle.records, progress) : reader.error();
            }))
        return false; // cancelled, even if the comparison had just finished
    if (!plan) {
        if (plan.error().code != ErrorCode::Cancelled)
            m_prompts.error(m_parent, tr("This file cannot be imported"), ImportFailure::told(plan.error()));
        return false;
    }
    ImportPreviewDialog preview(bundle, *plan, m_parent);
    if (m_prompts.exec(preview) != QDialog::Accepted)
        return false;
    ImportPlanner::ApplyOptions options;
    options.expected = &*plan;
    const Resolutions resolutions = preview.resolutions();
    // One transaction: a cancel rolls it all back.
    auto result = OperationProgress::writeInBackground<ImportResult>(
        tr("Importing %1…").arg(name), QStringLiteral("importProgress"), m_parent, db,
        [&](Database &writer, const OperationProgress::Progress &progress) {
            options.progress = progress;
            return ImportPlanner::apply(writer, bundle.records, resolutions, options);
        });
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            m_prompts.error(m_parent, tr("The import did not happen"), ImportFailure::told(result.error()));
        return false;
    }
    m_lastResult = *result;
    if (!result->changed) {
        m_prompts.info(m_parent, tr("Nothing to import"),
                       tr("This repository already has everything in %1.").arg(QFileInfo(path).fileName()));
        return true;
    }
    emit repositoryChanged();
    m_prompts.info(m_parent, tr("Imported"),
                   tr("%1. Nothing was lost: replaced versions are in each record's history, and File > "
                      "Take Back Last Import undoes the whole import.")
                       .arg(ImportSummary::of(*plan, *result).toText()));
    return true;
}

} // namespace casebook::ui
