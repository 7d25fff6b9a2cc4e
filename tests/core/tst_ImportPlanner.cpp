// The source-agnostic merge: plan, resolve, apply, log. Members exchange records; nothing is lost.
#include "DatabaseDump.h"
#include "DatabaseTestAccess.h"
#include "TestSupport.h"

#include "merge/ImportPlanner.h"
#include "merge/RecordCollector.h"
#include "merge/UseCaseContent.h"
#include "model/AssessmentJson.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ImportLogRepository.h"
#include "storage/RubricRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

#include <sqlite3.h>

using namespace casebook;

namespace {

const QString kUuid = QStringLiteral("0b9f7c4e-3f7a-4f6e-9a43-5d0f2b1c7e11");

QStringList dump(Database &db)
{
    return test::dumpDatabase(db);
}

UseCase baseUseCase()
{
    UseCase u;
    u.uuid = kUuid;
    u.code = QStringLiteral("UC-2026-001");
    u.title = QStringLiteral("Smart water meters in Mombasa");
    u.summary = QStringLiteral("Meters report hourly over NB-IoT.");
    u.verticals = {QStringLiteral("water")};
    u.deploymentStage = QStringLiteral("pilot");
    u.tags = {QStringLiteral("water")};
    return u;
}

} // namespace

class tst_ImportPlanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newRecordsThenSecondImportChangesNothing();
    void differentFieldsMergeInEitherOrder();
    void sameFieldIsAConflictResolvedAsChosen_data();
    void sameFieldIsAConflictResolvedAsChosen();
    void keepBothAddsACopy();
    void changedThereOnlyFastForwards();
    void changedHereOnlyIsKept();
    void tagsMergeAsUnion();
    void deletionsNeedAChoice();
    void assessmentsBelongToTheirAssessor();
    void partialSourceAndBaseVersion();
    void noCommonVersionIsAConflict();
    void rejectsDuplicatesAndMissingAttachments();
    void leanSourceKeepsPlaceholders();
    void stalePlanIsRefused();
    void noWriterBetweenPlanAndWrite();
    void planJsonShape();
    void migrationFromVersion2();
    void originKeepsFirstImportAndFollowsTheLast();
    void newRecordWithoutTimesAndATakenCode();
    void renumberedRecordLeavesTheNextIncomingCodeFree();
    void recordHereKeepsItsCodeWhenTheNewOneIsTaken();
    void mergeWhoseCodeYieldsKeepsOneIncomingVersion();
    void planOnBothCoresIsThePlanMadeAlone();
    void recordsNeverHeldAreFoundAtOnce();

private:
    std::unique_ptr<Database> open(const QString &name,
                                   const QString &contributor = QStringLiteral("Tester"));
    /// A member's repository that received the base record from `origin`.
    std::unique_ptr<Database> member(const QString &name, Database &origin, const QString &contributor);
    static IncomingRecords from(Database &db, const QString &name, bool tombstones = false);
    /// An origin with the base record, and Alice, who received it and holds another use case under
    /// UC-2026-002; then the origin moves the record to UC-2026-002 and rewrites its summary.
    /// Alice's record is changed by `aliceEdit` first, when given.
    bool originMovesToACodeAliceHas(const QString &name, std::unique_ptr<Database> &origin,
                                    std::unique_ptr<Database> &alice,
                                    const std::function<void(UseCase &)> &aliceEdit = {});
    static void importAll(Database &db, const IncomingRecords &in,
                          MergePolicy policy = MergePolicy::KeepMine);
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
};

void tst_ImportPlanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_ImportPlanner::open(const QString &name, const QString &contributor)
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

IncomingRecords tst_ImportPlanner::from(Database &db, const QString &name, bool tombstones)
{
    RecordCollector::Options options;
    options.tombstones = tombstones;
    auto uuids = UseCaseRepository(db).allUuids();
    auto in = RecordCollector::collect(db, *uuids, options);
    if (!in)
        qWarning() << in.error().message;
    IncomingRecords r = *in;
    r.sourceName = name;
    static int counter = 0;
    r.sourceSha256 = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(name.toUtf8() + QByteArray::number(++counter)),
                                 QCryptographicHash::Sha256)
            .toHex());
    return r;
}

void tst_ImportPlanner::importAll(Database &db, const IncomingRecords &in, MergePolicy policy)
{
    Resolutions res;
    res.policy = policy;
    auto result = ImportPlanner::apply(db, in, res);
    QVERIFY2(result, qPrintable(result.error().message + result.error().detail));
}

std::unique_ptr<Database> tst_ImportPlanner::member(const QString &name, Database &origin,
                                                    const QString &contributor)
{
    auto db = open(name, contributor);
    if (!db || !Seeder::seed(*db, false))
        return nullptr;
    importAll(*db, from(origin, QStringLiteral("base")));
    return db;
}

void tst_ImportPlanner::newRecordsThenSecondImportChangesNothing()
{
    auto origin = open(QStringLiteral("new-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(Seeder::seed(*origin, false));
    UseCase u = baseUseCase();
    auto sha = AttachmentStore(*origin).put(QByteArray("%PDF-1.4 report"));
    QVERIFY(sha);
    u.attachments.append(AttachmentRef{*sha, QStringLiteral("report.pdf"), QStringLiteral("application/pdf"),
                                       15, QStringLiteral("Final report"), m_clock.nowUtc()});
    QVERIFY(UseCaseRepository(*origin).insert(u));
    Assessment a;
    a.useCaseUuid = kUuid;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Amina");
    a.scores = {
        CriterionScore{QStringLiteral("A1"), ScoreState::Level, 3, QStringLiteral("Open API"), {}, {}}};
    QVERIFY(AssessmentRepository(*origin).save(a));

    auto target = open(QStringLiteral("new-target.sqlite"));
    QVERIFY(target);
    const IncomingRecords in = from(*origin, QStringLiteral("bundle-1"));
    auto plan = ImportPlanner::plan(*target, in);
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::New), 1);
    QCOMPARE(plan->count(RecordKind::Rubric, RecordStatus::New), 1);
    QCOMPARE(plan->count(RecordKind::Assessment, RecordStatus::New), 1);
    QCOMPARE(plan->count(RecordKind::Attachment, RecordStatus::New), 1);
    QVERIFY(!plan->hasConflicts());

    auto result = ImportPlanner::apply(*target, in, Resolutions());
    QVERIFY2(result, qPrintable(result.error().message + result.error().detail));
    QVERIFY(result->changed);
    QCOMPARE(result->added, 3);
    QCOMPARE(result->attachmentsAdded, 1);
    QVERIFY(result->importId > 0);
    QVERIFY(
        !QDir(Database::backupDirectoryFor(m_dir.filePath(QStringLiteral("new-target.sqlite")))).exists());

    auto stored = UseCaseRepository(*target).get(kUuid);
    QVERIFY(stored);
    QCOMPARE(UseCaseContent::hash(*stored), UseCaseContent::hash(*UseCaseRepository(*origin).get(kUuid)));
    QCOMPARE(stored->tags, u.tags);
    QCOMPARE(AttachmentStore(*target).get(*sha).value(), QByteArray("%PDF-1.4 report"));

    // Logged, with each record's origin.
    auto log = ImportLogRepository(*target).list();
    QVERIFY(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().sourceSha256, in.sourceSha256);
    QCOMPARE(log->first().counts.value(QStringLiteral("added")).toInt(), 3);
    auto origin1 = ImportLogRepository(*target).origin(QStringLiteral("use_case"), kUuid);
    QVERIFY(origin1 && *origin1);
    QCOMPARE((*origin1)->firstImportId, result->importId);

    // The same records again: all identical, and nothing at all is written.
    const QStringList before = dump(*target);
    auto again = ImportPlanner::plan(*target, in);
    QVERIFY(again);
    QCOMPARE(again->count(RecordStatus::Identical), again->records.size());
    QCOMPARE(again->previousImports.size(), 1);
    auto second = ImportPlanner::apply(*target, in, Resolutions());
    QVERIFY(second);
    QVERIFY(!second->changed);
    QCOMPARE(dump(*target), before);
}

