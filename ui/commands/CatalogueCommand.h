#pragma once

#include "support/Result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace casebook {
class Database;
}

namespace casebook::ui {

/// Base of the catalogue's undo commands. A command is executed once with execute() before it is
/// pushed (so a failure is reported and nothing is pushed); redo() after that repeats it. Every run
/// reports through `notify` which record to show, or an error when a later undo/redo fails.
class CatalogueCommand : public QUndoCommand
{
public:
    using Notify = std::function<void(const QString &uuidToSelect, const Error *error)>;

    CatalogueCommand(Database &db, Notify notify, const QString &text);

    /// Runs the command for the first time.
    Status execute();

    void redo() final;
    void undo() final;

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;
    /// The record to select after redo (empty: keep) and after undo.
    virtual QString selectAfterRedo() const { return {}; }
    virtual QString selectAfterUndo() const { return {}; }

    Database &m_db;

private:
    Notify m_notify;
    bool m_executed = false;
};

} // namespace casebook::ui
