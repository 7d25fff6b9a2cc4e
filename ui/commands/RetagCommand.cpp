#include "commands/RetagCommand.h"

#include "model/UseCaseJson.h"
#include "storage/UseCaseOperations.h"

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
    auto before = UseCaseOperations(db).tagsOf(uuids);
    if (!before) {
        *error = before.error();
        return nullptr;
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
    const TagChange change = add ? TagChange::Add : TagChange::Remove;
    auto apply = [uuids, tags, change](Database &d) {
        return UseCaseOperations(d).changeTags(uuids, tags, change);
    };
    return std::make_unique<RetagCommand>(db, std::move(notify), *before, apply, text);
}

Status RetagCommand::doRedo()
{
    return m_apply(m_db);
}

Status RetagCommand::doUndo()
{
    return UseCaseOperations(m_db).restoreTags(m_before);
}

} // namespace casebook::ui