void tst_ImportPlanner::differentFieldsMergeInEitherOrder()
{
    auto origin = open(QStringLiteral("order-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto alice = member(QStringLiteral("order-alice.sqlite"), *origin, QStringLiteral("Alice"));
    auto bob = member(QStringLiteral("order-bob.sqlite"), *origin, QStringLiteral("Bob"));
    auto carol = member(QStringLiteral("order-carol.sqlite"), *origin, QStringLiteral("Carol"));
    auto dave = member(QStringLiteral("order-dave.sqlite"), *origin, QStringLiteral("Dave"));
    QVERIFY(alice && bob && carol && dave);

    m_clock.advanceSecs(60);
    {
        UseCaseRepository repo(*alice);
        UseCase u = *repo.get(kUuid);
        u.summary = QStringLiteral("Meters report every 15 minutes over NB-IoT; leaks found in hours.");
        QVERIFY(repo.update(u));
    }
    m_clock.advanceSecs(60);
    {
        UseCaseRepository repo(*bob);
        UseCase u = *repo.get(kUuid);
        u.deploymentStage = QStringLiteral("operational");
        u.sdgs = {6, 11};
        QVERIFY(repo.update(u));
    }
    const IncomingRecords fromAlice = from(*alice, QStringLiteral("alice"));
    const IncomingRecords fromBob = from(*bob, QStringLiteral("bob"));

    // Alice receives Bob's work: merged automatically, no conflict.
    auto plan = ImportPlanner::plan(*alice, fromBob);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::Merged), 1);
    QVERIFY(!plan->hasConflicts());
    importAll(*alice, fromBob);
    importAll(*bob, fromAlice);
    // Carol takes Alice then Bob, Dave Bob then Alice.
    importAll(*carol, fromAlice);
    importAll(*carol, fromBob);
    importAll(*dave, fromBob);
    importAll(*dave, fromAlice);

    const UseCase a = *UseCaseRepository(*alice).get(kUuid);
    QCOMPARE(a.summary, QStringLiteral("Meters report every 15 minutes over NB-IoT; leaks found in hours."));
    QCOMPARE(a.deploymentStage, QStringLiteral("operational"));
    QCOMPARE(a.sdgs, (QList<int>{6, 11}));
    for (Database *db : {bob.get(), carol.get(), dave.get()})
        QCOMPARE(UseCaseContent::fields(*UseCaseRepository(*db).get(kUuid)), UseCaseContent::fields(a));

    // Once merged, exchanging again finds the copies identical.
    auto after = ImportPlanner::plan(*bob, from(*alice, QStringLiteral("alice-2")));
    QVERIFY(after);
    QCOMPARE(after->count(RecordKind::UseCase, RecordStatus::Identical), 1);
    // Alice's own version before the merge is in her history.
    auto history = HistoryRepository(*alice).useCaseVersions(kUuid);
    QVERIFY(history);
    bool found = false;
    for (const StoredVersion &v : *history)
        found |= v.document.value(QStringLiteral("deployment_stage")).toString() == QLatin1String("pilot")
            && v.document.value(QStringLiteral("summary")).toString().contains(QLatin1String("15 minutes"));
    QVERIFY(found);
}

void tst_ImportPlanner::sameFieldIsAConflictResolvedAsChosen_data()
{
    QTest::addColumn<int>("how");
    QTest::addColumn<QString>("expectedTitle");
    QTest::newRow("default keeps mine") << 0 << QStringLiteral("Alice's title");
    QTest::newRow("policy take theirs") << 1 << QStringLiteral("Bob's title");
    QTest::newRow("field take theirs") << 2 << QStringLiteral("Bob's title");
    QTest::newRow("record take theirs") << 3 << QStringLiteral("Bob's title");
    QTest::newRow("newest") << 4 << QStringLiteral("Bob's title");
}

