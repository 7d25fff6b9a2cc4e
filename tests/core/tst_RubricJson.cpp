// RubricJson: the minimum coverage setting (docs/rubric-json.md).
#include "model/RubricJson.h"

#include <QJsonObject>
#include <QTest>

using namespace casebook;

class tst_RubricJson : public QObject
{
    Q_OBJECT
private slots:
    void minCoverageDefaultsWhenAbsent();
    void minCoverageRoundTrips();
    void minCoverageOutOfRangeIsRefused_data();
    void minCoverageOutOfRangeIsRefused();
};

namespace {
QJsonObject withoutMinCoverage()
{
    QJsonObject json = RubricJson::toJson(RubricJson::defaultRubric());
    json.remove(QStringLiteral("min_coverage"));
    return json;
}
} // namespace

void tst_RubricJson::minCoverageDefaultsWhenAbsent()
{
    const auto rubric = RubricJson::fromJson(withoutMinCoverage());
    QVERIFY(rubric);
    QCOMPARE(rubric->minCoverage, 0.75);
    QJsonObject json = withoutMinCoverage();
    json.insert(QStringLiteral("min_coverage"), QJsonValue::Null);
    QCOMPARE(RubricJson::fromJson(json)->minCoverage, 0.75);
}

void tst_RubricJson::minCoverageRoundTrips()
{
    QJsonObject json = withoutMinCoverage();
    json.insert(QStringLiteral("min_coverage"), 0.5);
    const auto rubric = RubricJson::fromJson(json);
    QVERIFY(rubric);
    QCOMPARE(rubric->minCoverage, 0.5);
    QCOMPARE(RubricJson::toJson(*rubric).value(QStringLiteral("min_coverage")).toDouble(), 0.5);
    // A different minimum is a different definition (so editing it makes a new version when used).
    Rubric other = *rubric;
    other.minCoverage = 0.75;
    QVERIFY(!rubric->sameDefinition(other));
}

void tst_RubricJson::minCoverageOutOfRangeIsRefused_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("above 1") << QJsonValue(1.5);
    QTest::newRow("negative") << QJsonValue(-0.1);
    QTest::newRow("text") << QJsonValue(QStringLiteral("75%"));
}

void tst_RubricJson::minCoverageOutOfRangeIsRefused()
{
    QFETCH(QJsonValue, value);
    QJsonObject json = withoutMinCoverage();
    json.insert(QStringLiteral("min_coverage"), value);
    const auto rubric = RubricJson::fromJson(json);
    QVERIFY(!rubric);
    QVERIFY2(rubric.error().message.contains(QLatin1String("min_coverage: must be a number from 0 to 1")),
             qPrintable(rubric.error().message));
}

QTEST_GUILESS_MAIN(tst_RubricJson)
#include "tst_RubricJson.moc"
