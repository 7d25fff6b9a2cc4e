// What a receiving member can trust: claims made by incoming records (a revision number, an
// ancestry, a modified_at, an assessor) never overwrite the member's own work unasked.
#include "DatabaseDump.h"
#include "TestSupport.h"

#include "exchange/CsvWriter.h"
#include "exchange/SheetImporter.h"
#include "exchange/SheetMapping.h"
#include "exchange/UseCaseSheet.h"
#include "merge/ImportPlanner.h"
#include "merge/RecordCollector.h"
#include "merge/UseCaseContent.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

const QString kCode = QStringLiteral("UC-EX-001");

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class tst_ImportTrust : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sheetFromAnotherRepositoryIsAConflictAtTheSameRevision();
    void sheetRoundTripStillTakesEditsMadeInTheSheet();
    void sheetWithoutContentHashIsAConflict();
    void sheetWithAMalformedContentHashIsRefused();
    void olderRecordClaimingLocalAncestryIsAConflict();
    void newerRecordClaimingLocalAncestryFastForwards();

private:
    std::unique_ptr<Database> open(const QString &name, const QString &contributor);
    /// A repository with the example use cases, where `contributor` edited UC-EX-001's summary once.
    std::unique_ptr<Database> editedExamples(const QString &name, const QString &contributor,
                                             const QString &summary);
    SheetImportPlan planCsv(Database &db, const QByteArray &csv);
    QTemporaryDir m_dir;
    FixedClock m_clock{at(1)};
};

void tst_ImportTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_ImportTrust::open(const QString &name, const QString &contributor)
{
    Database::OpenOptions options;
    options.clock = &m_clock;
    options.contributor = contributor;
    auto db = Database::open(m_dir.filePath(name), options);
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> tst_ImportTrust::editedExamples(const QString &name, const QString &contributor,
                                                          const QString &summary)
{
    auto db = open(name, contributor);
    if (!db || !Seeder::seed(*db, true))
        return nullptr;
    UseCaseRepository repo(*db);
    auto u = repo.get(kCode);
    if (!u)
        return nullptr;
    u->summary = summary;
    if (!repo.update(*u))
        return nullptr;
    return db;
}

SheetImportPlan tst_ImportTrust::planCsv(Database &db, const QByteArray &csv)
{
    auto table = SheetImporter::readCsv(csv);
    if (!table) {
        qWarning() << table.error().message;
        return {};
    }
    const ResolvedColumns columns = SheetMapping().resolve(table->header);
    auto plan = SheetImporter(db).plan(SheetImporter::rowsFromTable(*table, columns.fields, {}),
                                       QStringLiteral("sheet.csv"));
    if (!plan)
        qWarning() << plan.error().message;
    return plan ? *plan : SheetImportPlan();
}

void tst_ImportTrust::sheetFromAnotherRepositoryIsAConflictAtTheSameRevision()
{
    // Issue 17.1: A and B each edit UC-EX-001 once (both revision 2); B imports A's sheet.
    m_clock.set(at(2));
    auto a = editedExamples(QStringLiteral("sheet-a.sqlite"), QStringLiteral("Amina"),
                            QStringLiteral("Amina's summary."));
    m_clock.set(at(3));
    auto b = editedExamples(QStringLiteral("sheet-b.sqlite"), QStringLiteral("Bruno"),
                            QStringLiteral("Bruno's summary."));
    QVERIFY(a && b);
    const UseCase mineA = *UseCaseRepository(*a).get(kCode);
    QCOMPARE(mineA.revision, 2);
    QCOMPARE(UseCaseRepository(*b).get(kCode)->revision, 2);

    const SheetImportPlan plan = planCsv(*b, UseCaseSheet::writeCsv({mineA}));
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.plan.records.size(), 1);
    const RecordPlan &record = plan.plan.records.first();
    QCOMPARE(record.status, RecordStatus::Conflict);
    QVERIFY(record.hasConflicts());

    auto result = SheetImporter(*b).apply(plan, resolutionsFor(MergePolicy::KeepMine));
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(UseCaseRepository(*b).get(kCode)->summary, QStringLiteral("Bruno's summary."));
}

void tst_ImportTrust::sheetRoundTripStillTakesEditsMadeInTheSheet()
{
    m_clock.set(at(2));
    auto a = editedExamples(QStringLiteral("round-a.sqlite"), QStringLiteral("Amina"),
                            QStringLiteral("Amina's summary."));
    QVERIFY(a);
    UseCase exported = *UseCaseRepository(*a).get(kCode);
    const QStringList header = UseCaseSheet::headerFor({exported});
    QStringList row = UseCaseSheet::toRow(exported, header);
    row[header.indexOf(QStringLiteral("summary"))] = QStringLiteral("Edited in the spreadsheet.");
    m_clock.set(at(4));
    const SheetImportPlan plan = planCsv(*a, CsvWriter().write(header, {row}));
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.plan.records.first().status, RecordStatus::ChangedThere);
    auto result = SheetImporter(*a).apply(plan, resolutionsFor(MergePolicy::KeepMine));
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(UseCaseRepository(*a).get(kCode)->summary, QStringLiteral("Edited in the spreadsheet."));
}

