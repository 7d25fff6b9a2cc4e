#pragma once

#include "commands/CatalogueCommand.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace casebook {
class Database;
}

namespace casebook::ui {

/// What the *Actions classes need from the window they act for: the open repository (which changes
/// when another one is opened), the selection, and the window's undo stack and views.
/// MainWindow implements it.
class CatalogueContext
{
public:
    virtual ~CatalogueContext() = default;

    virtual Database &database() const = 0;
    virtual QStringList selectedUuids() const = 0;
    /// Whether selectedUuids() has any, without reading them (a selection of every row of a long
    /// list reads the list).
    virtual bool hasSelection() const = 0;
    virtual QString currentUuid() const = 0;
    /// The search box's text (a query or a saved view's).
    virtual QString searchText() const = 0;
    /// Asks about unsaved edits in the editor; false when the member cancels.
    virtual bool maybeSaveEdits() = 0;
    /// Runs a command and puts it on the undo stack; false, after showing why, when it failed.
    virtual bool push(std::unique_ptr<CatalogueCommand> command) = 0;
    /// What commands report to: reload the views and select the record, or show the error.
    virtual CatalogueCommand::Notify commandNotifier() = 0;
    /// Reloads the list, facets and editor after a change made outside the undo stack.
    virtual void refreshAfterChange(const QString &uuidToSelect) = 0;
    /// Recounts the facets (after a change that does not touch the list, such as a tag's colour).
    virtual void refreshFacets() = 0;
    /// Opens another repository in the window; false when the member cancelled.
    virtual bool switchRepository(std::unique_ptr<Database> db) = 0;
    /// A short message in the status bar.
    virtual void showStatus(const QString &text, int milliseconds) = 0;
};

} // namespace casebook::ui
