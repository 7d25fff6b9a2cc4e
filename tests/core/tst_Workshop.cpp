// Workshops (issue 11): the JSON form, the repository and the rules of Delphi rounds.
#include "DatabaseDump.h"

#include "model/AssessorIdentity.h"
#include "model/RubricJson.h"
#include "model/WorkshopJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RoundSheetRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"
#include "workshop/RoundAgreement.h"
#include "workshop/RoundDistribution.h"
#include "workshop/WorkshopRounds.h"
#include "workshop/WorkshopScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

class tst_Workshop : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void jsonRoundTrip();
    void hostileJsonRefused_data();
    void hostileJsonRefused();
    void repositoryStoresAndFindsByName();
    void repositoryRefusesBadWorkshops();
    void scoresHiddenUntilReveal();
    void changeWithoutReasonRefused();
    void roundsKeptApartFromAssessments();
    void alphaAndSpreadPerRound();
    void scopeResolvesOrderedUseCases();
    void upgradeFromVersion6AddsWorkshops();

private:
    Workshop draft() const;
    RoundScore level(int useCase, const QString &criterion, int level, const QString &reason = {}) const;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    QStringList m_useCases;
    const QString m_ana = QStringLiteral("3f0a8d5e-6a53-4f43-9f0f-6c5a1f0d0a01");
    const QString m_bo = QStringLiteral("3f0a8d5e-6a53-4f43-9f0f-6c5a1f0d0a02");
};

