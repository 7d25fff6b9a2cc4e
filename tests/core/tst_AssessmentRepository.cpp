#include "DatabaseTestAccess.h"

#include "model/AssessmentJson.h"
#include "model/AssessorIdentity.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_AssessmentRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void saveReadUpdate();
    void assessorsDoNotOverwriteEachOther();
    void rejectsBadScores_data();
    void rejectsBadScores();
    void keyedByAssessorIdentityNotName();
    void jsonWithoutAssessorIdDerivesItFromTheName();
    void migrationGivesOldAssessmentsTheIdentityOfTheirName();
    void memberKeepsEditingTheirAssessmentFromBeforeIdentities();

private:
    Assessment draft(const QString &assessor) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_useCase;
    QString m_rubric;
};

void tst_AssessmentRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_useCase = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-001"))->uuid;
    m_rubric = RubricJson::defaultRubric().uuid;
    QVERIFY(!m_rubric.isEmpty());
}

Assessment tst_AssessmentRepository::draft(const QString &assessor) const
{
    Assessment a;
    a.useCaseUuid = m_useCase;
    a.rubricUuid = m_rubric;
    a.assessorName = assessor;
    a.assessorOrganization = QStringLiteral("ITU-T");
    a.scores = {{QStringLiteral("A1"), ScoreState::Level, 3, QStringLiteral("LoRaWAN end to end"),
                 QStringLiteral("https://example.org"), Confidence::High},
                {QStringLiteral("B1"), ScoreState::Unknown, 0, {}, {}, {}},
                {QStringLiteral("D2"), ScoreState::NotApplicable, 0, QStringLiteral("n/a here"), {}, {}}};
    return a;
}

void tst_AssessmentRepository::saveReadUpdate()
{
    AssessmentRepository repo(*m_db);
    auto saved = repo.save(draft(QStringLiteral("Ana")));
    QVERIFY2(saved, qPrintable(saved.error().message));
    QCOMPARE(saved->revision, 1);
    auto read = repo.get(saved->uuid);
    QVERIFY(read);
    QCOMPARE(read->scores.size(), 3);
    QCOMPARE(*read->score(QStringLiteral("A1")), saved->scores[0]);
    QCOMPARE(read->score(QStringLiteral("B1"))->state, ScoreState::Unknown);
    QCOMPARE(read->score(QStringLiteral("D2"))->state, ScoreState::NotApplicable);
    QVERIFY(!read->score(QStringLiteral("C1"))); // unscored: no row

    Assessment changed = *read;
    changed.scores = {{QStringLiteral("A1"), ScoreState::Level, 4, {}, {}, {}}};
    auto updated = repo.save(changed);
    QVERIFY(updated);
    QCOMPARE(updated->uuid, saved->uuid);
    QCOMPARE(updated->revision, 2);
    read = repo.get(saved->uuid);
    QCOMPARE(read->scores.size(), 1);
    QCOMPARE(read->scores[0].level, 4);
}

void tst_AssessmentRepository::assessorsDoNotOverwriteEachOther()
{
    AssessmentRepository repo(*m_db);
    auto bo = repo.save(draft(QStringLiteral("Bo")));
    QVERIFY(bo);
    auto ana = repo.find(m_useCase, m_rubric, QStringLiteral("Ana"));
    QVERIFY(ana && *ana);
    QVERIFY((*ana)->uuid != bo->uuid);
    auto all = repo.forUseCase(m_useCase);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(*repo.countForRubric(m_rubric), 2);
    QVERIFY(repo.remove(bo->uuid));
    QCOMPARE(repo.forRubric(m_rubric)->size(), 1);
}

void tst_AssessmentRepository::rejectsBadScores_data()
{
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("useCase");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown criterion") << "Z9" << 1 << ""
                                       << "no criterion Z9";
    QTest::newRow("level above scale") << "A1" << 5 << ""
                                       << "outside the scale";
    QTest::newRow("negative level") << "A1" << -1 << ""
                                    << "outside the scale";
    QTest::newRow("missing use case") << "A1" << 1 << "00000000-0000-4000-8000-000000000000"
                                      << "no use case";
}

