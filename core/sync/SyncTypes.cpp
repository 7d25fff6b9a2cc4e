#include "sync/SyncTypes.h"

#include <QJsonArray>

namespace casebook {

bool SyncOptions::stopsAt(SyncStep step) const
{
    if (interruptAt && interruptAt(step))
        return true;
    const bool beforeCommit = step == SyncStep::PulledFromServer || step == SyncStep::LocalApplied
        || step == SyncStep::ServerWritten;
    return beforeCommit && progress && !progress(0, 0);
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject pushed{{QStringLiteral("use_cases"), int(pending.useCases.size())},
                       {QStringLiteral("assessments"), int(pending.assessments.size())},
                       {QStringLiteral("rubrics"), int(pending.rubrics.size())},
                       {QStringLiteral("deletions"), int(pending.tombstones.size())},
                       {QStringLiteral("attachments"), attachmentsSent}};
    QJsonObject out{{QStringLiteral("server_id"), serverId},
                    {QStringLiteral("server"), address},
                    {QStringLiteral("member"), member},
                    {QStringLiteral("member_role"), memberKind},
                    {QStringLiteral("dry_run"), dryRun},
                    {QStringLiteral("from_sequence"), double(fromSeq)},
                    {QStringLiteral("to_sequence"), double(toSeq)},
                    {QStringLiteral("rounds"), rounds},
                    {QStringLiteral("plan"), plan.toJson()},
                    {dryRun ? QStringLiteral("would_push") : QStringLiteral("pushed"), pushed},
                    {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (!dryRun)
        out.insert(QStringLiteral("pulled"), pulled.toJson());
    return out;
}

} // namespace casebook
