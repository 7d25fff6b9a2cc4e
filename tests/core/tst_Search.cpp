#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"

using namespace casebook;

class tst_Search : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void oddInputNeverFails_data();
    void oddInputNeverFails();
    void results_data();
    void results();
    void relevanceRanksTitleFirst();
    void toggleFilter_data();
    void toggleFilter();
    void facetCounts();
    void documentedExamples_data();
    void documentedExamples();
    void termsAreCapped();
    void filtersAreCapped();
    void pagingAndCount();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Search::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(m_dir.filePath(QStringLiteral("search.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    auto seeded = Seeder::seed(*m_db, true);
    QVERIFY2(seeded, qPrintable(seeded.error().message + seeded.error().detail));
    QCOMPARE(seeded->useCases, 10);
    // Two more with scripts and accents the examples lack.
    UseCaseRepository repo(*m_db);
    UseCase zh;
    zh.code = QStringLiteral("UC-T-ZH");
    zh.title = QStringLiteral("智慧城市路灯管理");
    zh.summary = QStringLiteral("路灯按人流调光。");
    zh.regions = {QStringLiteral("Asia and the Pacific")};
    QVERIFY(repo.insert(zh));
    UseCase fr;
    fr.code = QStringLiteral("UC-T-FR");
    fr.title = QStringLiteral("Réseau de capteurs à Genève");
    fr.summary = QStringLiteral("Qualité de l'air mesurée en continu.");
    fr.tags = {QStringLiteral("sdo/ITU-T/SG20")};
    QVERIFY(repo.insert(fr));
}

using Terms = QList<SearchTerm>;

void tst_Search::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fts");
    QTest::addColumn<int>("filters");
    QTest::addColumn<QString>("excluded");
    QTest::addColumn<QStringList>("ignored");

    QTest::newRow("words") << "smart meter"
                           << R"("smart" AND "meter")" << 0 << "" << QStringList{};
    QTest::newRow("phrase") << "\"smart meter\" italy"
                            << R"("smart meter" AND "italy")" << 0 << "" << QStringList{};
    QTest::newRow("prefix") << "meter*"
                            << R"("meter"*)" << 0 << "" << QStringList{};
    QTest::newRow("phrase prefix") << "\"smart met\"*"
                                   << R"("smart met"*)" << 0 << "" << QStringList{};
    QTest::newRow("unbalanced quote runs to end") << "\"open data"
                                                  << R"("open data")" << 0 << "" << QStringList{};
    QTest::newRow("quote inside word") << "ab\"cd"
                                       << R"("ab" AND "cd")" << 0 << "" << QStringList{};
    QTest::newRow("OR between words") << "solar OR wind"
                                      << R"(("solar" OR "wind"))" << 0 << "" << QStringList{};
    QTest::newRow("OR after two words") << "smart city OR water"
                                        << R"("smart" AND ("city" OR "water"))" << 0 << "" << QStringList{};
    QTest::newRow("OR groups side by side") << "a OR b c OR d"
                                            << R"(("a" OR "b") AND ("c" OR "d"))" << 0 << "" << QStringList{};
    QTest::newRow("dangling operators") << "AND OR energy OR"
                                        << R"("energy")" << 0 << "" << QStringList{};
    QTest::newRow("lowercase or is a word") << "or"
                                            << R"("or")" << 0 << "" << QStringList{};
    QTest::newRow("lone star") << "*"
                               << "" << 0 << "" << QStringList{QStringLiteral("*")};
    QTest::newRow("emoji only") << "🙂 🚀"
                                << "" << 0 << ""
                                << (QStringList{QStringLiteral("🙂"), QStringLiteral("🚀")});
    QTest::newRow("emoji with word") << "🙂water"
                                     << R"("🙂water")" << 0 << "" << QStringList{};
    QTest::newRow("fts syntax is quoted")
        << "NEAR(a b) col:x ^start"
        << R"x("NEAR(a" AND "b)" AND "col x" AND "^start")x" << 0 << "" << QStringList{};
    QTest::newRow("double quotes inside phrase impossible") << "\"a\"\"b\""
                                                            << R"("a" AND "b")" << 0 << "" << QStringList{};
    QTest::newRow("exclusion") << "energy -solar"
                               << R"("energy")" << 0 << R"("solar")" << QStringList{};
    QTest::newRow("filters") << "tag:energy vertical:health sdg:11 region:Africa stage:pilot"
                             << "" << 5 << "" << QStringList{};
    QTest::newRow("quoted filter value") << "region:\"Arab States\" water"
                                         << R"("water")" << 1 << "" << QStringList{};
    QTest::newRow("bad sdg ignored") << "sdg:99 water"
                                     << R"("water")" << 0 << "" << QStringList{QStringLiteral("sdg:99")};
    QTest::newRow("unknown key is text") << "http://x.org"
                                         << R"("http //x.org")" << 0 << "" << QStringList{};
    QTest::newRow("negated filter") << "-tag:example"
                                    << "" << 1 << "" << QStringList{};
    QTest::newRow("empty") << "   "
                           << "" << 0 << "" << QStringList{};
}

void tst_Search::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, fts);
    QFETCH(int, filters);
    QFETCH(QString, excluded);
    QFETCH(QStringList, ignored);
    const SearchQuery q = SearchQuery::parse(input);
    QCOMPARE(q.ftsExpression(), fts);
    QCOMPARE(q.filters.size(), filters);
    QCOMPARE(q.excludedFtsExpression(), excluded);
    QCOMPARE(q.ignored, ignored);
}

