// Taking an import back (ImportTakeBack, ChangeJournal): every record it added, changed or deleted
// goes back to how it was, with its search and score rows; refused, changing nothing, when a record
// changed since.
#include "DatabaseDump.h"
#include "DatabaseTestAccess.h"
#include "TestSupport.h"

#include "merge/ImportPlanner.h"
#include "merge/ImportTakeBack.h"
#include "merge/RecordCollector.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/HistoryRepository.h"
#include "storage/ImportLogRepository.h"
#include "storage/RubricRepository.h"
#include "storage/Seeder.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

const QString kBase = QStringLiteral("6f1d2a3b-0c4d-4e5f-8a9b-0c1d2e3f4a51");
const QString kGone = QStringLiteral("6f1d2a3b-0c4d-4e5f-8a9b-0c1d2e3f4a52");
const QString kNew = QStringLiteral("6f1d2a3b-0c4d-4e5f-8a9b-0c1d2e3f4a53");

UseCase useCase(const QString &uuid, const QString &code, const QString &title)
{
    UseCase u;
    u.uuid = uuid;
    u.code = code;
    u.title = title;
    u.summary = QStringLiteral("Meters report hourly over NB-IoT.");
    u.verticals = {QStringLiteral("water")};
    u.deploymentStage = QStringLiteral("pilot");
    u.tags = {QStringLiteral("water")};
    return u;
}

Assessment assessment(const QString &useCaseUuid, const QString &assessor, int level)
{
    Assessment a;
    a.useCaseUuid = useCaseUuid;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = assessor;
    a.scores = {CriterionScore{QStringLiteral("A1"), ScoreState::Level, level, {}, {}, {}}};
    return a;
}

/// Every row that taking back must restore, histories included: the dump without the import log
/// and the attachment store's bytes, which only grow, plus the full-text rows as search reads them.
QStringList records(Database &db)
{
    QStringList rows;
    for (const QString &row : test::dumpDatabase(db)) {
        const QString table = row.section(QLatin1Char('|'), 0, 0);
        if (table != QLatin1String("imports") && table != QLatin1String("import_undo")
            && table != QLatin1String("attachment_blobs"))
            rows.append(row);
    }
    QSqlQuery q(DatabaseTestAccess::connection(db));
    if (!q.exec(QStringLiteral(
            "SELECT rowid, code, title, summary, body, tags FROM use_cases_fts ORDER BY rowid")))
        rows.append(QStringLiteral("fts query failed"));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 6; ++i)
            cells.append(q.value(i).toString());
        rows.append(QStringLiteral("fts|") + cells.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

class tst_ImportTakeBack : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void takesBackAdditionsChangesAndDeletions();
    void refusedWhenARecordChangedSince();
    void laterImportIsTakenBackFirst();
    void refusedWhenAnAddedUseCaseWasAssessedSince();
    void addedUseCasesAreKeptByIdNotWhole();
    void takesBackARubricVersionWithItsAssessments();
    void keepsATagGivenSinceToAnotherUseCase();
    void refusals();
    void onlyTheNewestImportsAreKept();
    void cancelledChangesNothing();

private:
    std::unique_ptr<Database> open(const QString &name,
                                   const QString &contributor = QStringLiteral("Tester"));
    IncomingRecords from(Database &db, const QString &name);
    static ImportResult importAll(Database &db, const IncomingRecords &in, const Resolutions &res = {});
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
};

void tst_ImportTakeBack::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> tst_ImportTakeBack::open(const QString &name, const QString &contributor)
{
    Database::OpenOptions options;
    options.clock = &m_clock;
    options.contributor = contributor;
    auto db = Database::open(m_dir.filePath(name), options);
    if (!db || !Seeder::seed(**db, false)) {
        qWarning() << name << "did not open";
        return nullptr;
    }
    return std::move(*db);
}

IncomingRecords tst_ImportTakeBack::from(Database &db, const QString &name)
{
    RecordCollector::Options options;
    options.tombstones = true;
    auto in = RecordCollector::collect(db, UseCaseRepository(db).allUuids().value(), options);
    if (!in)
        qWarning() << in.error().message;
    IncomingRecords r = in.value();
    r.sourceName = name;
    r.sourceSha256 =
        QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    return r;
}

