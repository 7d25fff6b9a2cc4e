// The gap register: the gaps of a search, the gap filters, grouping and counts, shared gaps, and
// `casebook-cli gaps` on hand-made use cases.
#include "report/GapRegister.h"
#include "storage/Database.h"
#include "storage/GapRepository.h"
#include "storage/UseCaseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"

using namespace casebook;

namespace {

StandardizationGap gap(const QString &description, const QString &facet, const QString &sdo,
                       const QString &question, const QString &status = QStringLiteral("identified"))
{
    return {description, facet, sdo, question, QStringLiteral("high"), status};
}

UseCase useCase(const QString &code, const QString &title, const QList<StandardizationGap> &gaps)
{
    UseCase u;
    u.code = code;
    u.title = title;
    u.gaps = gaps;
    return u;
}

QStringList codes(const QList<GapEntry> &gaps)
{
    QStringList out;
    for (const GapEntry &e : gaps)
        out.append(e.useCaseCode);
    return out;
}

} // namespace

class tst_GapRegister : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsEveryGapInCodeOrder();
    void gapFiltersSelectUseCasesAndGaps();
    void groupsAndCounts();
    void sharedGapsNeedTwoUseCasesAndSimilarText();
    void cliJsonAndCsvShapes();
    void cliLeavesRestrictedGapsOut();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_GapRegister::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("gaps.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    UseCaseRepository repo(*m_db);
    const QString semantic = QStringLiteral("semantic");
    QVERIFY(repo.insert(
        useCase(QStringLiteral("UC-T-002"), QStringLiteral("Water meters"),
                {gap(QStringLiteral("No common data model for water meter readings"), semantic,
                     QStringLiteral("ETSI"), QStringLiteral("Q2/20")),
                 gap(QStringLiteral("Device onboarding differs per vendor"), QStringLiteral("behavioural"),
                     QStringLiteral("oneM2M"), QStringLiteral("Q4/20"), QStringLiteral("liaised"))})));
    UseCase lights = useCase(QStringLiteral("UC-T-001"), QStringLiteral("Street lights"),
                             {gap(QStringLiteral("No common data model for meter readings of lamps"),
                                  semantic, QStringLiteral("etsi"), QStringLiteral("Q2/20"))});
    QVERIFY(repo.insert(lights));
    UseCase parking = useCase(QStringLiteral("UC-T-003"), QStringLiteral("Parking"),
                              {gap(QStringLiteral("Tariff data is not published"), QStringLiteral("policy"),
                                   QString(), QString())});
    parking.standards = {{QStringLiteral("ETSI SAREF"), QStringLiteral("ETSI"), {}, semantic, {}, {}}};
    parking.ituQuestions = {QStringLiteral("Q2/20")};
    QVERIFY(repo.insert(parking));
    QVERIFY(repo.insert(useCase(QStringLiteral("UC-T-004"), QStringLiteral("No gaps"), {})));
}

void tst_GapRegister::readsEveryGapInCodeOrder()
{
    auto all = GapRepository(*m_db).gaps(SearchQuery());
    QVERIFY(all);
    QCOMPARE(codes(*all),
             (QStringList{QStringLiteral("UC-T-001"), QStringLiteral("UC-T-002"), QStringLiteral("UC-T-002"),
                          QStringLiteral("UC-T-003")}));
    QCOMPARE(all->at(2).gap.candidateSdo, QStringLiteral("oneM2M"));
    QCOMPARE(all->at(1).useCaseTitle, QStringLiteral("Water meters"));
    auto words = GapRepository(*m_db).gaps(SearchQuery::parse(QStringLiteral("parking")));
    QVERIFY(words);
    QCOMPARE(codes(*words), QStringList{QStringLiteral("UC-T-003")});
}

void tst_GapRegister::gapFiltersSelectUseCasesAndGaps()
{
    UseCaseRepository repo(*m_db);
    auto count = [&repo](const char *q) { return repo.find(SearchQuery::parse(QLatin1String(q)))->size(); };
    QCOMPARE(count("gap:semantic"), 2);
    QCOMPARE(count("gap:Semantic"), 2); // the vocabulary's id, whatever the case typed
    QCOMPARE(count("sdo:ETSI"), 3); // two gaps' candidate SDO (either case) and one standard's body
    QCOMPARE(count("sdo:onem2m"), 1);
    QCOMPARE(count("question:q2/20"), 3); // two gaps' Question and one record's own
    QCOMPARE(count("-gap:semantic"), 2);

    // In the register, the filters also pick the gaps themselves.
    const SearchQuery q = SearchQuery::parse(QStringLiteral("sdo:etsi"));
    const QList<GapEntry> kept = GapRegister::filtered(*GapRepository(*m_db).gaps(q), q);
    QCOMPARE(codes(kept), (QStringList{QStringLiteral("UC-T-001"), QStringLiteral("UC-T-002")}));
    const SearchQuery notSemantic = SearchQuery::parse(QStringLiteral("-gap:semantic"));
    QCOMPARE(codes(GapRegister::filtered(*GapRepository(*m_db).gaps(notSemantic), notSemantic)),
             (QStringList{QStringLiteral("UC-T-003")}));
}