void tst_ImportPlanner::sameFieldIsAConflictResolvedAsChosen()
{
    QFETCH(int, how);
    QFETCH(QString, expectedTitle);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    auto origin = open(QStringLiteral("conflict-origin-%1.sqlite").arg(tag));
    QVERIFY(origin);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto alice =
        member(QStringLiteral("conflict-alice-%1.sqlite").arg(tag), *origin, QStringLiteral("Alice"));
    auto bob = member(QStringLiteral("conflict-bob-%1.sqlite").arg(tag), *origin, QStringLiteral("Bob"));
    QVERIFY(alice && bob);
    m_clock.advanceSecs(60);
    {
        UseCaseRepository repo(*alice);
        UseCase u = *repo.get(kUuid);
        u.title = QStringLiteral("Alice's title");
        u.summary = QStringLiteral("Alice's summary");
        QVERIFY(repo.update(u));
    }
    m_clock.advanceSecs(60);
    {
        UseCaseRepository repo(*bob);
        UseCase u = *repo.get(kUuid);
        u.title = QStringLiteral("Bob's title");
        u.countries = {QStringLiteral("KE")};
        QVERIFY(repo.update(u));
    }
    const IncomingRecords in = from(*bob, QStringLiteral("bob"));
    auto plan = ImportPlanner::plan(*alice, in);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::Conflict), 1);
    const RecordPlan *record = plan->find(QStringLiteral("use_case:") + kUuid);
    QVERIFY(record);
    QStringList changes;
    for (const FieldDiff &d : record->fields)
        changes.append(d.field + QLatin1Char('=') + ImportPlan::changeName(d.change));
    QCOMPARE(changes,
             (QStringList{QStringLiteral("countries=there"), QStringLiteral("summary=here"),
                          QStringLiteral("title=both")}));

    Resolutions res;
    if (how == 1)
        res.policy = MergePolicy::TakeTheirs;
    else if (how == 2)
        res.records[record->key].fields[QStringLiteral("title")] = Side::Theirs;
    else if (how == 3)
        res.records[record->key].choice = RecordChoice::TakeTheirs;
    else if (how == 4)
        res.policy = MergePolicy::Newest;
    auto result = ImportPlanner::apply(*alice, in, res);
    QVERIFY2(result, qPrintable(result.error().message));
    const UseCase merged = *UseCaseRepository(*alice).get(kUuid);
    QCOMPARE(merged.title, expectedTitle);
    // One-sided changes merge unless the whole record was taken from Bob.
    QCOMPARE(merged.countries, QStringList{QStringLiteral("KE")});
    QCOMPARE(merged.summary, how == 3 ? baseUseCase().summary : QStringLiteral("Alice's summary"));

    // Nothing is lost: both titles are in history or current.
    auto history = HistoryRepository(*alice).useCaseVersions(kUuid);
    QVERIFY(history);
    QStringList titles{merged.title};
    for (const StoredVersion &v : *history)
        titles.append(v.document.value(QStringLiteral("title")).toString());
    QVERIFY(titles.contains(QStringLiteral("Alice's title")));
    QVERIFY(titles.contains(QStringLiteral("Bob's title")));
    // Re-importing Bob's bundle changes nothing.
    const QStringList before = dump(*alice);
    auto again = ImportPlanner::apply(*alice, in, res);
    QVERIFY(again);
    QVERIFY(!again->changed);
    QCOMPARE(dump(*alice), before);
}

