#include "commands/DeleteUseCasesCommand.h"

#include "storage/UseCaseOperations.h"

namespace casebook::ui {

DeleteUseCasesCommand::DeleteUseCasesCommand(Database &db, Notify notify, QStringList uuids,
                                             const QString &text)
    : CatalogueCommand(db, std::move(notify), text)
    , m_uuids(std::move(uuids))
{ }

Status DeleteUseCasesCommand::doRedo()
{
    auto deleted = UseCaseOperations(m_db).remove(m_uuids);
    if (!deleted)
        return deleted.error();
    m_deleted = *deleted;
    return {};
}

Status DeleteUseCasesCommand::doUndo()
{
    return UseCaseOperations(m_db).restore(m_deleted);
}

} // namespace casebook::ui
