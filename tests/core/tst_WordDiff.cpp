// Word-by-word differences of two texts, as ranges (the import preview highlights them).
#include "merge/WordDiff.h"

#include <QTest>

using namespace casebook;

class tst_WordDiff : public QObject
{
    Q_OBJECT
private slots:
    void ranges_data();
    void ranges();
    void longTextsStayFast();
};

using Ranges = QList<WordDiff::Range>;
Q_DECLARE_METATYPE(Ranges)

static QString changed(const QString &s, const Ranges &ranges)
{
    QStringList out;
    for (const auto &r : ranges)
        out.append(s.mid(r.start, r.length));
    return out.join(QLatin1Char('|'));
}

void tst_WordDiff::ranges_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::newRow("same") << "smart meters in Italy"
                          << "smart meters in Italy"
                          << ""
                          << "";
    QTest::newRow("one word") << "smart meters in Italy"
                              << "smart meters in Spain"
                              << "Italy"
                              << "Spain";
    QTest::newRow("inside a word") << "the meters"
                                   << "the metres"
                                   << "meters"
                                   << "metres";
    QTest::newRow("added words") << "air quality"
                                 << "air and water quality"
                                 << ""
                                 << "and water ";
    QTest::newRow("two places") << "a b c d e"
                                << "a x c d y"
                                << "b|e"
                                << "x|y";
    QTest::newRow("from empty") << ""
                                << "new text"
                                << ""
                                << "new text";
    QTest::newRow("markup is text") << "<b>bold</b> x"
                                    << "<b>bold</b> y"
                                    << "x"
                                    << "y";
    QTest::newRow("non latin") << "محطة الطاقة"
                               << "محطة المياه"
                               << "الطاقة"
                               << "المياه";
}

void tst_WordDiff::ranges()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    const WordDiff d = WordDiff::between(a, b);
    QCOMPARE(changed(a, d.mine), mine);
    QCOMPARE(changed(b, d.theirs), theirs);
}

void tst_WordDiff::longTextsStayFast()
{
    QString a, b;
    for (int i = 0; i < 20000; ++i) {
        a += QStringLiteral("w%1 ").arg(i);
        b += QStringLiteral("v%1 ").arg(i);
    }
    const WordDiff d = WordDiff::between(a, b);
    QCOMPARE(d.mine.size(), 1); // beyond the table's size: the changed middle as one range
    QCOMPARE(d.theirs.size(), 1);
}

QTEST_GUILESS_MAIN(tst_WordDiff)
#include "tst_WordDiff.moc"
