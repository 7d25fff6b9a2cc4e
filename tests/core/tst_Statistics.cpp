#include "scoring/Statistics.h"

#include "ScoringFixtures.h"

#include <QTest>

using casebook::Statistics;
using casebook::test::kNone;

class tst_Statistics : public QObject
{
    Q_OBJECT
private slots:
    void summarize_data();
    void summarize();
    void quantile_data();
    void quantile();
    void emptyHasNoValue();
};

void tst_Statistics::summarize_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("q3");
    QTest::addColumn<double>("iqr");

    // Type 7: h = (n-1)p. n=4: Q1 at h=0.75 → 1 + 0.75·1; median at h=1.5 → (2+3)/2; Q3 at h=2.25.
    QTest::newRow("even count {1,2,3,4}")
        << QList<double>{1, 2, 3, 4} << 2.5 << 2.5 << 1.0 << 4.0 << 1.75 << 3.25 << 1.5;
    // Input order does not matter.
    QTest::newRow("even count unsorted")
        << QList<double>{4, 1, 3, 2} << 2.5 << 2.5 << 1.0 << 4.0 << 1.75 << 3.25 << 1.5;
    // n=5: Q1 at h=1 → 2, median at h=2 → 3, Q3 at h=3 → 4.
    QTest::newRow("odd count {1..5}")
        << QList<double>{1, 2, 3, 4, 5} << 3.0 << 3.0 << 1.0 << 5.0 << 2.0 << 4.0 << 2.0;
    // n=2: Q1 at h=0.25 → 0 + 0.25·4 = 1; median 2; Q3 at h=0.75 → 3.
    QTest::newRow("two values {0,4}") << QList<double>{0, 4} << 2.0 << 2.0 << 0.0 << 4.0 << 1.0 << 3.0 << 2.0;
    QTest::newRow("single value") << QList<double>{3} << 3.0 << 3.0 << 3.0 << 3.0 << 3.0 << 3.0 << 0.0;
    // {0,4,4}: mean 8/3; Q1 at h=0.5 → 0 + 0.5·4 = 2; median 4; Q3 at h=1.5 → 4.
    QTest::newRow("skewed {0,4,4}") << QList<double>{4, 0, 4} << 8.0 / 3 << 4.0 << 0.0 << 4.0 << 2.0 << 4.0
                                    << 2.0;
    // {1,1,2,2,3,3}: n=6, Q1 at h=1.25 → 1 + 0.25·1 = 1.25; median (2+2)/2; Q3 at h=3.75 → 2 + 0.75 = 2.75.
    QTest::newRow("six values with ties")
        << QList<double>{3, 1, 2, 3, 1, 2} << 2.0 << 2.0 << 1.0 << 3.0 << 1.25 << 2.75 << 1.5;
}

void tst_Statistics::summarize()
{
    QFETCH(QList<double>, values);
    QFETCH(double, mean);
    QFETCH(double, median);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, q1);
    QFETCH(double, q3);
    QFETCH(double, iqr);

    const auto s = Statistics::summarize(values);
    QVERIFY(s);
    QCOMPARE(s->count, int(values.size()));
    CB_COMPARE_OPT(std::optional<double>(s->mean), mean);
    CB_COMPARE_OPT(std::optional<double>(s->median), median);
    CB_COMPARE_OPT(std::optional<double>(s->min), min);
    CB_COMPARE_OPT(std::optional<double>(s->max), max);
    CB_COMPARE_OPT(std::optional<double>(s->q1), q1);
    CB_COMPARE_OPT(std::optional<double>(s->q3), q3);
    CB_COMPARE_OPT(std::optional<double>(s->iqr()), iqr);
    CB_COMPARE_OPT(std::optional<double>(s->range()), max - min);
    // The single-value helpers agree with the summary.
    CB_COMPARE_OPT(Statistics::median(values), median);
    CB_COMPARE_OPT(Statistics::mean(values), mean);
}

void tst_Statistics::quantile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");

    const QList<double> tens{10, 20, 30, 40, 50};
    QTest::newRow("p=0 is min") << tens << 0.0 << 10.0;
    QTest::newRow("p=1 is max") << tens << 1.0 << 50.0;
    // h = 4·0.1 = 0.4 → 10 + 0.4·10 = 14.
    QTest::newRow("p=0.1 interpolates") << tens << 0.1 << 14.0;
    // h = 4·0.9 = 3.6 → 40 + 0.6·10 = 46.
    QTest::newRow("p=0.9 interpolates") << tens << 0.9 << 46.0;
    QTest::newRow("p below 0 clamps") << tens << -0.5 << 10.0;
    QTest::newRow("p above 1 clamps") << tens << 1.5 << 50.0;
}

void tst_Statistics::quantile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    CB_COMPARE_OPT(Statistics::quantile(values, p), expected);
}

void tst_Statistics::emptyHasNoValue()
{
    QVERIFY(!Statistics::summarize({}));
    QVERIFY(!Statistics::median({}));
    QVERIFY(!Statistics::mean({}));
    QVERIFY(!Statistics::quantile({}, 0.5));
    CB_COMPARE_OPT(Statistics::median({}), kNone);
}

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_Statistics.moc"