void tst_ImportPlanner::keepBothAddsACopy()
{
    auto origin = open(QStringLiteral("both-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto alice = member(QStringLiteral("both-alice.sqlite"), *origin, QStringLiteral("Alice"));
    auto bob = member(QStringLiteral("both-bob.sqlite"), *origin, QStringLiteral("Bob"));
    QVERIFY(alice && bob);
    for (auto [db, title] : {std::pair{alice.get(), QStringLiteral("مقاييس المياه الذكية")},
                             std::pair{bob.get(), QStringLiteral("智能水表 💧")}}) {
        UseCaseRepository repo(*db);
        UseCase u = *repo.get(kUuid);
        u.title = title;
        QVERIFY(repo.update(u));
    }
    const IncomingRecords in = from(*bob, QStringLiteral("bob"));
    Resolutions res;
    res.records[QStringLiteral("use_case:") + kUuid].choice = RecordChoice::KeepBoth;
    auto result = ImportPlanner::apply(*alice, in, res);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->copies, 1);
    UseCaseRepository repo(*alice);
    QCOMPARE(repo.get(kUuid)->title, QStringLiteral("مقاييس المياه الذكية"));
    QCOMPARE(repo.count().value(), 2);
    auto hits = repo.find({});
    QVERIFY(hits);
    QString copyUuid;
    for (const UseCaseSummary &s : *hits) {
        if (s.uuid != kUuid)
            copyUuid = s.uuid;
    }
    const UseCase copy = *repo.get(copyUuid);
    QCOMPARE(copy.title, QStringLiteral("智能水表 💧"));
    QCOMPARE(copy.related.size(), 1);
    QCOMPARE(copy.related.first().uuid, kUuid);
    QCOMPARE(copy.related.first().relation, QStringLiteral("duplicates"));
    auto again = ImportPlanner::apply(*alice, in, res);
    QVERIFY(again);
    QVERIFY(!again->changed);
}

void tst_ImportPlanner::changedThereOnlyFastForwards()
{
    auto origin = open(QStringLiteral("ff-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto alice = member(QStringLiteral("ff-alice.sqlite"), *origin, QStringLiteral("Alice"));
    QVERIFY(alice);
    m_clock.advanceSecs(60);
    for (int i = 0; i < 2; ++i) {
        UseCaseRepository repo(*origin);
        UseCase u = *repo.get(kUuid);
        u.summary += QStringLiteral(" More.");
        QVERIFY(repo.update(u));
    }
    const IncomingRecords in = from(*origin, QStringLiteral("origin-2"));
    auto plan = ImportPlanner::plan(*alice, in);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::ChangedThere), 1);
    auto result = ImportPlanner::apply(*alice, in, Resolutions());
    QVERIFY(result);
    QCOMPARE(result->updated, 1);
    const UseCase u = *UseCaseRepository(*alice).get(kUuid);
    const UseCase o = *UseCaseRepository(*origin).get(kUuid);
    QCOMPARE(u.summary, o.summary);
    QCOMPARE(u.revision, o.revision); // the source's bookkeeping is kept on a fast-forward
    QCOMPARE(u.modifiedBy, o.modifiedBy);
    QCOMPARE(
        HistoryRepository(*alice).useCaseVersions(kUuid)->first().document.value(QStringLiteral("summary")),
        QJsonValue(baseUseCase().summary));
}

void tst_ImportPlanner::changedHereOnlyIsKept()
{
    auto origin = open(QStringLiteral("here-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto alice = member(QStringLiteral("here-alice.sqlite"), *origin, QStringLiteral("Alice"));
    QVERIFY(alice);
    UseCaseRepository repo(*alice);
    UseCase u = *repo.get(kUuid);
    u.problem = QStringLiteral("Water losses of 40 %.");
    QVERIFY(repo.update(u));
    const QStringList before = dump(*alice);
    const IncomingRecords in = from(*origin, QStringLiteral("origin-old"));
    auto plan = ImportPlanner::plan(*alice, in);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::ChangedHere), 1);
    for (MergePolicy p : {MergePolicy::KeepMine, MergePolicy::TakeTheirs, MergePolicy::Newest}) {
        Resolutions res;
        res.policy = p;
        auto result = ImportPlanner::apply(*alice, in, res);
        QVERIFY(result);
        QVERIFY(!result->changed);
    }
    QCOMPARE(dump(*alice), before);
}

void tst_ImportPlanner::tagsMergeAsUnion()
{
    auto origin = open(QStringLiteral("tags-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto alice = member(QStringLiteral("tags-alice.sqlite"), *origin, QStringLiteral("Alice"));
    QVERIFY(alice);
    QVERIFY(UseCaseRepository(*alice).addTags(kUuid, {QStringLiteral("sdo/ITU-T")}));
    QVERIFY(UseCaseRepository(*origin).addTags(kUuid, {QStringLiteral("nb-iot"), QStringLiteral("Water")}));
    const IncomingRecords in = from(*origin, QStringLiteral("origin-tags"));
    auto plan = ImportPlanner::plan(*alice, in);
    QVERIFY(plan);
    const RecordPlan *r = plan->find(QStringLiteral("use_case:") + kUuid);
    QVERIFY(r);
    QCOMPARE(r->tagsAdded, QStringList{QStringLiteral("nb-iot")});
    auto result = ImportPlanner::apply(*alice, in, Resolutions());
    QVERIFY(result);
    QCOMPARE(UseCaseRepository(*alice).get(kUuid)->tags,
             (QStringList{QStringLiteral("nb-iot"), QStringLiteral("sdo/ITU-T"), QStringLiteral("water")}));
}

void tst_ImportPlanner::deletionsNeedAChoice()
{
    auto origin = open(QStringLiteral("del-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(Seeder::seed(*origin, false));
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    Assessment a;
    a.useCaseUuid = kUuid;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Amina");
    a.scores = {CriterionScore{QStringLiteral("B1"), ScoreState::Level, 2, {}, {}, {}}};
    QVERIFY(AssessmentRepository(*origin).save(a));
    auto alice = member(QStringLiteral("del-alice.sqlite"), *origin, QStringLiteral("Alice"));
    QVERIFY(alice);
    m_clock.advanceSecs(60);
    QVERIFY(UseCaseRepository(*origin).remove(kUuid));
    const IncomingRecords in = from(*origin, QStringLiteral("origin-deleted"), true);
    QCOMPARE(in.tombstones.size(), 1);
    auto plan = ImportPlanner::plan(*alice, in);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::DeletedThere), 1);

    // By default a deletion elsewhere does not remove local work.
    auto kept = ImportPlanner::apply(*alice, in, Resolutions());
    QVERIFY(kept);
    QVERIFY(!kept->changed);
    QVERIFY(UseCaseRepository(*alice).get(kUuid));

    Resolutions take;
    take.records[QStringLiteral("use_case:") + kUuid].choice = RecordChoice::TakeTheirs;
    auto deleted = ImportPlanner::apply(*alice, in, take);
    QVERIFY2(deleted, qPrintable(deleted.error().message));
    QCOMPARE(deleted->deleted, 1);
    QVERIFY(!UseCaseRepository(*alice).get(kUuid));
    // The record and its assessment are still in history.
    QCOMPARE(
        HistoryRepository(*alice).useCaseVersions(kUuid)->first().document.value(QStringLiteral("title")),
        QJsonValue(baseUseCase().title));
    QSqlQuery q(DatabaseTestAccess::connection(*alice));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM assessment_history")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Now deleted here: the origin's old copy would be "deleted here" and stays deleted by default.
    auto old = ImportPlanner::plan(*alice, from(*alice, QStringLiteral("x")));
    QVERIFY(old);
}

void tst_ImportPlanner::assessmentsBelongToTheirAssessor()
{
    auto origin = open(QStringLiteral("asm-origin.sqlite"));
    QVERIFY(origin);
    QVERIFY(Seeder::seed(*origin, false));
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto alice = member(QStringLiteral("asm-alice.sqlite"), *origin, QStringLiteral("Alice"));
    auto bob = member(QStringLiteral("asm-bob.sqlite"), *origin, QStringLiteral("Bob"));
    QVERIFY(alice && bob);
    auto score = [](Database &db, const QString &assessor, int level) {
        Assessment a;
        a.useCaseUuid = kUuid;
        a.rubricUuid = RubricJson::defaultRubric().uuid;
        a.assessorName = assessor;
        a.scores = {CriterionScore{QStringLiteral("A1"), ScoreState::Level, level, {}, {}, {}}};
        return AssessmentRepository(db).save(a);
    };
    QVERIFY(score(*alice, QStringLiteral("Alice"), 1));
    QVERIFY(score(*bob, QStringLiteral("Bob"), 4));
    importAll(*alice, from(*bob, QStringLiteral("bob-1")));
    importAll(*bob, from(*alice, QStringLiteral("alice-1")));
    QCOMPARE(AssessmentRepository(*alice).forUseCase(kUuid)->size(), 2);
    QCOMPARE(AssessmentRepository(*bob).forUseCase(kUuid)->size(), 2);

    // Bob revises his own assessment: Alice takes the newer revision, no conflict.
    QVERIFY(score(*bob, QStringLiteral("Bob"), 3));
    const IncomingRecords in = from(*bob, QStringLiteral("bob-2"));
    auto plan = ImportPlanner::plan(*alice, in);
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::Assessment, RecordStatus::ChangedThere), 1);
    QCOMPARE(plan->count(RecordKind::Assessment, RecordStatus::Identical), 1);
    QVERIFY(!plan->hasConflicts());
    importAll(*alice, in);
    auto bobs =
        AssessmentRepository(*alice).find(kUuid, RubricJson::defaultRubric().uuid, QStringLiteral("Bob"));
    QVERIFY(bobs && *bobs);
    QCOMPARE((*bobs)->scores.first().level, 3);
    // The replaced scores are kept.
    auto versions = HistoryRepository(*alice).assessmentVersions((*bobs)->uuid);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->first()
                 .document.value(QStringLiteral("scores"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("level")),
             QJsonValue(4));
}

void tst_ImportPlanner::partialSourceAndBaseVersion()
{
    // A spreadsheet row: only some fields, and the content hash of the version it was exported from.
    auto db = open(QStringLiteral("partial.sqlite"));
    QVERIFY(db);
    auto stored = UseCaseRepository(*db).insert(baseUseCase());
    QVERIFY(stored);
    IncomingRecords in;
    in.sourceName = QStringLiteral("sheet.csv");
    in.sourceKind = QStringLiteral("csv");
    IncomingUseCase row;
    row.useCase.code = QStringLiteral("UC-2026-001"); // matched by code
    row.useCase.title = QStringLiteral("ignored");
    row.useCase.summary = QStringLiteral("Edited in the spreadsheet.");
    row.providedFields = {QStringLiteral("summary")};
    row.ancestry = {UseCaseContent::hash(*stored)};
    row.useCase.modifiedAt = stored->modifiedAt;
    in.useCases.append(row);
    auto plan = ImportPlanner::plan(*db, in);
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::ChangedThere), 1);
    QCOMPARE(plan->records.first().fields.size(), 1);
    importAll(*db, in);
    const UseCase u = *UseCaseRepository(*db).get(kUuid);
    QCOMPARE(u.summary, QStringLiteral("Edited in the spreadsheet."));
    QCOMPARE(u.title, baseUseCase().title);
    QCOMPARE(u.revision, 2);
    // A new row without uuid is added.
    IncomingRecords more;
    more.sourceName = QStringLiteral("sheet2.csv");
    IncomingUseCase fresh;
    fresh.useCase.title = QStringLiteral("Nouvelle ligne");
    more.useCases.append(fresh);
    auto added = ImportPlanner::apply(*db, more, Resolutions());
    QVERIFY(added);
    QCOMPARE(added->added, 1);
    QCOMPARE(UseCaseRepository(*db).count().value(), 2);
}