void tst_GapRegister::groupsAndCounts()
{
    const QList<GapEntry> all = *GapRepository(*m_db).gaps(SearchQuery());
    const QList<GapGroup> byFacet = GapRegister::grouped(all, GapRegister::Grouping::Facet);
    QStringList keys;
    QList<qsizetype> counts;
    for (const GapGroup &g : byFacet) {
        keys.append(g.key);
        counts.append(g.gaps.size());
    }
    QCOMPARE(
        keys,
        (QStringList{QStringLiteral("behavioural"), QStringLiteral("policy"), QStringLiteral("semantic")}));
    QCOMPARE(counts, (QList<qsizetype>{1, 1, 2}));
    const QList<GapGroup> bySdo = GapRegister::grouped(all, GapRegister::Grouping::Sdo);
    QCOMPARE(bySdo.size(), 3); // ETSI and etsi together; the gap without an SDO last
    QCOMPARE(bySdo.at(0).key, QStringLiteral("etsi"));
    QCOMPARE(bySdo.at(0).gaps.size(), 2);
    QVERIFY(bySdo.last().key.isEmpty());
    QCOMPARE(GapRegister::grouped(all, GapRegister::Grouping::Status).size(), 2);
    QCOMPARE(GapRegister::grouped(all, GapRegister::Grouping::None).size(), 1);
    QVERIFY(!GapRegister::groupingFrom(QStringLiteral("colour")));
}

void tst_GapRegister::sharedGapsNeedTwoUseCasesAndSimilarText()
{
    const QList<GapEntry> all = *GapRepository(*m_db).gaps(SearchQuery());
    const QList<SharedGap> shared = GapRegister::shared(all);
    QCOMPARE(shared.size(), 1);
    QCOMPARE(shared.first().facet, QStringLiteral("semantic"));
    QCOMPARE(shared.first().useCaseCodes(),
             (QStringList{QStringLiteral("UC-T-001"), QStringLiteral("UC-T-002")}));
    QVERIFY(!GapRegister::similar(QStringLiteral("No common data model for meter readings"),
                                  QStringLiteral("Tariff data is not published")));
    QVERIFY(
        GapRegister::similar(QStringLiteral("缺少水表数据模型"), QStringLiteral("缺少统一的水表数据模型")));
}

void tst_GapRegister::cliJsonAndCsvShapes()
{
    const QString db = m_dir.filePath(QStringLiteral("gaps.sqlite"));
    const test::CliRun json =
        test::runCli({QStringLiteral("--db"), db, QStringLiteral("gaps"), QStringLiteral("question:Q2/20"),
                      QStringLiteral("--group-by"), QStringLiteral("none"), QStringLiteral("--format"),
                      QStringLiteral("json")});
    QCOMPARE(json.exit, 0);
    const QJsonArray flat = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(flat.size(), 2);
    const QJsonObject first = flat.first().toObject();
    QCOMPARE(first.keys(),
             (QStringList{QStringLiteral("candidate_sdo"), QStringLiteral("description"),
                          QStringLiteral("facet"), QStringLiteral("priority"), QStringLiteral("question"),
                          QStringLiteral("status"), QStringLiteral("use_case")}));
    QCOMPARE(first[QStringLiteral("use_case")][QStringLiteral("code")].toString(),
             QStringLiteral("UC-T-001"));
    QCOMPARE(first[QStringLiteral("use_case")].toObject().keys(),
             (QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("uuid")}));

    const test::CliRun grouped = test::runCli({QStringLiteral("--db"), db, QStringLiteral("gaps"),
                                               QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray groups = QJsonDocument::fromJson(grouped.out).array();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.last()[QStringLiteral("group")].toString(), QStringLiteral("semantic"));
    QCOMPARE(groups.last()[QStringLiteral("count")].toInt(), 2);
    QCOMPARE(groups.last()[QStringLiteral("gaps")].toArray().size(), 2);

    const test::CliRun csv =
        test::runCli({QStringLiteral("--db"), db, QStringLiteral("gaps"), QStringLiteral("--group-by"),
                      QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header and one row per gap
    QVERIFY(lines.first().startsWith(QLatin1String("group,use_case_uuid,use_case_code")));

    const test::CliRun bad = test::runCli({QStringLiteral("--db"), db, QStringLiteral("gaps"),
                                           QStringLiteral("--group-by"), QStringLiteral("colour")});
    QCOMPARE(bad.exit, 1);
    QVERIFY(bad.errText().contains(QLatin1String("unknown grouping 'colour'")));
    const test::CliRun table = test::runCli({QStringLiteral("--db"), db, QStringLiteral("gaps")});
    QCOMPARE(table.exit, 0);
    QVERIFY(table.outText().contains(QLatin1String("Gaps raised by several use cases:")));
}

void tst_GapRegister::cliLeavesRestrictedGapsOut()
{
    UseCase secret =
        useCase(QStringLiteral("UC-T-009"), QStringLiteral("Secret pilot"),
                {gap(QStringLiteral("Undisclosed gap"), QStringLiteral("policy"), QString(), QString())});
    secret.sharingLevel = QStringLiteral("restricted");
    QVERIFY(UseCaseRepository(*m_db).insert(secret));
    const QString db = m_dir.filePath(QStringLiteral("gaps.sqlite"));
    const QStringList args{QStringLiteral("--db"), db,
                           QStringLiteral("gaps"), QStringLiteral("--group-by"),
                           QStringLiteral("none"), QStringLiteral("--format"),
                           QStringLiteral("csv")};
    const test::CliRun plain = test::runCli(args);
    QCOMPARE(plain.exit, 0);
    QVERIFY(!plain.outText().contains(QLatin1String("Undisclosed gap")));
    QVERIFY(plain.errText().contains(QLatin1String("left out the gaps of 1 restricted use case")));
    const test::CliRun all = test::runCli(args + QStringList{QStringLiteral("--include-restricted")});
    QCOMPARE(all.exit, 0);
    QVERIFY(all.outText().contains(QLatin1String("Undisclosed gap")));
    QVERIFY(!all.errText().contains(QLatin1String("restricted")));
}

QTEST_GUILESS_MAIN(tst_GapRegister)
#include "tst_GapRegister.moc"
