#pragma once

#include "commands/CatalogueCommand.h"
#include "model/UseCase.h"

namespace casebook::ui {

/// Saves an edited use case. Undo writes the previous content back as a new revision, so the
/// history keeps every state.
class EditUseCaseCommand : public CatalogueCommand
{
public:
    EditUseCaseCommand(Database &db, Notify notify, UseCase before, UseCase after, const QString &text);
    const UseCase &stored() const { return m_stored; }

protected:
    Status doRedo() override;
    Status doUndo() override;
    QString selectAfterRedo() const override { return m_after.uuid; }
    QString selectAfterUndo() const override { return m_before.uuid; }

private:
    UseCase m_before;
    UseCase m_after;
    UseCase m_stored;
};

} // namespace casebook::ui
