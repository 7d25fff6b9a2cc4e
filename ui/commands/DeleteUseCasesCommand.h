#pragma once

#include "commands/CatalogueCommand.h"
#include "storage/UseCaseOperations.h"

namespace casebook::ui {

/// Deletes use cases (leaving tombstones). Undo puts back every record exactly as it was, with its
/// assessments, in one transaction.
class DeleteUseCasesCommand : public CatalogueCommand
{
public:
    DeleteUseCasesCommand(Database &db, Notify notify, QStringList uuids, const QString &text);

protected:
    Status doRedo() override;
    Status doUndo() override;
    QString selectAfterUndo() const override
    {
        return m_deleted.useCases.isEmpty() ? QString() : m_deleted.useCases.first().uuid;
    }

private:
    QStringList m_uuids;
    DeletedUseCases m_deleted;
};

} // namespace casebook::ui
