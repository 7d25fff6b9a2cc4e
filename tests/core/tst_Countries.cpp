#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"
#include "support/MoCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QtEndian>

#include <algorithm>

using namespace casebook;

/// The countries vocabulary: ISO 3166-1 from iso-codes, UN short names, translated names in the UI
/// language, and the refusal of codes that are not ISO 3166-1 country codes.
class tst_Countries : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void isoCodesOnly();
    void unShortNames_data();
    void unShortNames();
    void translatedNames_data();
    void translatedNames();
    void unNamesInEveryUnLanguage_data();
    void unNamesInEveryUnLanguage();
    void codesM49LacksFallBackToIsoCodes();
    void unNamesFileStatesItsSource();
    void typedNamesInAnyLanguageMatch();
    void nonIsoCodesAreRefused_data();
    void nonIsoCodesAreRefused();
    void everyQtTerritoryIsIsoOrRefused();
    void damagedCatalogueIsRefused();
};

const Vocabulary &countries()
{
    return Vocabularies::instance().countries();
}

void tst_Countries::isoCodesOnly()
{
    // iso-codes 4.15 lists the 249 assigned alpha-2 codes.
    QVERIFY2(countries().items().size() >= 249, qPrintable(QString::number(countries().items().size())));
    for (const VocabularyItem &item : countries().items()) {
        QCOMPARE(item.id.size(), 2);
        QVERIFY(item.id == item.id.toUpper());
        QVERIFY2(!item.label.isEmpty(), qPrintable(item.id));
    }
    const QStringList ids = countries().ids();
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
}

void tst_Countries::unShortNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("TR") << "TR" << QStringLiteral("Türkiye");
    QTest::newRow("MK") << "MK" << QStringLiteral("North Macedonia");
    QTest::newRow("CI") << "CI" << QStringLiteral("Côte d'Ivoire");
    QTest::newRow("CV") << "CV" << QStringLiteral("Cabo Verde");
    QTest::newRow("PS") << "PS" << QStringLiteral("State of Palestine");
    QTest::newRow("CG") << "CG" << QStringLiteral("Congo");
    QTest::newRow("CD") << "CD" << QStringLiteral("Democratic Republic of the Congo");
    QTest::newRow("BO") << "BO" << QStringLiteral("Bolivia (Plurinational State of)");
    QTest::newRow("IR") << "IR" << QStringLiteral("Iran (Islamic Republic of)");
    QTest::newRow("KR") << "KR" << QStringLiteral("Republic of Korea");
    QTest::newRow("KP") << "KP" << QStringLiteral("Democratic People's Republic of Korea");
    QTest::newRow("TZ") << "TZ" << QStringLiteral("United Republic of Tanzania");
    QTest::newRow("CZ") << "CZ" << QStringLiteral("Czechia");
    QTest::newRow("SZ") << "SZ" << QStringLiteral("Eswatini");
}

void tst_Countries::unShortNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(countries().label(code), name);
    QCOMPARE(countries().displayLabel(code), name);
    QCOMPARE(countries().match(name), code);
}

void tst_Countries::translatedNames_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("fr DE") << "fr_FR"
                           << "DE" << QStringLiteral("Allemagne");
    QTest::newRow("fr MK") << "fr_CH"
                           << "MK" << QStringLiteral("Macédoine du Nord");
    QTest::newRow("fr CD") << "fr"
                           << "CD" << QStringLiteral("République démocratique du Congo");
    QTest::newRow("ar EG") << "ar_EG"
                           << "EG" << QStringLiteral("مصر");
    QTest::newRow("ar PS") << "ar"
                           << "PS" << QStringLiteral("دولة فلسطين");
    QTest::newRow("ru KE") << "ru_RU"
                           << "KE" << QStringLiteral("Кения");
    QTest::newRow("es DE") << "es_ES"
                           << "DE" << QStringLiteral("Alemania");
    QTest::newRow("zh MK") << "zh_CN"
                           << "MK" << QStringLiteral("北马其顿");
    // A language without an embedded catalogue shows the English UN name.
    QTest::newRow("de TR") << "de_DE"
                           << "TR" << QStringLiteral("Türkiye");
}

