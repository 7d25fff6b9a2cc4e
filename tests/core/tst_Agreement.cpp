#include "scoring/Agreement.h"

#include "ScoringFixtures.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace casebook;
using casebook::test::kNone;

Q_DECLARE_METATYPE(casebook::AlphaMetric)

namespace {

using Matrix = QList<QList<std::optional<double>>>;

/// Coders as rows like in Krippendorff's papers ("1 2 * 3", "*" missing), transposed to units × coders.
Matrix unitsFromCoderRows(const QStringList &coderRows)
{
    Matrix units;
    for (int coder = 0; coder < coderRows.size(); ++coder) {
        const QStringList cells = coderRows.at(coder).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int u = 0; u < cells.size(); ++u) {
            if (units.size() <= u)
                units.append(QList<std::optional<double>>(coderRows.size()));
            const QString &cell = cells.at(u);
            if (cell == QLatin1String("nan"))
                units[u][coder] = std::numeric_limits<double>::quiet_NaN();
            else if (cell != QLatin1String("*"))
                units[u][coder] = cell.toDouble();
        }
    }
    return units;
}

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
/// values 1–5, missing data. Unit 12 has a single value and is not pairable; n = 40 pairable values.
QStringList paperExample()
{
    return {
        QStringLiteral("1 2 3 3 2 1 4 1 2 * * *"), // observer A
        QStringLiteral("1 2 3 3 2 2 4 1 2 5 * 3"), // observer B
        QStringLiteral("* 3 3 3 2 3 4 2 2 5 1 *"), // observer C
        QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 *"), // observer D
    };
}

} // namespace

class tst_Agreement : public QObject
{
    Q_OBJECT
private slots:
    void alpha_data();
    void alpha();
    void paperDisagreements();
    void intervalIsDefault();
    void matrixFromAssessments();
};

void tst_Agreement::alpha_data()
{
    QTest::addColumn<QStringList>("coders");
    QTest::addColumn<AlphaMetric>("metric");
    QTest::addColumn<double>("alpha"); // kNone = not computable
    QTest::addColumn<int>("pairable");

    // Published (Krippendorff 2011): nominal .743, ordinal .815, interval .849, ratio .797.
    // Recomputed independently (coincidence matrix by hand / Python): n_1..n_5 = 9, 13, 10, 5, 3;
    // nominal 1 − 39·8/1216 = 0.743421; ordinal 0.815388; interval 0.849107; ratio 0.797403.
    QTest::newRow("paper nominal") << paperExample() << AlphaMetric::Nominal << 0.743 << 40;
    QTest::newRow("paper ordinal") << paperExample() << AlphaMetric::Ordinal << 0.815 << 40;
    QTest::newRow("paper interval") << paperExample() << AlphaMetric::Interval << 0.849 << 40;
    QTest::newRow("paper ratio") << paperExample() << AlphaMetric::Ratio << 0.797 << 40;
    // More decimals, to catch an error hidden by the published rounding.
    QTest::newRow("paper nominal exact") << paperExample() << AlphaMetric::Nominal << 0.7434211 << 40;
    QTest::newRow("paper ordinal exact") << paperExample() << AlphaMetric::Ordinal << 0.8153875 << 40;
    QTest::newRow("paper interval exact") << paperExample() << AlphaMetric::Interval << 0.8491071 << 40;
    QTest::newRow("paper ratio exact") << paperExample() << AlphaMetric::Ratio << 0.7974028 << 40;

    // Perfect agreement with variation → 1, for every metric.
    const QStringList perfect{QStringLiteral("1 2 3"), QStringLiteral("1 2 3")};
    QTest::newRow("perfect nominal") << perfect << AlphaMetric::Nominal << 1.0 << 6;
    QTest::newRow("perfect interval") << perfect << AlphaMetric::Interval << 1.0 << 6;
    QTest::newRow("perfect ordinal") << perfect << AlphaMetric::Ordinal << 1.0 << 6;
    // Units (1,2), (2,1): o_12 = o_21 = 2, n_1 = n_2 = 2, n = 4; Σo·δ = 4, Σn·n·δ = 8 → 1 − 3·4/8 = −0.5.
    const QStringList swapped{QStringLiteral("1 2"), QStringLiteral("2 1")};
    QTest::newRow("systematic disagreement nominal") << swapped << AlphaMetric::Nominal << -0.5 << 4;
    QTest::newRow("systematic disagreement interval") << swapped << AlphaMetric::Interval << -0.5 << 4;
    // Units (0,0), (4,4), (0,4): o_00 = o_44 = 2, o_04 = o_40 = 1; n_0 = n_4 = 3, n = 6.
    // Interval: Σo·δ² = 2·16 = 32; Σn·n·δ² = 2·9·16 = 288 → 1 − 5·32/288 = 0.4444. Nominal the same.
    const QStringList mixed{QStringLiteral("0 4 0"), QStringLiteral("0 4 4")};
    QTest::newRow("one disagreement interval") << mixed << AlphaMetric::Interval << 1.0 - 5.0 * 32 / 288 << 6;
    QTest::newRow("one disagreement nominal") << mixed << AlphaMetric::Nominal << 1.0 - 5.0 * 2 / 18 << 6;
    // Ratio with a 0: δ² = ((0−4)/(0+4))² = 1, so the same as nominal here; (0,0) has δ² = 0, not NaN.
    QTest::newRow("one disagreement ratio") << mixed << AlphaMetric::Ratio << 1.0 - 5.0 * 2 / 18 << 6;
    // Interval weighs the size of a disagreement, nominal does not. Units (1,2), (3,3), (1,1), (4,4):
    // n_1 = 3, n_2 = 1, n_3 = 2, n_4 = 2, n = 8. Interval: Σo·δ² = 2·1 = 2;
    // Σn·n·δ² = 2·(3·1·1 + 3·2·4 + 3·2·9 + 1·2·1 + 1·2·4 + 2·2·1) = 2·(3+24+54+2+8+4) = 190 → 1 − 7·2/190.
    // Nominal: Σo·δ = 2; Σn·n·δ = 64 − (9+1+4+4) = 46 → 1 − 7·2/46.
    const QStringList sizes{QStringLiteral("1 3 1 4"), QStringLiteral("2 3 1 4")};
    QTest::newRow("small disagreement interval") << sizes << AlphaMetric::Interval << 1.0 - 14.0 / 190 << 8;
    QTest::newRow("small disagreement nominal") << sizes << AlphaMetric::Nominal << 1.0 - 14.0 / 46 << 8;

    // Not computable.
    QTest::newRow("empty") << QStringList{} << AlphaMetric::Interval << kNone << 0;
    QTest::newRow("one coder") << QStringList{QStringLiteral("1 2 3")} << AlphaMetric::Interval << kNone << 0;
    QTest::newRow("no unit with two values") << QStringList{QStringLiteral("1 * 3"), QStringLiteral("* 2 *")}
                                             << AlphaMetric::Nominal << kNone << 0;
    QTest::newRow("all missing") << QStringList{QStringLiteral("* *"), QStringLiteral("* *")}
                                 << AlphaMetric::Interval << kNone << 0;
    // Pairable but no variation at all: expected disagreement 0.
    QTest::newRow("no variation interval")
        << QStringList{QStringLiteral("3 3"), QStringLiteral("3 3")} << AlphaMetric::Interval << kNone << 4;
    QTest::newRow("no variation ordinal") << QStringList{QStringLiteral("2 2 *"), QStringLiteral("2 2 4")}
                                          << AlphaMetric::Ordinal << kNone << 4;
    // A NaN is missing, not a value: unit 3 then has one value and is not pairable; n = 4 over the
    // units (1,1) and (2,2) → 1.
    QTest::newRow("NaN is missing") << QStringList{QStringLiteral("1 2 3"), QStringLiteral("1 2 nan")}
                                    << AlphaMetric::Interval << 1.0 << 4;
}

