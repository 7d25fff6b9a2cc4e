#pragma once

#include "commands/CatalogueCommand.h"
#include "model/Rubric.h"
#include "model/UseCase.h"

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
        return m_records.isEmpty() ? QString() : m_records.first().uuid;
    }

private:
    QStringList m_uuids;
    QList<UseCase> m_records;
    QList<Assessment> m_assessments;
};

} // namespace casebook::ui