void tst_Workshop::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = new QTemporaryDir;
    auto db = Database::open(m_dir->filePath(QStringLiteral("w.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_useCases.clear();
    for (const char *code : {"UC-EX-003", "UC-EX-001", "UC-EX-002"})
        m_useCases.append(UseCaseRepository(*m_db).get(QString::fromLatin1(code))->uuid);
}

void tst_Workshop::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

Workshop tst_Workshop::draft() const
{
    Workshop w;
    w.name = QStringLiteral("Smart water, Geneva");
    w.useCaseUuids = m_useCases;
    w.rubricUuid = RubricJson::defaultRubric().uuid;
    w.weightSets = {
        {QStringLiteral("security first"), {{QStringLiteral("A"), 40}, {QStringLiteral("B1"), 16}}}};
    w.view = QStringLiteral("ranking");
    return w;
}

RoundScore tst_Workshop::level(int useCase, const QString &criterion, int level, const QString &reason) const
{
    return RoundScore{m_useCases[useCase], criterion, ScoreState::Level, level, reason};
}

void tst_Workshop::jsonRoundTrip()
{
    Workshop w = draft();
    w.uuid = QStringLiteral("0b6f2a8e-4a4b-4f8e-9d6a-2b1c3d4e5f60");
    w.description = QStringLiteral("Room 3, \"SG20\"\nsecond line");
    w.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    w.modifiedAt = w.createdAt.addSecs(60);
    w.revision = 3;
    w.rubricVersion = 2;
    w.rounds = {{1, RoundState::Closed, w.createdAt, w.createdAt.addSecs(10), w.createdAt.addSecs(20)},
                {2, RoundState::Open, w.createdAt.addSecs(30), {}, {}}};
    auto back = WorkshopJson::fromJson(WorkshopJson::toJson(w));
    QVERIFY2(back, qPrintable(back.error().message));
    QCOMPARE(WorkshopJson::toJson(*back), WorkshopJson::toJson(w));
    QCOMPARE(back->rounds, w.rounds);
    QCOMPARE(back->weightSets, w.weightSets);

    RoundSheet s;
    s.uuid = QStringLiteral("0b6f2a8e-4a4b-4f8e-9d6a-2b1c3d4e5f61");
    s.workshopUuid = w.uuid;
    s.round = 2;
    s.assessorId = m_ana;
    s.assessorName = QStringLiteral("Ana");
    s.scores = {level(0, QStringLiteral("A1"), 3, QStringLiteral("saw the pilot")),
                {m_useCases[1], QStringLiteral("B1"), ScoreState::NotApplicable, 0, {}}};
    s.createdAt = w.createdAt;
    s.modifiedAt = w.modifiedAt;
    s.revision = 1;
    auto sheet = WorkshopJson::sheetFromJson(WorkshopJson::sheetToJson(s));
    QVERIFY2(sheet, qPrintable(sheet.error().message));
    QCOMPARE(WorkshopJson::sheetToJson(*sheet), WorkshopJson::sheetToJson(s));
    QCOMPARE(sheet->score(m_useCases[0], QStringLiteral("A1"))->reason, QStringLiteral("saw the pilot"));
}

void tst_Workshop::hostileJsonRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const QString a = QStringLiteral("11111111-1111-4111-8111-111111111111");
    QTest::newRow("one use case") << "use_case_uuids" << QJsonValue(QJsonArray{a}) << "use_case_uuids";
    QJsonArray thirteen;
    for (int i = 0; i < 13; ++i)
        thirteen.append(QStringLiteral("11111111-1111-4111-8111-1111111111%1").arg(i + 10));
    QTest::newRow("13 use cases") << "use_case_uuids" << QJsonValue(thirteen) << "limit is 12";
    QTest::newRow("twice") << "use_case_uuids" << QJsonValue(QJsonArray{a, a}) << "twice";
    QTest::newRow("not a uuid") << "rubric_uuid" << QJsonValue(QStringLiteral("x")) << "rubric_uuid";
    QTest::newRow("name control") << "name" << QJsonValue(QStringLiteral("a\x01")) << "control";
    QTest::newRow("name long") << "name" << QJsonValue(QString(201, QLatin1Char('n'))) << "limit is 200";
    const QJsonObject open{{QStringLiteral("number"), 1},
                           {QStringLiteral("state"), QStringLiteral("open")},
                           {QStringLiteral("opened_at"), QStringLiteral("2026-03-01T09:00:00Z")}};
    QJsonObject second = open;
    second.insert(QStringLiteral("number"), 2);
    QTest::newRow("two open rounds") << "rounds" << QJsonValue(QJsonArray{open, second}) << "only the last";
    QTest::newRow("round numbering") << "rounds" << QJsonValue(QJsonArray{second}) << "numbered 2";
    QJsonObject badState = open;
    badState.insert(QStringLiteral("state"), QStringLiteral("secret"));
    QTest::newRow("round state") << "rounds" << QJsonValue(QJsonArray{badState})
                                 << "open, revealed or closed";
    QTest::newRow("weight") << "weight_sets"
                            << QJsonValue(QJsonArray{QJsonObject{
                                   {QStringLiteral("name"), QStringLiteral("w")},
                                   {QStringLiteral("weights"), QJsonObject{{QStringLiteral("A"), -1}}}}})
                            << "weight A";
    QTest::newRow("revision") << "revision" << QJsonValue(2e9) << "revision";
}

void tst_Workshop::hostileJsonRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    Workshop w = draft();
    w.uuid = QStringLiteral("0b6f2a8e-4a4b-4f8e-9d6a-2b1c3d4e5f60");
    w.createdAt = w.modifiedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    w.revision = 1;
    QJsonObject o = WorkshopJson::toJson(w);
    o.insert(key, value);
    auto read = WorkshopJson::fromJson(o);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::InputRejected);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
}

void tst_Workshop::repositoryStoresAndFindsByName()
{
    WorkshopRepository repo(*m_db);
    auto saved = repo.save(draft());
    QVERIFY2(saved, qPrintable(saved.error().message));
    QCOMPARE(saved->revision, 1);
    QCOMPARE(saved->rubricVersion, RubricJson::defaultRubric().version);
    auto byName = repo.get(QStringLiteral("smart WATER,   geneva"));
    QVERIFY2(byName, qPrintable(byName.error().message));
    QCOMPARE(byName->uuid, saved->uuid);
    QCOMPARE(byName->useCaseUuids, m_useCases); // the chosen order, not code order
    QCOMPARE(byName->weightSets, draft().weightSets);
    Workshop edited = *byName;
    edited.view = QStringLiteral("heatmap");
    auto again = repo.save(edited);
    QVERIFY(again);
    QCOMPARE(again->revision, 2);
    QCOMPARE(repo.get(saved->uuid)->view, QStringLiteral("heatmap"));
    QCOMPARE(repo.list()->size(), 1);
    QVERIFY(repo.remove(saved->uuid));
    QCOMPARE(repo.get(saved->uuid).error().code, ErrorCode::NotFound);
}