ImportResult tst_ImportTakeBack::importAll(Database &db, const IncomingRecords &in, const Resolutions &res)
{
    auto result = ImportPlanner::apply(db, in, res);
    if (!result)
        qWarning() << result.error().message << result.error().detail;
    return result ? *result : ImportResult();
}

void tst_ImportTakeBack::takesBackAdditionsChangesAndDeletions()
{
    auto origin = open(QStringLiteral("all-origin.sqlite"));
    auto alice = open(QStringLiteral("all-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    QVERIFY(UseCaseRepository(*origin).insert(
        useCase(kBase, QStringLiteral("UC-2026-001"), QStringLiteral("Water meters"))));
    QVERIFY(UseCaseRepository(*origin).insert(
        useCase(kGone, QStringLiteral("UC-2026-002"), QStringLiteral("Street lights"))));
    QVERIFY(AssessmentRepository(*origin).save(assessment(kGone, QStringLiteral("Amina"), 2)));
    QVERIFY(importAll(*alice, from(*origin, QStringLiteral("round-1"))).changed);
    QVERIFY(UseCaseRepository(*alice).insert(
        useCase({}, QStringLiteral("UC-2026-050"), QStringLiteral("Alice's own"))));

    // Alice retitles one record; the origin changes its summary (a merge), deletes another and adds
    // a third with an attachment and scores.
    UseCase retitled = UseCaseRepository(*alice).get(kBase).value();
    retitled.title = QStringLiteral("Water meters, as Alice sees them");
    QVERIFY(UseCaseRepository(*alice).update(retitled));
    m_clock.advanceSecs(60);
    UseCase changed = UseCaseRepository(*origin).get(kBase).value();
    changed.summary = QStringLiteral("Meters now report every minute over LoRaWAN.");
    changed.tags.append(QStringLiteral("lorawan"));
    QVERIFY(UseCaseRepository(*origin).update(changed));
    QVERIFY(AssessmentRepository(*origin).save(assessment(kBase, QStringLiteral("Amina"), 4)));
    QVERIFY(UseCaseRepository(*origin).remove(kGone));
    UseCase added = useCase(kNew, QStringLiteral("UC-2026-003"), QStringLiteral("Flood sensors"));
    auto sha = AttachmentStore(*origin).put(QByteArray("%PDF-1.4 flood report"));
    QVERIFY(sha);
    added.attachments.append(AttachmentRef{*sha, QStringLiteral("flood.pdf"),
                                           QStringLiteral("application/pdf"), 21, QStringLiteral("Report"),
                                           m_clock.nowUtc()});
    QVERIFY(UseCaseRepository(*origin).insert(added));
    QVERIFY(AssessmentRepository(*origin).save(assessment(kNew, QStringLiteral("Bruno"), 3)));

    const QStringList before = records(*alice);
    const IncomingRecords in = from(*origin, QStringLiteral("round-2"));
    Resolutions takeDeletion;
    takeDeletion.records[QStringLiteral("use_case:") + kGone].choice = RecordChoice::TakeTheirs;
    const ImportResult result = importAll(*alice, in, takeDeletion);
    QVERIFY(result.changed);
    QCOMPARE(result.deleted, 1);
    QCOMPARE(result.merged, 1);
    QVERIFY(result.added >= 2);
    QVERIFY(records(*alice) != before);
    QVERIFY(ImportLogRepository(*alice).get(result.importId).value()->canTakeBack);

    m_clock.advanceSecs(60);
    auto taken = ImportTakeBack::run(*alice, result.importId);
    QVERIFY2(taken, qPrintable(taken.error().message + taken.error().detail));
    QCOMPARE(taken->import.id, result.importId);
    QCOMPARE(taken->useCases, 3);
    QCOMPARE(records(*alice), before); // records, facets, tags, attachments, scores, search rows
    QVERIFY(AttachmentStore(*alice).contains(*sha)); // the store's bytes are never deleted

    // As if the import had not been made: the versions it brought are not in history either; the
    // log says it was taken back.
    const QList<StoredVersion> versions = HistoryRepository(*alice).useCaseVersions(kBase).value();
    for (const StoredVersion &v : versions)
        QVERIFY(v.document.value(QStringLiteral("summary")).toString() != changed.summary);
    const ImportLogEntry entry = ImportLogRepository(*alice).get(result.importId).value().value();
    QCOMPARE(entry.takenBackAt, m_clock.nowUtc());
    QVERIFY(!entry.canTakeBack);
    QVERIFY(ImportLogRepository(*alice).findBySource(in.sourceSha256)->isEmpty());

    // The same bundle imports again, with the same changes.
    const ImportResult again = importAll(*alice, in, takeDeletion);
    QVERIFY(again.changed);
    QCOMPARE(again.added, result.added);
    QCOMPARE(again.updated, result.updated);
    QCOMPARE(again.merged, result.merged);
    QCOMPARE(again.deleted, result.deleted);
    QCOMPARE(UseCaseRepository(*alice).get(kBase)->summary, changed.summary);
    QCOMPARE(UseCaseRepository(*alice).get(kBase)->title, retitled.title);
}

