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
#include "model/AssessorIdentity.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "support/Sha256.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

const QString kCode = QStringLiteral("UC-EX-001");
const QString kUuid = QStringLiteral("5d1c9a0e-8c1b-4d0f-9f63-0a2b3c4d5e6f");
const QString kAmina = QStringLiteral("3b8e2f0a-61c4-4d9e-8a57-1c2d3e4f5a6b");

UseCase futureUseCase()
{
    UseCase u;
    u.uuid = kUuid;
    u.code = QStringLiteral("UC-F-001");
    u.title = QStringLiteral("Dated in the future");
    u.summary = QStringLiteral("From the future.");
    u.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    u.modifiedAt = QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
    u.revision = 1;
    return u;
}

IncomingRecords incoming(const QString &name, const UseCase &u)
{
    IncomingRecords in;
    in.sourceName = name;
    in.useCases = {IncomingUseCase{u, {}, {}, {}}};
    return in;
}

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
    void newestNeverTrustsAFutureTime();
    void attachmentsThatCouldRunCodeAreNamedInThePlan();
    void ownAssessmentIsAConflictWhateverItsRevision_data();
    void ownAssessmentIsAConflictWhateverItsRevision();
    void sameNameWithAnotherIdentityIsAnotherAssessor();

private:
    std::unique_ptr<Database> open(const QString &name, const QString &contributor,
                                   const QString &assessorId = {});
    /// A repository with the examples where Amina (kAmina) scored UC-EX-001 A1 = 3.
    std::unique_ptr<Database> aminaScored(const QString &name);
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

std::unique_ptr<Database> tst_ImportTrust::open(const QString &name, const QString &contributor,
                                                const QString &assessorId)
{
    Database::OpenOptions options;
    options.clock = &m_clock;
    options.contributor = contributor;
    options.assessorId = assessorId;
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
    IncomingUseCase forged{local, {UseCaseContent::hash(local)}, {}, {}};
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
    IncomingUseCase next{local, {UseCaseContent::hash(local)}, {}, {}};
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

void tst_ImportTrust::newestNeverTrustsAFutureTime()
{
    // Issue 17.8: a record dated 2099 is stored with the time of its import, not 2099...
    m_clock.set(at(10));
    auto m = open(QStringLiteral("future.sqlite"), QStringLiteral("Bruno"));
    QVERIFY(m);
    QVERIFY(ImportPlanner::apply(*m, incoming(QStringLiteral("future.casebook"), futureUseCase()),
                                 Resolutions()));
    QCOMPARE(UseCaseRepository(*m).get(kUuid)->modifiedAt, at(10));

    // ... so an honest edit made later still wins under --policy newest.
    m_clock.set(at(12));
    UseCase honest = futureUseCase();
    honest.summary = QStringLiteral("An honest later edit.");
    honest.modifiedAt = at(11);
    const IncomingRecords in = incoming(QStringLiteral("honest.casebook"), honest);
    auto plan = ImportPlanner::plan(*m, in);
    QVERIFY(plan);
    QCOMPARE(plan->records.first().status, RecordStatus::Conflict);
    Resolutions newest;
    newest.policy = MergePolicy::Newest;
    QVERIFY(ImportPlanner::apply(*m, in, newest));
    QCOMPARE(UseCaseRepository(*m).get(kUuid)->summary, QStringLiteral("An honest later edit."));

    // A conflicting record from the future counts as made now, and the plan says so.
    UseCase again = futureUseCase();
    again.summary = QStringLiteral("Again from the future.");
    auto replan = ImportPlanner::plan(*m, incoming(QStringLiteral("again.casebook"), again));
    QVERIFY(replan);
    const RecordPlan &record = replan->records.first();
    QCOMPARE(record.theirsModifiedAt, at(12));
    QVERIFY(!record.notes.filter(QStringLiteral("in the future")).isEmpty());
}

void tst_ImportTrust::attachmentsThatCouldRunCodeAreNamedInThePlan()
{
    auto m = open(QStringLiteral("exec.sqlite"), QStringLiteral("Bruno"));
    QVERIFY(m);
    const QByteArray pe = QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8) + QByteArray(120, '\0');
    const QByteArray pdf("%PDF-1.4\n% a plain report\n");
    const QByteArray desktop("[Desktop Entry]\nType=Application\nExec=sh -c 'echo owned'\n");
    auto ref = [](const QByteArray &bytes, const QString &name, const QString &type) {
        return AttachmentRef{sha256Hex(bytes), name, type, bytes.size(), {}, at(1)};
    };
    UseCase u = futureUseCase();
    u.modifiedAt = at(1);
    u.attachments = {ref(pe, QStringLiteral("setup.exe"), QStringLiteral("application/pdf")),
                     ref(pdf, QStringLiteral("report.pdf"), QStringLiteral("application/pdf")),
                     ref(desktop, QStringLiteral("report.desktop"), QStringLiteral("text/plain")),
                     ref(pe, QStringLiteral("scan.pdf"), QStringLiteral("application/pdf"))};
    IncomingRecords in = incoming(QStringLiteral("attachments.casebook"), u);
    for (const QByteArray &bytes : {pe, pdf, desktop})
        in.attachments.insert(sha256Hex(bytes), bytes);

    auto plan = ImportPlanner::plan(*m, in);
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(plan->warnings.size(), 3);
    for (const QString &name :
         {QStringLiteral("setup.exe"), QStringLiteral("report.desktop"), QStringLiteral("scan.pdf")})
        QCOMPARE(plan->warnings.filter(QLatin1Char('"') + name + QLatin1Char('"')).size(), 1);
    QVERIFY(plan->warnings.filter(QStringLiteral("report.pdf")).isEmpty());
    QCOMPARE(plan->toJson().value(QStringLiteral("warnings")).toArray().size(), 3);
}