void tst_ImportPlanner::noCommonVersionIsAConflict()
{
    auto a = open(QStringLiteral("nobase-a.sqlite"));
    auto b = open(QStringLiteral("nobase-b.sqlite"));
    QVERIFY(a && b);
    UseCase u = baseUseCase();
    QVERIFY(UseCaseRepository(*a).insert(u));
    u.summary = QStringLiteral("Written separately.");
    QVERIFY(UseCaseRepository(*b).insert(u));
    auto plan = ImportPlanner::plan(*a, from(*b, QStringLiteral("b")));
    QVERIFY(plan);
    QCOMPARE(plan->count(RecordKind::UseCase, RecordStatus::Conflict), 1);
    QVERIFY(plan->records.first().fields.first().isConflict());
}

void tst_ImportPlanner::rejectsDuplicatesAndMissingAttachments()
{
    auto db = open(QStringLiteral("reject.sqlite"));
    QVERIFY(db);
    const QStringList before = dump(*db);
    IncomingRecords dup;
    dup.sourceName = QStringLiteral("dup");
    dup.useCases = {IncomingUseCase{baseUseCase(), {}, {}, {}}, IncomingUseCase{baseUseCase(), {}, {}, {}}};
    auto plan = ImportPlanner::plan(*db, dup);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::InputRejected);
    QVERIFY(plan.error().message.contains(kUuid));

    IncomingRecords missing;
    missing.sourceName = QStringLiteral("missing");
    UseCase u = baseUseCase();
    u.attachments.append(
        AttachmentRef{QString(64, QLatin1Char('a')), QStringLiteral("photo.jpg"), {}, 10, {}, {}});
    missing.useCases = {IncomingUseCase{u, {}, {}, {}}};
    auto result = ImportPlanner::apply(*db, missing, Resolutions());
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QLatin1String("photo.jpg")));
    QCOMPARE(dump(*db), before);
}

void tst_ImportPlanner::leanSourceKeepsPlaceholders()
{
    auto db = open(QStringLiteral("lean.sqlite"));
    QVERIFY(db);
    const QByteArray bytes("photo bytes");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    UseCase u = baseUseCase();
    u.attachments.append(
        AttachmentRef{sha, QStringLiteral("photo.jpg"), {}, bytes.size(), {}, m_clock.nowUtc()});
    IncomingRecords lean;
    lean.sourceName = QStringLiteral("lean");
    lean.attachmentsMayBeMissing = true;
    lean.useCases = {IncomingUseCase{u, {}, {}, {}}};
    auto plan = ImportPlanner::plan(*db, lean);
    QVERIFY(plan);
    QCOMPARE(plan->warnings.size(), 1);
    importAll(*db, lean);
    AttachmentStore store(*db);
    QVERIFY(store.isPlaceholder(sha));
    QVERIFY(!store.contains(sha));
    QCOMPARE(UseCaseRepository(*db).get(kUuid)->attachments.size(), 1);
    // The full set brings the bytes.
    IncomingRecords full = lean;
    full.sourceName = QStringLiteral("full");
    full.attachmentsMayBeMissing = false;
    full.attachments.insert(sha, bytes);
    importAll(*db, full);
    QCOMPARE(store.get(sha).value(), bytes);
}

void tst_ImportPlanner::stalePlanIsRefused()
{
    auto origin = open(QStringLiteral("stale-origin.sqlite"));
    auto db = open(QStringLiteral("stale.sqlite"));
    QVERIFY(origin && db);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    const IncomingRecords in = from(*origin, QStringLiteral("o"));
    auto plan = ImportPlanner::plan(*db, in);
    QVERIFY(plan);
    UseCase other = baseUseCase();
    QVERIFY(UseCaseRepository(*db).insert(other)); // the same uuid appears here meanwhile
    ImportPlanner::ApplyOptions options;
    options.expected = &*plan;
    auto result = ImportPlanner::apply(*db, in, Resolutions(), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Usage);
}

/// apply() plans, decides and writes in one write transaction: another connection that tries to
/// write while the plan runs is refused at once, so nothing can change between what the plan read
/// and what is written.
void tst_ImportPlanner::noWriterBetweenPlanAndWrite()
{
    auto origin = open(QStringLiteral("locked-origin.sqlite"));
    auto db = open(QStringLiteral("locked.sqlite"));
    QVERIFY(origin && db);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    const IncomingRecords in = from(*origin, QStringLiteral("o"));
    sqlite3 *other = nullptr; // a second writer, which waits for no lock
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_dir.filePath(QStringLiteral("locked.sqlite"))).constData(),
                             &other, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    const auto tryToWrite = [other] {
        const int rc = sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        return rc;
    };
    QCOMPARE(tryToWrite(), SQLITE_OK); // nobody writes before the import
    QList<int> whilePlanning;
    ImportPlanner::ApplyOptions options;
    options.progress = [&](int, int) {
        whilePlanning.append(tryToWrite());
        return true;
    };
    auto result = ImportPlanner::apply(*db, in, Resolutions(), options);
    QVERIFY2(result, qPrintable(result.error().message));
    QVERIFY(!whilePlanning.isEmpty());
    QCOMPARE(whilePlanning.first(), SQLITE_BUSY);
    QCOMPARE(tryToWrite(), SQLITE_OK); // and the lock ends with the import
    sqlite3_close(other);
}

