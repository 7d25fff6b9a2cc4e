#include "storage/UseCaseOperations.h"

#include "model/UseCaseJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/SearchTextDeferral.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"

namespace casebook {

namespace {

/// The tags of `tags` that `current` has (compared as normalised, case-insensitive).
QStringList presentTags(const QStringList &current, const QStringList &tags)
{
    QStringList present;
    for (const QString &t : tags) {
        const QString n = UseCaseJson::normalizeTag(t);
        const bool has = std::any_of(current.cbegin(), current.cend(), [&n](const QString &o) {
            return o.compare(n, Qt::CaseInsensitive) == 0;
        });
        if (has)
            present.append(t);
    }
    return present;
}

} // namespace

UseCaseOperations::UseCaseOperations(Database &db)
    : m_db(db)
{ }

Result<QStringList> UseCaseOperations::add(const QList<UseCase> &useCases)
{
    UseCaseRepository repo(m_db);
    const Database::LargerPageCache cache(m_db); // until after the commit (the pages it changes)
    Transaction tx(m_db, Transaction::Nesting::Join); // all or nothing
    if (!tx.status())
        return tx.status().error();
    SearchTextDeferral searchRows(m_db); // the full-text rows together, at the end
    QStringList uuids;
    for (const UseCase &u : useCases) {
        auto stored = repo.insert(u);
        if (!stored)
            return stored.error();
        uuids.append(stored->uuid);
    }
    if (Status s = searchRows.flush(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return uuids;
}

Result<DeletedUseCases> UseCaseOperations::remove(const QStringList &uuids)
{
    UseCaseRepository useCases(m_db);
    AssessmentRepository assessments(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    DeletedUseCases deleted;
    for (const QString &uuid : uuids) {
        auto u = useCases.get(uuid);
        if (!u)
            return u.error();
        auto a = assessments.forUseCase(u->uuid);
        if (!a)
            return a.error();
        deleted.useCases.append(*u);
        deleted.assessments += *a;
        if (Status s = useCases.remove(u->uuid); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return deleted;
}

Status UseCaseOperations::restore(const DeletedUseCases &deleted)
{
    UseCaseRepository useCases(m_db);
    AssessmentRepository assessments(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const UseCase &u : deleted.useCases) {
        if (auto r = useCases.insert(u, UseCaseRepository::WriteMode::Preserve); !r)
            return r.error();
    }
    for (const Assessment &a : deleted.assessments) {
        if (auto r = assessments.save(a, AssessmentRepository::WriteMode::Preserve); !r)
            return r.error();
    }
    return tx.commit();
}

Result<QHash<QString, QStringList>> UseCaseOperations::tagsOf(const QStringList &uuids) const
{
    UseCaseRepository repo(m_db);
    QHash<QString, QStringList> tags;
    for (const QString &uuid : uuids) {
        auto u = repo.get(uuid);
        if (!u)
            return u.error();
        tags.insert(uuid, u->tags);
    }
    return tags;
}

Status UseCaseOperations::changeTags(const QStringList &uuids, const QStringList &tags, TagChange change)
{
    for (const QString &t : tags) {
        if (Status s = UseCaseJson::validateTag(t); !s)
            return s;
    }
    UseCaseRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const QString &uuid : uuids) {
        if (change == TagChange::Add) {
            if (auto u = repo.addTags(uuid, tags); !u)
                return u.error();
            continue;
        }
        auto u = repo.get(uuid);
        if (!u)
            return u.error();
        const QStringList present = presentTags(u->tags, tags);
        if (present.isEmpty())
            continue;
        if (auto removed = repo.removeTags(uuid, present); !removed)
            return removed.error();
    }
    return tx.commit();
}

Status UseCaseOperations::restoreTags(const QHash<QString, QStringList> &tags)
{
    UseCaseRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        auto u = repo.get(it.key());
        if (!u)
            return u.error();
        if (u->tags == it.value())
            continue;
        u->tags = it.value();
        if (auto saved = repo.update(*u); !saved)
            return saved.error();
    }
    if (Status s = TagRepository(m_db).deleteUnused(); !s)
        return s;
    return tx.commit();
}

} // namespace casebook
