#pragma once

#include "commands/CatalogueCommand.h"
#include "model/UseCase.h"

namespace casebook::ui {

/// Adds a new use case (also used to duplicate one). Undo removes it without a tombstone, since it
/// never left this machine.
class AddUseCaseCommand : public CatalogueCommand
{
public:
    AddUseCaseCommand(Database &db, Notify notify, UseCase draft, const QString &text);
    const UseCase &stored() const { return m_stored; }

protected:
    Status doRedo() override;
    Status doUndo() override;
    QString selectAfterRedo() const override { return m_stored.uuid; }

private:
    UseCase m_draft;
    UseCase m_stored;
};

} // namespace casebook::ui
