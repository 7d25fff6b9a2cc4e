#include "model/UseCaseJson.h"
#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace casebook;

/// The shipped reference data: vocabulary definitions and additions, where the Resolution 98 SDG
/// list comes from, and example use cases that validate and use only vocabulary values.
class tst_ReferenceData : public QObject
{
    Q_OBJECT
private slots:
    void relationsHaveIec62559Definitions();
    void regionsAreItuDRegions();
    void vocabularyAdditions_data();
    void vocabularyAdditions();
    void resolution98ListNamesItsSource();
    void examplesValidate();
    void examplesUseOnlyVocabularyValues();
    void examplesMakeNoUnsupportedClaims();

private:
    static QList<UseCase> examples();
};

QList<UseCase> tst_ReferenceData::examples()
{
    QFile file(QStringLiteral(":/casebook/examples/example-usecases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<UseCase> out;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("use_cases")).toArray();
    for (const QJsonValue &v : list) {
        auto parsed = UseCaseJson::fromJson(v.toObject());
        if (!parsed)
            qWarning("%s", qPrintable(parsed.error().message));
        else
            out.append(*parsed);
    }
    return out;
}

void tst_ReferenceData::relationsHaveIec62559Definitions()
{
    const Vocabulary &relations = Vocabularies::instance().relations();
    QCOMPARE(relations.ids(),
             (QStringList{QStringLiteral("generic"), QStringLiteral("regional"), QStringLiteral("national"),
                          QStringLiteral("local")}));
    for (const QString &id : relations.ids())
        QVERIFY2(!relations.displayDescription(id).isEmpty(), qPrintable(id));
    QVERIFY(relations.displayDescription(QStringLiteral("generic")).contains(QLatin1String("IEC 62559-2")));
    QVERIFY(relations.displayDescription(QStringLiteral("regional"))
                .contains(QLatin1String("above the national")));
    QVERIFY(relations.displayDescription(QStringLiteral("unknown")).isEmpty());
}

void tst_ReferenceData::regionsAreItuDRegions()
{
    const Vocabulary &regions = Vocabularies::instance().ituRegions();
    QCOMPARE(regions.items().size(), 6);
    for (const QString &id : regions.ids()) {
        const QString d = regions.displayDescription(id);
        QVERIFY2(d.contains(QLatin1String("ITU-D")), qPrintable(id));
        QVERIFY2(d.contains(QLatin1String("A to E")) && d.contains(QLatin1String("Regions 1 to 3")),
                 qPrintable(id));
    }
    UseCase u;
    u.title = QStringLiteral("T");
    u.regions = {QStringLiteral("Region 1")};
    QCOMPARE(UseCaseValidator::validate(u).value(0).message,
             QStringLiteral("'Region 1' is not a known ITU-D region"));
}

void tst_ReferenceData::vocabularyAdditions_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("id");
    QTest::newRow("disaster management") << "verticals"
                                         << "disaster_management";
    for (const char *body : {"IDSA", "IDTA", "SAE", "HL7", "IHE", "CEN/CENELEC", "GSMA", "DLMS UA"})
        QTest::newRow(body) << "standards_bodies" << QString::fromLatin1(body);
    QTest::newRow("NFC") << "connectivity"
                         << "NFC";
    QTest::newRow("RFID") << "connectivity"
                          << "RFID";
}

void tst_ReferenceData::vocabularyAdditions()
{
    QFETCH(QString, list);
    QFETCH(QString, id);
    const Vocabularies &v = Vocabularies::instance();
    const Vocabulary &vocabulary = list == QLatin1String("verticals") ? v.verticals()
        : list == QLatin1String("connectivity")                       ? v.connectivity()
                                                                      : v.standardsBodies();
    QVERIFY(vocabulary.contains(id));
    QVERIFY(!vocabulary.displayDescription(id).isEmpty());
    QCOMPARE(vocabulary.ids().constLast().toLower(), QStringLiteral("other")); // "Other" stays last
}

void tst_ReferenceData::resolution98ListNamesItsSource()
{
    const Vocabularies &v = Vocabularies::instance();
    QVERIFY(!v.sdgsNamedInResolution98().isEmpty());
    const QString source = v.sdgsNamedInResolution98Source();
    QVERIFY2(source.contains(QLatin1String("Asia-Pacific Telecommunity (APT)")), qPrintable(source));
    QVERIFY(source.contains(QLatin1String("WTSA")));
    QVERIFY(source.contains(QLatin1String("not text the Assembly adopted")));
}

void tst_ReferenceData::examplesValidate()
{
    const QList<UseCase> list = examples();
    QCOMPARE(list.size(), 10);
    for (const UseCase &u : list) {
        const QList<FieldProblem> problems = UseCaseValidator::validate(u);
        QVERIFY2(problems.isEmpty(), qPrintable(u.code + QLatin1String(": ") + problems.value(0).text()));
        QVERIFY2(!u.sourceDocuments.isEmpty(), qPrintable(u.code)); // every fact has a source
        for (const SourceDocument &s : u.sourceDocuments)
            QVERIFY2(s.url.startsWith(QLatin1String("http")), qPrintable(u.code));
    }
}

void tst_ReferenceData::examplesUseOnlyVocabularyValues()
{
    const Vocabularies &v = Vocabularies::instance();
    // The first value of `values` that `vocabulary` does not hold, or an empty string.
    auto outside = [](const QStringList &values, const Vocabulary &vocabulary) {
        for (const QString &value : values) {
            if (!value.isEmpty() && !vocabulary.contains(value))
                return value;
        }
        return QString();
    };
    for (const UseCase &u : examples()) {
        QStringList bodies, facets;
        for (const StandardUsage &s : u.standards) {
            bodies.append(s.body);
            facets.append(s.facet);
        }
        for (const StandardizationGap &g : u.gaps)
            bodies.append(g.candidateSdo);
        const QString stray = outside(u.verticals, v.verticals()) + outside(u.countries, v.countries())
            + outside(u.regions, v.ituRegions()) + outside(u.connectivity, v.connectivity())
            + outside(u.onboarding, v.onboardingMethods()) + outside(bodies, v.standardsBodies())
            + outside(facets, v.interoperabilityFacets()) + outside({u.relation}, v.relations())
            + outside(u.contexts(), v.developmentContexts())
            + outside({u.deploymentStage}, v.deploymentStages());
        QVERIFY2(stray.isEmpty(), qPrintable(u.code + QLatin1String(": ") + stray));
        QVERIFY2(!u.relation.isEmpty(), qPrintable(u.code));
        // IEC 62559-2: national and local use cases lie within one country; a regional one spans
        // several countries of one region.
        if (u.relation == QLatin1String("national") || u.relation == QLatin1String("local"))
            QVERIFY2(u.countries.size() == 1, qPrintable(u.code));
        if (u.relation == QLatin1String("regional"))
            QVERIFY2(u.countries.size() != 1 && u.regions.size() == 1, qPrintable(u.code));
    }
}

void tst_ReferenceData::examplesMakeNoUnsupportedClaims()
{
    for (const UseCase &u : examples()) {
        // City-indicator standards are KPIs, not interface standards with a conformance test.
        for (const StandardUsage &s : u.standards) {
            QVERIFY2(!s.reference.contains(QLatin1String("37120"))
                         && !s.reference.contains(QLatin1String("Y.4903")),
                     qPrintable(u.code));
            QVERIFY2(!s.conformanceTested.value_or(false),
                     qPrintable(u.code + QLatin1Char(' ') + s.reference));
        }
        // Credit control (a payment lock) is not a security measure.
        QVERIFY2(!u.security.contains(QLatin1String("Payment"), Qt::CaseInsensitive), qPrintable(u.code));
    }
    const QList<UseCase> list = examples();
    const auto valencia = std::find_if(list.cbegin(), list.cend(),
                                       [](const UseCase &u) { return u.code == QLatin1String("UC-EX-003"); });
    QVERIFY(valencia != list.cend());
    QCOMPARE(valencia->kpis.size(), 2);
    QVERIFY(valencia->kpis.value(0).name.contains(QLatin1String("ISO 37120")));
    QVERIFY(valencia->kpis.value(1).name.contains(QLatin1String("Y.4903")));
}

QTEST_GUILESS_MAIN(tst_ReferenceData)
#include "tst_ReferenceData.moc"
