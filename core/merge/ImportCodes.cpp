#include "merge/ImportCodes.h"

#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/UseCaseRepository.h"

namespace casebook {

Result<ImportCodes> ImportCodes::give(Database &db, const QList<ImportAction> &actions, bool codesAreShared)
{
    ImportCodes codes(db, codesAreShared);
    QList<int> uncoded;
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i].writesUseCaseUnderItsCode())
            codes.m_reserved.insert(actions[i].useCase.code.trimmed());
        else if (actions[i].type == ImportAction::Type::InsertUseCase)
            uncoded.append(i);
    }
    if (uncoded.isEmpty())
        return codes;
    // Given before writing, so that the stored forms can be built ahead with them.
    auto free = UseCaseRepository(db).nextCodes(int(uncoded.size()), codes.m_reserved);
    if (!free)
        return free.error();
    for (int i = 0; i < uncoded.size(); ++i) {
        codes.m_given.insert(uncoded[i], free->at(i));
        codes.m_reserved.insert(free->at(i));
    }
    return codes;
}

Result<QString> ImportCodes::settle(const UseCase &record, bool inserting, QStringList &notes)
{
    const QString code = record.code.trimmed();
    if (code.isEmpty())
        return code;
    UseCaseRepository useCases(m_db);
    auto holder = useCases.uuidOfCode(code);
    if (!holder)
        return holder.error();
    if (!*holder || **holder == record.uuid)
        return code;
    if (m_shared && !m_written.contains(**holder)) {
        if (Status s = renumber(**holder, notes); !s)
            return s.error();
        return code;
    }
    auto kept = inserting ? nextFree() : useCases.codeOfRow(record.id);
    if (!kept)
        return kept.error();
    notes.append(tr("The code %1 of \"%2\" is used here by another use case; \"%2\" has the code %3 here.")
                     .arg(code, record.title, *kept));
    return *kept;
}

Result<QString> ImportCodes::nextFree()
{
    auto free = UseCaseRepository(m_db).nextCodes(1, m_reserved);
    if (!free)
        return free.error();
    m_reserved.insert(free->first());
    return free->first();
}

Status ImportCodes::renumber(const QString &uuid, QStringList &notes)
{
    UseCaseRepository useCases(m_db);
    auto holder = useCases.get(uuid);
    if (!holder)
        return holder.error();
    if (Status s = HistoryRepository(m_db).addUseCaseVersion(*holder); !s)
        return s;
    auto code = nextFree();
    if (!code)
        return code.error();
    UseCase moved = *holder;
    moved.code = *code;
    if (auto saved = useCases.update(moved); !saved)
        return saved.error();
    notes.append(tr("The team repository gives the code %1 to another use case, so \"%2\" has the new "
                    "code %3 here; the next sync sends it.")
                     .arg(holder->code, holder->title, *code));
    return {};
}

} // namespace casebook
