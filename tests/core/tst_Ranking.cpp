#include "scoring/Ranking.h"

#include "ScoringFixtures.h"

#include <QTest>

#include <cmath>

using casebook::Ranking;
using casebook::RankStability;
using casebook::test::kNone;
using casebook::test::optionalDoubles;
using casebook::test::optionalInts;

class tst_Ranking : public QObject
{
    Q_OBJECT
private slots:
    void competitionRanks_data();
    void competitionRanks();
    void fractionalRanks_data();
    void fractionalRanks();
    void stability_data();
    void stability();
};

void tst_Ranking::competitionRanks_data()
{
    QTest::addColumn<QString>("indices"); // "-" = no index
    QTest::addColumn<QString>("ranks"); // "-" = unranked

    QTest::newRow("distinct") << QStringLiteral("90 50 70") << QStringLiteral("1 3 2");
    // Standard competition ranking "1224": two items tied second, the next is fourth.
    QTest::newRow("tie for second") << QStringLiteral("90 80 80 70") << QStringLiteral("1 2 2 4");
    QTest::newRow("tie unsorted input") << QStringLiteral("80 90 80 70") << QStringLiteral("2 1 2 4");
    QTest::newRow("tie for first") << QStringLiteral("60 60 10") << QStringLiteral("1 1 3");
    QTest::newRow("tie for last") << QStringLiteral("10 60 10") << QStringLiteral("2 1 2");
    QTest::newRow("three-way tie then one") << QStringLiteral("5 5 5 1") << QStringLiteral("1 1 1 4");
    QTest::newRow("two ties") << QStringLiteral("1 2 2 3 3") << QStringLiteral("5 3 3 1 1");
    // Missing indices are unranked and take no rank from the others.
    QTest::newRow("missing unranked") << QStringLiteral("50 - 60 -") << QStringLiteral("2 - 1 -");
    QTest::newRow("all missing") << QStringLiteral("- -") << QStringLiteral("- -");
    QTest::newRow("zero is an index") << QStringLiteral("0 - 0") << QStringLiteral("1 - 1");
    QTest::newRow("empty") << QString() << QString();
    // 0.1 + 0.2 is 0.30000000000000004: equal within the tolerance, hence tied.
    QTest::newRow("tolerance") << QStringLiteral("0.30000000000000004 0.3 0.2") << QStringLiteral("1 1 3");
    // 1e-6 apart is a real difference.
    QTest::newRow("beyond tolerance") << QStringLiteral("50.000001 50") << QStringLiteral("1 2");
}

void tst_Ranking::competitionRanks()
{
    QFETCH(QString, indices);
    QFETCH(QString, ranks);
    QCOMPARE(Ranking::competitionRanks(optionalDoubles(indices)), optionalInts(ranks));
}

void tst_Ranking::fractionalRanks_data()
{
    QTest::addColumn<QString>("indices");
    QTest::addColumn<QString>("ranks");
    // Tied second and third share (2 + 3) / 2 = 2.5.
    QTest::newRow("pair tie") << QStringLiteral("80 90 80 70") << QStringLiteral("2.5 1 2.5 4");
    // Three tied for first share (1 + 2 + 3) / 3 = 2.
    QTest::newRow("three tie") << QStringLiteral("5 5 5 1") << QStringLiteral("2 2 2 4");
    QTest::newRow("missing") << QStringLiteral("- 3 4") << QStringLiteral("- 2 1");
}

void tst_Ranking::fractionalRanks()
{
    QFETCH(QString, indices);
    QFETCH(QString, ranks);
    QCOMPARE(Ranking::fractionalRanks(optionalDoubles(indices)), optionalDoubles(ranks));
}

void tst_Ranking::stability_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("maxShift");
    QTest::addColumn<double>("spearman"); // kNone = not computable

    QTest::newRow("identical") << QStringLiteral("40 30 20 10") << QStringLiteral("40 30 20 10") << 0 << 0
                               << 1.0;
    // Same order with other values: the ranking did not move.
    QTest::newRow("values move, order kept")
        << QStringLiteral("40 30 20") << QStringLiteral("90 50 10") << 0 << 0 << 1.0;
    // Ranks 1 2 3 → 3 2 1: two items change, by 2 places; rho = −1.
    QTest::newRow("reversed") << QStringLiteral("10 20 30") << QStringLiteral("30 20 10") << 2 << 2 << -1.0;
    // Swap the top two of four: d = (1, 1, 0, 0), rho = 1 − 6·2 / (4·15) = 0.8.
    QTest::newRow("top two swap") << QStringLiteral("40 30 20 10") << QStringLiteral("30 40 20 10") << 2 << 1
                                  << 0.8;
    // 1 2 3 → 1 1 3: one item changes by 1. Fractional ranks (1, 2, 3) vs (1.5, 1.5, 3):
    // deviations (−1, 0, 1) and (−.5, −.5, 1) → 1.5 / √(2 · 1.5) = 0.8660.
    QTest::newRow("tie appears") << QStringLiteral("30 20 10") << QStringLiteral("20 20 10") << 1 << 1
                                 << 1.5 / std::sqrt(3.0);
    // An item losing its index counts as changed; rho over the two items ranked both times.
    QTest::newRow("item becomes unranked")
        << QStringLiteral("3 2 1") << QStringLiteral("3 2 -") << 1 << 0 << 1.0;
    QTest::newRow("item becomes ranked")
        << QStringLiteral("- 2 1") << QStringLiteral("5 2 1") << 3 << 1 << 1.0;
    // All tied on one side: no variation, rho not computable; ranks 1 2 → 1 1.
    QTest::newRow("no variation") << QStringLiteral("2 1") << QStringLiteral("5 5") << 1 << 1 << kNone;
    QTest::newRow("single item") << QStringLiteral("7") << QStringLiteral("8") << 0 << 0 << kNone;
    QTest::newRow("empty") << QString() << QString() << 0 << 0 << kNone;
}

void tst_Ranking::stability()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, changed);
    QFETCH(int, maxShift);
    QFETCH(double, spearman);

    const RankStability s = Ranking::stability(optionalDoubles(before), optionalDoubles(after));
    QCOMPARE(s.items, int(optionalDoubles(before).size()));
    QCOMPARE(s.changed, changed);
    QCOMPARE(s.isUnchanged(), changed == 0);
    QCOMPARE(s.maxShift, maxShift);
    CB_COMPARE_OPT(s.spearman, spearman);
}

QTEST_GUILESS_MAIN(tst_Ranking)
#include "tst_Ranking.moc"
