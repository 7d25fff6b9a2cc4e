// Editing rubrics: a used version is never changed; edits make new versions with stable criterion ids.
#include "model/RubricEditing.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/ScoreReportLoader.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace casebook;

class tst_RubricVersioning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newRubricIsCreatedThenReplacedWhileUnused();
    void editingUsedRubricMakesNewVersion();
    void editingAnOlderVersionAppendsToTheSeries();
    void shippedRubricIsNeverReplacedInPlace();
    void invalidEditIsRefusedAndChangesNothing();
    void defaultRubricVersion2();
    void seedingAddsVersion2AndKeepsVersion1();
    void scoreReportFromRepository();
    void problems_data();
    void problems();
    void normaliseWeights();
    void newIds();

private:
    static Rubric small(const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_useCase;
    QString m_otherUseCase;
};

Rubric tst_RubricVersioning::small(const QString &name)
{
    Rubric r;
    r.name = name;
    r.scaleMin = 0;
    r.scaleMax = 2;
    RubricDimension d{QStringLiteral("A"), QStringLiteral("Technical"), {}};
    for (const char *id : {"A1", "A2", "A3"}) {
        d.criteria.append(
            RubricCriterion{QString::fromLatin1(id),
                            QStringLiteral("Criterion %1").arg(QLatin1String(id)),
                            {},
                            10,
                            {QStringLiteral("none"), QStringLiteral("some"), QStringLiteral("all")},
                            {}});
    }
    r.dimensions.append(d);
    return r;
}

void tst_RubricVersioning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("v.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_useCase = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-001"))->uuid;
    m_otherUseCase = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-002"))->uuid;
}

void tst_RubricVersioning::newRubricIsCreatedThenReplacedWhileUnused()
{
    RubricRepository repo(*m_db);
    auto created = repo.saveEdited(small(QStringLiteral("Draft rubric")));
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(created->outcome, RubricSaveOutcome::Created);
    QCOMPARE(created->rubric.version, 1);
    const QString uuid = created->rubric.uuid;

    Rubric edited = created->rubric;
    edited.dimensions[0].criteria[0].weight = 50;
    auto replaced = repo.saveEdited(edited);
    QVERIFY(replaced);
    QCOMPARE(replaced->outcome, RubricSaveOutcome::Replaced);
    QCOMPARE(replaced->rubric.uuid, uuid);
    QCOMPARE(replaced->rubric.version, 1);
    QCOMPARE(repo.getVersion(uuid)->dimensions[0].criteria[0].weight, 50.0);
    QCOMPARE(repo.versions(created->rubric.seriesUuid)->size(), 1);

    auto again = repo.saveEdited(replaced->rubric);
    QVERIFY(again);
    QCOMPARE(again->outcome, RubricSaveOutcome::Unchanged);

    // The caller may ask for a new version even when nobody used this one.
    edited.dimensions[0].criteria[1].weight = 5;
    auto forced = repo.saveEdited(edited, RubricRepository::VersionPolicy::NewVersion);
    QVERIFY(forced);
    QCOMPARE(forced->outcome, RubricSaveOutcome::NewVersion);
    QCOMPARE(forced->rubric.version, 2);
}

