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
    return OperationProgress::writeInBackground<SyncReport>(
        (options.dryRun ? tr("Comparing with %1…") : tr("Syncing with %1…")).arg(options.address),
        QStringLiteral("syncProgress"), m_parent, m_db,
        [&](Database &local, const OperationProgress::Progress &progress) -> Result<SyncReport> {
            auto pg = PgConnection::open(access.address, access.password);
            if (!pg)
                return pg.error();
            options.progress = progress;
            return SyncEngine::sync(local, **pg, options);
        });
}

} // namespace casebook::ui
