#include "commands/EditUseCaseCommand.h"

#include "storage/UseCaseRepository.h"

namespace casebook::ui {

EditUseCaseCommand::EditUseCaseCommand(Database &db, Notify notify, UseCase before, UseCase after,
                                       const QString &text)
    : CatalogueCommand(db, std::move(notify), text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status EditUseCaseCommand::doRedo()
{
    auto stored = UseCaseRepository(m_db).update(m_after);
    if (!stored)
        return stored.error();
    m_stored = *stored;
    return {};
}

Status EditUseCaseCommand::doUndo()
{
    auto stored = UseCaseRepository(m_db).update(m_before);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace casebook::ui
