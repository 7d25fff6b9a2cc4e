// Comparison (issue 11): use cases side by side under chosen weights, with the JSON and CSV forms of
// `casebook-cli compare`, the rank stability of each weight and the selection (ids, tag, query or a
// workshop) that ComparisonLoader reads from the repository.

#include "ScoringFixtures.h"
#include "TestSupport.h"

#include "exchange/ComparisonCsv.h"
#include "model/RubricJson.h"
#include "report/ComparisonLoader.h"
#include "scoring/ComparisonJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace casebook;
using casebook::test::makeAssessment;
using casebook::test::makeRubric;

namespace {

/// A (A1 10) and B (B1 10), scale 0–4: X (4, 0) 50, Y (0, 3) 37.5, Z (4, unscored) 100 but covering 50%.
Rubric rubricAB()
{
    Rubric r = makeRubric(QStringLiteral("A:A1=10;B:B1=10"));
    r.uuid = QStringLiteral("r1");
    r.name = QStringLiteral("Two");
    return r;
}

Assessment scored(const QString &useCase, const QString &spec,
                  const QString &assessor = QStringLiteral("Ana"))
{
    Assessment a = makeAssessment(spec);
    a.useCaseUuid = useCase;
    a.rubricUuid = QStringLiteral("r1");
    a.assessorName = assessor;
    return a;
}

QList<UseCaseRef> refs()
{
    return {{QStringLiteral("x"), QStringLiteral("UC-X"), QStringLiteral("Ex")},
            {QStringLiteral("y"), QStringLiteral("UC-Y"), QStringLiteral("Why")},
            {QStringLiteral("z"), QStringLiteral("UC-Z"), QStringLiteral("Zed")},
            {QStringLiteral("e"), QStringLiteral("UC-E"), QStringLiteral("Empty")}};
}

QList<Assessment> assessments()
{
    return {scored(QStringLiteral("x"), QStringLiteral("A1=4 B1=0")),
            scored(QStringLiteral("x"), QStringLiteral("A1=2 B1=0"), QStringLiteral("Bo")),
            scored(QStringLiteral("y"), QStringLiteral("A1=0 B1=3")),
            scored(QStringLiteral("z"), QStringLiteral("A1=4")),
            scored(QStringLiteral("other"), QStringLiteral("A1=4 B1=4"))};
}

QStringList codes(const ComparisonResult &c)
{
    QStringList list;
    for (const UseCaseScore &u : c.scores.useCases)
        list.append(u.useCase.code);
    return list;
}

bool setSharing(Database &db, const QString &code, const QString &level)
{
    UseCaseRepository repo(db);
    auto u = repo.get(code);
    if (!u)
        return false;
    u->sharingLevel = level;
    return bool(repo.update(*u));
}

} // namespace

