// AlphaBootstrap: the reading of alpha and its deterministic 95% bootstrap interval.
#include "scoring/AlphaBootstrap.h"

#include <QTest>

using namespace casebook;

namespace {
using Matrix = QList<QList<std::optional<double>>>;

Matrix mixed()
{
    // Two coders, twelve units; mostly agreeing with a few one-level differences.
    const int a[] = {0, 1, 2, 3, 4, 2, 3, 1, 4, 0, 2, 3};
    const int b[] = {0, 1, 3, 3, 4, 2, 2, 1, 3, 1, 2, 3};
    Matrix m;
    for (int i = 0; i < 12; ++i)
        m.append({double(a[i]), double(b[i])});
    return m;
}
} // namespace

class tst_AlphaBootstrap : public QObject
{
    Q_OBJECT
private slots:
    void reading_data();
    void reading();
    void intervalIsDeterministicAndAroundAlpha();
    void perfectAgreement();
    void tooLittleEvidenceHasNoInterval();
};

void tst_AlphaBootstrap::reading_data()
{
    QTest::addColumn<double>("alpha"); // NaN: not computable
    QTest::addColumn<QString>("reading");
    QTest::newRow("1") << 1.0 << "reliable";
    QTest::newRow("0.800") << 0.8 << "reliable";
    QTest::newRow("0.7999") << 0.7999 << "tentative";
    QTest::newRow("0.667") << 0.667 << "tentative";
    QTest::newRow("0.6669") << 0.6669 << "unreliable";
    QTest::newRow("negative") << -0.2 << "unreliable";
    QTest::newRow("none") << qQNaN() << "not computable";
}

void tst_AlphaBootstrap::reading()
{
    QFETCH(double, alpha);
    QFETCH(QString, reading);
    const std::optional<double> value = qIsNaN(alpha) ? std::nullopt : std::optional<double>(alpha);
    QCOMPARE(AlphaBootstrap::readingName(AlphaBootstrap::reading(value)), reading);
}

void tst_AlphaBootstrap::intervalIsDeterministicAndAroundAlpha()
{
    const AlphaEstimate first = AlphaBootstrap::estimate(mixed(), AlphaMetric::Interval);
    const AlphaEstimate second = AlphaBootstrap::estimate(mixed(), AlphaMetric::Interval);
    QVERIFY(first.result.alpha && first.low && first.high);
    QCOMPARE(*first.low, *second.low);
    QCOMPARE(*first.high, *second.high);
    QCOMPARE(*first.result.alpha, *Agreement::krippendorffAlpha(mixed(), AlphaMetric::Interval).alpha);
    QVERIFY2(
        *first.low <= *first.result.alpha && *first.result.alpha <= *first.high,
        qPrintable(QStringLiteral("%1 [%2, %3]").arg(*first.result.alpha).arg(*first.low).arg(*first.high)));
    QVERIFY(*first.low < *first.high);
    QVERIFY(*first.high <= 1.0);
}

void tst_AlphaBootstrap::perfectAgreement()
{
    const Matrix m{{1.0, 1.0}, {2.0, 2.0}, {3.0, 3.0}, {4.0, 4.0}};
    const AlphaEstimate e = AlphaBootstrap::estimate(m, AlphaMetric::Ordinal);
    QCOMPARE(*e.result.alpha, 1.0);
    // Resamples without variation are not computable and left out; the others all give 1.
    QCOMPARE(*e.low, 1.0);
    QCOMPARE(*e.high, 1.0);
}

void tst_AlphaBootstrap::tooLittleEvidenceHasNoInterval()
{
    // One pairable unit (the other has a single value): alpha, but no interval.
    const AlphaEstimate one =
        AlphaBootstrap::estimate({{4.0, 2.0}, {3.0, std::nullopt}}, AlphaMetric::Interval);
    QVERIFY(one.result.alpha);
    QVERIFY(!one.low && !one.high);
    const AlphaEstimate none = AlphaBootstrap::estimate({{2.0, 2.0}, {2.0, 2.0}}, AlphaMetric::Interval);
    QVERIFY(!none.result.alpha && !none.low && !none.high);
}

QTEST_GUILESS_MAIN(tst_AlphaBootstrap)
#include "tst_AlphaBootstrap.moc"
