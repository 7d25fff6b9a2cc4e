#include "commands/AddUseCaseCommand.h"

#include "storage/UseCaseRepository.h"

namespace casebook::ui {

AddUseCaseCommand::AddUseCaseCommand(Database &db, Notify notify, UseCase draft, const QString &text)
    : CatalogueCommand(db, std::move(notify), text)
    , m_draft(std::move(draft))
{ }

Status AddUseCaseCommand::doRedo()
{
    UseCaseRepository repo(m_db);
    // The first run creates identity and timestamps; a redo restores exactly that record.
    auto stored = m_stored.uuid.isEmpty() ? repo.insert(m_draft)
                                          : repo.insert(m_stored, UseCaseRepository::WriteMode::Preserve);
    if (!stored)
        return stored.error();
    m_stored = *stored;
    return {};
}

Status AddUseCaseCommand::doUndo()
{
    return UseCaseRepository(m_db).purge(m_stored.uuid);
}

} // namespace casebook::ui