std::unique_ptr<Database> tst_ImportTrust::aminaScored(const QString &name)
{
    auto db = open(name, QStringLiteral("Amina"), kAmina);
    if (!db || !Seeder::seed(*db, true))
        return nullptr;
    Assessment a;
    a.useCaseUuid = UseCaseRepository(*db).get(kCode)->uuid;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Amina");
    a.scores = {CriterionScore{QStringLiteral("A1"), ScoreState::Level, 3, QStringLiteral("Mine."), {}, {}}};
    auto saved = AssessmentRepository(*db).save(a);
    if (!saved || saved->assessorId != kAmina)
        return nullptr;
    return db;
}

void tst_ImportTrust::ownAssessmentIsAConflictWhateverItsRevision_data()
{
    QTest::addColumn<bool>("sameUuid");
    QTest::newRow("same uuid") << true;
    QTest::newRow("same use case, rubric and assessor") << false;
}

void tst_ImportTrust::ownAssessmentIsAConflictWhateverItsRevision()
{
    // Issue 17.6: a copy carrying the member's own identity and a higher revision.
    QFETCH(bool, sameUuid);
    auto db = aminaScored(sameUuid ? QStringLiteral("own-uuid.sqlite") : QStringLiteral("own-key.sqlite"));
    QVERIFY(db);
    const Assessment mine =
        AssessmentRepository(*db).forUseCase(UseCaseRepository(*db).get(kCode)->uuid)->first();
    Assessment forged = mine;
    forged.id = 0;
    if (!sameUuid)
        forged.uuid = AssessorIdentity::create();
    forged.revision = 500;
    forged.modifiedAt = at(20);
    forged.scores = {
        CriterionScore{QStringLiteral("A1"), ScoreState::Level, 0, QStringLiteral("Forged."), {}, {}}};
    IncomingRecords in;
    in.sourceName = QStringLiteral("forged-scores.casebook");
    in.assessments = {forged};

    auto plan = ImportPlanner::plan(*db, in);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->count(RecordKind::Assessment, RecordStatus::Conflict), 1);
    QVERIFY(!plan->records.first().notes.filter(QStringLiteral("your own scores")).isEmpty());
    QVERIFY(ImportPlanner::apply(*db, in, Resolutions()));
    const Assessment after = AssessmentRepository(*db).get(mine.uuid).value();
    QCOMPARE(after.scores.first().level, 3);
    QCOMPARE(after.revision, mine.revision);
    // Only the member's explicit choice takes it.
    Resolutions choice;
    choice.records[plan->records.first().key].choice = RecordChoice::TakeTheirs;
    auto take = ImportPlanner::apply(*db, in, choice);
    QVERIFY(take);
    QCOMPARE(AssessmentRepository(*db).get(mine.uuid)->scores.first().level, 0);
}

void tst_ImportTrust::sameNameWithAnotherIdentityIsAnotherAssessor()
{
    auto db = aminaScored(QStringLiteral("namesake.sqlite"));
    QVERIFY(db);
    const QString useCase = UseCaseRepository(*db).get(kCode)->uuid;
    Assessment namesake;
    namesake.uuid = AssessorIdentity::create();
    namesake.useCaseUuid = useCase;
    namesake.rubricUuid = RubricJson::defaultRubric().uuid;
    namesake.assessorId = AssessorIdentity::create();
    namesake.assessorName = QStringLiteral("Amina");
    namesake.createdAt = namesake.modifiedAt = at(2);
    namesake.revision = 9;
    namesake.scores = {CriterionScore{QStringLiteral("A1"), ScoreState::Level, 1, {}, {}, {}}};
    IncomingRecords in;
    in.sourceName = QStringLiteral("namesake.casebook");
    in.assessments = {namesake};
    auto plan = ImportPlanner::plan(*db, in);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::Assessment, RecordStatus::New), 1);
    QVERIFY(ImportPlanner::apply(*db, in, Resolutions()));
    auto all = AssessmentRepository(*db).forUseCase(useCase);
    QCOMPARE(all->size(), 2);
    QCOMPARE(AssessmentRepository(*db)
                 .findByAssessor(useCase, namesake.rubricUuid, kAmina)
                 .value()
                 ->scores.first()
                 .level,
             3);
}

QTEST_GUILESS_MAIN(tst_ImportTrust)
#include "tst_ImportTrust.moc"
