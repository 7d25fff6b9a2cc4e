#include "commands/RetagCommand.h"

#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"

#include <QCoreApplication>

namespace casebook::ui {

RetagCommand::RetagCommand(Database &db, Notify notify, QHash<QString, QStringList> before, Apply apply,
                           const QString &text)
    : CatalogueCommand(db, std::move(notify), text)
    , m_before(std::move(before))
    , m_apply(std::move(apply))
{ }

std::unique_ptr<RetagCommand> RetagCommand::changeTags(Database &db, Notify notify, const QStringList &uuids,
                                                       const QStringList &tags, bool add, Error *error)
{
    QHash<QString, QStringList> before;
    UseCaseRepository repo(db);
    for (const QString &uuid : uuids) {
        auto u = repo.get(uuid);
        if (!u) {
            *error = u.error();
            return nullptr;
        }
        before.insert(uuid, u->tags);
    }
    for (const QString &t : tags) {
        if (Status s = UseCaseJson::validateTag(t); !s) {
            *error = s.error();
            return nullptr;
        }
    }
    const QString text = add ? QCoreApplication::translate("casebook::ui::RetagCommand", "Add tags %1")
                                   .arg(tags.join(QLatin1String(", ")))
                             : QCoreApplication::translate("casebook::ui::RetagCommand", "Remove tags %1")
                                   .arg(tags.join(QLatin1String(", ")));
    auto apply = [uuids, tags, add](Database &d) -> Status {
        UseCaseRepository r(d);
        Transaction tx(d);
        if (!tx.status())
            return tx.status();
        for (const QString &uuid : uuids) {
            auto u = r.get(uuid);
            if (!u)
                return u.error();
            QStringList next = u->tags;
            for (const QString &t : tags) {
                const QString n = UseCaseJson::normalizeTag(t);
                const auto it = std::find_if(next.begin(), next.end(), [&n](const QString &o) {
                    return o.compare(n, Qt::CaseInsensitive) == 0;
                });
                if (add && it == next.end())
                    next.append(n);
                else if (!add && it != next.end())
                    next.erase(it);
            }
            if (next == u->tags)
                continue;
            u->tags = next;
            if (auto saved = r.update(*u); !saved)
                return saved.error();
        }
        return tx.commit();
    };
    return std::make_unique<RetagCommand>(db, std::move(notify), before, apply, text);
}

Status RetagCommand::doRedo()
{
    return m_apply(m_db);
}

Status RetagCommand::doUndo()
{
    UseCaseRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
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

} // namespace casebook::ui