void tst_ImportTakeBack::refusedWhenARecordChangedSince()
{
    auto origin = open(QStringLiteral("edit-origin.sqlite"));
    auto alice = open(QStringLiteral("edit-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    QVERIFY(UseCaseRepository(*origin).insert(
        useCase(kNew, QStringLiteral("UC-2026-007"), QStringLiteral("Bins"))));
    const ImportResult result = importAll(*alice, from(*origin, QStringLiteral("bins")));
    QVERIFY(result.changed);
    UseCase edited = UseCaseRepository(*alice).get(kNew).value();
    edited.title = QStringLiteral("Smart bins, as Alice sees them");
    QVERIFY(UseCaseRepository(*alice).update(edited));

    const QStringList before = test::dumpDatabase(*alice, true);
    auto taken = ImportTakeBack::run(*alice, result.importId);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, ErrorCode::Usage);
    QVERIFY2(taken.error().message.contains(QStringLiteral("UC-2026-007")),
             qPrintable(taken.error().message));
    QCOMPARE(test::dumpDatabase(*alice, true), before); // nothing changed, not even the log
    QVERIFY(ImportLogRepository(*alice).get(result.importId).value()->canTakeBack);
}

void tst_ImportTakeBack::laterImportIsTakenBackFirst()
{
    auto origin = open(QStringLiteral("order-origin.sqlite"));
    auto alice = open(QStringLiteral("order-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    const QStringList empty = records(*alice);
    QVERIFY(UseCaseRepository(*origin).insert(
        useCase(kNew, QStringLiteral("UC-2026-009"), QStringLiteral("Buses"))));
    const ImportResult first = importAll(*alice, from(*origin, QStringLiteral("first")));
    const QStringList afterFirst = records(*alice);
    m_clock.advanceSecs(60);
    UseCase u = UseCaseRepository(*origin).get(kNew).value();
    u.summary = QStringLiteral("Buses report their position.");
    QVERIFY(UseCaseRepository(*origin).update(u));
    const ImportResult second = importAll(*alice, from(*origin, QStringLiteral("second")));
    QVERIFY(first.changed && second.changed);
    QCOMPARE(second.updated, 1);

    auto refused = ImportTakeBack::run(*alice, first.importId);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("UC-2026-009")));
    QVERIFY(ImportTakeBack::run(*alice, second.importId));
    QCOMPARE(records(*alice), afterFirst);
    QVERIFY(ImportTakeBack::run(*alice, first.importId));
    QCOMPARE(records(*alice), empty);
}