void tst_AssessmentRepository::rejectsBadScores()
{
    QFETCH(QString, criterion);
    QFETCH(int, level);
    QFETCH(QString, useCase);
    QFETCH(QString, expected);
    Assessment a = draft(QStringLiteral("Cy"));
    if (!useCase.isEmpty())
        a.useCaseUuid = useCase;
    a.scores = {{criterion, ScoreState::Level, level, {}, {}, {}}};
    auto saved = AssessmentRepository(*m_db).save(a);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(expected), qPrintable(saved.error().message));
    QVERIFY(!*AssessmentRepository(*m_db).find(m_useCase, m_rubric, QStringLiteral("Cy")));
}

void tst_AssessmentRepository::keyedByAssessorIdentityNotName()
{
    // Two members who sign with the same name are two assessors.
    AssessmentRepository repo(*m_db);
    Assessment first = draft(QStringLiteral("Alex"));
    first.assessorId = AssessorIdentity::create();
    Assessment second = draft(QStringLiteral("Alex"));
    second.assessorId = AssessorIdentity::create();
    second.scores = {{QStringLiteral("A1"), ScoreState::Level, 1, {}, {}, {}}};
    auto a = repo.save(first);
    auto b = repo.save(second);
    QVERIFY2(a && b, qPrintable(b.error().message));
    QVERIFY(a->uuid != b->uuid);
    QCOMPARE(repo.findByAssessor(m_useCase, m_rubric, first.assessorId).value()->scores.first().level, 3);
    QCOMPARE(repo.findByAssessor(m_useCase, m_rubric, second.assessorId).value()->scores.first().level, 1);
    // The name is a label: the same identity under a new name is the same assessment.
    Assessment renamed = *b;
    renamed.assessorName = QStringLiteral("Alex Kim");
    auto saved = repo.save(renamed);
    QVERIFY(saved);
    QCOMPARE(saved->uuid, b->uuid);
    QCOMPARE(repo.get(b->uuid)->assessorName, QStringLiteral("Alex Kim"));
    // Without an identity, a name stands for the identity derived from it.
    auto byName = repo.save(draft(QStringLiteral("Noor")));
    QVERIFY(byName);
    QCOMPARE(byName->assessorId, AssessorIdentity::fromName(QStringLiteral("Noor")));
    QCOMPARE(repo.find(m_useCase, m_rubric, QStringLiteral("Noor")).value()->uuid, byName->uuid);
}

void tst_AssessmentRepository::jsonWithoutAssessorIdDerivesItFromTheName()
{
    Assessment a = draft(QStringLiteral("Ana"));
    a.uuid = AssessorIdentity::create();
    a.createdAt = a.modifiedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
    a.revision = 1;
    QJsonObject old = AssessmentJson::toJson(a);
    QCOMPARE(old.value(QStringLiteral("assessor_id")).toString(),
             AssessorIdentity::fromName(QStringLiteral("Ana")));
    old.remove(QStringLiteral("assessor_id")); // as written before assessor identities
    auto read = AssessmentJson::fromJson(old);
    QVERIFY(read);
    QCOMPARE(read->assessorId, AssessorIdentity::fromName(QStringLiteral("Ana")));
    QCOMPARE(AssessorIdentity::fromName(QStringLiteral("Ana")),
             AssessorIdentity::fromName(QStringLiteral("Ana")));
    QVERIFY(AssessorIdentity::fromName(QStringLiteral("Ana"))
            != AssessorIdentity::fromName(QStringLiteral("ana")));
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("me")), QJsonValue(42), QJsonValue(QString())}) {
        QJsonObject hostile = AssessmentJson::toJson(a);
        hostile.insert(QStringLiteral("assessor_id"), bad);
        auto refused = AssessmentJson::fromJson(hostile);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("assessor_id: must be a UUID"));
    }
}

