// Completion in the search box: which word is completed, what is proposed, what is replaced.
#include "search/SearchCompletion.h"

#include <QTest>

using namespace casebook;

namespace {

/// The repository's values as a fixed list: tags, SDOs and Questions of hand-made gaps.
QStringList presentValues(SearchFilter::Field field)
{
    using F = SearchFilter::Field;
    switch (field) {
    case F::Tag: return {QStringLiteral("energy"), QStringLiteral("street lights")};
    case F::Sdo:
        return {QStringLiteral("ETSI"), QStringLiteral("ETSI TC SmartM2M"), QStringLiteral("oneM2M")};
    case F::Question: return {QStringLiteral("Q2/20"), QStringLiteral("Q4/20")};
    default: return {};
    }
}

QStringList insertions(const CompletionProposal &p)
{
    QStringList out;
    for (const CompletionItem &item : p.items)
        out.append(item.insertion);
    return out;
}

/// Text with a '|' marking the cursor, split into the text and the cursor position.
std::pair<QString, int> withCursor(const QString &marked)
{
    const int cursor = int(marked.indexOf(QLatin1Char('|')));
    QString text = marked;
    text.remove(cursor, 1);
    return {text, cursor};
}

} // namespace

class tst_SearchCompletion : public QObject
{
    Q_OBJECT
private slots:
    void proposes_data();
    void proposes();
    void keysComeWithTheirColon();
    void replacesOnlyTheCurrentWord_data();
    void replacesOnlyTheCurrentWord();
    void valuesWithSpacesAreQuoted();
    void asksTheRepositoryOnlyForItsFields();
};

void tst_SearchCompletion::proposes_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("forKey");

    QTest::newRow("key prefix") << QStringLiteral("water ve|") << QStringList{QStringLiteral("vertical:")}
                                << true;
    QTest::newRow("key prefix, several") << QStringLiteral("s|")
                                         << QStringList{QStringLiteral("sdg:"), QStringLiteral("stage:"),
                                                        QStringLiteral("status:"), QStringLiteral("sdo:")}
                                         << true;
    QTest::newRow("negated key") << QStringLiteral("-ta|") << QStringList{QStringLiteral("tag:")} << true;
    QTest::newRow("plain word") << QStringLiteral("lighting|") << QStringList() << true;
    QTest::newRow("empty word") << QStringLiteral("water |") << QStringList() << false;
    QTest::newRow("word with digits") << QStringLiteral("e2|e") << QStringList() << false;
    QTest::newRow("gap facets") << QStringLiteral("gap:|")
                                << QStringList{QStringLiteral("transport"), QStringLiteral("syntactic"),
                                               QStringLiteral("semantic"), QStringLiteral("behavioural"),
                                               QStringLiteral("policy")}
                                << false;
    QTest::newRow("gap facet prefix")
        << QStringLiteral("gap:sem|") << QStringList{QStringLiteral("semantic")} << false;
    QTest::newRow("sdo from the repository")
        << QStringLiteral("sdo:|")
        << QStringList{QStringLiteral("ETSI"), QStringLiteral("\"ETSI TC SmartM2M\""),
                       QStringLiteral("oneM2M")}
        << false;
    QTest::newRow("sdo prefix ignores case")
        << QStringLiteral("sdo:one|") << QStringList{QStringLiteral("oneM2M")} << false;
    QTest::newRow("question") << QStringLiteral("question:Q4|") << QStringList{QStringLiteral("Q4/20")}
                              << false;
    QTest::newRow("question inside the word")
        << QStringLiteral("question:/2|") << QStringList{QStringLiteral("Q2/20"), QStringLiteral("Q4/20")}
        << false;
    QTest::newRow("typed in full") << QStringLiteral("question:q2/20|") << QStringList() << false;
    QTest::newRow("tag") << QStringLiteral("tag:en|") << QStringList{QStringLiteral("energy")} << false;
    QTest::newRow("second alternative")
        << QStringLiteral("question:Q2/20,Q|")
        << QStringList{QStringLiteral("Q2/20"), QStringLiteral("Q4/20")} << false;
    QTest::newRow("sdg numbers") << QStringLiteral("sdg:1|")
                                 << QStringList{QStringLiteral("10"), QStringLiteral("11"),
                                                QStringLiteral("12"), QStringLiteral("13"),
                                                QStringLiteral("14"), QStringLiteral("15"),
                                                QStringLiteral("16"), QStringLiteral("17")}
                                 << false;
    QTest::newRow("vocabulary label")
        << QStringLiteral("stage:Pil|") << QStringList{QStringLiteral("pilot")} << false;
    QTest::newRow("country by name") << QStringLiteral("country:kenya|") << QStringList{QStringLiteral("KE")}
                                     << false;
    QTest::newRow("unknown key") << QStringLiteral("colour:|") << QStringList() << false;
    QTest::newRow("cursor in an earlier word")
        << QStringLiteral("gap:sem| sdo:ETSI") << QStringList{QStringLiteral("semantic")} << false;
}