void tst_ImportTakeBack::refusedWhenAnAddedUseCaseWasAssessedSince()
{
    // Removing the use case would take Alice's assessment with it.
    auto origin = open(QStringLiteral("assessed-origin.sqlite"));
    auto alice = open(QStringLiteral("assessed-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    QVERIFY(UseCaseRepository(*origin).insert(
        useCase(kNew, QStringLiteral("UC-2026-013"), QStringLiteral("Parking sensors"))));
    QVERIFY(AssessmentRepository(*origin).save(assessment(kNew, QStringLiteral("Bruno"), 3)));
    const ImportResult result = importAll(*alice, from(*origin, QStringLiteral("parking")));
    QVERIFY(result.changed);
    QVERIFY(AssessmentRepository(*alice).save(assessment(kNew, QStringLiteral("Alice"), 1)));

    const QStringList before = test::dumpDatabase(*alice, true);
    auto taken = ImportTakeBack::run(*alice, result.importId);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, ErrorCode::Usage);
    QVERIFY2(taken.error().message.contains(QStringLiteral("UC-2026-013")),
             qPrintable(taken.error().message));
    QVERIFY2(taken.error().message.contains(QStringLiteral("scored since")),
             qPrintable(taken.error().message));
    QCOMPARE(test::dumpDatabase(*alice, true), before);

    // Once Alice's own assessment is gone, only what the import brought is left: it goes back.
    QString alices;
    const QList<Assessment> assessments = AssessmentRepository(*alice).forUseCase(kNew).value();
    for (const Assessment &a : assessments) {
        if (a.assessorName == QLatin1String("Alice"))
            alices = a.uuid;
    }
    QVERIFY(!alices.isEmpty());
    QVERIFY(AssessmentRepository(*alice).remove(alices));
    auto again = ImportTakeBack::run(*alice, result.importId);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(UseCaseRepository(*alice).count().value(), 0);
    QSqlQuery left(DatabaseTestAccess::connection(*alice));
    QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM assessments")) && left.next());
    QCOMPARE(left.value(0).toInt(), 0);

    // An assessment the import added to a use case it added, scored again since.
    const ImportResult again2 = importAll(*alice, from(*origin, QStringLiteral("parking, again")));
    QVERIFY(again2.changed);
    Assessment rescored = AssessmentRepository(*alice).forUseCase(kNew).value().constFirst();
    rescored.scores.first().level = 1;
    QVERIFY(AssessmentRepository(*alice).save(rescored));
    const QStringList rescoredBefore = test::dumpDatabase(*alice, true);
    auto refused = ImportTakeBack::run(*alice, again2.importId);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("UC-2026-013")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("scored since")),
             qPrintable(refused.error().message));
    QCOMPARE(test::dumpDatabase(*alice, true), rescoredBefore);
}