void tst_ImportTrust::sheetWithoutContentHashIsAConflict()
{
    // A hand-made sheet that copies the local revision number claims nothing Casebook can check.
    m_clock.set(at(2));
    auto a = editedExamples(QStringLiteral("nohash-a.sqlite"), QStringLiteral("Amina"),
                            QStringLiteral("Amina's summary."));
    QVERIFY(a);
    const UseCase local = *UseCaseRepository(*a).get(kCode);
    const QStringList header{QStringLiteral("code"), QStringLiteral("revision"), QStringLiteral("summary")};
    const QList<QStringList> rows{{kCode, QString::number(local.revision), QStringLiteral("Forged.")}};
    const SheetImportPlan plan = planCsv(*a, CsvWriter().write(header, rows));
    QVERIFY(plan.isValid());
    QCOMPARE(plan.plan.records.first().status, RecordStatus::Conflict);
    auto result = SheetImporter(*a).apply(plan, resolutionsFor(MergePolicy::KeepMine));
    QVERIFY(result);
    QCOMPARE(UseCaseRepository(*a).get(kCode)->summary, QStringLiteral("Amina's summary."));
}

void tst_ImportTrust::sheetWithAMalformedContentHashIsRefused()
{
    auto a = editedExamples(QStringLiteral("badhash-a.sqlite"), QStringLiteral("Amina"),
                            QStringLiteral("Amina's summary."));
    QVERIFY(a);
    const QStringList before = test::dumpDatabase(*a);
    const QStringList header{QStringLiteral("code"), QStringLiteral("summary"),
                             UseCaseSheet::contentHashKey()};
    const QList<QStringList> rows{
        {kCode, QStringLiteral("Forged."), QStringLiteral("zz") + QString(62, QLatin1Char('0'))}};
    const SheetImportPlan plan = planCsv(*a, CsvWriter().write(header, rows));
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.errors.size(), 1);
    QCOMPARE(plan.errors.first().text(),
             QStringLiteral("line 2: content_sha256: not a SHA-256 (64 hexadecimal digits)"));
    auto result = SheetImporter(*a).apply(plan, resolutionsFor(MergePolicy::TakeTheirs));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InputRejected);
    QCOMPARE(test::dumpDatabase(*a), before);
}

void tst_ImportTrust::olderRecordClaimingLocalAncestryIsAConflict()
{
    // Issue 17.6: a bundle lists the local content hash in its ancestry, but its record is older.
    m_clock.set(at(5));
    auto b = editedExamples(QStringLiteral("older-b.sqlite"), QStringLiteral("Bruno"),
                            QStringLiteral("Bruno's summary."));
    QVERIFY(b);
    const UseCase local = *UseCaseRepository(*b).get(kCode);
    IncomingUseCase forged{local, {UseCaseContent::hash(local)}, {}};
    forged.useCase.id = 0;
    forged.useCase.summary = QStringLiteral("An older text pretending to be newer.");
    forged.useCase.revision = 99;
    forged.useCase.modifiedAt = at(4); // before Bruno's edit
    IncomingRecords in;
    in.sourceName = QStringLiteral("forged.casebook");
    in.useCases = {forged};

    auto plan = ImportPlanner::plan(*b, in);
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(plan->records.first().status, RecordStatus::Conflict);
    QVERIFY(plan->records.first().fields.first().isConflict());
    auto result = ImportPlanner::apply(*b, in, Resolutions());
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(UseCaseRepository(*b).get(kCode)->summary, QStringLiteral("Bruno's summary."));
    QCOMPARE(result->kept, 1);
}

void tst_ImportTrust::newerRecordClaimingLocalAncestryFastForwards()
{
    m_clock.set(at(5));
    auto b = editedExamples(QStringLiteral("newer-b.sqlite"), QStringLiteral("Bruno"),
                            QStringLiteral("Bruno's summary."));
    QVERIFY(b);
    const UseCase local = *UseCaseRepository(*b).get(kCode);
    IncomingUseCase next{local, {UseCaseContent::hash(local)}, {}};
    next.useCase.id = 0;
    next.useCase.summary = QStringLiteral("Amina's later summary.");
    next.useCase.revision = 3;
    next.useCase.modifiedAt = at(6);
    IncomingRecords in;
    in.sourceName = QStringLiteral("next.casebook");
    in.useCases = {next};
    auto plan = ImportPlanner::plan(*b, in);
    QVERIFY(plan);
    QCOMPARE(plan->records.first().status, RecordStatus::ChangedThere);
    QVERIFY(ImportPlanner::apply(*b, in, Resolutions()));
    QCOMPARE(UseCaseRepository(*b).get(kCode)->summary, QStringLiteral("Amina's later summary."));
}

QTEST_GUILESS_MAIN(tst_ImportTrust)
#include "tst_ImportTrust.moc"
