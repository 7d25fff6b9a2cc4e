#pragma once

#include "report/GapRegister.h"
#include "search/SearchQuery.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace casebook {

class Database;

/// Reads the standardization gaps of the use cases a search matches, without loading whole records.
class GapRepository
{
    Q_DECLARE_TR_FUNCTIONS(GapRepository)
public:
    explicit GapRepository(Database &db);

    /// Every gap of every use case matching `query` (all use cases for an empty one), in code order
    /// and, within a use case, in the record's order. The query's gap filters select use cases;
    /// GapRegister::filtered() then keeps the gaps that satisfy them.
    Result<QList<GapEntry>> gaps(const SearchQuery &query) const;
    /// Every gap of the use cases with these UUIDs, in the same order (e.g. an export's selection).
    Result<QList<GapEntry>> gapsOf(const QStringList &uuids) const;

private:
    Database &m_db;
};

} // namespace casebook
