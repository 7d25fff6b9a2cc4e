#include "merge/RecordCollector.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

/// What an export or a push gathers: the chosen use cases in the order given (each once) and exactly
/// their assessments, whether it reads them per use case (a few) or all at once (most of them), on
/// the same connection or, for many, on a connection of their own beside the use cases.
class tst_RecordCollector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void gathersTheChosenUseCasesAndTheirAssessments_data();
    void gathersTheChosenUseCasesAndTheirAssessments();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_uuids;
};

void tst_RecordCollector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("collect.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, false));
    const Rubric rubric = RubricJson::defaultRubric();
    Transaction tx(*m_db);
    for (int i = 0; i < 300; ++i) {
        UseCase u;
        u.title = QStringLiteral("Record %1").arg(i);
        auto stored = UseCaseRepository(*m_db).insert(u);
        QVERIFY(stored);
        m_uuids.append(stored->uuid);
        for (int k = 0; k < i % 3; ++k) { // none, one or two assessors
            Assessment a;
            a.useCaseUuid = stored->uuid;
            a.rubricUuid = rubric.uuid;
            a.assessorName = k ? QStringLiteral("Ana") : QStringLiteral("Bo");
            const RubricCriterion &c = rubric.dimensions.first().criteria.first();
            a.scores.append({c.id, ScoreState::Level, 1 + k, QString(), QString(), Confidence::None});
            QVERIFY(AssessmentRepository(*m_db).save(a));
        }
    }
    QVERIFY(tx.commit());
}

void tst_RecordCollector::gathersTheChosenUseCasesAndTheirAssessments_data()
{
    QTest::addColumn<QList<int>>("chosen");
    QTest::addColumn<bool>("inTransaction");
    QTest::addRow("a few, read per use case") << QList<int>{5, 1, 5, 4} << false;
    QList<int> most; // 200 of 300: all at once, on this connection
    for (int i = 249; i >= 50; --i)
        most.append(i);
    QTest::addRow("most, read all at once") << most << false;
    QList<int> all; // every one, one twice: all at once, beside the use cases
    for (int i = 299; i >= 0; --i)
        all.append(i);
    all.append(2);
    QTest::addRow("many, read beside") << all << false;
    QTest::addRow("many, inside a transaction: read here") << all << true;
}

void tst_RecordCollector::gathersTheChosenUseCasesAndTheirAssessments()
{
    QFETCH(QList<int>, chosen);
    QFETCH(bool, inTransaction);
    // Inside a transaction, what it wrote (and another connection cannot see yet) is gathered too;
    // rolled back at the end.
    std::optional<Transaction> tx;
    if (inTransaction) {
        tx.emplace(*m_db);
        const Rubric rubric = RubricJson::defaultRubric();
        Assessment a;
        a.useCaseUuid = m_uuids.at(0);
        a.rubricUuid = rubric.uuid;
        a.assessorName = QStringLiteral("Cy");
        a.scores.append({rubric.dimensions.first().criteria.first().id, ScoreState::Level, 3, QString(),
                         QString(), Confidence::None});
        QVERIFY(AssessmentRepository(*m_db).save(a));
    }
    QStringList uuids;
    QStringList expectedUseCases;
    QStringList expectedAssessments;
    for (const int i : chosen) {
        uuids.append(m_uuids.at(i));
        if (expectedUseCases.contains(m_uuids.at(i)))
            continue;
        expectedUseCases.append(m_uuids.at(i));
        auto list = AssessmentRepository(*m_db).forUseCase(m_uuids.at(i));
        QVERIFY(list);
        for (const Assessment &a : *list)
            expectedAssessments.append(a.uuid);
    }
    QVERIFY(!expectedAssessments.isEmpty());
    auto records = RecordCollector::collect(*m_db, uuids);
    QVERIFY2(records, qPrintable(records.error().detail));
    QStringList useCases;
    for (const IncomingUseCase &u : records->useCases)
        useCases.append(u.useCase.uuid);
    QCOMPARE(useCases, expectedUseCases);
    QStringList assessments;
    for (const Assessment &a : records->assessments) {
        QCOMPARE(a.id, 0);
        QCOMPARE(a.scores.size(), 1);
        assessments.append(a.uuid);
    }
    QCOMPARE(assessments, expectedAssessments);
}

QTEST_GUILESS_MAIN(tst_RecordCollector)
#include "tst_RecordCollector.moc"
