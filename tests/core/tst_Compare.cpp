// The comparison workspace's rules without a window: how many use cases it takes, what-if weights and
// the re-ranking they cause, the criteria to discuss first and the facts that differ.
#include "ScoringFixtures.h"
#include "compare/CompareData.h"
#include "compare/CompareLimits.h"
#include "compare/DisagreementList.h"
#include "compare/FieldMatrix.h"
#include "compare/WhatIfReport.h"
#include "compare/WorkshopState.h"
#include "search/ComparisonSelection.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;
using namespace casebook::test;

namespace {

UseCase useCase(const QString &code)
{
    UseCase u;
    u.uuid = QStringLiteral("uuid-") + code;
    u.code = code;
    u.title = QStringLiteral("Title of ") + code;
    return u;
}

QList<Assessment> scored(const QString &code, const QStringList &specs)
{
    QList<Assessment> list = makeAssessments(specs);
    for (int i = 0; i < list.size(); ++i) {
        list[i].useCaseUuid = QStringLiteral("uuid-") + code;
        list[i].assessorName = QStringLiteral("Assessor %1").arg(i + 1);
    }
    return list;
}

/// U1: A 4, B 0 → 50; U2: A 2, B 3 → 62.5; U3: A 0, B 3 → 37.5 with equal weights.
CompareData threeUseCases()
{
    const Rubric rubric = makeRubric(QStringLiteral("A:A1=50;B:B1=50"));
    return CompareData::build(
        rubric, {useCase(QStringLiteral("U1")), useCase(QStringLiteral("U2")), useCase(QStringLiteral("U3"))},
        {scored(QStringLiteral("U1"), {QStringLiteral("A1=4 B1=0"), QStringLiteral("A1=1 B1=0")}),
         scored(QStringLiteral("U2"), {QStringLiteral("A1=2 B1=3")}),
         scored(QStringLiteral("U3"), {QStringLiteral("A1=0 B1=3")})});
}

QStringList codesInOrder(const ScoreReport &report)
{
    QStringList codes;
    for (const UseCaseScore &u : report.useCases)
        codes.append(u.useCase.code);
    return codes;
}

} // namespace

