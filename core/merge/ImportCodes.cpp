#include "merge/ImportCodes.h"

#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

namespace casebook {

Result<ImportCodes> ImportCodes::give(Database &db, const QList<ImportAction> &actions, bool codesAreShared)
{
    ImportCodes codes(db, codesAreShared);
    QList<int> uncoded;
    for (int i = 0; i < actions.size(); ++i) {
        const UseCase &u = actions[i].useCase;
        if (actions[i].writesUseCaseUnderItsCode()) {
            codes.m_reserved.insert(u.code.trimmed().toUpper()); // codes are unique without regard to case
            codes.m_ahead.insert(u.uuid, u.code.trimmed().toUpper());
        } else if (actions[i].type == ImportAction::Type::InsertUseCase) {
            uncoded.append(i);
        }
    }
    if (uncoded.isEmpty())
        return codes;
    // Given before writing, so that the stored forms can be built ahead with them.
    auto free = UseCaseRepository(db).nextCodes(int(uncoded.size()), codes.m_reserved);
    if (!free)
        return free.error();
    for (int i = 0; i < uncoded.size(); ++i) {
        codes.m_given.insert(uncoded[i], free->at(i));
        codes.m_reserved.insert(free->at(i).toUpper());
    }
    return codes;
}

Result<bool> ImportCodes::yieldsAhead(Database &db, const UseCase &incoming, bool codesAreShared)
{
    const QString code = incoming.code.trimmed();
    if (code.isEmpty() || incoming.uuid.isEmpty() || codesAreShared)
        return false;
    auto holder = UseCaseRepository(db).uuidOfCode(code); // an index step: the record is not read
    if (!holder)
        return holder.error();
    return yieldsTo(incoming.uuid, *holder, codesAreShared);
}

bool ImportCodes::yieldsTo(const QString &uuid, const std::optional<QString> &holder, bool codesAreShared)
{
    if (!holder || *holder == uuid)
        return false;
    // The team's code goes to the older record, by the order of the uuids (time-ordered ones:
    // the one made first), which every member computes alike, whatever each has seen before.
    return !codesAreShared || uuid > *holder;
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
    if (!yieldsTo(record.uuid, *holder, m_shared)) {
        if (Status s = renumber(**holder, code, notes); !s)
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
    m_reserved.insert(free->first().toUpper());
    return free->first();
}

Status ImportCodes::renumber(const QString &uuid, const QString &code, QStringList &notes)
{
    UseCaseRepository useCases(m_db);
    auto holder = useCases.get(uuid);
    if (!holder)
        return holder.error();
    auto next = nextFree();
    if (!next)
        return next.error();
    UseCase moved = *holder;
    moved.code = *next;
    // A holder that this import writes later under another code only steps aside until then: no
    // revision, no note. Any other becomes a local edit that the sync sends. (The version before
    // is kept in its history by the table's trigger.)
    const auto ahead = m_ahead.constFind(uuid);
    const bool movesLater = ahead != m_ahead.constEnd() && *ahead != code.toUpper();
    auto saved = useCases.update(
        moved, movesLater ? UseCaseRepository::WriteMode::Preserve : UseCaseRepository::WriteMode::Edit);
    if (!saved)
        return saved.error();
    if (!movesLater)
        notes.append(tr("The team repository gives the code %1 to another use case, so \"%2\" has the new "
                        "code %3 here; the next sync sends it.")
                         .arg(holder->code, holder->title, *next));
    return {};
}

} // namespace casebook