void tst_Workshop::repositoryRefusesBadWorkshops()
{
    WorkshopRepository repo(*m_db);
    QVERIFY(repo.save(draft()));
    const QStringList before = test::dumpDatabase(*m_db);
    auto same = repo.save(draft());
    QVERIFY(!same);
    QVERIFY2(same.error().message.contains(QStringLiteral("already a workshop")),
             qPrintable(same.error().message));
    Workshop one = draft();
    one.name = QStringLiteral("other");
    one.useCaseUuids = m_useCases.mid(0, 1);
    QVERIFY(!repo.save(one));
    Workshop twice = draft();
    twice.name = QStringLiteral("other");
    twice.useCaseUuids = {m_useCases[0], m_useCases[0]};
    QVERIFY(!repo.save(twice));
    Workshop unknown = draft();
    unknown.name = QStringLiteral("other");
    unknown.useCaseUuids.append(QStringLiteral("UC-NOPE"));
    QCOMPARE(repo.save(unknown).error().code, ErrorCode::NotFound);
    QCOMPARE(test::dumpDatabase(*m_db), before);
    QCOMPARE(*repo.freeName(draft().name, {}), draft().name + QStringLiteral(" (2)"));
}

void tst_Workshop::scoresHiddenUntilReveal()
{
    QVERIFY(WorkshopRepository(*m_db).save(draft()));
    WorkshopRounds rounds(*m_db);
    const QString name = draft().name;
    QCOMPARE(
        rounds.score(name, m_ana, QStringLiteral("Ana"), {level(0, QStringLiteral("A1"), 2)}).error().code,
        ErrorCode::Usage); // no round open yet
    QVERIFY(rounds.openRound(name));
    QVERIFY(rounds.score(name, m_ana, QStringLiteral("Ana"), {level(0, QStringLiteral("A1"), 2)}));
    QVERIFY(rounds.score(name, m_bo, QStringLiteral("Bo"), {level(0, QStringLiteral("A1"), 4)}));
    QVERIFY(!rounds.openRound(name)); // round 1 is still open

    auto hidden = RoundDistribution::of(*m_db, name);
    QVERIFY(!hidden);
    QVERIFY2(hidden.error().message.contains(QStringLiteral("hidden until the facilitator reveals")),
             qPrintable(hidden.error().message));
    const QString workshopUuid = WorkshopRepository(*m_db).get(name)->uuid;
    auto own = RoundSheetRepository(*m_db).find(workshopUuid, 1, m_ana);
    QVERIFY(own && *own);
    QCOMPARE((*own)->scores.size(), 1);
    QCOMPARE((*own)->scores.first().level, 2);

    QVERIFY(rounds.reveal(name));
    QVERIFY(!rounds.score(name, m_ana, QStringLiteral("Ana"), {level(0, QStringLiteral("A1"), 3)}));
    auto shown = RoundDistribution::of(*m_db, name);
    QVERIFY2(shown, qPrintable(shown.error().message));
    QCOMPARE(shown->labels, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(shown->cells.size(), 1);
    const CriterionDistribution &cell = shown->cells.first();
    QCOMPARE(cell.criterionId, QStringLiteral("A1"));
    QCOMPARE(cell.scores[0].label, QStringLiteral("A")); // Ana's identity sorts first
    QCOMPARE(cell.scores[0].level, 2);
    QCOMPARE(cell.scores[1].level, 4);
    QCOMPARE(cell.levels->median, 3.0);
    const QByteArray json = QJsonDocument(shown->toJson()).toJson();
    QVERIFY(!json.contains("Ana") && !json.contains(m_ana.toLatin1())); // anonymised
    QCOMPARE(RoundDistribution::label(26), QStringLiteral("AA"));
}

void tst_Workshop::changeWithoutReasonRefused()
{
    QVERIFY(WorkshopRepository(*m_db).save(draft()));
    WorkshopRounds rounds(*m_db);
    const QString name = draft().name;
    QVERIFY(rounds.openRound(name));
    QVERIFY(rounds.score(name, m_ana, QStringLiteral("Ana"),
                         {level(0, QStringLiteral("A1"), 2), level(1, QStringLiteral("A1"), 1)}));
    QVERIFY(rounds.reveal(name));
    auto second = rounds.openRound(name);
    QVERIFY(second);
    QCOMPARE(second->rounds.size(), 2);
    QCOMPARE(second->rounds[0].state, RoundState::Closed);
    const QStringList before = test::dumpDatabase(*m_db);
    auto refused = rounds.score(name, m_ana, QStringLiteral("Ana"),
                                {level(1, QStringLiteral("A1"), 1), level(0, QStringLiteral("A1"), 3)});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InputRejected);
    QCOMPARE(refused.error().message,
             QStringLiteral("A1 of UC-EX-003 changes from 2 in round 1 to 3: give a reason for the change."));
    QCOMPARE(test::dumpDatabase(*m_db), before);
    // The same level needs no reason; a change with one is taken; round 1 keeps its scores.
    auto taken = rounds.score(name, m_ana, QStringLiteral("Ana"),
                              {level(1, QStringLiteral("A1"), 1),
                               level(0, QStringLiteral("A1"), 3, QStringLiteral("the pilot is live"))});
    QVERIFY2(taken, qPrintable(taken.error().message));
    QCOMPARE(taken->round, 2);
    const QString uuid = WorkshopRepository(*m_db).get(name)->uuid;
    auto first = RoundSheetRepository(*m_db).find(uuid, 1, m_ana);
    QCOMPARE((*first)->score(m_useCases[0], QStringLiteral("A1"))->level, 2);
    QCOMPARE(RoundSheetRepository(*m_db).sheets(uuid)->size(), 2);
}