void tst_RubricVersioning::editingUsedRubricMakesNewVersion()
{
    RubricRepository repo(*m_db);
    auto v1 = repo.saveEdited(small(QStringLiteral("Used rubric")));
    QVERIFY(v1);
    const Rubric original = v1->rubric;

    AssessmentRepository assessments(*m_db);
    Assessment a;
    a.useCaseUuid = m_useCase;
    a.rubricUuid = original.uuid;
    a.assessorName = QStringLiteral("Ana");
    a.scores = {{QStringLiteral("A1"), ScoreState::Level, 2, QStringLiteral("because"), {}, Confidence::High},
                {QStringLiteral("A3"), ScoreState::NotApplicable, 0, {}, {}, {}}};
    auto saved = assessments.save(a);
    QVERIFY2(saved, qPrintable(saved.error().message));

    // Edit: reweight A1, rename A2, remove A3, add a new criterion.
    Rubric edited = original;
    edited.dimensions[0].criteria[0].weight = 40;
    edited.dimensions[0].criteria[1].name = QStringLiteral("Renamed");
    edited.dimensions[0].criteria.removeAt(2);
    const QStringList taken = *repo.criterionIdsOfSeries(original.seriesUuid);
    RubricCriterion added{RubricEditing::newCriterionId(edited, QStringLiteral("A"), taken),
                          QStringLiteral("New"),
                          {},
                          10,
                          {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                          {}};
    QCOMPARE(added.id, u"A4"); // A3 was removed but is never reused
    edited.dimensions[0].criteria.append(added);

    auto v2 = repo.saveEdited(edited);
    QVERIFY2(v2, qPrintable(v2.error().message));
    QCOMPARE(v2->outcome, RubricSaveOutcome::NewVersion);
    QCOMPARE(v2->editedUuid, original.uuid);
    QCOMPARE(v2->editedAssessments, 1);
    QCOMPARE(v2->rubric.version, 2);
    QVERIFY(v2->rubric.uuid != original.uuid);
    QCOMPARE(v2->rubric.seriesUuid, original.seriesUuid);
    QCOMPARE(v2->rubric.dimensions[0].criteria[0].id, u"A1");
    QCOMPARE(v2->rubric.dimensions[0].criteria[1].id, u"A2");

    // The old version and its assessment are exactly as they were.
    auto old = repo.getVersion(original.uuid);
    QVERIFY(old);
    QVERIFY(old->sameDefinition(original));
    QCOMPARE(old->version, 1);
    auto oldAssessment = assessments.get(saved->uuid);
    QVERIFY(oldAssessment);
    QCOMPARE(oldAssessment->rubricUuid, original.uuid);
    QCOMPARE(oldAssessment->scores, saved->scores);
    QCOMPARE(oldAssessment->revision, 1);

    // By series or name, the newest version is found; the old one by its own UUID.
    QCOMPARE(repo.get(original.seriesUuid)->uuid, v2->rubric.uuid);
    QCOMPARE(repo.get(QStringLiteral("Used rubric"))->uuid, v2->rubric.uuid);
    QCOMPARE(repo.get(original.uuid)->uuid, original.uuid);

    // The same assessor may assess against the new version: a separate assessment.
    a.rubricUuid = v2->rubric.uuid;
    a.scores = {{QStringLiteral("A4"), ScoreState::Level, 1, {}, {}, {}}};
    auto second = assessments.save(a);
    QVERIFY2(second, qPrintable(second.error().message));
    QVERIFY(second->uuid != saved->uuid);
    QCOMPARE(*assessments.countForRubric(original.uuid), 1);
    QCOMPARE(*assessments.countForRubric(v2->rubric.uuid), 1);
}

void tst_RubricVersioning::editingAnOlderVersionAppendsToTheSeries()
{
    RubricRepository repo(*m_db);
    const Rubric v2 = *repo.get(QStringLiteral("Used rubric"));
    const QList<Rubric> before = *repo.versions(v2.seriesUuid);
    QCOMPARE(before.size(), 2);
    Rubric fromV1 = before.first();
    fromV1.description = QStringLiteral("edited from version 1");
    auto v3 = repo.saveEdited(fromV1);
    QVERIFY(v3);
    QCOMPARE(v3->outcome, RubricSaveOutcome::NewVersion);
    QCOMPARE(v3->rubric.version, 3);
    QCOMPARE(repo.versions(v2.seriesUuid)->size(), 3);
    QVERIFY(repo.getVersion(v2.uuid)->sameDefinition(v2));
}

void tst_RubricVersioning::shippedRubricIsNeverReplacedInPlace()
{
    RubricRepository repo(*m_db);
    const Rubric shipped = RubricJson::defaultRubric();
    Rubric edited = *repo.getVersion(shipped.uuid);
    QVERIFY(RubricEditing::normaliseWeights(edited, 10));
    auto saved = repo.saveEdited(edited);
    QVERIFY(saved);
    QCOMPARE(saved->outcome, RubricSaveOutcome::NewVersion);
    QCOMPARE(saved->editedAssessments, 0);
    QVERIFY(repo.getVersion(shipped.uuid)->sameDefinition(shipped));
}

void tst_RubricVersioning::defaultRubricVersion2()
{
    const Rubric r = RubricJson::defaultRubric();
    QCOMPARE(r.version, 2);
    QCOMPARE(r.seriesUuid, QStringLiteral("9b4292a1-f888-4ba1-956c-5972a63dedfd"));
    QVERIFY(r.uuid != QLatin1String("dea4cfac-97da-471b-a9f3-bbc38ff6918c"));
    QVERIFY(RubricJson::isShippedDefault(r.uuid));
    QVERIFY(RubricJson::isShippedDefault(QStringLiteral("dea4cfac-97da-471b-a9f3-bbc38ff6918c")));
    QCOMPARE(r.minCoverage, 0.75);
    // A5's knock-out at level 1 or below: vendor-scoped identifiers are still not globally unique.
    const auto a5 = std::find_if(r.knockouts.cbegin(), r.knockouts.cend(),
                                 [](const KnockoutRule &k) { return k.criterionId == QLatin1String("A5"); });
    QVERIFY(a5 != r.knockouts.cend());
    QCOMPARE(a5->whenScore, 1);
    // D1's level 3 is reachable without U4SSC city KPI codes.
    const QString d1Level3 = r.criterion(QStringLiteral("D1"))->levels.at(3);
    QVERIFY(d1Level3.contains(QLatin1String("U4SSC")));
    QVERIFY2(d1Level3.contains(QLatin1String(" or ")) && d1Level3.contains(QLatin1String("sector")),
             qPrintable(d1Level3));
}

void tst_RubricVersioning::seedingAddsVersion2AndKeepsVersion1()
{
    // A repository made before version 2 holds version 1 (A5's knock-out at 0 only).
    auto db = Database::open(m_dir.filePath(QStringLiteral("before-v2.sqlite")));
    QVERIFY(db);
    Rubric v1 = RubricJson::defaultRubric();
    v1.uuid = QStringLiteral("dea4cfac-97da-471b-a9f3-bbc38ff6918c");
    v1.version = 1;
    for (KnockoutRule &k : v1.knockouts)
        k.whenScore = 0;
    QVERIFY(RubricRepository(**db).insert(v1));
    // `init` (or the first start) of the new Casebook adds version 2 beside version 1.
    const auto upgraded = Seeder::seed(**db, true);
    QVERIFY(upgraded);
    QCOMPARE(upgraded->rubrics, 1);
    RubricRepository rubrics(**db);
    QCOMPARE(rubrics.getVersion(RubricJson::defaultRubric().uuid)->version, 2);
    Assessment a;
    a.useCaseUuid = UseCaseRepository(**db).get(QStringLiteral("UC-EX-001"))->uuid;
    a.rubricUuid = v1.uuid;
    a.assessorName = QStringLiteral("Ana");
    a.scores.append({QStringLiteral("A5"), ScoreState::Level, 1, {}, {}, {}});
    QVERIFY(AssessmentRepository(**db).save(a));

    // An assessment against version 1 keeps its version: seeding again adds nothing and never
    // touches version 1 or its assessments.
    const auto again = Seeder::seed(**db, false);
    QVERIFY(again);
    QCOMPARE(again->rubrics, 0);
    QVERIFY(rubrics.getVersion(v1.uuid)->sameDefinition(v1));
    QCOMPARE(rubrics.get(v1.seriesUuid)->uuid, RubricJson::defaultRubric().uuid); // newest: version 2
    const auto kept = AssessmentRepository(**db).forUseCase(a.useCaseUuid, v1.uuid);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->at(0).rubricUuid, v1.uuid);
}