void tst_SearchCompletion::proposes()
{
    QFETCH(QString, marked);
    QFETCH(QStringList, expected);
    QFETCH(bool, forKey);
    const auto [text, cursor] = withCursor(marked);
    const CompletionProposal p = SearchCompletion::propose(text, cursor, presentValues);
    QCOMPARE(insertions(p), expected);
    if (!expected.isEmpty())
        QCOMPARE(p.forKey, forKey);
}

void tst_SearchCompletion::keysComeWithTheirColon()
{
    const QStringList keys = SearchCompletion::keys();
    QCOMPARE(keys.size(), 11);
    for (const QString &k : {QStringLiteral("tag:"), QStringLiteral("vertical:"), QStringLiteral("sdg:"),
                             QStringLiteral("region:"), QStringLiteral("country:"), QStringLiteral("stage:"),
                             QStringLiteral("context:"), QStringLiteral("status:"), QStringLiteral("gap:"),
                             QStringLiteral("sdo:"), QStringLiteral("question:")})
        QVERIFY2(keys.contains(k), qPrintable(k));
    // Asked for (Ctrl+Space) on an empty word, every key is proposed and nothing is replaced.
    const CompletionProposal all =
        SearchCompletion::propose(QStringLiteral("water "), 6, presentValues, true);
    QCOMPARE(insertions(all), keys);
    QCOMPARE(all.start, 6);
    QCOMPARE(all.end, 6);
    // The list says what each key filters on.
    QVERIFY(all.items.first().display.startsWith(QLatin1String("tag:")));
    QVERIFY(all.items.first().display.size() > 5);
}

void tst_SearchCompletion::replacesOnlyTheCurrentWord_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("cursorAfter");

    QTest::newRow("key at the end") << QStringLiteral("lights ga|") << QStringLiteral("lights gap:") << 11;
    QTest::newRow("key before other words")
        << QStringLiteral("ga| lights") << QStringLiteral("gap: lights") << 4;
    QTest::newRow("value in the middle")
        << QStringLiteral("water gap:sem| sdo:ETSI") << QStringLiteral("water gap:semantic sdo:ETSI") << 18;
    QTest::newRow("rest of the value replaced")
        << QStringLiteral("gap:se|xx lights") << QStringLiteral("gap:semantic lights") << 12;
    QTest::newRow("one alternative") << QStringLiteral("gap:policy,sem|,transport")
                                     << QStringLiteral("gap:policy,semantic,transport") << 19;
    QTest::newRow("negated") << QStringLiteral("-gap:sem|") << QStringLiteral("-gap:semantic") << 13;
}

void tst_SearchCompletion::replacesOnlyTheCurrentWord()
{
    QFETCH(QString, marked);
    QFETCH(QString, expected);
    QFETCH(int, cursorAfter);
    const auto [text, cursor] = withCursor(marked);
    const CompletionProposal p = SearchCompletion::propose(text, cursor, presentValues);
    QVERIFY(!p.isEmpty());
    int after = -1;
    QCOMPARE(SearchCompletion::apply(text, p, p.items.first(), &after), expected);
    QCOMPARE(after, cursorAfter);
}

void tst_SearchCompletion::valuesWithSpacesAreQuoted()
{
    // A quoted value being typed is completed as a whole, quotes included, and parses back.
    const QString text = QStringLiteral("sdo:\"ETSI T lights");
    const CompletionProposal p = SearchCompletion::propose(text, 11, presentValues);
    QCOMPARE(insertions(p), QStringList{QStringLiteral("\"ETSI TC SmartM2M\"")});
    const QString done = SearchCompletion::apply(
        QStringLiteral("sdo:\"ETSI T\" lights"),
        SearchCompletion::propose(QStringLiteral("sdo:\"ETSI T\" lights"), 11, presentValues),
        p.items.first());
    QCOMPARE(done, QStringLiteral("sdo:\"ETSI TC SmartM2M\" lights"));
    const SearchQuery q = SearchQuery::parse(done);
    QCOMPARE(q.filterValues(SearchFilter::Field::Sdo), QStringList{QStringLiteral("ETSI TC SmartM2M")});
    QCOMPARE(q.groups.size(), 1);
}

void tst_SearchCompletion::asksTheRepositoryOnlyForItsFields()
{
    QList<SearchFilter::Field> asked;
    const auto recording = [&asked](SearchFilter::Field f) {
        asked.append(f);
        return presentValues(f);
    };
    (void)SearchCompletion::propose(QStringLiteral("vertical:sm"), 11, recording);
    (void)SearchCompletion::propose(QStringLiteral("gap:"), 4, recording);
    QVERIFY(asked.isEmpty());
    (void)SearchCompletion::propose(QStringLiteral("question:"), 9, recording);
    (void)SearchCompletion::propose(QStringLiteral("tags:"), 5, recording);
    QCOMPARE(asked, (QList<SearchFilter::Field>{SearchFilter::Field::Question, SearchFilter::Field::Tag}));
    // No source at all: the vocabularies still complete.
    QVERIFY(!SearchCompletion::propose(QStringLiteral("gap:"), 4, {}).isEmpty());
    QVERIFY(SearchCompletion::propose(QStringLiteral("sdo:"), 4, {}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SearchCompletion)
#include "tst_SearchCompletion.moc"
