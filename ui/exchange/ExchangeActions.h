#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class CatalogueContext;
class Prompts;

/// What the menus call for spreadsheets (File → Import…, File → Export → Spreadsheet, JSON or XML…).
/// Every dialog and message goes through the Prompts.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    /// `parent` is also the parent of every dialog. The actions work on `catalogue`'s selection.
    ExchangeActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue);

    QAction *exportSpreadsheetAction() const { return m_export; }

    /// Runs the import wizard on `path`, or lets the member pick a file. Returns true when use cases
    /// were added or changed, so the caller reloads its views.
    bool importSpreadsheet(Database &db, const QString &path = {});
    /// Runs the export dialog, offering the selected use cases, those matching `query` (the search
    /// box's text) and all. Returns true when a file was written.
    bool exportSpreadsheet(Database &db, const QStringList &selectedUuids, const QString &query);

private:
    QWidget *m_parent;
    Prompts &m_prompts;
    CatalogueContext &m_catalogue;
    QAction *m_export = nullptr;
};

} // namespace casebook::ui
