#include "sync/SyncActions.h"

#include "bundle/ImportPreviewDialog.h"
#include "merge/ImportSummary.h"
#include "storage/Database.h"
#include "storage/PgConnection.h"
#include "storage/SyncStateRepository.h"
#include "sync/BackgroundSync.h"
#include "sync/ServerLogin.h"
#include "sync/SyncEngine.h"
#include "widgets/ImportFailure.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QLabel>
#include <QLocale>

namespace casebook::ui {

SyncActions::SyncActions(QWidget *parent, Prompts &prompts)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
{
    m_sync = new QAction(tr("S&ync with Team Repository..."), this);
    m_sync->setObjectName(QStringLiteral("syncAction"));
    m_sync->setStatusTip(tr("Receive the team repository's changes and send yours."));
    connect(m_sync, &QAction::triggered, this, &SyncActions::syncRequested);
    m_status = new QLabel(parent);
    m_status->setObjectName(QStringLiteral("syncStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
}

bool SyncActions::sync(Database &db, const QString &given)
{
    const QString address = given.isEmpty() ? askAddress(db) : given.trimmed();
    if (address.isEmpty())
        return false;
    BackgroundSync background(db, m_parent);
    auto access = ServerLogin(background, m_prompts, m_parent).login(address);
    if (!access) {
        if (access.error().code != ErrorCode::Cancelled) {
            m_reachable = PgConnection::wantsPassword(access.error());
            updateStatus(db);
        }
        return failed(tr("The team repository cannot be reached"), access.error());
    }
    m_reachable = true;
    SyncOptions options;
    options.address = PgConnection::withoutPassword(address);
    options.dryRun = true;
    auto preview = background.run(*access, options);
    if (!preview)
        return failed(tr("The sync did not happen"), ImportFailure::told(preview.error()));
    if (preview->plan.hasConflicts() && !previewConflicts(*preview, &options.resolutions))
        return false;
    options.dryRun = false;
    auto report = background.run(*access, options);
    updateStatus(db);
    if (!report)
        return failed(tr("The sync did not finish"), ImportFailure::told(report.error()));
    m_lastReport = *report;
    if (report->pulled.changed)
        emit repositoryChanged();
    QString text = report->pulled.changed ? ImportSummary::of(report->plan, report->pulled).toText()
                                          : tr("Nothing new from the team repository.");
    text += QLatin1Char(' ') + tr("Sent %n local change(s).", nullptr, report->pending.count());
    for (const QString &n : report->notes)
        text += QLatin1Char('\n') + n;
    m_prompts.info(m_parent, tr("Synced"), text);
    return true;
}

QString SyncActions::askAddress(Database &db)
{
    auto last = SyncStateRepository(db).lastUsed();
    auto asked = m_prompts.askText(
        m_parent, tr("Sync with Team Repository"),
        tr("Team repository (a connection such as service=casebook-team or postgresql://host/db):"),
        last ? last->address : QString());
    return asked ? asked->trimmed() : QString();
}

bool SyncActions::failed(const QString &title, const Error &error)
{
    if (error.code != ErrorCode::Cancelled)
        m_prompts.error(m_parent, title, error);
    return false;
}

bool SyncActions::previewConflicts(const SyncReport &dryRun, Resolutions *answers)
{
    BundleReader::Bundle source;
    source.manifest.creator.name = dryRun.address;
    source.manifest.createdAt = QDateTime::currentDateTimeUtc();
    ImportPreviewDialog preview(source, dryRun.plan, m_parent);
    if (m_prompts.exec(preview) != QDialog::Accepted)
        return false;
    *answers = preview.resolutions();
    return true;
}

void SyncActions::updateStatus(Database &db)
{
    auto status = SyncEngine::status(db);
    if (!status || status->lastServer.serverId.isEmpty()) {
        m_status->setText(m_reachable ? QString() : tr("Team repository unreachable"));
        return;
    }
    QString text =
        tr("Synced %1; %n pending change(s)", nullptr, status->pendingChanges)
            .arg(QLocale().toString(status->lastServer.lastSyncAt.toLocalTime(), QLocale::ShortFormat));
    if (!m_reachable)
        text += tr("; team repository unreachable");
    m_status->setText(text);
    m_status->setToolTip(status->lastServer.address);
}

} // namespace casebook::ui