void tst_Countries::translatedNames()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(countries().displayLabel(code), name);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(countries().displayLabel(code), countries().label(code));
}

void tst_Countries::unNamesInEveryUnLanguage_data()
{
    // Checked against the "Country or Area" column of UNSD's M49 tables as datasets/country-codes
    // committed them (25c1991e, tmp/UNSD-*.csv); iso-codes' translations differ for each of these.
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("isoName");
    QTest::newRow("fr KR") << "fr_FR"
                           << "KR" << QStringLiteral("République de Corée")
                           << QStringLiteral("Corée, République de");
    QTest::newRow("fr GB") << "fr_BE"
                           << "GB" << QStringLiteral("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord")
                           << QStringLiteral("Royaume-Uni");
    QTest::newRow("es KR") << "es_ES"
                           << "KR" << QStringLiteral("República de Corea")
                           << QStringLiteral("Corea, República de");
    QTest::newRow("es TZ") << "es_MX"
                           << "TZ" << QStringLiteral("República Unida de Tanzanía")
                           << QStringLiteral("Tanzania, República unida de");
    QTest::newRow("ru IR") << "ru_RU"
                           << "IR" << QStringLiteral("Иран (Исламская Республика)") << QStringLiteral("Иран");
    QTest::newRow("ru PS") << "ru"
                           << "PS" << QStringLiteral("Государство Палестина") << QStringLiteral("Палестина");
    QTest::newRow("ar KR") << "ar_EG"
                           << "KR" << QStringLiteral("جمهورية كوريا")
                           << QStringLiteral("كوريا، جمهوريّة كوريا");
    QTest::newRow("zh GB") << "zh_CN"
                           << "GB" << QStringLiteral("大不列颠及北爱尔兰联合王国") << QStringLiteral("英国");
    QTest::newRow("zh TZ") << "zh"
                           << "TZ" << QStringLiteral("坦桑尼亚联合共和国") << QStringLiteral("坦桑尼亚");
}

void tst_Countries::unNamesInEveryUnLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, isoName);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(countries().displayLabel(code), name);
    // Both the UN's name and the ISO translation a person may have copied from elsewhere match.
    QCOMPARE(countries().match(name), code);
    QCOMPARE(countries().match(isoName), code);
}

void tst_Countries::codesM49LacksFallBackToIsoCodes()
{
    // M49 has no row for TW: iso-codes' name and its translations are shown.
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
    QCOMPARE(countries().displayLabel(QStringLiteral("TW")), QStringLiteral("Taïwan, province de Chine"));
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QCOMPARE(countries().displayLabel(QStringLiteral("TW")), QStringLiteral("中国台湾省"));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(countries().displayLabel(QStringLiteral("TW")), QStringLiteral("Taiwan, Province of China"));
    // A language that is not a UN language shows the English name.
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QCOMPARE(countries().displayLabel(QStringLiteral("KR")), QStringLiteral("Republic of Korea"));
    // Traditional Chinese is not what M49 publishes: English, as before.
    QLocale::setDefault(QLocale(QStringLiteral("zh_TW")));
    QCOMPARE(countries().displayLabel(QStringLiteral("KR")), QStringLiteral("Republic of Korea"));
}

void tst_Countries::unNamesFileStatesItsSource()
{
    QFile file(QStringLiteral(":/casebook/vocabularies/country-names-un.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://unstats.un.org/unsd/methodology/m49/overview/"));
    QVERIFY(source.value(QStringLiteral("copy"))
                .toString()
                .contains(QStringLiteral(
                    "github.com/datasets/country-codes at commit 25c1991e72a75b8ce494822b50cc6154bdc61a25")));
    QCOMPARE(root.value(QStringLiteral("not_in_m49")).toArray(), QJsonArray{QStringLiteral("TW")});
    // Every code but those M49 lacks has a UN name in each of the five languages.
    const QJsonObject names = root.value(QStringLiteral("names")).toObject();
    QCOMPARE(names.keys().join(QLatin1Char(' ')), QStringLiteral("ar es fr ru zh_CN"));
    for (const QString &language : names.keys()) {
        const QJsonObject byCode = names.value(language).toObject();
        QCOMPARE(byCode.size(), countries().items().size() - 1);
        for (const QString &code : countries().ids())
            QVERIFY2(byCode.contains(code) || code == QStringLiteral("TW"), qPrintable(language + code));
    }
}

