#pragma once

#include "commands/CatalogueCommand.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace casebook::ui {

/// Any change of tags: adding or removing tags on use cases, renaming or merging tags across the
/// repository. It remembers the tags of every affected use case, so undo restores them exactly.
class RetagCommand : public CatalogueCommand
{
public:
    using Apply = std::function<Status(Database &)>;
    /// `before`: uuid → tags of every use case the change can touch, taken before it runs.
    RetagCommand(Database &db, Notify notify, QHash<QString, QStringList> before, Apply apply,
                 const QString &text);

    /// Adds (or removes) tags on the given use cases.
    static std::unique_ptr<RetagCommand> changeTags(Database &db, Notify notify, const QStringList &uuids,
                                                    const QStringList &tags, bool add, Error *error);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QHash<QString, QStringList> m_before;
    Apply m_apply;
};

} // namespace casebook::ui
