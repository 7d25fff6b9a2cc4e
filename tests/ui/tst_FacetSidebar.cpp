#include "mainwindow/FacetSidebar.h"

#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace casebook;
using F = SearchFilter::Field;

class tst_FacetSidebar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refreshReturnsBeforeTheCounts();
    void latestSearchWins();
    void previousCountsStayUsableWhileCounting();
    void failedCountIsShownAndTheNextOneCountsAgain();
    void regionsAreItuDRegionsWithDefinitions();

private:
    /// The sidebar shows, for every value of `field`, the count the repository gives for `search`.
    void verifyCounts(F field, const QString &search);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ui::FacetSidebar> m_sidebar;
    int m_counter = 0;
};

void tst_FacetSidebar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_FacetSidebar::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("facets%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_sidebar = std::make_unique<ui::FacetSidebar>();
    m_sidebar->show();
}

void tst_FacetSidebar::cleanup()
{
    m_sidebar.reset(); // waits for a count in flight
    m_db.reset();
}

void tst_FacetSidebar::verifyCounts(F field, const QString &search)
{
    auto expected = UseCaseRepository(*m_db).facetCounts(field, SearchQuery::parse(search));
    QVERIFY(expected);
    QVERIFY(!expected->isEmpty());
    for (const FacetCount &c : *expected) {
        QStandardItem *item = m_sidebar->findFacet(field, c.value);
        QVERIFY2(item, qPrintable(c.value));
        QVERIFY2(item->text().endsWith(QStringLiteral("(%1)").arg(c.count)),
                 qPrintable(item->text() + QStringLiteral(" for ") + search));
    }
}

void tst_FacetSidebar::refreshReturnsBeforeTheCounts()
{
    QSignalSpy shown(m_sidebar.get(), &ui::FacetSidebar::countsShown);
    QElapsedTimer timer;
    timer.start();
    m_sidebar->refresh(*m_db, QString());
    const qint64 elapsed = timer.elapsed();
    // Nothing has been counted on this thread: the sections and saved views are there, no counts.
    QVERIFY(m_sidebar->isCounting());
    QVERIFY(!m_sidebar->findFacet(F::Vertical, QStringLiteral("energy")));
    QCOMPARE(shown.count(), 0);
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!m_sidebar->isCounting());
    verifyCounts(F::Vertical, QString());
    verifyCounts(F::Tag, QString());
    verifyCounts(F::Region, QString());
}

void tst_FacetSidebar::latestSearchWins()
{
    QSignalSpy shown(m_sidebar.get(), &ui::FacetSidebar::countsShown);
    m_sidebar->refresh(*m_db, QString());
    // Let the first count finish on its thread: its result waits in the event queue, stale.
    QThread::msleep(500);
    m_sidebar->refresh(*m_db, QStringLiteral("energy"));
    const QString latest = QStringLiteral("region:Europe vertical:energy");
    m_sidebar->refresh(*m_db, latest);
    QTRY_VERIFY(!m_sidebar->isCounting());
    QTest::qWait(300); // nothing older arrives later
    QCOMPARE(shown.count(), 1);
    verifyCounts(F::Vertical, latest);
    verifyCounts(F::Region, latest);
    verifyCounts(F::Stage, latest);
    QVERIFY(m_sidebar->findFacet(F::Vertical, QStringLiteral("energy"))->checkState() == Qt::Checked);
    QVERIFY(m_sidebar->findFacet(F::Region, QStringLiteral("Europe"))->checkState() == Qt::Checked);
}

void tst_FacetSidebar::previousCountsStayUsableWhileCounting()
{
    m_sidebar->refresh(*m_db, QString());
    QTRY_VERIFY(!m_sidebar->isCounting());
    auto *status = m_sidebar->findChild<QLabel *>(QStringLiteral("facetCountStatus"));
    QVERIFY(status);
    QVERIFY(!status->isVisible());
    QStandardItem *energy = m_sidebar->findFacet(F::Vertical, QStringLiteral("energy"));
    QVERIFY(energy);
    const QString before = energy->text();

    m_sidebar->refresh(*m_db, QStringLiteral("vertical:energy"));
    QVERIFY(m_sidebar->isCounting());
    QVERIFY(status->isVisible());
    // The same items, greyed, checked as the new search says, and still usable.
    energy = m_sidebar->findFacet(F::Vertical, QStringLiteral("energy"));
    QVERIFY(energy);
    QCOMPARE(energy->text(), before);
    QVERIFY(energy->checkState() == Qt::Checked);
    QVERIFY(energy->isEnabled());
    QCOMPARE(energy->foreground().color(), m_sidebar->palette().color(QPalette::Disabled, QPalette::Text));
    QSignalSpy toggled(m_sidebar.get(), &ui::FacetSidebar::filterToggled);
    QStandardItem *health = m_sidebar->findFacet(F::Vertical, QStringLiteral("health"));
    QVERIFY(health);
    health->setCheckState(Qt::Checked); // as a click on the check box does
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first().at(1).toString(), QStringLiteral("health"));

    QTRY_VERIFY(!m_sidebar->isCounting());
    QVERIFY(!status->isVisible());
    energy = m_sidebar->findFacet(F::Vertical, QStringLiteral("energy"));
    QVERIFY(energy->foreground() == QBrush());
}

void tst_FacetSidebar::failedCountIsShownAndTheNextOneCountsAgain()
{
    m_sidebar->refresh(*m_db, QString());
    QTRY_VERIFY(!m_sidebar->isCounting());
    // The file goes away under the open repository: a new connection to it cannot open.
    const QString path = m_db->path();
    QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
    m_sidebar->refresh(*m_db, QStringLiteral("energy"));
    auto *status = m_sidebar->findChild<QLabel *>(QStringLiteral("facetCountStatus"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("The counts are not available:")));
    QVERIFY(status->isVisible());
    QVERIFY(!m_sidebar->isCounting());
    QVERIFY(m_sidebar->findFacet(F::Vertical, QStringLiteral("energy"))); // the previous counts stay

    QVERIFY(QFile::rename(path + QStringLiteral(".moved"), path));
    m_sidebar->refresh(*m_db, QStringLiteral("energy"));
    QCOMPARE(status->text(), QStringLiteral("Counting…"));
    QTRY_VERIFY(!m_sidebar->isCounting());
    QVERIFY(!status->isVisible());
    verifyCounts(F::Vertical, QStringLiteral("energy"));
}

void tst_FacetSidebar::regionsAreItuDRegionsWithDefinitions()
{
    m_sidebar->refresh(*m_db, QString());
    QTRY_VERIFY(!m_sidebar->isCounting());
    QStandardItem *europe = m_sidebar->findFacet(F::Region, QStringLiteral("Europe"));
    QVERIFY(europe);
    QCOMPARE(europe->parent()->text(), QStringLiteral("ITU-D regions"));
    QVERIFY2(europe->toolTip().startsWith(QStringLiteral("Europe: ITU-D region")),
             qPrintable(europe->toolTip()));
    QVERIFY(europe->toolTip().contains(QLatin1String("ITU-R Regions 1 to 3")));
}

QTEST_MAIN(tst_FacetSidebar)
#include "tst_FacetSidebar.moc"
