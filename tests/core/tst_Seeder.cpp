// Seeding: the default rubric and examples once, and examples nobody edited brought up to the text
// this version ships (an older repository keeps no corrected fact from before).
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_Seeder : public QObject
{
    Q_OBJECT
private slots:
    void seedsOnceAndLeavesRecordsAlone();
    void uneditedExamplesGetTheCorrectedText();
};

void tst_Seeder::seedsOnceAndLeavesRecordsAlone()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db);
    auto first = Seeder::seed(**db, true);
    QVERIFY(first);
    QCOMPARE(first->rubrics, 1);
    QCOMPARE(first->useCases, 10);
    QCOMPARE(first->refreshed, 0);
    auto again = Seeder::seed(**db, true);
    QVERIFY(again);
    QCOMPARE(again->rubrics + again->useCases + again->refreshed, 0);
}

void tst_Seeder::uneditedExamplesGetTheCorrectedText()
{
    QTemporaryDir dir;
    Database::OpenOptions options;
    options.contributor = QStringLiteral("Ana");
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), options);
    QVERIFY(db);
    QVERIFY(Seeder::seed(**db, true));
    UseCaseRepository repo(**db);
    const UseCase shipped3 = *repo.get(QStringLiteral("UC-EX-003"));
    const UseCase shipped4 = *repo.get(QStringLiteral("UC-EX-004"));

    // As an earlier Casebook seeded them: another text, still by "Casebook examples", revision 1.
    UseCase old3 = shipped3;
    old3.summary = QStringLiteral("An unsupported claim of an earlier version");
    QVERIFY(repo.update(old3, UseCaseRepository::WriteMode::Preserve));
    // An example a member edited keeps the member's text.
    UseCase edited4 = shipped4;
    edited4.summary = QStringLiteral("Ana's own summary");
    QVERIFY(repo.update(edited4));

    auto seeded = Seeder::seed(**db, false);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
    QCOMPARE(seeded->refreshed, 1);
    QCOMPARE(seeded->useCases, 0);
    const UseCase now3 = *repo.get(QStringLiteral("UC-EX-003"));
    QCOMPARE(now3.summary, shipped3.summary);
    QCOMPARE(now3.revision, old3.revision + 1);
    QCOMPARE(now3.modifiedBy, shipped3.modifiedBy);
    QVERIFY(now3.modifiedAt > shipped3.modifiedAt);
    QCOMPARE(repo.get(QStringLiteral("UC-EX-004"))->summary, QStringLiteral("Ana's own summary"));

    // The earlier text stays in history; a second start changes nothing.
    auto history = HistoryRepository(**db).useCaseVersions(now3.uuid);
    QVERIFY(history);
    QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const StoredVersion &v) {
        return v.document.value(QStringLiteral("summary")).toString().contains(QLatin1String("unsupported"));
    }));
    auto again = Seeder::seed(**db, false);
    QVERIFY(again);
    QCOMPARE(again->refreshed, 0);
}

QTEST_GUILESS_MAIN(tst_Seeder)
#include "tst_Seeder.moc"