void tst_Agreement::alpha()
{
    QFETCH(QStringList, coders);
    QFETCH(AlphaMetric, metric);
    QFETCH(double, alpha);
    QFETCH(int, pairable);

    const AgreementResult r = Agreement::krippendorffAlpha(unitsFromCoderRows(coders), metric);
    CB_COMPARE_OPT(r.alpha, alpha);
    QCOMPARE(r.isComputable(), !test::isNone(alpha));
    QCOMPARE(r.pairableValues, pairable);
    if (r.alpha)
        QVERIFY(std::isfinite(*r.alpha));
}

void tst_Agreement::paperDisagreements()
{
    // Interval: D_o = 17.33/40 = 0.4333, D_e = 4480/(40·39) = 2.8718; 11 pairable units (unit 12 is not).
    const AgreementResult r = Agreement::krippendorffAlpha(unitsFromCoderRows(paperExample()));
    QCOMPARE(r.pairableUnits, 11);
    CB_COMPARE_OPT(std::optional<double>(r.observedDisagreement), 0.4333);
    CB_COMPARE_OPT(std::optional<double>(r.expectedDisagreement), 2.8718);
    // Nominal: D_o = 8/40 = 0.2; D_e = (1600 − (81 + 169 + 100 + 25 + 9)) / 1560 = 1216/1560 = 0.7795.
    const AgreementResult n =
        Agreement::krippendorffAlpha(unitsFromCoderRows(paperExample()), AlphaMetric::Nominal);
    CB_COMPARE_OPT(std::optional<double>(n.observedDisagreement), 0.2);
    CB_COMPARE_OPT(std::optional<double>(n.expectedDisagreement), 0.7795);
}

void tst_Agreement::intervalIsDefault()
{
    const Matrix m = unitsFromCoderRows(paperExample());
    CB_COMPARE_OPT(Agreement::krippendorffAlpha(m).alpha,
                   *Agreement::krippendorffAlpha(m, AlphaMetric::Interval).alpha);
    QVERIFY(std::abs(*Agreement::krippendorffAlpha(m).alpha
                     - *Agreement::krippendorffAlpha(m, AlphaMetric::Nominal).alpha)
            > 0.05);
}

void tst_Agreement::matrixFromAssessments()
{
    const Rubric rb = test::makeRubric(QStringLiteral("A:A1=1,A2=1;B:B1=1,B2=1"));
    // N/A, unknown, unscored and out-of-scale levels are all missing.
    const QList<Assessment> as =
        test::makeAssessments({QStringLiteral("A1=3 A2=na B1=unk B2=4"), QStringLiteral("A1=2 B1=9 B2=4"),
                               QStringLiteral("A1=3 A2=1")});
    const Matrix m = Agreement::matrixFromAssessments(rb, as);
    const Matrix expected{{3.0, 2.0, 3.0},
                          {std::nullopt, std::nullopt, 1.0},
                          {std::nullopt, std::nullopt, std::nullopt},
                          {4.0, 4.0, std::nullopt}};
    QCOMPARE(m, expected);
    // Pairable: A1 (3 values) and B2 (2 values) → n = 5.
    QCOMPARE(Agreement::krippendorffAlpha(m).pairableValues, 5);
}

QTEST_GUILESS_MAIN(tst_Agreement)
#include "tst_Agreement.moc"
