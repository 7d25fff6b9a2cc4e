#include "commands/DeleteUseCasesCommand.h"

#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"

namespace casebook::ui {

DeleteUseCasesCommand::DeleteUseCasesCommand(Database &db, Notify notify, QStringList uuids,
                                             const QString &text)
    : CatalogueCommand(db, std::move(notify), text)
    , m_uuids(std::move(uuids))
{ }

Status DeleteUseCasesCommand::doRedo()
{
    UseCaseRepository useCases(m_db);
    AssessmentRepository assessments(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    m_records.clear();
    m_assessments.clear();
    for (const QString &uuid : m_uuids) {
        auto u = useCases.get(uuid);
        if (!u)
            return u.error();
        auto a = assessments.forUseCase(uuid);
        if (!a)
            return a.error();
        m_records.append(*u);
        m_assessments += *a;
        if (Status s = useCases.remove(uuid); !s)
            return s;
    }
    return tx.commit();
}

Status DeleteUseCasesCommand::doUndo()
{
    UseCaseRepository useCases(m_db);
    AssessmentRepository assessments(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const UseCase &u : m_records) {
        if (auto r = useCases.insert(u, UseCaseRepository::WriteMode::Preserve); !r)
            return r.error();
    }
    for (const Assessment &a : m_assessments) {
        if (auto r = assessments.save(a, AssessmentRepository::WriteMode::Preserve); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace casebook::ui
