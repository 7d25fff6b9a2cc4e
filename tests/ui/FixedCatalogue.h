#pragma once

#include "mainwindow/CatalogueContext.h"

namespace casebook::test {

/// A CatalogueContext over one database with a fixed selection, for testing *Actions without a
/// main window. Commands run at once; there is no undo stack.
class FixedCatalogue : public ui::CatalogueContext
{
public:
    explicit FixedCatalogue(Database &db)
        : m_db(db)
    { }

    QStringList selection;
    QString search;
    int refreshes = 0;

    Database &database() const override { return m_db; }
    QStringList selectedUuids() const override { return selection; }
    bool hasSelection() const override { return !selection.isEmpty(); }
    QString currentUuid() const override { return selection.value(0); }
    QString searchText() const override { return search; }
    bool maybeSaveEdits() override { return true; }
    bool push(std::unique_ptr<ui::CatalogueCommand> command) override { return command->execute().ok(); }
    ui::CatalogueCommand::Notify commandNotifier() override
    {
        return [](const QString &, const Error *) {};
    }
    void refreshAfterChange(const QString &) override { ++refreshes; }
    void refreshFacets() override { ++refreshes; }
    bool switchRepository(std::unique_ptr<Database>) override { return false; }
    void showStatus(const QString &, int) override { }

private:
    Database &m_db;
};

} // namespace casebook::test
