#pragma once

namespace casebook::ui {

/// Merge ids of undo commands (QUndoCommand::id), in one place so they never collide.
enum CommandId {
    NoMerge = -1,
};

} // namespace casebook::ui
