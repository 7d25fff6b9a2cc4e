#include "sync/BackgroundSync.h"

#include "storage/PgConnection.h"
#include "sync/SyncEngine.h"
#include "widgets/OperationProgress.h"

namespace casebook::ui {

namespace {

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, BackgroundSync::tr("The sync was cancelled."));
}

} // namespace

BackgroundSync::BackgroundSync(Database &db, QWidget *parent)
    : m_db(db)
    , m_parent(parent)
{ }

Status BackgroundSync::connect(const ServerAccess &access)
{
    Status reached;
    const bool finished = OperationProgress::runInBackground(
        tr("Connecting to %1…").arg(PgConnection::withoutPassword(access.address)),
        QStringLiteral("syncProgress"), m_parent, [&](const OperationProgress::Progress &) {
            if (auto opened = PgConnection::open(access.address, access.password); !opened)
                reached = opened.error();
        });
    if (reached && !finished)
        return cancelled(); // connected, but the user no longer wants to go on
    return reached;
}

Result<SyncReport> BackgroundSync::run(const ServerAccess &access, SyncOptions options)
{
    Result<SyncReport> report = cancelled();
    OperationProgress::runInBackground(
        (options.dryRun ? tr("Comparing with %1…") : tr("Syncing with %1…")).arg(options.address),
        QStringLiteral("syncProgress"), m_parent, [&](const OperationProgress::Progress &progress) {
            auto local = m_db.openSiblingWriter();
            if (!local) {
                report = local.error();
                return;
            }
            auto pg = PgConnection::open(access.address, access.password);
            if (!pg) {
                report = pg.error();
                return;
            }
            options.progress = progress;
            report = SyncEngine::sync(**local, **pg, options);
        });
    return report;
}

} // namespace casebook::ui
