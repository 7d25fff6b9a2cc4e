// UseCaseOperations: delete / restore and tag changes, each one transaction, all or nothing.
#include "DatabaseDump.h"
#include "SqliteStatus.h"
#include "TestSupport.h"

#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseOperations.h"
#include "storage/UseCaseRepository.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_UseCaseOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void removeThenRestoreGivesEverythingBack();
    void removeIsAllOrNothing();
    void changeTagsOnSeveralAndRestore();
    void changeTagsRefusesBadTagAndChangesNothing();
    void addIsAllOrNothing();
    void addKeepsWhatItChangesInMemoryUntilItCommits();

private:
    QString uuidOf(const QString &code) const { return UseCaseRepository(*m_db).get(code)->uuid; }
    QByteArray json(const QString &code) const
    {
        return QJsonDocument(UseCaseJson::toJson(*UseCaseRepository(*m_db).get(code))).toJson();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void tst_UseCaseOperations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_UseCaseOperations::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("ops%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
}

void tst_UseCaseOperations::cleanup()
{
    m_db.reset();
}

void tst_UseCaseOperations::removeThenRestoreGivesEverythingBack()
{
    Assessment a;
    a.useCaseUuid = uuidOf(QStringLiteral("UC-EX-001"));
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Ana");
    a.scores = {{QStringLiteral("A1"), ScoreState::Level, 3, QStringLiteral("why"), {}, {}}};
    QVERIFY(AssessmentRepository(*m_db).save(a));
    const QByteArray first = json(QStringLiteral("UC-EX-001"));
    const QByteArray second = json(QStringLiteral("UC-EX-002"));

    UseCaseOperations ops(*m_db);
    auto deleted = ops.remove({uuidOf(QStringLiteral("UC-EX-001")), QStringLiteral("UC-EX-002")});
    QVERIFY(deleted);
    QCOMPARE(deleted->useCases.size(), 2);
    QCOMPARE(deleted->assessments.size(), 1);
    QVERIFY(!UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-001")));
    QVERIFY(!UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-002")));

    QVERIFY(ops.restore(*deleted));
    QCOMPARE(json(QStringLiteral("UC-EX-001")), first);
    QCOMPARE(json(QStringLiteral("UC-EX-002")), second);
    const auto back = AssessmentRepository(*m_db).forUseCase(a.useCaseUuid);
    QVERIFY(back);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().scores.first().rationale, QStringLiteral("why"));
}

void tst_UseCaseOperations::removeIsAllOrNothing()
{
    const QStringList before = test::dumpDatabase(*m_db);
    auto deleted = UseCaseOperations(*m_db).remove({QStringLiteral("UC-EX-001"), QStringLiteral("UC-NOPE")});
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().code, ErrorCode::NotFound);
    QCOMPARE(test::dumpDatabase(*m_db), before);
}

void tst_UseCaseOperations::changeTagsOnSeveralAndRestore()
{
    UseCaseOperations ops(*m_db);
    const QStringList uuids{uuidOf(QStringLiteral("UC-EX-001")), uuidOf(QStringLiteral("UC-EX-002"))};
    auto before = ops.tagsOf(uuids);
    QVERIFY(before);
    QVERIFY(ops.changeTags(uuids, {QStringLiteral("flood")}, TagChange::Add));
    for (const QString &uuid : uuids)
        QVERIFY(UseCaseRepository(*m_db).get(uuid)->tags.contains(QStringLiteral("flood")));
    // Removing is case-insensitive, like adding.
    QVERIFY(ops.changeTags({uuids.first()}, {QStringLiteral("FLOOD")}, TagChange::Remove));
    const auto after = ops.tagsOf(uuids);
    QCOMPARE(after->value(uuids.first()), before->value(uuids.first()));
    QVERIFY(after->value(uuids.last()) != before->value(uuids.last()));
    // Removing a tag a use case does not have is not an error.
    QVERIFY(ops.changeTags(uuids, {QStringLiteral("not-there")}, TagChange::Remove));

    QVERIFY(ops.restoreTags(*before));
    QCOMPARE(*ops.tagsOf(uuids), *before);
}

void tst_UseCaseOperations::changeTagsRefusesBadTagAndChangesNothing()
{
    const QStringList before = test::dumpDatabase(*m_db);
    const Status s = UseCaseOperations(*m_db).changeTags(
        {uuidOf(QStringLiteral("UC-EX-001"))}, {QStringLiteral("ok"), QString(300, QLatin1Char('x'))},
        TagChange::Add);
    QVERIFY(!s);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(test::dumpDatabase(*m_db), before);
}

void tst_UseCaseOperations::addIsAllOrNothing()
{
    UseCase one;
    one.title = QStringLiteral("First of two");
    UseCase clash;
    clash.title = QStringLiteral("Same code as an example");
    clash.code = QStringLiteral("UC-EX-001");
    const QStringList before = test::dumpDatabase(*m_db);
    auto added = UseCaseOperations(*m_db).add({one, clash});
    QVERIFY(!added);
    QCOMPARE(test::dumpDatabase(*m_db), before);

    auto ok = UseCaseOperations(*m_db).add({one});
    QVERIFY(ok);
    QCOMPARE(ok->size(), 1);
    QCOMPARE(UseCaseRepository(*m_db).get(ok->first())->title, one.title);
}

void tst_UseCaseOperations::addKeepsWhatItChangesInMemoryUntilItCommits()
{
    // With SQLite's default page cache (2 MB), a bulk add wrote changed pages to the log before
    // its commit and read them back from there (issue 13): its cost per record then grew with
    // the pages each record touches in a large repository.
    QList<UseCase> batch;
    for (int i = 0; i < 600; ++i) { // about 4 MB of documents, and their search rows
        UseCase u;
        u.title = QStringLiteral("Spill check %1").arg(i);
        u.summary = QStringLiteral("Meter %1 reads the grid every minute. ").arg(i).repeated(150);
        u.tags = {QStringLiteral("tag-%1").arg(i % 40)};
        batch.append(u);
    }
    const int before = test::pagesSpilled(*m_db);
    QVERIFY(before >= 0);
    auto added = UseCaseOperations(*m_db).add(batch);
    QVERIFY(added);
    QCOMPARE(added->size(), batch.size());
    QCOMPARE(test::pagesSpilled(*m_db) - before, 0);
}

QTEST_GUILESS_MAIN(tst_UseCaseOperations)
#include "tst_UseCaseOperations.moc"