void tst_RubricVersioning::invalidEditIsRefusedAndChangesNothing()
{
    RubricRepository repo(*m_db);
    const Rubric current = *repo.get(QStringLiteral("Used rubric"));
    const int versions = int(repo.versions(current.seriesUuid)->size());
    Rubric bad = current;
    bad.dimensions[0].criteria[0].levels.removeLast();
    auto saved = repo.saveEdited(bad);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::InputRejected);
    QVERIFY(saved.error().message.contains(QLatin1String("level descriptors")));
    QCOMPARE(repo.versions(current.seriesUuid)->size(), versions);
    QVERIFY(repo.getVersion(current.uuid)->sameDefinition(current));
}

void tst_RubricVersioning::scoreReportFromRepository()
{
    // The version with the most assessments is the default subject of a report.
    AssessmentRepository assessments(*m_db);
    const QString series = RubricRepository(*m_db).get(QStringLiteral("Used rubric"))->seriesUuid;
    const Rubric used = RubricRepository(*m_db).versions(series)->first();
    Assessment a;
    a.useCaseUuid = m_otherUseCase;
    a.rubricUuid = used.uuid;
    a.assessorName = QStringLiteral("Bo");
    a.scores = {{QStringLiteral("A1"), ScoreState::Level, 1, {}, {}, {}},
                {QStringLiteral("A2"), ScoreState::Level, 1, {}, {}, {}},
                {QStringLiteral("A3"), ScoreState::Level, 1, {}, {}, {}}};
    QVERIFY(assessments.save(a));
    auto report = ScoreReportLoader::load(*m_db);
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->rubric.uuid, used.uuid);
    QCOMPARE(report->useCases.size(), 2);
    // UC-EX-002: all 1 of 2 → 50, ranked; UC-EX-001: Ana A1 = 2 of 2 (A3 n/a, A2 unscored) → 100,
    // incomplete and below the minimum coverage, so listed after it without a rank.
    QCOMPARE(report->useCases[0].useCase.code, u"UC-EX-002");
    QCOMPARE(*report->useCases[0].overall, 50.0);
    QCOMPARE(report->useCases[0].rank, std::optional<int>(1));
    QCOMPARE(report->useCases[1].useCase.code, u"UC-EX-001");
    QCOMPARE(*report->useCases[1].overall, 100.0);
    QVERIFY(report->useCases[1].isIncomplete());
    QVERIFY(!report->useCases[1].coversEnough);
    QVERIFY(!report->useCases[1].rank);
    QVERIFY(!report->useCases[1].useCase.title.isEmpty());

    auto missing = ScoreReportLoader::load(*m_db, QStringLiteral("no such rubric"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_RubricVersioning::problems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("criterion");
    QTest::newRow("valid") << ""
                           << "" << -1;
    QTest::newRow("no name") << "name"
                             << "needs a name" << -1;
    QTest::newRow("duplicate id") << "dup"
                                  << "used twice" << 1;
    QTest::newRow("negative weight") << "negative"
                                     << "weight must be" << 0;
    QTest::newRow("zero weights") << "zero"
                                  << "weight above 0" << -1;
    QTest::newRow("empty descriptor") << "descriptor"
                                      << "level 1 needs a descriptor" << 2;
    QTest::newRow("no criteria") << "empty"
                                 << "has no criteria" << -1;
}

void tst_RubricVersioning::problems()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    QFETCH(int, criterion);
    Rubric r = small(QStringLiteral("Problems"));
    if (change == QLatin1String("name"))
        r.name.clear();
    else if (change == QLatin1String("dup"))
        r.dimensions[0].criteria[1].id = QStringLiteral("A1");
    else if (change == QLatin1String("negative"))
        r.dimensions[0].criteria[0].weight = -1;
    else if (change == QLatin1String("zero"))
        for (auto &c : r.dimensions[0].criteria)
            c.weight = 0;
    else if (change == QLatin1String("descriptor"))
        r.dimensions[0].criteria[2].levels[1] = QStringLiteral("  ");
    else if (change == QLatin1String("empty"))
        r.dimensions[0].criteria.clear();
    const QList<RubricProblem> problems = RubricEditing::problems(r);
    if (expected.isEmpty()) {
        QVERIFY(problems.isEmpty());
        return;
    }
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().message.contains(expected), qPrintable(problems.first().message));
    QCOMPARE(problems.first().criterion, criterion);
}