void tst_ImportPlanner::planJsonShape()
{
    auto origin = open(QStringLiteral("json-origin.sqlite"));
    auto db = open(QStringLiteral("json.sqlite"));
    QVERIFY(origin && db);
    QVERIFY(UseCaseRepository(*origin).insert(baseUseCase()));
    auto plan = ImportPlanner::plan(*db, from(*origin, QStringLiteral("o.casebook")));
    QVERIFY(plan);
    const QJsonObject json = plan->toJson();
    QCOMPARE(json.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("use_case"))
                 .toObject()
                 .value(QStringLiteral("new")),
             QJsonValue(1));
    QCOMPARE(json.value(QStringLiteral("has_conflicts")), QJsonValue(false));
    const QJsonObject record = json.value(QStringLiteral("records")).toArray().first().toObject();
    QCOMPARE(record.value(QStringLiteral("status")), QJsonValue(QStringLiteral("new")));
    QCOMPARE(record.value(QStringLiteral("uuid")), QJsonValue(kUuid));
    QCOMPARE(json.value(QStringLiteral("source")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("o.casebook")));
}

void tst_ImportPlanner::migrationFromVersion2()
{
    // A repository at schema version 2, as Casebook wrote it before the import log.
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    {
        Database::OpenOptions v2;
        v2.migrations = Database::builtinMigrations().mid(0, 2);
        QCOMPARE(v2.migrations.last().version, 2);
        auto db = Database::open(path, v2);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), 2);
        QVERIFY(UseCaseRepository(**db).insert(baseUseCase()));
        QSqlQuery q(DatabaseTestAccess::connection(**db));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO attachment_blobs (sha256, size, data) VALUES ('ab', 1, x'01')")));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QVERIFY((*db)->schemaVersion() >= 3);
    QVERIFY(Database::newestBackup(path).contains(QLatin1String("before-upgrade-v2")));
    QCOMPARE(UseCaseRepository(**db).get(kUuid)->title, baseUseCase().title);
    AttachmentStore store(**db);
    QVERIFY(store.contains(QStringLiteral("ab")));
    QVERIFY(!store.isPlaceholder(QStringLiteral("ab")));
    ImportLogRepository log(**db);
    ImportLogEntry e;
    e.sourceSha256 = QStringLiteral("x");
    auto id = log.add(e);
    QVERIFY(id);
    QVERIFY(log.noteOrigin(QStringLiteral("use_case"), kUuid, *id, QStringLiteral("added")));
    QVERIFY((*db)->fullCheck());
}

void tst_ImportPlanner::originKeepsFirstImportAndFollowsTheLast()
{
    // noteOrigin inserts, or updates the last import of a record already logged (issue 13: no
    // longer one upsert, which made the full-text index write a segment per imported record).
    auto db = open(QStringLiteral("origins.sqlite"));
    QVERIFY(db);
    ImportLogRepository log(*db);
    ImportLogEntry e;
    e.sourceSha256 = QStringLiteral("x");
    auto first = log.add(e);
    auto second = log.add(e);
    QVERIFY(first && second);
    QVERIFY(log.noteOrigin(QStringLiteral("use_case"), kUuid, *first, QStringLiteral("added")));
    QVERIFY(log.noteOrigin(QStringLiteral("assessment"), kUuid, *first, QStringLiteral("added")));
    QVERIFY(log.noteOrigin(QStringLiteral("use_case"), kUuid, *second, QStringLiteral("updated")));
    QSqlQuery q(DatabaseTestAccess::connection(*db));
    QVERIFY(q.exec(QStringLiteral("SELECT kind, first_import_id, last_import_id, last_action FROM "
                                  "record_origins ORDER BY kind")));
    QStringList rows;
    while (q.next())
        rows.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(q.value(0).toString())
                        .arg(q.value(1).toLongLong() - *first)
                        .arg(q.value(2).toLongLong() - *first)
                        .arg(q.value(3).toString()));
    QCOMPARE(rows,
             (QStringList{QStringLiteral("assessment 0 0 added"), QStringLiteral("use_case 0 1 updated")}));
}

void tst_ImportPlanner::newRecordWithoutTimesAndATakenCode()
{
    // A source that knows no times (a hand-made list): a new record whose code is already used here
    // is added under a new code, and nothing about the missing times stops the import.
    auto db = open(QStringLiteral("no-times.sqlite"));
    QVERIFY(db);
    QVERIFY(UseCaseRepository(*db).insert(baseUseCase()));
    IncomingRecords in;
    in.sourceName = QStringLiteral("hand-made");
    in.sourceKind = QStringLiteral("csv");
    IncomingUseCase row;
    row.useCase.uuid = QStringLiteral("5a0c1e52-64e1-4a43-9c5e-8f2b77d0c0aa");
    row.useCase.code = baseUseCase().code;
    row.useCase.title = QStringLiteral("Another meter pilot");
    in.useCases.append(row);
    auto result = ImportPlanner::apply(*db, in, Resolutions());
    QVERIFY2(result, qPrintable(result.error().message + QLatin1Char(' ') + result.error().detail));
    QCOMPARE(result->added, 1);
    auto added = UseCaseRepository(*db).get(row.useCase.uuid);
    QVERIFY(added);
    QCOMPARE(added->title, QStringLiteral("Another meter pilot"));
    QVERIFY(added->code.compare(baseUseCase().code, Qt::CaseInsensitive) != 0);
}

bool tst_ImportPlanner::originMovesToACodeAliceHas(const QString &name, std::unique_ptr<Database> &origin,
                                                   std::unique_ptr<Database> &alice,
                                                   const std::function<void(UseCase &)> &aliceEdit)
{
    origin = open(name + QStringLiteral("-origin.sqlite"));
    if (!origin || !UseCaseRepository(*origin).insert(baseUseCase()))
        return false;
    alice = member(name + QStringLiteral("-alice.sqlite"), *origin, QStringLiteral("Alice"));
    if (!alice)
        return false;
    UseCase other;
    other.title = QStringLiteral("Alice's own");
    other.code = QStringLiteral("UC-2026-002");
    if (!UseCaseRepository(*alice).insert(other))
        return false;
    m_clock.advanceSecs(60);
    const auto change = [](Database &db, const std::function<void(UseCase &)> &edit) {
        UseCaseRepository repo(db);
        auto u = repo.get(kUuid);
        if (!u)
            return false;
        edit(*u);
        return bool(repo.update(*u));
    };
    if (aliceEdit && !change(*alice, aliceEdit))
        return false;
    return change(*origin, [](UseCase &u) {
        u.code = QStringLiteral("UC-2026-002");
        u.summary = QStringLiteral("Moved and rewritten.");
    });
}

