#include "DatabaseTestAccess.h"

#include "bundle/BundleExporter.h"
#include "merge/ImportPlanner.h"
#include "model/RubricJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/ScoreIndex.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace casebook;

/// The stored score column (issue 13): equal to ScoringEngine's aggregate after every write, and
/// sortable over the whole repository.
class tst_ScoreIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followsAddEditDelete();
    void followsImport();
    void deferralComputesOnceAtFlush();
    void migrationFillsItForExistingAssessments();
    void sortsTheWholeRepositoryByScore();

private:
    std::unique_ptr<Database> open(const QString &name, bool seed);
    /// An assessment of every criterion of the default rubric with levels drawn from `random`,
    /// some "unknown", N/A or left unscored.
    Assessment assessment(const QString &useCase, const QString &assessor, QRandomGenerator &random) const;
    /// Fails the test unless the stored row of (use case, default rubric) is the engine's result.
    void verifyStored(Database &db, const QString &useCaseUuid);

    QTemporaryDir m_dir;
    Rubric m_rubric;
};

void tst_ScoreIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_rubric = RubricJson::defaultRubric();
}

std::unique_ptr<Database> tst_ScoreIndex::open(const QString &name, bool seed)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db)
        return {};
    if (!Seeder::seed(**db, seed)) // the default rubric, and the examples when `seed`
        return {};
    return std::move(*db);
}

Assessment tst_ScoreIndex::assessment(const QString &useCase, const QString &assessor,
                                      QRandomGenerator &random) const
{
    Assessment a;
    a.useCaseUuid = useCase;
    a.rubricUuid = m_rubric.uuid;
    a.assessorName = assessor;
    for (const RubricDimension &d : m_rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria) {
            CriterionScore s;
            s.criterionId = c.id;
            const int draw = random.bounded(20);
            s.state = draw == 0 ? ScoreState::Unknown
                : draw == 1     ? ScoreState::NotApplicable
                : draw == 2     ? ScoreState::Unscored
                                : ScoreState::Level;
            s.level =
                s.state == ScoreState::Level ? random.bounded(m_rubric.scaleMin, m_rubric.scaleMax + 1) : 0;
            a.scores.append(s);
        }
    }
    return a;
}

void tst_ScoreIndex::verifyStored(Database &db, const QString &useCaseUuid)
{
    auto rubric = RubricRepository(db).getVersion(m_rubric.uuid);
    QVERIFY(rubric);
    auto assessments = AssessmentRepository(db).forUseCase(useCaseUuid, m_rubric.uuid);
    QVERIFY(assessments);
    auto stored = ScoreIndex(db).get(useCaseUuid, m_rubric.uuid);
    QVERIFY2(stored, qPrintable(stored.error().detail));
    if (assessments->isEmpty()) {
        QVERIFY(!*stored);
        return;
    }
    QVERIFY(*stored);
    const AggregateResult engine = ScoringEngine::aggregate(*rubric, *assessments);
    QCOMPARE((*stored)->index.has_value(), engine.overall.index.has_value());
    if (engine.overall.index)
        QCOMPARE(*(*stored)->index, *engine.overall.index);
    QCOMPARE((*stored)->coverage, engine.overall.coverage());
    QCOMPARE((*stored)->incomplete, engine.overall.isIncomplete());
    QCOMPARE((*stored)->assessors, int(assessments->size()));
    QCOMPARE((*stored)->unknowns, int(engine.overall.unknownCriteria.size()));
    QCOMPARE((*stored)->disagreements, int(engine.disagreements().size()));
    QStringList flags;
    for (const KnockoutHit &hit : engine.overall.knockouts)
        flags.append(hit.flag);
    QCOMPARE((*stored)->flags, flags);
}

