#include "gaps/GapRegisterReader.h"

#include "storage/Database.h"
#include "storage/GapRepository.h"

namespace casebook::ui {

namespace {

GapReading readRegister(const QString &path, const QString &searchText, GapRegister::Grouping grouping,
                        bool shared)
{
    GapReading r;
    const SearchQuery query = SearchQuery::parse(searchText);
    r.searching = !query.isEmpty();
    r.grouping = grouping;
    r.shared = shared;
    auto db = Database::openReader(path);
    auto gaps = db ? GapRepository(**db).gaps(query) : Result<QList<GapEntry>>(db.error());
    if (!gaps) {
        r.failed = true;
        r.error = gaps.error();
        return r;
    }
    r.gaps = GapRegister::filtered(*gaps, query);
    if (shared)
        r.sharedGaps = GapRegister::shared(r.gaps);
    else
        r.groups = GapRegister::grouped(r.gaps, grouping);
    return r;
}

} // namespace

GapRegisterReader::GapRegisterReader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

GapRegisterReader::~GapRegisterReader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void GapRegisterReader::read(const QString &databasePath, const QString &searchText,
                             GapRegister::Grouping grouping, bool shared)
{
    m_pool.clear(); // a reading not started yet is dropped; one running is ignored when it ends
    const quint64 generation = ++m_generation;
    GapRegisterReader *reader = this; // alive while the job runs: the destructor waits for it
    m_pool.start([reader, generation, databasePath, searchText, grouping, shared] {
        const GapReading reading = readRegister(databasePath, searchText, grouping, shared);
        QMetaObject::invokeMethod(
            reader,
            [reader, generation, reading] {
                if (generation == reader->m_generation)
                    emit reader->finished(reading);
            },
            Qt::QueuedConnection);
    });
}

} // namespace casebook::ui
