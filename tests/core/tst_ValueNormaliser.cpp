#include "exchange/ValueNormaliser.h"

#include "model/Vocabulary.h"

#include <QTest>

using casebook::NormalisedValue;
using casebook::ValueNormaliser;
using Status = casebook::NormalisedValue::Status;

Q_DECLARE_METATYPE(casebook::NormalisedValue::Status)

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_ValueNormaliser : public QObject
{
    Q_OBJECT
private slots:
    void normalise_data();
    void normalise();
    void normaliseCell();
    void vocabularies();
};

void tst_ValueNormaliser::normalise_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");

    QTest::newRow("vertical id") << u("verticals") << u("smart_city_services") << Status::Exact
                                 << u("smart_city_services") << QString();
    QTest::newRow("vertical label") << u("verticals") << u(" Smart City Services ") << Status::Exact
                                    << u("smart_city_services") << QString();
    QTest::newRow("vertical suggestion")
        << u("verticals") << u("Smart city") << Status::Suggested << u("smart_city_services")
        << u("\"Smart city\" is not a known value for verticals; did you mean "
             "\"Smart city services\"?");
    QTest::newRow("vertical typo") << u("verticals") << u("Agricultur") << Status::Suggested
                                   << u("agriculture")
                                   << u("\"Agricultur\" is not a known value for verticals; did you mean "
                                        "\"Agriculture\"?");
    QTest::newRow("vertical unknown")
        << u("verticals") << u("Quantum knitting") << Status::Unknown << QString()
        << u("\"Quantum knitting\" is not a known value for verticals.");
    QTest::newRow("sdg number") << u("sdgs") << u("11") << Status::Exact << u("11") << QString();
    QTest::newRow("sdg prefixed") << u("sdgs") << u("SDG 6") << Status::Exact << u("6") << QString();
    QTest::newRow("sdg French") << u("sdgs") << u("ODD 13") << Status::Exact << u("13") << QString();
    QTest::newRow("sdg Russian") << u("sdgs") << u("ЦУР 7") << Status::Exact << u("7") << QString();
    QTest::newRow("sdg Chinese") << u("sdgs") << u("目标11") << Status::Exact << u("11") << QString();
    QTest::newRow("sdg target") << u("sdgs") << u("11.2") << Status::Exact << u("11") << QString();
    QTest::newRow("sdg with name") << u("sdgs") << u("Goal 3: Good health") << Status::Exact << u("3")
                                   << QString();
    QTest::newRow("sdg label") << u("sdgs") << u("Clean water and sanitation") << Status::Exact << u("6")
                               << QString();
    QTest::newRow("sdg out of range") << u("sdgs") << u("SDG 18") << Status::Unknown << QString()
                                      << u("\"SDG 18\" is not one of the 17 Sustainable Development Goals.");
    QTest::newRow("sdg zero") << u("sdgs") << u("0") << Status::Unknown << QString()
                              << u("\"0\" is not one of the 17 Sustainable Development Goals.");
    QTest::newRow("country code") << u("countries") << u("jo") << Status::Exact << u("JO") << QString();
    QTest::newRow("country name") << u("countries") << u("France") << Status::Exact << u("FR") << QString();
    QTest::newRow("stage") << u("deployment_stage") << u("Pilot") << Status::Exact << u("pilot") << QString();
    QTest::newRow("approval") << u("approval_status") << u("For comment") << Status::Exact << u("for_comment")
                              << QString();
    QTest::newRow("region") << u("regions") << u("arab states") << Status::Exact << u("Arab States")
                            << QString();
    QTest::newRow("context") << u("development_context") << u("LDC") << Status::Exact << u("ldc")
                             << QString();
    QTest::newRow("step service in any case")
        << u("step.service") << u("report") << Status::Exact << u("REPORT") << QString();
    QTest::newRow("step service by label") << u("step.service") << u("Create: an object is created")
                                           << Status::Exact << u("CREATE") << QString();
    QTest::newRow("free text") << u("title") << u("  Smart meters ") << Status::Free << u("Smart meters")
                               << QString();
    QTest::newRow("tags are free") << u("tags") << u("anything") << Status::Free << u("anything")
                                   << QString();
}

void tst_ValueNormaliser::normalise()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(Status, status);
    QFETCH(QString, id);
    QFETCH(QString, message);

    const NormalisedValue result = ValueNormaliser::normalise(field, value);
    QCOMPARE(result.status, status);
    QCOMPARE(result.id, id);
    QCOMPARE(result.message, message);
    QCOMPARE(result.input, value.trimmed());
}

void tst_ValueNormaliser::normaliseCell()
{
    const auto verticals = ValueNormaliser::normaliseCell(u("verticals"), u("water; Smart city ;; energy"));
    QCOMPARE(verticals.size(), 3);
    QCOMPARE(verticals.at(0).id, u("water"));
    QCOMPARE(verticals.at(1).status, Status::Suggested);
    QCOMPARE(verticals.at(1).id, u("smart_city_services"));
    QCOMPARE(verticals.at(2).id, u("energy"));

    // A single-valued field is not split at ';'.
    const auto stage = ValueNormaliser::normaliseCell(u("summary"), u("one; two"));
    QCOMPARE(stage.size(), 1);
    QCOMPARE(stage.first().id, u("one; two"));

    QVERIFY(ValueNormaliser::normaliseCell(u("countries"), u("  ")).isEmpty());
    QVERIFY(ValueNormaliser::normaliseCell(u("title"), QString()).isEmpty());
}

void tst_ValueNormaliser::vocabularies()
{
    QCOMPARE(ValueNormaliser::vocabularyFor(u("verticals")), &casebook::Vocabularies::instance().verticals());
    QCOMPARE(ValueNormaliser::vocabularyFor(u("countries")), &casebook::Vocabularies::instance().countries());
    QCOMPARE(ValueNormaliser::vocabularyFor(u("title")), nullptr);
    QVERIFY(ValueNormaliser::isMultiValued(u("tags")));
    QVERIFY(!ValueNormaliser::isMultiValued(u("deployment_stage")));
}

QTEST_GUILESS_MAIN(tst_ValueNormaliser)
#include "tst_ValueNormaliser.moc"