class tst_Comparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    /// X's medians are (3, 0): 37.5; Y 37.5 too → tied first; Z below the minimum coverage; E has no
    /// assessment; the use case not chosen is left out.
    void rubricWeights()
    {
        auto c = Comparison::build(rubricAB(), refs(), assessments());
        QVERIFY(c);
        QCOMPARE(codes(*c),
                 (QStringList{QStringLiteral("UC-X"), QStringLiteral("UC-Y"), QStringLiteral("UC-E"),
                              QStringLiteral("UC-Z")}));
        const UseCaseScore &x = c->scores.useCases.at(0);
        QCOMPARE(*x.overall, 37.5);
        QCOMPARE(x.rank, std::optional<int>(1));
        QCOMPARE(c->scores.useCases.at(1).rank, std::optional<int>(1));
        const UseCaseScore &e = c->scores.useCases.at(2);
        QVERIFY(!e.overall);
        QVERIFY(!e.rank);
        QCOMPARE(e.coverage, 0.0);
        const UseCaseScore &z = c->scores.useCases.at(3);
        QCOMPARE(*z.overall, 100.0);
        QCOMPARE(z.coverage, 0.5);
        QVERIFY(!z.rank);
        QCOMPARE(c->scores.assessments, 4);
        // X and Y tied for first: any move of A's weight breaks the tie.
        QCOMPARE(c->stability.size(), 2);
        QCOMPARE(c->stability.at(0).weight, QStringLiteral("A"));
        QCOMPARE(c->stability.at(0).low, 10.0);
        QCOMPARE(c->stability.at(0).high, 10.0);
    }

    /// A = 30: X (3·30)/(40)·25 = 56.25, Y (3·10)/40·25 = 18.75, Z covers 30/40 = 75%: ranked, 100.
    void chosenWeights()
    {
        auto c = Comparison::build(rubricAB(), refs(), assessments(),
                                   WeightSet::parse(QStringLiteral("A=30")).value());
        QVERIFY(c);
        QCOMPARE(codes(*c),
                 (QStringList{QStringLiteral("UC-Z"), QStringLiteral("UC-X"), QStringLiteral("UC-Y"),
                              QStringLiteral("UC-E")}));
        QCOMPARE(*c->scores.useCases.at(1).overall, 56.25);
        QCOMPARE(c->scores.useCases.at(0).rank, std::optional<int>(1));
        QCOMPARE(c->weights.toJson().value(QStringLiteral("A")).toDouble(), 30.0);
        QCOMPARE(c->weights.toJson().value(QStringLiteral("A1")).toDouble(), 30.0);
        QCOMPARE(c->weights.toJson().value(QStringLiteral("B")).toDouble(), 10.0);
        QCOMPARE(c->rubric.criterion(QStringLiteral("A1"))->weight, 10.0); // the stored rubric is unchanged
        // Z stays first from A = 30 (where its coverage reaches 75%) up; B from 0 up to 10·(1/3)/... :
        // Z covers 30/(30 + u) ≥ 0.75 while u ≤ 10.
        QCOMPARE(c->stability.at(0).low, 30.0);
        QCOMPARE(c->stability.at(0).high, 100.0);
        QVERIFY(std::abs(c->stability.at(1).high - 10.0) < 1e-9);
        QCOMPARE(c->stability.at(1).low, 0.0);
    }

    void refusals()
    {
        auto unknown = Comparison::build(rubricAB(), refs(), assessments(),
                                         WeightSet::parse(QStringLiteral("Q=3")).value());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::Usage);
        QCOMPARE(unknown.error().message,
                 QStringLiteral("Q is neither a dimension nor a criterion of the rubric \"Two\"."));
        ComparisonOptions options;
        options.top = 0;
        QVERIFY(!Comparison::build(rubricAB(), refs(), assessments(), {}, options));
    }

    /// The fast path over a comparison's rows gives the comparison's own ranks.
    void rankerMatchesRows()
    {
        auto c = Comparison::build(rubricAB(), refs(), assessments(),
                                   WeightSet::parse(QStringLiteral("A=30")).value());
        QVERIFY(c);
        const ReRanker ranker = Comparison::ranker(*c);
        const ReRanker::Scores s = ranker.rank(ReRanker::weightsOf(c->scores.rubric));
        for (int i = 0; i < c->scores.useCases.size(); ++i) {
            QVERIFY(s.indices.at(i) == c->scores.useCases.at(i).overall);
            QCOMPARE(s.ranks.at(i), c->scores.useCases.at(i).rank);
        }
    }

    void jsonShape()
    {
        ComparisonOptions options;
        options.criterionStability = true;
        auto c = Comparison::build(rubricAB(), refs(), assessments(), {}, options);
        QVERIFY(c);
        const QJsonObject json = ComparisonJson::toJson(*c);
        QCOMPARE(
            json.keys(),
            (QStringList{QStringLiteral("agreement"), QStringLiteral("rubric"), QStringLiteral("stability"),
                         QStringLiteral("use_cases"), QStringLiteral("weights")}));
        const QJsonObject x = json.value(QStringLiteral("use_cases")).toArray().at(0).toObject();
        QCOMPARE(x.keys(),
                 (QStringList{QStringLiteral("code"), QStringLiteral("coverage"), QStringLiteral("criteria"),
                              QStringLiteral("dimensions"), QStringLiteral("flags"),
                              QStringLiteral("overall"), QStringLiteral("rank"), QStringLiteral("ranked"),
                              QStringLiteral("title"), QStringLiteral("uuid")}));
        const QJsonObject a1 =
            x.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("A1")).toObject();
        QCOMPARE(a1.value(QStringLiteral("median")).toDouble(), 3.0);
        QCOMPARE(a1.value(QStringLiteral("min")).toDouble(), 2.0);
        QCOMPARE(a1.value(QStringLiteral("max")).toDouble(), 4.0);
        QCOMPARE(a1.value(QStringLiteral("n")).toInt(), 2);
        QCOMPARE(x.value(QStringLiteral("flags")).toArray(), QJsonArray{QStringLiteral("disagreement:A1")});
        const QJsonObject e = json.value(QStringLiteral("use_cases")).toArray().at(2).toObject();
        QVERIFY(e.value(QStringLiteral("overall")).isNull());
        QVERIFY(e.value(QStringLiteral("rank")).isNull());
        QCOMPARE(e.value(QStringLiteral("ranked")).toBool(), false);
        QVERIFY(e.value(QStringLiteral("criteria"))
                    .toObject()
                    .value(QStringLiteral("A1"))
                    .toObject()
                    .value(QStringLiteral("median"))
                    .isNull());
        const QJsonObject agreement = json.value(QStringLiteral("agreement")).toObject();
        QVERIFY(agreement.contains(QStringLiteral("alpha_interval")));
        QVERIFY(agreement.contains(QStringLiteral("alpha_ordinal")));
        QVERIFY(agreement.value(QStringLiteral("per_criterion")).toObject().contains(QStringLiteral("B1")));
        const QJsonArray stability = json.value(QStringLiteral("stability")).toArray();
        QCOMPARE(stability.size(), 4); // A, B, A1, B1
        QCOMPARE(stability.at(2).toObject().keys(),
                 (QStringList{QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("value"),
                              QStringLiteral("weight")}));
        QCOMPARE(stability.at(2).toObject().value(QStringLiteral("weight")).toString(), QStringLiteral("A1"));
        QCOMPARE(json.value(QStringLiteral("weights")).toObject().value(QStringLiteral("B1")).toDouble(),
                 10.0);
    }

    void csv()
    {
        auto c = Comparison::build(rubricAB(), refs(), assessments(),
                                   WeightSet::parse(QStringLiteral("A=30")).value());
        QVERIFY(c);
        const QStringList lines = QString::fromUtf8(ComparisonCsv::write(*c)).split(QStringLiteral("\r\n"));
        QCOMPARE(
            lines.at(0),
            QStringLiteral(
                "rank,uuid,code,title,overall,coverage,dimension_A,dimension_B,median_A1,median_B1,flags"));
        QCOMPARE(lines.at(1), QStringLiteral("1,z,UC-Z,Zed,100.00,0.7500,4.00,,4.00,,incomplete"));
        QCOMPARE(lines.at(2), QStringLiteral("2,x,UC-X,Ex,56.25,1.0000,3.00,0.00,3.00,0.00,disagreement:A1"));
        QCOMPARE(lines.at(4), QStringLiteral(",e,UC-E,Empty,,0.0000,,,,,incomplete"));
    }

    /// From the repository: --ids with the sharing rule of every export, an unknown id, nothing chosen,
    /// and a workshop through the lookup seam.
    void loader()
    {
        QTemporaryDir dir;
        Database::OpenOptions o;
        o.contributor = QStringLiteral("Tester");
        auto opened = Database::open(dir.filePath(QStringLiteral("repo.sqlite")), o);
        QVERIFY(opened);
        Database &db = **opened;
        QVERIFY(Seeder::seed(db, true));
        QVERIFY(setSharing(db, QStringLiteral("UC-EX-002"), QStringLiteral("restricted")));
        UseCaseRepository repo(db);
        for (const QString &code : {QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-002")}) {
            Assessment a = makeAssessment(QStringLiteral("A1=3 A2=2 B1=4"));
            a.useCaseUuid = repo.get(code)->uuid;
            a.rubricUuid = RubricJson::defaultRubric().uuid;
            a.assessorName = QStringLiteral("Ana");
            QVERIFY(AssessmentRepository(db).save(a));
        }
        ComparisonSelection selection;
        selection.selection.ids = {QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-001"),
                                   QStringLiteral("UC-EX-003")};
        auto loaded =
            ComparisonLoader::load(db, selection, {}, WeightSet::parse(QStringLiteral("A=40")).value());
        QVERIFY(loaded);
        QCOMPARE(loaded->restrictedLeftOut, QStringList{QStringLiteral("UC-EX-002")});
        QCOMPARE(loaded->comparison.scores.useCases.size(), 2);
        QCOMPARE(loaded->comparison.scores.useCases.at(0).useCase.code, QStringLiteral("UC-EX-001"));
        QCOMPARE(loaded->comparison.rubric.uuid, RubricJson::defaultRubric().uuid);

        selection.selection.includeRestricted = true;
        QCOMPARE(ComparisonLoader::load(db, selection, {})->comparison.scores.useCases.size(), 3);

        selection.selection.ids = {QStringLiteral("UC-NOPE")};
        auto unknown = ComparisonLoader::load(db, selection, {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(unknown.error().message, QStringLiteral("No use case has the UUID or code 'UC-NOPE'."));

        auto nothing = ComparisonLoader::load(db, ComparisonSelection(), {});
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, ErrorCode::Usage);

        ComparisonSelection onlyRestricted;
        onlyRestricted.selection.ids = {QStringLiteral("UC-EX-002")};
        auto refused = ComparisonLoader::load(db, onlyRestricted, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral(
                     "Every use case of the selection is restricted (UC-EX-002); add --include-restricted to "
                     "compare them."));

        // A workshop: its use cases (the sharing rule still holds), its rubric and weights, with explicit
        // weights on top.
        ComparisonSelection workshop;
        workshop.workshop = QStringLiteral("Geneva");
        auto none = ComparisonLoader::load(db, workshop, {});
        QVERIFY(!none);
        QCOMPARE(none.error().message, QStringLiteral("There is no workshop named \"Geneva\"."));
        workshop.lookup = [](Database &, const QString &name) -> Result<WorkshopChoice> {
            if (name != QLatin1String("Geneva"))
                return makeError(ErrorCode::NotFound, QStringLiteral("no"));
            WorkshopChoice choice;
            choice.useCases = {QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-002"),
                               QStringLiteral("UC-EX-005")};
            choice.rubric = RubricJson::defaultRubric().uuid;
            choice.weights = WeightSet::parse(QStringLiteral("A=10,B=50")).value();
            return choice;
        };
        auto fromWorkshop =
            ComparisonLoader::load(db, workshop, {}, WeightSet::parse(QStringLiteral("B=20")).value());
        QVERIFY(fromWorkshop);
        QCOMPARE(fromWorkshop->restrictedLeftOut, QStringList{QStringLiteral("UC-EX-002")});
        QCOMPARE(fromWorkshop->comparison.scores.useCases.size(), 2);
        QCOMPARE(fromWorkshop->comparison.weights.toJson().value(QStringLiteral("A")).toDouble(), 10.0);
        QCOMPARE(fromWorkshop->comparison.weights.toJson().value(QStringLiteral("B")).toDouble(), 20.0);
        workshop.selection.tag = QStringLiteral("water");
        QCOMPARE(ComparisonLoader::load(db, workshop, {}).error().code, ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(tst_Comparison)
#include "tst_Comparison.moc"