void tst_Countries::typedNamesInAnyLanguageMatch()
{
    // ISO's and iso-codes' other names, and translated names, find the code (spreadsheet import).
    QCOMPARE(countries().match(QStringLiteral("Korea, Republic of")), QStringLiteral("KR"));
    QCOMPARE(countries().match(QStringLiteral("Bolivia")), QStringLiteral("BO"));
    QCOMPARE(countries().match(QStringLiteral("Allemagne")), QStringLiteral("DE"));
    QCOMPARE(countries().match(QStringLiteral("مصر")), QStringLiteral("EG"));
    QCOMPARE(countries().match(QStringLiteral("France")), QStringLiteral("FR"));
}

void tst_Countries::nonIsoCodesAreRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("AC") << "AC"
                        << "reserves AC for Ascension Island";
    QTest::newRow("CP") << "CP"
                        << "reserves CP for Clipperton Island";
    QTest::newRow("DG") << "DG"
                        << "reserves DG for Diego Garcia";
    QTest::newRow("EA") << "EA"
                        << "reserves EA for Ceuta and Melilla";
    QTest::newRow("EU") << "EU"
                        << "reserves EU for the European Union";
    QTest::newRow("IC") << "IC"
                        << "reserves IC for the Canary Islands";
    QTest::newRow("TA") << "TA"
                        << "reserves TA for Tristan da Cunha";
    QTest::newRow("QO") << "QO"
                        << "QO is a user-assigned code";
    QTest::newRow("XK") << "XK"
                        << "XK is a user-assigned code";
}

void tst_Countries::nonIsoCodesAreRefused()
{
    QFETCH(QString, code);
    QFETCH(QString, reason);
    QVERIFY(!countries().contains(code));
    UseCase u;
    u.title = QStringLiteral("T");
    u.countries = {QStringLiteral("KE"), code};
    const QList<FieldProblem> problems = UseCaseValidator::validate(u);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("countries[1]"));
    const QString prefix = QStringLiteral("'%1' is not a valid ISO 3166 country code: ").arg(code);
    QVERIFY2(problems.first().message.startsWith(prefix), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(reason), qPrintable(problems.first().message));
}

void tst_Countries::everyQtTerritoryIsIsoOrRefused()
{
    // Qt's territory list (CLDR) was the old source: each of its letter codes is either an ISO
    // 3166-1 country here or refused with a reason, never silently unknown.
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(t));
        if (code.size() != 2 || !code[0].isLetter() || !code[1].isLetter())
            continue;
        QVERIFY2(countries().contains(code) || !countries().refusal(code).isEmpty(), qPrintable(code));
        QVERIFY(!(countries().contains(code) && !countries().refusal(code).isEmpty()));
    }
}

void tst_Countries::damagedCatalogueIsRefused()
{
    QVERIFY(!MoCatalog::parse(QByteArray()).ok());
    QVERIFY(!MoCatalog::parse(QByteArray(28, 'x')).ok());
    // A valid header whose string table points far beyond the end of the file.
    QByteArray mo(28, '\0');
    const quint32 words[] = {0x950412de, 0, 1000, 28, 1000000, 0, 0};
    for (int i = 0; i < 7; ++i)
        qToLittleEndian(words[i], mo.data() + 4 * i);
    const auto damaged = MoCatalog::parse(mo);
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().code, ErrorCode::InputRejected);
    // An empty catalogue in big-endian order parses.
    QByteArray empty(28, '\0');
    const quint32 big[] = {0x950412de, 0, 0, 28, 28, 0, 28};
    for (int i = 0; i < 7; ++i)
        qToBigEndian(big[i], empty.data() + 4 * i);
    const auto parsed = MoCatalog::parse(empty);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 0);
}

QTEST_GUILESS_MAIN(tst_Countries)
#include "tst_Countries.moc"