void tst_ImportPlanner::recordHereKeepsItsCodeWhenTheNewOneIsTaken()
{
    // At the source the use case moved to UC-2026-002 (and its summary changed); here another use
    // case has that code. The import takes the change and the record keeps its code here: it used to
    // fail on "already used", every time.
    std::unique_ptr<Database> origin, alice;
    QVERIFY(originMovesToACodeAliceHas(QStringLiteral("moved"), origin, alice));
    const IncomingRecords in = from(*origin, QStringLiteral("origin-moved"));
    auto result = ImportPlanner::apply(*alice, in, Resolutions());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->updated, 1);
    const UseCase u = *UseCaseRepository(*alice).get(kUuid);
    QCOMPARE(u.code, QStringLiteral("UC-2026-001"));
    QCOMPARE(u.summary, QStringLiteral("Moved and rewritten."));
    QCOMPARE(UseCaseRepository(*alice).get(QStringLiteral("UC-2026-002"))->title,
             QStringLiteral("Alice's own"));
    QVERIFY2(result->notes.join(QLatin1Char(' ')).contains(QLatin1String("UC-2026-002")),
             qPrintable(result->notes.join(QLatin1Char(' '))));
    // The version as it came is known here: the same source again changes nothing.
    auto again = ImportPlanner::apply(*alice, in, Resolutions());
    QVERIFY(again);
    QCOMPARE(again->changed, false);
}

void tst_ImportPlanner::mergeWhoseCodeYieldsKeepsOneIncomingVersion()
{
    // Both sides changed the use case: the source moved it to UC-2026-002 (taken here) and rewrote
    // its summary; Alice changed its deployment stage. The merge keeps the incoming version in
    // history once: the merged record (Alice's edit with the source's code) never existed anywhere
    // and is not kept as a version of its own.
    std::unique_ptr<Database> origin, alice;
    QVERIFY(originMovesToACodeAliceHas(QStringLiteral("merge-yield"), origin, alice, [](UseCase &u) {
        u.deploymentStage = QStringLiteral("operational");
    }));
    auto before = HistoryRepository(*alice).useCaseVersions(kUuid);
    QVERIFY(before);
    const IncomingRecords in = from(*origin, QStringLiteral("origin-merge-yield"));
    auto result = ImportPlanner::apply(*alice, in, Resolutions());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->merged, 1);
    const UseCase u = *UseCaseRepository(*alice).get(kUuid);
    QCOMPARE(u.code, QStringLiteral("UC-2026-001"));
    QCOMPARE(u.summary, QStringLiteral("Moved and rewritten."));
    QCOMPARE(u.deploymentStage, QStringLiteral("operational"));

    auto after = HistoryRepository(*alice).useCaseVersions(kUuid);
    QVERIFY(after);
    QList<StoredVersion> underTheirCode;
    for (const StoredVersion &v : *after) {
        if (v.document.value(QLatin1String("code")).toString() == QLatin1String("UC-2026-002"))
            underTheirCode.append(v);
    }
    QCOMPARE(underTheirCode.size(), 1);
    QCOMPARE(underTheirCode.first().document.value(QLatin1String("summary")).toString(),
             QStringLiteral("Moved and rewritten."));
    QCOMPARE(underTheirCode.first().document.value(QLatin1String("deployment_stage")).toString(),
             QStringLiteral("pilot")); // theirs as it came, not the merge
    QCOMPARE(after->size(), before->size() + 2); // Alice's version before, and theirs
}

void tst_ImportPlanner::renumberedRecordLeavesTheNextIncomingCodeFree()
{
    // Two members numbered their new use cases offline: here UC-2026-001; there UC-2026-001 and
    // UC-2026-002, in that order. Theirs 001 is renumbered, and must not take 002 before their 002
    // arrives (it did, and the import, or every later sync, failed on "already used").
    auto db = open(QStringLiteral("numbered-offline.sqlite"));
    QVERIFY(db);
    UseCase mine;
    mine.title = QStringLiteral("Mine");
    auto stored = UseCaseRepository(*db).insert(mine);
    QVERIFY(stored);
    QCOMPARE(stored->code, QStringLiteral("UC-2026-001"));
    IncomingRecords in;
    in.sourceName = QStringLiteral("other member");
    for (int n = 1; n <= 2; ++n) {
        IncomingUseCase row;
        row.useCase.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.useCase.code = QStringLiteral("UC-2026-00%1").arg(n);
        row.useCase.title = QStringLiteral("Theirs %1").arg(n);
        in.useCases.append(row);
    }
    auto result = ImportPlanner::apply(*db, in, Resolutions());
    QVERIFY2(result, qPrintable(result.error().message + QLatin1Char(' ') + result.error().detail));
    QCOMPARE(result->added, 2);
    QCOMPARE(UseCaseRepository(*db).get(in.useCases[1].useCase.uuid)->code, QStringLiteral("UC-2026-002"));
    QCOMPARE(UseCaseRepository(*db).get(in.useCases[0].useCase.uuid)->code, QStringLiteral("UC-2026-003"));
    QCOMPARE(UseCaseRepository(*db).get(stored->uuid)->code, QStringLiteral("UC-2026-001"));
}