void tst_RubricVersioning::normaliseWeights()
{
    Rubric r = small(QStringLiteral("N"));
    r.dimensions[0].criteria[0].weight = 6;
    r.dimensions[0].criteria[1].weight = 9;
    r.dimensions[0].criteria[2].weight = 5;
    QVERIFY(RubricEditing::normaliseWeights(r));
    QCOMPARE(r.dimensions[0].criteria[0].weight, 30.0);
    QCOMPARE(r.dimensions[0].criteria[1].weight, 45.0);
    QCOMPARE(r.dimensions[0].criteria[2].weight, 25.0);
    for (auto &c : r.dimensions[0].criteria)
        c.weight = 1;
    QVERIFY(RubricEditing::normaliseWeights(r));
    QCOMPARE(r.dimensions[0].criteria[0].weight, 33.34); // the rounding remainder goes to the heaviest
    QCOMPARE(r.dimensions[0].criteria[1].weight, 33.33);
    QVERIFY(qAbs(r.totalWeight() - 100.0) < 1e-9);
    for (auto &c : r.dimensions[0].criteria)
        c.weight = 0;
    QVERIFY(!RubricEditing::normaliseWeights(r));
}

void tst_RubricVersioning::newIds()
{
    Rubric r = small(QStringLiteral("Ids"));
    QCOMPARE(RubricEditing::newCriterionId(r, QStringLiteral("A")), u"A4");
    QCOMPARE(RubricEditing::newCriterionId(r, QStringLiteral("B")), u"B1");
    QCOMPARE(RubricEditing::newDimensionId(r), u"B");
    r.scaleMax = 4;
    RubricEditing::fitLevelsToScale(r);
    QCOMPARE(r.dimensions[0].criteria[0].levels.size(), 5);
    QVERIFY(RubricEditing::problems(r).first().message.contains(QLatin1String("level 3 needs a descriptor")));
}

QTEST_GUILESS_MAIN(tst_RubricVersioning)
#include "tst_RubricVersioning.moc"
