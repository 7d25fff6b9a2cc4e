#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

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

QTEST_GUILESS_MAIN(tst_AssessmentRepository)
#include "tst_AssessmentRepository.moc"
