#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class ExchangePrompts;

/// Entry points for the main window's menus (File → Import spreadsheet…, File → Export…).
class ExchangeActions
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeActions)
public:
    /// Runs the import wizard (modal) on `path`, or lets the member pick a file. Returns true when use
    /// cases were added or changed, so the caller reloads its views. `prompts`: nullptr for real dialogs.
    static bool importSpreadsheet(QWidget *parent, Database &db, const QString &path = {},
                                  ExchangePrompts *prompts = nullptr);
    /// Runs the export dialog (modal), offering the selected use cases, those matching `query` (the
    /// search box's text) and all. Returns true when a file was written.
    static bool exportSpreadsheet(QWidget *parent, Database &db, const QStringList &selectedUuids,
                                  const QString &query, ExchangePrompts *prompts = nullptr);
};

} // namespace casebook::ui