void tst_Search::oddInputNeverFails_data()
{
    QTest::addColumn<QString>("input");
    for (const char *s : {"\"",
                          "\"\"",
                          "AND",
                          "OR OR",
                          "NOT",
                          "*",
                          "**",
                          "-",
                          "--x",
                          ":",
                          "tag:",
                          "a:b:c",
                          "(",
                          ")",
                          "\"unbalanced",
                          "a\" OR \"b",
                          "NEAR(x y, 2)",
                          "x AND OR NOT y",
                          "^",
                          "{x}",
                          "[x]",
                          "'",
                          "\\",
                          "%",
                          "_",
                          "\\%_",
                          "🙂",
                          "👨‍👩‍👧",
                          "\xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd8\xa7\xd9\x87",
                          "\t\n",
                          "vertical:nonsense",
                          "region:",
                          "sdg:abc",
                          "stage:\"",
                          "-\"",
                          "x*y",
                          "a-b",
                          "c++",
                          "é*"})
        QTest::newRow(s) << QString::fromUtf8(s);
    QTest::newRow("very long") << QString(5000, QLatin1Char('a'));
    QTest::newRow("many terms") << QStringLiteral("w ").repeated(500);
}

void tst_Search::oddInputNeverFails()
{
    QFETCH(QString, input);
    const SearchQuery q = SearchQuery::parse(input);
    UseCaseRepository repo(*m_db);
    auto rows = repo.find(q);
    QVERIFY2(rows, qPrintable(rows.error().message + QLatin1Char(' ') + rows.error().detail));
    auto count = repo.count(q);
    QVERIFY(count);
    QCOMPARE(*count, int(rows->size()));
}