class tst_Compare : public QObject
{
    Q_OBJECT
private slots:
    void limits_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << 0 << false
                              << QStringLiteral("Choose at least 2 use cases to compare; 0 chosen.");
        QTest::newRow("one") << 1 << false
                             << QStringLiteral("Choose at least 2 use cases to compare; 1 chosen.");
        QTest::newRow("two") << 2 << true << QString();
        QTest::newRow("twelve") << 12 << true << QString();
        QTest::newRow("thirteen")
            << 13 << false
            << QStringLiteral(
                   "Choose at most 12 use cases to compare; 13 chosen. Narrow the selection, the tag or "
                   "the search.");
    }
    void limits()
    {
        QFETCH(int, count);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        const Status s = CompareLimits::check(count);
        QCOMPARE(s.ok(), accepted);
        if (!accepted) {
            QCOMPARE(s.error().code, ErrorCode::Usage);
            QCOMPARE(s.error().message, message);
        }
    }

    void rubricWeightsKeepTheReportsRanking()
    {
        const CompareData data = threeUseCases();
        // U1's median A1 is 2.5 (4 and 1): (2.5 + 0) / 8 = 31.25.
        QCOMPARE(codesInOrder(data.report),
                 (QStringList{QStringLiteral("U2"), QStringLiteral("U3"), QStringLiteral("U1")}));
        const WhatIfReport same = WhatIfReport::build(data, WeightSet::of(data.rubric));
        QCOMPARE(same.describeWeights(), QStringLiteral("A 50 · B 50"));
        QCOMPARE(codesInOrder(same.report), codesInOrder(data.report));
        for (const UseCaseScore &u : same.report.useCases)
            QCOMPARE(same.moved(u), std::optional<int>(0));
    }

    void weightChangeReordersAndSaysWhoMoved()
    {
        const CompareData data = threeUseCases();
        WeightSet onlyA;
        onlyA.set(QStringLiteral("B"), 0);
        const WhatIfReport whatIf = WhatIfReport::build(data, onlyA);
        // Only A counts: U1 2.5 / 4 = 62.5, U2 50, U3 0.
        QCOMPARE(codesInOrder(whatIf.report),
                 (QStringList{QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3")}));
        QCOMPARE(*whatIf.report.useCases[0].overall, 62.5);
        QCOMPARE(whatIf.moved(whatIf.report.useCases[0]), std::optional<int>(2)); // U1: 3rd → 1st
        QCOMPARE(whatIf.moved(whatIf.report.useCases[1]), std::optional<int>(-1)); // U2: 1st → 2nd
        QCOMPARE(whatIf.moved(whatIf.report.useCases[2]), std::optional<int>(-1)); // U3: 2nd → 3rd
        // The assessors' range follows the weights: U1's assessors 100 and 25 on A alone.
        QCOMPARE(*whatIf.report.useCases[0].spread, 75.0);
        QCOMPARE(whatIf.report.rubric.criterion(QStringLiteral("B1"))->weight, 0.0);
        QCOMPARE(whatIf.describeWeights(), QStringLiteral("A 50 · B 0"));
        // Stability with the new weights: one interval per dimension, then per criterion.
        QCOMPARE(whatIf.stability.size(), 4);
        QCOMPARE(whatIf.stability[1].weight, QStringLiteral("B"));
        QCOMPARE(whatIf.stability[1].value, 0.0);
    }

    void disagreementFirst()
    {
        const CompareData data = threeUseCases();
        const QList<DisagreementRow> rows = DisagreementList::build(data.report);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].criterionId, QStringLiteral("A1")); // U1: 4 and 1, spread 3
        QCOMPARE(*rows[0].widestSpread, 3.0);
        QCOMPARE(rows[0].widestUseCase, QStringLiteral("U1"));
        QCOMPARE(rows[0].wideCount, 1);
        QCOMPARE(rows[1].criterionId, QStringLiteral("B1"));
        QCOMPARE(*rows[1].widestSpread, 0.0);
    }

    void workshopKeepsTheComparison()
    {
        const CompareData data = threeUseCases();
        WeightSet onlyA;
        onlyA.set(QStringLiteral("B"), 0);
        onlyA.set(QStringLiteral("A1"), 30);
        const NamedWeightSet named = WorkshopState::named(QStringLiteral("Only A"), onlyA);
        QCOMPARE(named.weights.value(QStringLiteral("A1")), 30.0);
        // Back from the workshop, the same weights give the same rubric.
        const WeightSet back = WorkshopState::weights(named);
        QCOMPARE(ReRanker::weightsOf(back.applyTo(data.rubric)),
                 ReRanker::weightsOf(onlyA.applyTo(data.rubric)));

        Workshop before;
        before.name = QStringLiteral("Valencia");
        before.rounds.append(WorkshopRound{});
        const Workshop w = WorkshopState::capture(before, data, {named}, QStringLiteral("radar"));
        QCOMPARE(w.name, QStringLiteral("Valencia"));
        QCOMPARE(
            w.useCaseUuids,
            (QStringList{QStringLiteral("uuid-U1"), QStringLiteral("uuid-U2"), QStringLiteral("uuid-U3")}));
        QCOMPARE(w.rubricUuid, data.rubric.uuid);
        QCOMPARE(w.weightSets, QList<NamedWeightSet>{named});
        QCOMPARE(w.view, QStringLiteral("radar"));
        QCOMPARE(w.rounds.size(), 1); // rounds are not the workspace's to change
    }

    void comparisonOfASavedWorkshop()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db);
        QVERIFY(Seeder::seed(**db, true));
        auto data = CompareData::load(**db, {QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-001")});
        QVERIFY(data);
        Workshop w = WorkshopState::capture(Workshop(), *data, {}, QStringLiteral("ranking"));
        w.name = QStringLiteral("Geneva");
        QVERIFY(WorkshopRepository(**db).save(w));

        ComparisonSelection selection;
        selection.workshop = QStringLiteral("Geneva");
        auto choice = selection.resolve(**db);
        QVERIFY(choice);
        QCOMPARE(choice->useCases.uuids.size(), 2);
        QCOMPARE(choice->rubric, data->rubric.uuid);
        QVERIFY(choice->weights.isEmpty());
        selection.workshop = QStringLiteral("Lima");
        auto missing = selection.resolve(**db);
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, QStringLiteral("There is no workshop named \"Lima\"."));
    }

    void fieldMatrixMarksDifferences()
    {
        UseCase a = useCase(QStringLiteral("U1"));
        UseCase b = useCase(QStringLiteral("U2"));
        a.sourceOrganization = b.sourceOrganization = QStringLiteral("City of Valencia");
        a.platforms = {QStringLiteral("FIWARE")};
        b.platforms = {QStringLiteral("oneM2M")};
        const QList<FieldRow> rows = FieldMatrix::build({a, b});
        bool sawOrganization = false;
        bool sawPlatforms = false;
        for (const FieldRow &row : rows) {
            QCOMPARE(row.values.size(), 2);
            if (row.label == QLatin1String("Source organization")) {
                sawOrganization = true;
                QVERIFY(!row.differs);
            }
            if (row.label == QLatin1String("Platforms")) {
                sawPlatforms = true;
                QVERIFY(row.differs);
                QCOMPARE(row.values, (QStringList{QStringLiteral("FIWARE"), QStringLiteral("oneM2M")}));
            }
        }
        QVERIFY(sawOrganization && sawPlatforms);
    }
};

QTEST_GUILESS_MAIN(tst_Compare)
#include "tst_Compare.moc"
