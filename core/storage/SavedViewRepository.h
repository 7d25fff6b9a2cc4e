#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casebook {

class Database;

/// A named search: the query text (words and key:value filters, as the facets write them).
struct SavedView
{
    QString name;
    QString query;
};

/// Saved views of a repository.
class SavedViewRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewRepository)
public:
    explicit SavedViewRepository(Database &db);
    Result<QList<SavedView>> list() const;
    /// Creates the view, or replaces the query of the view with that name.
    Status save(const SavedView &view);
    Status remove(const QString &name);

private:
    Database &m_db;
};

} // namespace casebook