void tst_Search::results_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("codes");
    QStringList everything;
    for (int i = 1; i <= 10; ++i)
        everything.append(QStringLiteral("UC-EX-%1").arg(i, 3, 10, QLatin1Char('0')));
    everything << QStringLiteral("UC-T-FR") << QStringLiteral("UC-T-ZH");
    QTest::newRow("everything, in code order") << "" << everything;
    QTest::newRow("word in summary") << "mobile-money" << QStringList{QStringLiteral("UC-EX-008")};
    QTest::newRow("word in description") << "slaughterhouses" << QStringList{QStringLiteral("UC-EX-010")};
    QTest::newRow("prefix") << "telemed*" << QStringList{QStringLiteral("UC-EX-009")};
    QTest::newRow("phrase") << "\"digital twin\"" << QStringList{QStringLiteral("UC-EX-005")};
    QTest::newRow("phrase order matters") << "\"twin digital\"" << QStringList{};
    QTest::newRow("case and accents folded") << "GENEVE qualite" << QStringList{QStringLiteral("UC-T-FR")};
    QTest::newRow("tag") << "tag:platform/FIWARE"
                         << QStringList{QStringLiteral("UC-EX-003"), QStringLiteral("UC-EX-010")};
    QTest::newRow("tag parent matches children")
        << "tag:sdo" << QStringList{QStringLiteral("UC-EX-006"), QStringLiteral("UC-T-FR")};
    QTest::newRow("tag case-insensitive") << "tag:SDO/itu-t" << QStringList{QStringLiteral("UC-T-FR")};
    QTest::newRow("tag is not a prefix match") << "tag:sd" << QStringList{};
    QTest::newRow("vertical") << "vertical:health" << QStringList{QStringLiteral("UC-EX-009")};
    QTest::newRow("vertical by label")
        << "vertical:\"Smart supply chain\"" << QStringList{QStringLiteral("UC-EX-005")};
    QTest::newRow("sdg") << "sdg:2" << QStringList{QStringLiteral("UC-EX-010")};
    QTest::newRow("region") << "region:Africa" << QStringList{QStringLiteral("UC-EX-008")};
    QTest::newRow("region prefix") << "region:asia"
                                   << QStringList{QStringLiteral("UC-EX-006"), QStringLiteral("UC-T-ZH")};
    QTest::newRow("country") << "country:it" << QStringList{QStringLiteral("UC-EX-007")};
    QTest::newRow("stage") << "stage:pilot vertical:agriculture" << QStringList{QStringLiteral("UC-EX-010")};
    QTest::newRow("text and filter") << "sensors region:Americas" << QStringList{QStringLiteral("UC-EX-002")};
    QTest::newRow("exclusion") << "tag:testbed -santander" << QStringList{QStringLiteral("UC-EX-006")};
    QTest::newRow("negated filter") << "sdg:11 -region:Europe"
                                    << QStringList{QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-004")};
    QTest::newRow("or") << "telehealth OR slaughterhouses"
                        << QStringList{QStringLiteral("UC-EX-009"), QStringLiteral("UC-EX-010")};
    QTest::newRow("chinese substring") << "路灯" << QStringList{QStringLiteral("UC-T-ZH")};
    QTest::newRow("chinese and filter") << "调光 region:asia" << QStringList{QStringLiteral("UC-T-ZH")};
    QTest::newRow("standards are searchable") << "AutomationML" << QStringList{QStringLiteral("UC-EX-006")};
    QTest::newRow("sources link not indexed as words") << "zhaw" << QStringList{};
    QTest::newRow("no match") << "blockchain" << QStringList{};
    QTest::newRow("alternatives in one filter")
        << "vertical:health,agriculture"
        << QStringList{QStringLiteral("UC-EX-009"), QStringLiteral("UC-EX-010")};
    QTest::newRow("quoted alternatives")
        << "region:\"Arab States\",Africa" << QStringList{QStringLiteral("UC-EX-008")};
    QTest::newRow("filters across facets combine")
        << "vertical:energy,health region:Africa" << QStringList{QStringLiteral("UC-EX-008")};
}

void tst_Search::results()
{
    QFETCH(QString, input);
    QFETCH(QStringList, codes);
    auto rows = UseCaseRepository(*m_db).find(SearchQuery::parse(input));
    QVERIFY2(rows, qPrintable(rows.error().detail));
    QStringList got;
    for (const auto &r : *rows)
        got.append(r.code);
    QCOMPARE(got, codes);

    // The keys an export selects are the same rows, in the same order.
    auto keys = UseCaseRepository(*m_db).findKeys(SearchQuery::parse(input));
    QVERIFY2(keys, qPrintable(keys.error().detail));
    QCOMPARE(keys->size(), rows->size());
    for (int i = 0; i < rows->size(); ++i) {
        QCOMPARE(keys->at(i).uuid, rows->at(i).uuid);
        QCOMPARE(keys->at(i).code, rows->at(i).code);
        QCOMPARE(keys->at(i).modifiedAt, rows->at(i).modifiedAt);
    }

    // rowOf() answers for one use case where the list shows it, in every order, for every use case.
    auto all = UseCaseRepository(*m_db).find(SearchQuery());
    QVERIFY(all);
    using S = ListOptions::Sort;
    for (const S sort : {S::Code, S::Title, S::Modified, S::Stage, S::Relevance}) {
        for (const bool descending : {false, true}) {
            ListOptions options;
            options.sort = sort;
            options.descending = descending;
            auto listed = UseCaseRepository(*m_db).find(SearchQuery::parse(input), options);
            QVERIFY(listed);
            QStringList order;
            for (const UseCaseSummary &u : std::as_const(*listed))
                order.append(u.uuid);
            for (const UseCaseSummary &u : std::as_const(*all)) {
                auto row = UseCaseRepository(*m_db).rowOf(SearchQuery::parse(input), options, u.uuid);
                QVERIFY2(row, qPrintable(row.error().detail));
                QVERIFY2(row->has_value() == codes.contains(u.code), qPrintable(u.code));
                QCOMPARE(row->value_or(-1), int(order.indexOf(u.uuid)));
            }
        }
    }
}