void tst_Workshop::roundsKeptApartFromAssessments()
{
    QVERIFY(WorkshopRepository(*m_db).save(draft()));
    const int assessments = AssessmentRepository(*m_db).all()->size();
    WorkshopRounds rounds(*m_db);
    QVERIFY(rounds.openRound(draft().name));
    QVERIFY(rounds.score(draft().name, m_ana, QStringLiteral("Ana"), {level(0, QStringLiteral("A1"), 2)}));
    QCOMPARE(AssessmentRepository(*m_db).all()->size(), assessments);
    // A score for a use case outside the workshop or an unknown criterion is refused.
    const QString other = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-004"))->uuid;
    QVERIFY(!rounds.score(draft().name, m_ana, QStringLiteral("Ana"),
                          {RoundScore{other, QStringLiteral("A1"), ScoreState::Level, 1, {}}}));
    QVERIFY(!rounds.score(draft().name, m_ana, QStringLiteral("Ana"), {level(0, QStringLiteral("Z9"), 1)}));
    QVERIFY(!rounds.score(draft().name, m_ana, QStringLiteral("Ana"), {level(0, QStringLiteral("A1"), 9)}));
}

void tst_Workshop::alphaAndSpreadPerRound()
{
    QVERIFY(WorkshopRepository(*m_db).save(draft()));
    WorkshopRounds rounds(*m_db);
    const QString name = draft().name;
    const QString a1 = QStringLiteral("A1");
    QVERIFY(rounds.openRound(name));
    // Round 1: (1, 3), (2, 4), (0, 2). n = 6, mean 2, D_e = 2 * 10 / 5 = 4; D_o = 3 * 8 / 6 = 4: alpha 0.
    QVERIFY(rounds.score(name, m_ana, QStringLiteral("Ana"),
                         {level(0, a1, 1), level(1, a1, 2), level(2, a1, 0)}));
    QVERIFY(
        rounds.score(name, m_bo, QStringLiteral("Bo"), {level(0, a1, 3), level(1, a1, 4), level(2, a1, 2)}));
    QVERIFY(rounds.reveal(name));
    QVERIFY(rounds.openRound(name));
    // Round 2: Bo moves to Ana's levels: perfect agreement.
    const QString why = QStringLiteral("convinced");
    QVERIFY(rounds.score(name, m_ana, QStringLiteral("Ana"),
                         {level(0, a1, 1), level(1, a1, 2), level(2, a1, 0)}));
    QVERIFY(rounds.score(name, m_bo, QStringLiteral("Bo"),
                         {level(0, a1, 1, why), level(1, a1, 2, why), level(2, a1, 0, why)}));
    auto resolved = WorkshopScope::resolve(*m_db, name);
    QVERIFY(resolved);
    auto hiddenSecond = WorkshopScope::revealedAgreement(*m_db, *resolved);
    QCOMPARE(hiddenSecond->size(), 1); // round 2 is open: not shown
    QVERIFY(rounds.reveal(name));
    resolved = WorkshopScope::resolve(*m_db, name);
    auto agreement = WorkshopScope::revealedAgreement(*m_db, *resolved);
    QVERIFY(agreement);
    QCOMPARE(agreement->size(), 2);
    const CriterionRoundAgreement *r1 = (*agreement)[0].criterion(a1);
    const CriterionRoundAgreement *r2 = (*agreement)[1].criterion(a1);
    QCOMPARE(*r1->spread, 2.0);
    QVERIFY(qAbs(*r1->alphaInterval.result.alpha) < 1e-12);
    QCOMPARE(*r2->spread, 0.0);
    QCOMPARE(*r2->alphaInterval.result.alpha, 1.0);
    QCOMPARE(r2->assessors, 2);
    QVERIFY(!(*agreement)[1].criterion(QStringLiteral("B1"))->alphaInterval.result.alpha);
    const QJsonArray json = RoundAgreement::toJson(*agreement);
    const QJsonObject moved = json[1].toObject()[QStringLiteral("criteria")].toObject()[a1].toObject();
    QCOMPARE(moved[QStringLiteral("spread_change")].toDouble(), -2.0);
    QVERIFY(qAbs(moved[QStringLiteral("alpha_interval_change")].toDouble() - 1.0) < 1e-12);
    QVERIFY(json[0]
                .toObject()[QStringLiteral("criteria")]
                .toObject()[a1]
                .toObject()[QStringLiteral("spread_change")]
                .isNull());
}

