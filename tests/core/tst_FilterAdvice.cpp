// The rule of what in a search is an unknown filter and what is offered instead (FilterAdvice,
// SearchQuery::problems): one rule for the window and casebook-cli.
#include "search/FilterAdvice.h"
#include "search/SearchQuery.h"

#include <QTest>

using namespace casebook;

class tst_FilterAdvice : public QObject
{
    Q_OBJECT
private slots:
    void problems_data();
    void problems();
    void urlsAndFarKeysStaySearchable();
    void nearKeys_data();
    void nearKeys();
    void messagesNameThePiece();
};

using Kind = SearchProblem::Kind;

static QStringList list(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}
Q_DECLARE_METATYPE(SearchProblem::Kind)

void tst_FilterAdvice::problems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("filters");
    QTest::addColumn<QString>("fts");
    QTest::addColumn<SearchProblem::Kind>("kind");
    QTest::addColumn<QStringList>("suggestions");

    QTest::newRow("unknown stage lists the stages")
        << "stage:bogus water" << 0 << R"("water")" << Kind::UnknownValue
        << list("stage:concept|stage:lab|stage:pilot|stage:operational|stage:scaled");
    QTest::newRow("a typo is offered, not applied")
        << "stage:pilott" << 0 << "" << Kind::UnknownValue << list("stage:pilot");
    QTest::newRow("part of a label is that value")
        << "stage:operat" << 1 << "" << Kind::UnknownValue << QStringList{};
    QTest::newRow("sdg out of range") << "sdg:99" << 0 << "" << Kind::UnknownValue << QStringList{};
    QTest::newRow("one bad alternative") << "stage:pilot,bogus" << 0 << "" << Kind::UnknownValue
                                         << list("stage:pilot,concept|stage:pilot,lab|stage:pilot,pilot|"
                                                 "stage:pilot,operational|stage:pilot,scaled");
    QTest::newRow("key typo") << "stge:pilot" << 0 << "" << Kind::UnknownFilter << list("stage:pilot");
    QTest::newRow("swapped letters") << "sgd:7" << 0 << "" << Kind::UnknownFilter << list("sdg:7");
    QTest::newRow("plural key") << "-regions:Africa" << 0 << "" << Kind::UnknownFilter
                                << list("-region:Africa");
    QTest::newRow("far key is words")
        << "foo:bar" << 0 << R"("foo bar")" << Kind::SearchedAsText << QStringList{};
    QTest::newRow("lone star") << "*" << 0 << "" << Kind::NothingToSearch << QStringList{};
}

void tst_FilterAdvice::problems()
{
    QFETCH(QString, input);
    QFETCH(int, filters);
    QFETCH(QString, fts);
    QFETCH(SearchProblem::Kind, kind);
    QFETCH(QStringList, suggestions);
    const SearchQuery q = SearchQuery::parse(input);
    QCOMPARE(q.filters.size(), filters);
    QCOMPARE(q.ftsExpression(), fts);
    if (filters == 1) { // a part of one value's name is that value: nothing to tell
        QVERIFY(q.problems.isEmpty());
        return;
    }
    QCOMPARE(q.problems.size(), 1);
    QCOMPARE(q.problems.first().kind, kind);
    QCOMPARE(q.problems.first().typed, input.section(QLatin1Char(' '), 0, 0));
    QCOMPARE(q.problems.first().suggestions, suggestions);
    QCOMPARE(q.ignored, kind == Kind::SearchedAsText ? QStringList{} : QStringList{q.problems.first().typed});
}

void tst_FilterAdvice::urlsAndFarKeysStaySearchable()
{
    const SearchQuery url = SearchQuery::parse(QStringLiteral("http://x.org"));
    QCOMPARE(url.ftsExpression(), QStringLiteral("\"http //x.org\""));
    QVERIFY(url.problems.isEmpty());
    // A key near a filter key, but followed by //, is a link too.
    const SearchQuery near = SearchQuery::parse(QStringLiteral("stge://x"));
    QVERIFY(near.problems.isEmpty());
    QVERIFY(near.hasText());
    const SearchQuery iso = SearchQuery::parse(QStringLiteral("ISO:9001"));
    QCOMPARE(iso.ftsExpression(), QStringLiteral(R"("iso 9001")"));
    QCOMPARE(iso.problems.size(), 1);
    QCOMPARE(iso.problems.first().kind, Kind::SearchedAsText);
}

void tst_FilterAdvice::nearKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("near");
    QTest::newRow("typo") << "vertcal" << list("vertical");
    QTest::newRow("prefix") << "quest" << list("question");
    QTest::newRow("plural") << "gaps" << list("gap");
    QTest::newRow("far") << "foo" << QStringList{};
    QTest::newRow("url scheme") << "http" << QStringList{};
    QTest::newRow("too short to guess") << "sd" << QStringList{};
    QTest::newRow("iso is not sdo") << "iso" << QStringList{};
}

void tst_FilterAdvice::nearKeys()
{
    QFETCH(QString, key);
    QFETCH(QStringList, near);
    QCOMPARE(FilterAdvice::nearKeys(key), near);
}

void tst_FilterAdvice::messagesNameThePiece()
{
    const SearchQuery q = SearchQuery::parse(QStringLiteral("sdg:99 stage:bogus stge:pilot foo:bar"));
    QCOMPARE(q.problems.size(), 4);
    QCOMPARE(q.problems.at(0).message(), QStringLiteral("“sdg:99” was left out: SDGs are numbered 1 to 17."));
    QCOMPARE(q.problems.at(1).message(),
             QStringLiteral("“stage:bogus” was left out: “bogus” is not a value of the stage filter."));
    QCOMPARE(q.problems.at(2).message(),
             QStringLiteral("“stge:” is not a filter, so “stge:pilot” was left out."));
    QCOMPARE(q.problems.at(3).message(),
             QStringLiteral("“foo:” is not a filter, so “foo:bar” was searched as words."));
}

QTEST_GUILESS_MAIN(tst_FilterAdvice)
#include "tst_FilterAdvice.moc"