void tst_Search::relevanceRanksTitleFirst()
{
    UseCaseRepository repo(*m_db);
    ListOptions options;
    options.sort = ListOptions::Sort::Relevance;
    auto rows = repo.find(SearchQuery::parse(QStringLiteral("testbed")), options);
    QVERIFY(rows);
    QVERIFY(rows->size() >= 2);
    // Both testbeds carry the word in their titles and tags; a record mentioning it only elsewhere ranks
    // lower.
    QVERIFY(rows->at(0).title.contains(QLatin1String("testbed")));
    QVERIFY(rows->at(1).title.contains(QLatin1String("testbed")));
}

void tst_Search::toggleFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    using F = SearchFilter::Field;
    QTest::newRow("adds to empty") << "" << int(F::Vertical) << "health"
                                   << "vertical:health";
    QTest::newRow("adds after text") << "water  quality" << int(F::Sdg) << "6"
                                     << "water quality sdg:6";
    QTest::newRow("adds an alternative") << "vertical:health solar" << int(F::Vertical) << "energy"
                                         << "vertical:health,energy solar";
    QTest::newRow("removes one") << "vertical:health,energy solar" << int(F::Vertical) << "health"
                                 << "vertical:energy solar";
    QTest::newRow("removes by label")
        << "vertical:\"Smart supply chain\"" << int(F::Vertical) << "smart_supply_chain"
        << "";
    QTest::newRow("quotes spaces") << "" << int(F::Region) << "Arab States"
                                   << "region:\"Arab States\"";
    QTest::newRow("second value with space") << "region:Africa" << int(F::Region) << "Arab States"
                                             << "region:Africa,\"Arab States\"";
    QTest::newRow("negated filter left alone") << "-tag:x" << int(F::Tag) << "x"
                                               << "-tag:x tag:x";
    QTest::newRow("tag case-insensitive") << "tag:Energy" << int(F::Tag) << "energy"
                                          << "";
}

void tst_Search::toggleFilter()
{
    QFETCH(QString, text);
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString result = SearchQuery::toggleFilter(text, SearchFilter::Field(field), value);
    QCOMPARE(result, expected);
    // What the text says is what the query filters on.
    if (!expected.isEmpty() && !expected.startsWith(QLatin1Char('-')))
        QVERIFY(!SearchQuery::parse(result).filters.isEmpty());
}

void tst_Search::facetCounts()
{
    UseCaseRepository repo(*m_db);
    using F = SearchFilter::Field;
    auto regions = repo.facetCounts(F::Region, {});
    QVERIFY(regions);
    QHash<QString, int> byRegion;
    for (const auto &c : *regions)
        byRegion.insert(c.value, c.count);
    QCOMPARE(byRegion.value(QStringLiteral("Europe")), 7);
    QCOMPARE(byRegion.value(QStringLiteral("Africa")), 1);
    QCOMPARE(byRegion.value(QStringLiteral("Asia and the Pacific")), 2);

    // Counts of a facet ignore its own filter but honour the others.
    const SearchQuery q = SearchQuery::parse(QStringLiteral("region:Africa stage:scaled"));
    auto stagesInAfrica = repo.facetCounts(F::Region, q);
    QVERIFY(stagesInAfrica);
    QHash<QString, int> scaledByRegion;
    for (const auto &c : *stagesInAfrica)
        scaledByRegion.insert(c.value, c.count);
    QCOMPARE(scaledByRegion.value(QStringLiteral("Europe")), 2); // Enel, TeleCare
    QCOMPARE(scaledByRegion.value(QStringLiteral("Africa")), 1);

    auto tags = repo.facetCounts(F::Tag, {});
    QVERIFY(tags);
    QHash<QString, int> byTag;
    for (const auto &c : *tags)
        byTag.insert(c.value, c.count);
    QCOMPARE(byTag.value(QStringLiteral("example")), 10);
    QCOMPARE(byTag.value(QStringLiteral("sdo")), 2); // sdo/IEC + sdo/OGC on one, sdo/ITU-T/SG20 on another
    QCOMPARE(byTag.value(QStringLiteral("sdo/ITU-T")), 1);
    QCOMPARE(byTag.value(QStringLiteral("platform/FIWARE")), 2);
    auto sdgs = repo.facetCounts(F::Sdg, SearchQuery::parse(QStringLiteral("energy")));
    QVERIFY(sdgs);
    QVERIFY(!sdgs->isEmpty());
}