void tst_AssessmentRepository::migrationGivesOldAssessmentsTheIdentityOfTheirName()
{
    // A repository at schema version 3, keyed by assessor name, with two assessors' scores.
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    QString useCase;
    {
        Database::OpenOptions v3;
        v3.migrations = Database::builtinMigrations().mid(0, 3);
        QCOMPARE(v3.migrations.last().version, 3);
        auto db = Database::open(path, v3);
        QVERIFY(db);
        QVERIFY(Seeder::seed(**db, true));
        useCase = UseCaseRepository(**db).get(QStringLiteral("UC-EX-001"))->uuid;
        QSqlQuery q(DatabaseTestAccess::connection(**db));
        for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Bruno")}) {
            q.prepare(QStringLiteral(
                "INSERT INTO assessments (uuid, use_case_id, rubric_id, assessor_name, created_at, "
                "modified_at) "
                "SELECT ?, u.id, r.id, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' "
                "FROM use_cases u, rubrics r WHERE u.uuid = ? AND r.uuid = ?"));
            for (const QString &v : {AssessorIdentity::create(), name, useCase, m_rubric})
                q.addBindValue(v);
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO scores (assessment_id, criterion_id, state, level) "
                                          "VALUES (last_insert_rowid(), 'A1', 'level', 2)")));
        }
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY((*db)->fullCheck());
    AssessmentRepository repo(**db);
    auto all = repo.forUseCase(useCase);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    for (const Assessment &a : *all) {
        QCOMPARE(a.assessorId, AssessorIdentity::fromName(a.assessorName));
        QCOMPARE(a.scores.size(), 1);
        QCOMPARE(a.scores.first().level, 2);
    }
    // Deleting an assessment still deletes its scores (the rebuilt foreign key holds).
    QVERIFY(repo.remove(all->first().uuid));
    QSqlQuery q(DatabaseTestAccess::connection(**db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM scores")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_AssessmentRepository::memberKeepsEditingTheirAssessmentFromBeforeIdentities()
{
    // Ana scored before she had an identity (her assessment is filed under her name's identity);
    // with an identity from Preferences she edits that same assessment, never a second one.
    const QString path = m_dir.filePath(QStringLiteral("legacy.sqlite"));
    QString uuid;
    {
        Database::OpenOptions before;
        before.contributor = QStringLiteral("Ana");
        auto db = Database::open(path, before);
        QVERIFY(db);
        QVERIFY(Seeder::seed(**db, true));
        auto saved = AssessmentRepository(**db).save(draft(QStringLiteral("Ana")));
        QVERIFY(saved);
        QCOMPARE(saved->assessorId, AssessorIdentity::fromName(QStringLiteral("Ana")));
        uuid = saved->uuid;
    }
    Database::OpenOptions after;
    after.contributor = QStringLiteral("Ana");
    after.assessorId = AssessorIdentity::create();
    auto db = Database::open(path, after);
    QVERIFY(db);
    QVERIFY((*db)->isOwnAssessor(AssessorIdentity::fromName(QStringLiteral("Ana"))));
    QVERIFY((*db)->isOwnAssessor(after.assessorId));
    QVERIFY(!(*db)->isOwnAssessor(AssessorIdentity::fromName(QStringLiteral("Bo"))));
    AssessmentRepository repo(**db);
    const QString useCase = UseCaseRepository(**db).get(QStringLiteral("UC-EX-001"))->uuid;
    auto found = repo.find(useCase, m_rubric, QStringLiteral("Ana"));
    QVERIFY(found && *found);
    QCOMPARE((*found)->uuid, uuid);
    Assessment edited = draft(QStringLiteral("Ana"));
    edited.useCaseUuid = useCase;
    auto saved = repo.save(edited);
    QVERIFY(saved);
    QCOMPARE(saved->uuid, uuid);
    QCOMPARE(saved->revision, 2);
    QCOMPARE(repo.forUseCase(useCase)->size(), 1);
    // Scores entered for somebody else are theirs, under their name's identity.
    auto other = repo.save(draft(QStringLiteral("Bo")));
    QVERIFY(other);
    QCOMPARE(other->assessorId, AssessorIdentity::fromName(QStringLiteral("Bo")));
}

QTEST_GUILESS_MAIN(tst_AssessmentRepository)
#include "tst_AssessmentRepository.moc"