void tst_Workshop::scopeResolvesOrderedUseCases()
{
    QVERIFY(WorkshopRepository(*m_db).save(draft()));
    auto r = WorkshopScope::resolve(*m_db, draft().name.toUpper());
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->useCaseUuids, m_useCases);
    QCOMPARE(r->rubric.uuid, RubricJson::defaultRubric().uuid);
    QVERIFY(UseCaseRepository(*m_db).remove(m_useCases[1]));
    r = WorkshopScope::resolve(*m_db, draft().name);
    QCOMPARE(r->useCaseUuids, (QStringList{m_useCases[0], m_useCases[2]}));
    QCOMPARE(r->missing, QStringList{m_useCases[1]});
    QCOMPARE(WorkshopScope::resolve(*m_db, QStringLiteral("nope")).error().code, ErrorCode::NotFound);
}

void tst_Workshop::upgradeFromVersion6AddsWorkshops()
{
    // A file of schema 6 (the migrations before 007_workshops) with its records, upgraded: the
    // records stay, and workshops can be stored.
    const QString path = m_dir->filePath(QStringLiteral("six.sqlite"));
    QList<Migration> previous = Database::builtinMigrations();
    previous.removeIf([](const Migration &m) { return m.version >= 7; });
    QCOMPARE(previous.last().version, 6);
    QStringList before;
    {
        Database::OpenOptions options;
        options.migrations = previous;
        auto old = Database::open(path, options);
        QVERIFY(old);
        QVERIFY(Seeder::seed(**old, true));
        before = test::dumpDatabase(**old);
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    // The new tables are empty, and the records stay; schema 12 adds use_cases.document_form, 0 for
    // the documents written before it (their form is not known).
    QStringList after = test::dumpDatabase(**db);
    for (QString &row : after) {
        if (row.startsWith(QLatin1String("use_cases|"))) {
            QVERIFY2(row.endsWith(QLatin1String("|0")), qPrintable(row.right(40)));
            row.chop(2);
        }
    }
    QCOMPARE(after, before);
    Workshop w = draft();
    w.useCaseUuids.clear();
    for (const char *code : {"UC-EX-001", "UC-EX-002"})
        w.useCaseUuids.append(UseCaseRepository(**db).get(QString::fromLatin1(code))->uuid);
    QVERIFY(WorkshopRepository(**db).save(w));
    QVERIFY((*db)->fullCheck());
}

QTEST_GUILESS_MAIN(tst_Workshop)
#include "tst_Workshop.moc"
