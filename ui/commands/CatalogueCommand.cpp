#include "commands/CatalogueCommand.h"

namespace casebook::ui {

CatalogueCommand::CatalogueCommand(Database &db, Notify notify, const QString &text)
    : m_db(db)
    , m_notify(std::move(notify))
{
    setText(text);
}

Status CatalogueCommand::execute()
{
    Status s = doRedo();
    m_executed = s.ok();
    if (s && m_notify)
        m_notify(selectAfterRedo(), nullptr);
    return s;
}

void CatalogueCommand::redo()
{
    if (m_executed) {
        m_executed = false; // QUndoStack::push calls redo() once; the work is already done
        return;
    }
    const Status s = doRedo();
    if (m_notify)
        m_notify(selectAfterRedo(), s ? nullptr : &s.error());
    if (!s)
        setObsolete(true);
}

void CatalogueCommand::undo()
{
    const Status s = doUndo();
    if (m_notify)
        m_notify(selectAfterUndo(), s ? nullptr : &s.error());
    if (!s)
        setObsolete(true);
}

} // namespace casebook::ui