void tst_Search::pagingAndCount()
{
    UseCaseRepository repo(*m_db);
    ListOptions options;
    options.limit = 5;
    options.offset = 10;
    auto page = repo.find({}, options);
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->first().code, QStringLiteral("UC-T-FR"));
    QCOMPARE(*repo.count(), 12);
    options.sort = ListOptions::Sort::Title;
    options.descending = true;
    options.offset = 0;
    options.limit = 1;
    page = repo.find({}, options);
    QVERIFY(page);
    QCOMPARE(page->first().code, QStringLiteral("UC-T-ZH"));
}

void tst_Search::documentedExamples_data()
{
    // Every example in the table of docs/search.md, as the documentation shows it.
    QTest::addColumn<QString>("input");
    QFile doc(test::sourcePath(QStringLiteral("docs/search.md")));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QStringList examples;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        for (auto it = code.globalMatch(line); it.hasNext();)
            examples.append(it.next().captured(1));
    }
    QVERIFY(examples.size() >= 20);
    for (const QString &e : std::as_const(examples))
        QTest::newRow(qPrintable(e)) << e;
    QTest::newRow("all together") << examples.join(QLatin1Char(' '));
    QTest::newRow("issue 17") << QStringLiteral("smart city OR water");
}

void tst_Search::documentedExamples()
{
    QFETCH(QString, input);
    const SearchQuery q = SearchQuery::parse(input);
    UseCaseRepository repo(*m_db);
    auto rows = repo.find(q);
    QVERIFY2(rows, qPrintable(rows.error().message + QLatin1Char(' ') + rows.error().detail));
    auto count = repo.count(q);
    QVERIFY2(count, qPrintable(count.error().detail));
    QCOMPARE(*count, int(rows->size()));
    auto facets = repo.facetCounts(SearchFilter::Field::Region, q);
    QVERIFY2(facets, qPrintable(facets.error().detail));
}

void tst_Search::termsAreCapped()
{
    QStringList words;
    for (int i = 0; i < 200; ++i)
        words.append(QStringLiteral("w%1 OR x%1 -y%1").arg(i));
    const SearchQuery q = SearchQuery::parse(words.join(QLatin1Char(' ')));
    QCOMPARE(q.termCount(), SearchQuery::kMaxTerms);
    QCOMPARE(q.ignored.size(), 600 - SearchQuery::kMaxTerms);
    QCOMPARE(q.ignored.first(), QStringLiteral("x21")); // w21 is the 64th term
    auto rows = UseCaseRepository(*m_db).find(q);
    QVERIFY2(rows, qPrintable(rows.error().detail));
    // Substring terms (Chinese) become SQL conditions of their own: capped the same way.
    const SearchQuery zh = SearchQuery::parse(QStringLiteral("路灯 OR 调光 ").repeated(600));
    QCOMPARE(zh.termCount(), SearchQuery::kMaxTerms);
    rows = UseCaseRepository(*m_db).find(zh);
    QVERIFY2(rows, qPrintable(rows.error().detail));
}

void tst_Search::filtersAreCapped()
{
    QStringList filters;
    for (int i = 0; i < 1200; ++i)
        filters.append(QStringLiteral("tag:t%1").arg(i));
    SearchQuery q = SearchQuery::parse(filters.join(QLatin1Char(' ')));
    QCOMPARE(q.filters.size(), SearchQuery::kMaxFilterValues);
    QCOMPARE(q.ignored.size(), 1200 - SearchQuery::kMaxFilterValues);
    UseCaseRepository repo(*m_db);
    auto rows = repo.find(q);
    QVERIFY2(rows, qPrintable(rows.error().detail));
    // One filter with too many alternatives is ignored whole, not cut.
    QStringList values;
    for (int i = 0; i < 100; ++i)
        values.append(QStringLiteral("v%1").arg(i));
    q = SearchQuery::parse(QStringLiteral("water tag:") + values.join(QLatin1Char(',')));
    QVERIFY(q.filters.isEmpty());
    QCOMPARE(q.ignored.size(), 1);
    QCOMPARE(q.groups.size(), 1);
    rows = repo.find(q);
    QVERIFY2(rows, qPrintable(rows.error().detail));
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_Search.moc"