void tst_ImportTakeBack::addedUseCasesAreKeptByIdNotWhole()
{
    // What an import into a new repository keeps to be taken back does not grow with the text of
    // the use cases it adds (issue 13): a take-back removes them whole.
    auto origin = open(QStringLiteral("long-origin.sqlite"));
    auto alice = open(QStringLiteral("long-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    const QStringList empty = records(*alice);
    qsizetype text = 0;
    for (int i = 0; i < 20; ++i) {
        UseCase u =
            useCase({}, QStringLiteral("UC-2026-%1").arg(300 + i), QStringLiteral("Long record %1").arg(i));
        u.summary = QStringLiteral("Sensors along the river report levels every few minutes. ").repeated(80);
        text += u.summary.toUtf8().size();
        auto stored = UseCaseRepository(*origin).insert(u);
        QVERIFY(stored);
        QVERIFY(AssessmentRepository(*origin).save(assessment(stored->uuid, QStringLiteral("Bruno"), 2)));
    }
    const ImportResult result = importAll(*alice, from(*origin, QStringLiteral("long")));
    QCOMPARE(result.added, 40); // with their assessments
    auto undo = ImportLogRepository(*alice).undoOf(result.importId);
    QVERIFY(undo && *undo);
    QVERIFY2(
        (*undo)->changes.size() < text / 10,
        qPrintable(QStringLiteral("%1 bytes kept for %2 of text").arg((*undo)->changes.size()).arg(text)));
    QCOMPARE(ImportLogRepository(*alice).addedUseCases(result.importId)->size(), 20);

    auto taken = ImportTakeBack::run(*alice, result.importId);
    QVERIFY2(taken, qPrintable(taken.error().message));
    QCOMPARE(taken->useCases, 20);
    QCOMPARE(records(*alice), empty);
    QVERIFY(ImportLogRepository(*alice).addedUseCases(result.importId)->isEmpty());
}

void tst_ImportTakeBack::takesBackARubricVersionWithItsAssessments()
{
    // A colleague's bundle with a rubric version of theirs and new use cases scored under it: the
    // assessments hold on to the rubric, so they must be gone before it is.
    auto origin = open(QStringLiteral("rubric-origin.sqlite"));
    auto alice = open(QStringLiteral("rubric-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    const QStringList empty = records(*alice);
    Rubric edited = RubricJson::defaultRubric();
    edited.dimensions[0].criteria[0].weight += 5;
    auto saved = RubricRepository(*origin).saveEdited(edited, RubricRepository::VersionPolicy::NewVersion);
    QVERIFY2(saved, qPrintable(saved.error().message));
    QVERIFY(saved->rubric.uuid != edited.uuid);
    auto stored = UseCaseRepository(*origin).insert(
        useCase(kNew, QStringLiteral("UC-2026-015"), QStringLiteral("Noise sensors")));
    QVERIFY(stored);
    Assessment scored = assessment(kNew, QStringLiteral("Bruno"), 3);
    scored.rubricUuid = saved->rubric.uuid;
    QVERIFY(AssessmentRepository(*origin).save(scored));

    const ImportResult result = importAll(*alice, from(*origin, QStringLiteral("noise")));
    QVERIFY(result.changed);
    QVERIFY(RubricRepository(*alice).hasVersion(saved->rubric.uuid).value());
    auto taken = ImportTakeBack::run(*alice, result.importId);
    QVERIFY2(taken, qPrintable(taken.error().message + taken.error().detail));
    QCOMPARE(records(*alice), empty);
}

void tst_ImportTakeBack::keepsATagGivenSinceToAnotherUseCase()
{
    // The import brings the tag "lorawan"; Alice then gives it to a use case of her own. Taking the
    // import back leaves her tag where it is (a tag is removed only when nothing carries it).
    auto origin = open(QStringLiteral("tag-origin.sqlite"));
    auto alice = open(QStringLiteral("tag-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    UseCase tagged = useCase(kNew, QStringLiteral("UC-2026-017"), QStringLiteral("Gateways"));
    tagged.tags = {QStringLiteral("lorawan"), QStringLiteral("unused-after")};
    QVERIFY(UseCaseRepository(*origin).insert(tagged));
    auto own = UseCaseRepository(*alice).insert(
        useCase({}, QStringLiteral("UC-2026-070"), QStringLiteral("Alice's")));
    QVERIFY(own);
    const ImportResult result = importAll(*alice, from(*origin, QStringLiteral("gateways")));
    QVERIFY(result.changed);
    QVERIFY(UseCaseRepository(*alice).addTags(own->uuid, {QStringLiteral("lorawan")}));

    auto taken = ImportTakeBack::run(*alice, result.importId);
    QVERIFY2(taken, qPrintable(taken.error().message + taken.error().detail));
    QVERIFY(UseCaseRepository(*alice).get(own->uuid)->tags.contains(QStringLiteral("lorawan")));
    const QStringList names = TagRepository(*alice).names().value();
    QVERIFY(names.contains(QStringLiteral("lorawan")));
    QVERIFY2(!names.contains(QStringLiteral("unused-after")), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(!UseCaseRepository(*alice).exists(kNew).value());
}

void tst_ImportTakeBack::refusals()
{
    auto origin = open(QStringLiteral("no-origin.sqlite"));
    auto alice = open(QStringLiteral("no-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    auto unknown = ImportTakeBack::run(*alice, 99);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    QVERIFY(UseCaseRepository(*origin).insert(
        useCase(kNew, QStringLiteral("UC-2026-011"), QStringLiteral("Lamps"))));
    const ImportResult result = importAll(*alice, from(*origin, QStringLiteral("lamps.casebook")));
    QVERIFY(ImportTakeBack::run(*alice, result.importId));
    auto twice = ImportTakeBack::run(*alice, result.importId);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Usage);
    QVERIFY(twice.error().message.contains(QStringLiteral("lamps.casebook")));

    // An import made by an earlier Casebook names the copy it took instead.
    ImportLogEntry old;
    old.sourceSha256 = QStringLiteral("00");
    old.sourceName = QStringLiteral("old.casebook");
    old.backupPath = QStringLiteral("/home/alice/casebook-backups/before-import.sqlite");
    auto oldId = ImportLogRepository(*alice).add(old);
    QVERIFY(oldId);
    auto copy = ImportTakeBack::run(*alice, *oldId);
    QVERIFY(!copy);
    QVERIFY(copy.error().message.contains(old.backupPath));

    // A sync's entry is not taken back here.
    ImportLogEntry sync = old;
    sync.sourceKind = QStringLiteral("sync");
    sync.backupPath.clear();
    auto syncId = ImportLogRepository(*alice).add(sync);
    QVERIFY(syncId);
    auto synced = ImportTakeBack::run(*alice, *syncId);
    QVERIFY(!synced);
    QCOMPARE(synced.error().code, ErrorCode::Usage);
}

void tst_ImportTakeBack::onlyTheNewestImportsAreKept()
{
    auto origin = open(QStringLiteral("many-origin.sqlite"));
    auto alice = open(QStringLiteral("many-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    QList<qint64> ids;
    for (int i = 0; i <= ImportLogRepository::kUndoKept; ++i) {
        QVERIFY(UseCaseRepository(*origin).insert(
            useCase({}, QStringLiteral("UC-2026-%1").arg(100 + i), QStringLiteral("Record %1").arg(i))));
        const ImportResult r = importAll(*alice, from(*origin, QStringLiteral("batch-%1").arg(i)));
        QVERIFY(r.changed);
        ids.append(r.importId);
    }
    auto log = ImportLogRepository(*alice).list();
    QVERIFY(log);
    QCOMPARE(log->size(), ids.size());
    QCOMPARE(log->last().id, ids.first());
    QVERIFY(!log->last().canTakeBack);
    for (int i = 0; i < ImportLogRepository::kUndoKept; ++i)
        QVERIFY(log->at(i).canTakeBack);
    auto tooOld = ImportTakeBack::run(*alice, ids.first());
    QVERIFY(!tooOld);
    QCOMPARE(tooOld.error().code, ErrorCode::NotFound);
    QVERIFY(ImportTakeBack::run(*alice, ids.last()));
}

void tst_ImportTakeBack::cancelledChangesNothing()
{
    auto origin = open(QStringLiteral("stop-origin.sqlite"));
    auto alice = open(QStringLiteral("stop-alice.sqlite"), QStringLiteral("Alice"));
    QVERIFY(origin && alice);
    for (int i = 0; i < 40; ++i)
        QVERIFY(UseCaseRepository(*origin).insert(
            useCase({}, QStringLiteral("UC-2026-%1").arg(200 + i), QStringLiteral("Record %1").arg(i))));
    const ImportResult result = importAll(*alice, from(*origin, QStringLiteral("forty")));
    QVERIFY(result.changed);
    const QStringList before = test::dumpDatabase(*alice, true);

    // Stopped before anything, then in the middle of putting the records back.
    for (int allowed : {0, 3}) {
        int asked = 0;
        auto stopped =
            ImportTakeBack::run(*alice, result.importId, [&](int, int) { return asked++ < allowed; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(asked, allowed + 1);
        QCOMPARE(test::dumpDatabase(*alice, true), before);
    }
    // Asked along the way when let through.
    int asked = 0;
    QVERIFY(ImportTakeBack::run(*alice, result.importId, [&](int, int) { return ++asked > 0; }));
    QVERIFY(asked > 4);
    QCOMPARE(UseCaseRepository(*alice).count().value(), 0);
}

QTEST_GUILESS_MAIN(tst_ImportTakeBack)
#include "tst_ImportTakeBack.moc"
