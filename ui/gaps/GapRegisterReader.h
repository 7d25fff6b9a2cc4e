#pragma once

#include "report/GapRegister.h"
#include "support/Result.h"

#include <QObject>
#include <QThreadPool>

namespace casebook::ui {

/// What one reading of the gap register found: the gaps of a search and, as asked, their groups
/// or the gaps that several use cases share.
struct GapReading
{
    bool failed = false;
    Error error;
    bool searching = false; ///< the search had a query (for the empty state's wording)
    bool shared = false; ///< `sharedGaps` was asked for rather than `groups`
    GapRegister::Grouping grouping = GapRegister::Grouping::Facet;
    QList<GapEntry> gaps;
    QList<GapGroup> groups;
    QList<SharedGap> sharedGaps;
};

/// Reads the gap register on a worker thread, on a read-only connection of its own, so that the
/// window stays responsive over a large repository (20,000 use cases with 40,000 gaps take about a
/// second to read and longer to cluster). Only the newest request's reading is delivered.
class GapRegisterReader : public QObject
{
    Q_OBJECT
public:
    explicit GapRegisterReader(QObject *parent = nullptr);
    ~GapRegisterReader() override;

    /// Starts reading the gaps of the use cases matching `searchText`, grouped by `grouping`, or
    /// clustered into shared gaps when `shared`; a reading still running is dropped.
    void read(const QString &databasePath, const QString &searchText, GapRegister::Grouping grouping,
              bool shared);

signals:
    /// The newest reading, on the thread of this object.
    void finished(const casebook::ui::GapReading &reading);

private:
    QThreadPool m_pool;
    quint64 m_generation = 0;
};

} // namespace casebook::ui