void tst_ScoreIndex::followsAddEditDelete()
{
    auto db = open(QStringLiteral("edit.sqlite"), true);
    QVERIFY(db);
    QRandomGenerator random(7);
    const QString uc = UseCaseRepository(*db).get(QStringLiteral("UC-EX-001"))->uuid;
    AssessmentRepository repo(*db);
    verifyStored(*db, uc);

    auto ana = repo.save(assessment(uc, QStringLiteral("Ana"), random));
    QVERIFY(ana);
    verifyStored(*db, uc);
    auto bo = repo.save(assessment(uc, QStringLiteral("Bo"), random));
    QVERIFY(bo);
    verifyStored(*db, uc);
    const auto before = ScoreIndex(*db).get(uc, m_rubric.uuid);

    Assessment edited = *ana;
    for (CriterionScore &s : edited.scores) {
        s.state = ScoreState::Level;
        s.level = m_rubric.scaleMin; // every knock-out fires, the index drops
    }
    QVERIFY(repo.save(edited));
    verifyStored(*db, uc);
    QVERIFY((*ScoreIndex(*db).get(uc, m_rubric.uuid))->index != (*before)->index);
    QVERIFY(!(*ScoreIndex(*db).get(uc, m_rubric.uuid))->flags.isEmpty());

    QVERIFY(repo.remove(bo->uuid));
    verifyStored(*db, uc);
    QVERIFY(repo.remove(ana->uuid));
    verifyStored(*db, uc); // no assessment left: no row

    // Deleting the use case removes its row.
    QVERIFY(repo.save(assessment(uc, QStringLiteral("Ana"), random)));
    QVERIFY(UseCaseRepository(*db).remove(uc));
    QSqlQuery q(DatabaseTestAccess::connection(*db));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM use_case_scores")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_ScoreIndex::followsImport()
{
    auto source = open(QStringLiteral("source.sqlite"), true);
    QVERIFY(source);
    QRandomGenerator random(11);
    auto useCases = UseCaseRepository(*source).allUuids();
    QVERIFY(useCases);
    for (const QString &uc : *useCases) {
        QVERIFY(AssessmentRepository(*source).save(assessment(uc, QStringLiteral("Ana"), random)));
        QVERIFY(AssessmentRepository(*source).save(assessment(uc, QStringLiteral("Bo"), random)));
    }
    auto target = open(QStringLiteral("target.sqlite"), false);
    QVERIFY(target);
    auto records = BundleExporter::collect(*source, {}, false);
    QVERIFY(records);
    auto applied = ImportPlanner::apply(*target, *records, Resolutions());
    QVERIFY2(applied, qPrintable(applied.error().message + applied.error().detail));
    for (const QString &uc : *useCases)
        verifyStored(*target, uc);

    // A newer version of the assessments, imported over the old ones.
    for (const QString &uc : useCases->mid(0, 4)) {
        auto a = AssessmentRepository(*source).forUseCase(uc, m_rubric.uuid);
        QVERIFY(a && !a->isEmpty());
        Assessment changed = assessment(uc, a->first().assessorName, random);
        QVERIFY(AssessmentRepository(*source).save(changed));
    }
    records = BundleExporter::collect(*source, {}, false);
    QVERIFY(records);
    applied = ImportPlanner::apply(*target, *records, Resolutions());
    QVERIFY2(applied, qPrintable(applied.error().message + applied.error().detail));
    for (const QString &uc : *useCases)
        verifyStored(*target, uc);
    QCOMPARE(*ScoreIndex(*target).get(useCases->first(), m_rubric.uuid),
             *ScoreIndex(*source).get(useCases->first(), m_rubric.uuid));
}

void tst_ScoreIndex::deferralComputesOnceAtFlush()
{
    auto db = open(QStringLiteral("deferred.sqlite"), true);
    QVERIFY(db);
    QRandomGenerator random(13);
    auto useCases = UseCaseRepository(*db).allUuids();
    QVERIFY(useCases && useCases->size() >= 2);
    const QString first = useCases->at(0);
    const QString second = useCases->at(1);
    AssessmentRepository repo(*db);
    const auto storedRows = [&] {
        QSqlQuery q(DatabaseTestAccess::connection(*db));
        return q.exec(QStringLiteral("SELECT count(*) FROM use_case_scores")) && q.next() ? q.value(0).toInt()
                                                                                          : -1;
    };
    {
        Transaction tx(*db, Transaction::Nesting::Join);
        ScoreIndexDeferral deferral(*db);
        QVERIFY(repo.save(assessment(first, QStringLiteral("Ana"), random)));
        {
            ScoreIndexDeferral inner(*db); // does nothing: the outer one flushes
            QVERIFY(repo.save(assessment(first, QStringLiteral("Bo"), random)));
            QVERIFY(inner.flush());
        }
        auto cy = repo.save(assessment(second, QStringLiteral("Cy"), random));
        QVERIFY(cy);
        QVERIFY(repo.remove(cy->uuid));
        QCOMPARE(storedRows(), 0); // noted, not computed yet
        QVERIFY(deferral.flush());
        verifyStored(*db, first); // both of its assessments, aggregated together
        verifyStored(*db, second); // saved and deleted: no row
        QCOMPARE(storedRows(), 1);
        QVERIFY(tx.commit());
    }
    {
        // A deferral dropped without a flush (its transaction rolls back) leaves refresh() direct.
        Transaction tx(*db);
        ScoreIndexDeferral dropped(*db);
        QVERIFY(repo.save(assessment(second, QStringLiteral("Di"), random)));
    }
    verifyStored(*db, second);
    QVERIFY(repo.save(assessment(second, QStringLiteral("Di"), random)));
    verifyStored(*db, second);
    QCOMPARE(storedRows(), 2);
}

void tst_ScoreIndex::migrationFillsItForExistingAssessments()
{
    QStringList useCases;
    {
        auto db = open(QStringLiteral("old.sqlite"), true);
        QVERIFY(db);
        QRandomGenerator random(5);
        useCases = *UseCaseRepository(*db).allUuids();
        for (const QString &uc : useCases.mid(0, 6))
            QVERIFY(AssessmentRepository(*db).save(assessment(uc, QStringLiteral("Ana"), random)));
        // Back to the schema before the score index, with the assessments in place.
        QSqlQuery q(DatabaseTestAccess::connection(*db));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE use_case_scores")));
        // and the later migrations' tables and triggers
        for (const char *trigger :
             {"use_case_insert", "use_case_update", "tag_given", "tag_taken", "tag_renamed",
              "assessment_insert", "assessment_update", "score_insert", "score_update", "score_delete"})
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS sync_changed_") + QLatin1String(trigger)));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE sync_changed")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE sync_records")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE sync_servers")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX use_cases_id")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE use_cases DROP COLUMN document_form")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE import_added")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE import_undo")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE imports DROP COLUMN taken_back_at")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    auto db = Database::open(m_dir.filePath(QStringLiteral("old.sqlite")));
    QVERIFY2(db, qPrintable(db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    for (const QString &uc : useCases)
        verifyStored(**db, uc);
    QVERIFY(*ScoreIndex(**db).get(useCases.first(), m_rubric.uuid));
}

void tst_ScoreIndex::sortsTheWholeRepositoryByScore()
{
    auto db = open(QStringLiteral("many.sqlite"), false);
    QVERIFY(db);
    QRandomGenerator random(3);
    QList<QPair<double, qint64>> scored; // (index, id)
    QList<qint64> unscored;
    {
        Transaction tx(*db);
        for (int i = 0; i < 450; ++i) {
            UseCase u;
            u.title = QStringLiteral("Record %1").arg(i);
            auto stored = UseCaseRepository(*db).insert(u);
            QVERIFY(stored);
            if (i % 3 == 2) {
                unscored.append(stored->id);
                continue;
            }
            QVERIFY(AssessmentRepository(*db).save(assessment(stored->uuid, QStringLiteral("Ana"), random)));
            auto index = (*ScoreIndex(*db).get(stored->uuid, m_rubric.uuid))->index;
            QVERIFY(index);
            scored.append(qMakePair(*index, stored->id));
        }
        QVERIFY(tx.commit());
    }
    auto rubric = RubricRepository(*db).getVersion(m_rubric.uuid);
    QVERIFY(rubric);
    for (const bool descending : {false, true}) {
        QList<QPair<double, qint64>> expectedScored = scored;
        std::sort(expectedScored.begin(), expectedScored.end(), [descending](const auto &a, const auto &b) {
            if (a.first != b.first)
                return descending ? a.first > b.first : a.first < b.first;
            return a.second < b.second;
        });
        QList<qint64> expected;
        for (const auto &p : expectedScored)
            expected.append(p.second);
        expected += unscored; // unscored use cases last, in either direction
        ListOptions options;
        options.sort = ListOptions::Sort::Score;
        options.descending = descending;
        options.scoreRubricId = rubric->id;
        options.limit = 200;
        QList<qint64> paged;
        for (options.offset = 0; options.offset < 450; options.offset += options.limit) {
            auto page = UseCaseRepository(*db).find({}, options);
            QVERIFY(page);
            for (const UseCaseSummary &s : *page) {
                paged.append(s.id);
                QCOMPARE(s.score.has_value(), !unscored.contains(s.id));
            }
        }
        QCOMPARE(paged, expected);
    }
}

QTEST_GUILESS_MAIN(tst_ScoreIndex)
#include "tst_ScoreIndex.moc"