/// A large import is planned on both cores (planOnBothCores: the second half of the use cases and
/// of the assessments on a read connection of its own). The plan is the one made on this connection
/// alone (inside a transaction, where a second connection would not see its writes), record for
/// record, with every status in both halves; a cancel stops both halves.
void tst_ImportPlanner::planOnBothCoresIsThePlanMadeAlone()
{
    auto origin = open(QStringLiteral("cores-origin.sqlite"), QStringLiteral("Bob"));
    QVERIFY(origin);
    QVERIFY(Seeder::seed(*origin, false));
    const QString rubric = RubricJson::defaultRubric().uuid;
    const auto assess = [&rubric](Database &db, const QString &useCase, const QString &assessor, int level) {
        Assessment a;
        a.useCaseUuid = useCase;
        a.rubricUuid = rubric;
        a.assessorName = assessor;
        a.scores = {CriterionScore{QStringLiteral("A1"), ScoreState::Level, level, {}, {}, {}}};
        return bool(AssessmentRepository(db).save(a));
    };
    QStringList uuids;
    for (int i = 0; i < 600; ++i) {
        UseCase u;
        u.code = QStringLiteral("UC-CORE-%1").arg(i);
        u.title = QStringLiteral("Use case %1").arg(i);
        auto saved = UseCaseRepository(*origin).insert(u);
        QVERIFY(saved);
        uuids.append(saved->uuid);
        QVERIFY(assess(*origin, saved->uuid, QStringLiteral("Bob"), 1 + i % 4));
        if (i % 11 == 0) // transcribed for Alice: planned with a note for her, on either connection
            QVERIFY(assess(*origin, saved->uuid, QStringLiteral("Alice"), 3));
    }
    // Alice has every third record, edits some, deletes some and scores some herself.
    auto alice = open(QStringLiteral("cores-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(alice && Seeder::seed(*alice, false));
    IncomingRecords some = from(*origin, QStringLiteral("some"));
    QSet<QString> kept;
    for (int i = 0; i < 600; i += 3)
        kept.insert(uuids[i]);
    some.useCases.removeIf([&kept](const IncomingUseCase &u) { return !kept.contains(u.useCase.uuid); });
    some.assessments.removeIf([&kept](const Assessment &a) { return !kept.contains(a.useCaseUuid); });
    importAll(*alice, some);
    for (int i = 0; i < 600; i += 3) {
        if (i % 9 == 3) {
            auto u = UseCaseRepository(*alice).get(uuids[i]);
            QVERIFY(u);
            u->summary = QStringLiteral("Edited by Alice");
            QVERIFY(UseCaseRepository(*alice).update(*u));
        } else if (i % 9 == 6) {
            QVERIFY(UseCaseRepository(*alice).remove(uuids[i]));
        }
        if (i % 5 == 0 && i % 9 != 6)
            QVERIFY(assess(*alice, uuids[i], QStringLiteral("Alice"), 2));
    }
    // Bob changes every seventh record there.
    for (int i = 0; i < 600; i += 7) {
        auto u = UseCaseRepository(*origin).get(uuids[i]);
        QVERIFY(u);
        u->title += QStringLiteral(" (revised)");
        QVERIFY(UseCaseRepository(*origin).update(*u));
    }
    const IncomingRecords in = from(*origin, QStringLiteral("all"));
    QVERIFY(in.useCases.size() >= 512 && in.assessments.size() >= 512);

    int connections = 0;
    const std::function<bool(int, int)> count = [&connections](int, int) {
        connections = std::max(connections, int(QSqlDatabase::connectionNames().size()));
        return true;
    };
    const int alone = int(QSqlDatabase::connectionNames().size());
    auto onBoth = ImportPlanner::plan(*alice, in, count);
    QVERIFY2(onBoth, qPrintable(onBoth ? QString() : onBoth.error().message));
    QVERIFY2(connections > alone, "the plan did not open a second connection");
    std::optional<ImportPlan> single;
    {
        Transaction tx(*alice);
        QVERIFY(tx.status());
        connections = 0;
        auto plan = ImportPlanner::plan(*alice, in, count);
        QVERIFY(plan);
        QCOMPARE(connections, alone);
        single = *plan;
    }
    QCOMPARE(onBoth->toJson(), single->toJson());
    for (RecordStatus status : {RecordStatus::New, RecordStatus::Identical, RecordStatus::ChangedThere,
                                RecordStatus::ChangedHere, RecordStatus::DeletedHere}) {
        QVERIFY2(onBoth->count(RecordKind::UseCase, status) > 0, qPrintable(QString::number(int(status))));
    }
    QVERIFY(onBoth->count(RecordKind::Assessment, RecordStatus::New) > 0);

    // A cancel in the first half stops both; nothing is left running.
    const std::function<bool(int, int)> cancel = [](int done, int) { return done < 100; };
    auto cancelled = ImportPlanner::plan(*alice, in, cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), alone);
}

QTEST_GUILESS_MAIN(tst_ImportPlanner)
void tst_ImportPlanner::recordsNeverHeldAreFoundAtOnce()
{
    auto db = open(QStringLiteral("never-held.sqlite"));
    QVERIFY(db && Seeder::seed(*db, false));
    UseCaseRepository useCases(*db);
    const auto add = [&useCases](const QString &title) {
        UseCase u;
        u.title = title;
        return useCases.insert(u).value().uuid;
    };
    const QString kept = add(QStringLiteral("Kept"));
    const QString deleted = add(QStringLiteral("Deleted"));
    QVERIFY(useCases.remove(deleted));
    Assessment a;
    a.useCaseUuid = kept;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Tester");
    a.scores = {CriterionScore{QStringLiteral("A1"), ScoreState::Level, 2, {}, {}, {}}};
    const QString assessed = AssessmentRepository(*db).save(a).value().uuid;
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);

    using R = HistoryRepository::Records;
    const HistoryRepository history(*db);
    // Another spelling of a UUID is not judged: a use case is found under it too.
    auto unseen = history.neverHeld(R::UseCases,
                                    {kept, deleted, fresh, other.toUpper(),
                                     QStringLiteral("{") + other + QLatin1Char('}'), QString(),
                                     QStringLiteral("UC-2026-001")});
    QVERIFY(unseen);
    QCOMPARE(*unseen, QSet<QString>{fresh});
    QVERIFY(AssessmentRepository(*db).remove(assessed));
    const QString live = [&] {
        Assessment b = a;
        b.assessorName = QStringLiteral("Second");
        return AssessmentRepository(*db).save(b).value().uuid;
    }();
    unseen = history.neverHeld(R::Assessments, {assessed, live, fresh, kept});
    QVERIFY(unseen);
    // `kept` names a use case, not an assessment: never held as an assessment.
    QCOMPARE(*unseen, (QSet<QString>{fresh, kept}));

    // An assessment never held here by its UUID may still be the local one of its use case,
    // rubric and assessor: the plan finds it that way, and does not add a second one.
    IncomingRecords in = from(*db, QStringLiteral("same-assessor"));
    QCOMPARE(in.assessments.size(), 1);
    in.assessments[0].uuid = fresh;
    auto plan = ImportPlanner::plan(*db, in);
    QVERIFY(plan);
    const auto same = std::find_if(plan->records.cbegin(), plan->records.cend(),
                                   [](const RecordPlan &p) { return p.kind == RecordKind::Assessment; });
    QVERIFY(same != plan->records.cend());
    QVERIFY2(same->status != RecordStatus::New, qPrintable(same->key));
}

#include "tst_ImportPlanner.moc"
