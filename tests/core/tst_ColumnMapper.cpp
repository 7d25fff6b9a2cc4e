#include "exchange/ColumnMapper.h"
#include "exchange/CsvReader.h"
#include "exchange/UseCaseSheet.h"

#include "TestSupport.h"

#include <QTest>

using casebook::ColumnMapper;
using casebook::ColumnMapping;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_ColumnMapper : public QObject
{
    Q_OBJECT
private slots:
    void tableCoversEveryField();
    void fieldFor_data();
    void fieldFor();
    void mapReportsUnmappedAndDuplicates();
    void mapsFixtureHeaders_data();
    void mapsFixtureHeaders();
    void fromJsonRejects_data();
    void fromJsonRejects();
};

void tst_ColumnMapper::tableCoversEveryField()
{
    const ColumnMapper &mapper = ColumnMapper::standard();
    // Every field a column may give on import (the record's, the earlier single development context,
    // the scenario and step fields of a sheet laid out one row per step) has names in the six UN
    // languages.
    const QStringList expected = casebook::UseCaseSheet::importFields();
    QStringList actual = mapper.fieldKeys();
    actual.sort();
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(actual, sortedExpected);
    for (const QString &field : expected) {
        QCOMPARE(mapper.fieldFor(field), field);
        // Every synonym maps back to its own field (fromJson refuses a name under two fields).
        const QStringList synonyms = mapper.synonyms(field);
        QVERIFY2(synonyms.size() >= 6, qPrintable(field)); // at least one per UN language
        for (const QString &name : synonyms)
            QCOMPARE(mapper.fieldFor(name), field);
    }
}

void tst_ColumnMapper::fieldFor_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    // Spelling variants
    QTest::newRow("key") << u("deployment_stage") << u("deployment_stage");
    QTest::newRow("spaced and upper case") << u("  DEPLOYMENT STAGE ") << u("deployment_stage");
    QTest::newRow("hyphenated") << u("Deployment-Stage") << u("deployment_stage");
    QTest::newRow("punctuation and asterisk") << u("Title *") << u("title");
    QTest::newRow("camel case") << u("SourceOrganization") << u("source_organization");
    QTest::newRow("British spelling") << u("Source organisation") << u("source_organization");
    QTest::newRow("BOM left in a header") << u("\xEF\xBB\xBFuuid") << u("uuid");
    // French
    QTest::newRow("fr titre") << u("Titre") << u("title");
    QTest::newRow("fr résumé") << u("Résumé") << u("summary");
    QTest::newRow("fr resume without accent") << u("RESUME") << u("summary");
    QTest::newRow("fr ODD") << u("ODD") << u("sdgs");
    QTest::newRow("fr leçons") << u("Leçons apprises") << u("lessons_learned");
    QTest::newRow("fr date de création") << u("Date de création") << u("created_at");
    // Spanish
    QTest::newRow("es descripción") << u("Descripción") << u("description");
    QTest::newRow("es países") << u("Países") << u("countries");
    QTest::newRow("es etapa") << u("Etapa de despliegue") << u("deployment_stage");
    QTest::newRow("es gobernanza") << u("Gobernanza de datos") << u("data_governance");
    // Russian
    QTest::newRow("ru название") << u("Название") << u("title");
    QTest::newRow("ru ЦУР") << u("ЦУР") << u("sdgs");
    QTest::newRow("ru извлечённые with ё") << u("Извлечённые уроки") << u("lessons_learned");
    QTest::newRow("ru извлеченные with е") << u("извлеченные  уроки") << u("lessons_learned");
    QTest::newRow("ru безопасность") << u("БЕЗОПАСНОСТЬ") << u("security");
    // Arabic
    QTest::newRow("ar العنوان") << u("العنوان") << u("title");
    QTest::newRow("ar with tatweel") << u("العنـــوان") << u("title");
    QTest::newRow("ar with diacritics") << u("الوَصْف") << u("description");
    QTest::newRow("ar hamza-less alef") << u("الاهداف") << u("objectives");
    QTest::newRow("ar البلدان") << u("البلدان") << u("countries");
    QTest::newRow("ar حوكمة البيانات") << u("حوكمة البيانات") << u("data_governance");
    // Chinese
    QTest::newRow("zh 标题") << u("标题") << u("title");
    QTest::newRow("zh 可持续发展目标") << u("可持续发展目标") << u("sdgs");
    QTest::newRow("zh 国家/地区") << u("国家/地区") << u("countries");
    QTest::newRow("zh full-width colon") << u("标签：") << u("tags");
    QTest::newRow("zh 修改时间") << u("修改时间") << u("modified_at");
    // IEC 62559-2 template headings
    QTest::newRow("iec name of use case") << u("Name of use case") << u("title");
    QTest::newRow("iec complete description") << u("Complete description") << u("description");
    QTest::newRow("iec short description") << u("Short description") << u("summary");
    QTest::newRow("iec scope is text") << u("Scope") << u("scope");
    QTest::newRow("iec objectives") << u("Objective(s)") << u("objectives");
    QTest::newRow("iec assumptions") << u("Assumptions") << u("assumptions");
    QTest::newRow("iec prerequisites") << u("Prerequisites") << u("prerequisites");
    QTest::newRow("iec requirements") << u("Requirements") << u("requirements");
    QTest::newRow("iec reference is a source document") << u("Reference") << u("source_documents");
    QTest::newRow("iec relation") << u("Generic, regional or national relation") << u("relation");
    QTest::newRow("iec area / domains") << u("Area / Domain(s)") << u("verticals");
    QTest::newRow("iec scenario name") << u("Scenario name") << u("scenario.name");
    QTest::newRow("iec primary actor") << u("Primary actor") << u("scenario.primary_actor");
    QTest::newRow("iec pre-condition") << u("Pre-condition") << u("scenario.preconditions");
    QTest::newRow("iec step no") << u("Step No.") << u("step.number");
    QTest::newRow("iec process name") << u("Name of process/activity") << u("step.name");
    QTest::newRow("iec process description") << u("Description of process/activity") << u("step.description");
    QTest::newRow("iec producer") << u("Information producer (actor)") << u("step.producer");
    QTest::newRow("iec receiver") << u("Information receiver (actor)") << u("step.receiver");
    QTest::newRow("iec information ids") << u("Information exchanged (IDs)") << u("step.information");
    QTest::newRow("iec requirement ids") << u("Requirement, R-IDs") << u("step.requirements");
    QTest::newRow("information exchanged stays the record's")
        << u("Information exchanged") << u("information_exchanged");
    QTest::newRow("earlier single development context")
        << u("Development context") << u("development_context");
    QTest::newRow("fr portée") << u("Portée") << u("scope");
    QTest::newRow("es supuestos") << u("Supuestos") << u("assumptions");
    QTest::newRow("ru требования") << u("Требования") << u("requirements");
    QTest::newRow("zh 场景名称") << u("场景名称") << u("scenario.name");
    // Not fields
    QTest::newRow("id is ambiguous") << u("ID") << QString();
    QTest::newRow("unknown") << u("Budget (USD)") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << u(" - ") << QString();
}

void tst_ColumnMapper::fieldFor()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(ColumnMapper::standard().fieldFor(header), field);
}

void tst_ColumnMapper::mapReportsUnmappedAndDuplicates()
{
    const QStringList header{u("Code"),  u("Titre"), u("Budget"), QString(),
                             u("title"), u("Pays"),  u("Remarks")};
    const ColumnMapping mapping = ColumnMapper::standard().map(header);
    QCOMPARE(
        mapping.fields,
        (QStringList{u("code"), u("title"), QString(), QString(), QString(), u("countries"), QString()}));
    QCOMPARE(mapping.unmapped, (QList<int>{2, 6}));
    QCOMPARE(mapping.duplicates, (QList<int>{4}));
    QCOMPARE(mapping.columnOf(u("countries")), 5);
    QCOMPARE(mapping.columnOf(u("uuid")), -1);
    QVERIFY(!mapping.isComplete());
    QVERIFY(ColumnMapper::standard().map({u("uuid"), u("Title")}).isComplete());
    // "ID" is the use case's code beside the IEC 62559-2 template's "Name of use case" only.
    QCOMPARE(ColumnMapper::standard().map({u("ID"), u("Name of use case")}).fields,
             (QStringList{u("code"), u("title")}));
    QCOMPARE(ColumnMapper::standard().map({u("ID"), u("Title")}).unmapped, QList<int>{0});
    // "Event", "Service", "Activity" are a step's beside a step-number column only, so a sheet's own
    // "Service" column does not make it a step table.
    QCOMPARE(ColumnMapper::standard().map({u("Step No."), u("Event"), u("Service"), u("Activity")}).fields,
             (QStringList{u("step.number"), u("step.event"), u("step.service"), u("step.name")}));
    QCOMPARE(ColumnMapper::standard().map({u("Title"), u("Service"), u("Event")}).unmapped,
             (QList<int>{1, 2}));
    QCOMPARE(ColumnMapper::standard().map({u("Scenario name"), u("Trigger")}).fields,
             (QStringList{u("scenario.name"), u("scenario.triggering_event")}));
}

void tst_ColumnMapper::mapsFixtureHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("English (Excel)") << u("excel-utf8-bom-semicolon.csv");
    QTest::newRow("French (LibreOffice)") << u("libreoffice-comma-lf.csv");
    QTest::newRow("Chinese (Excel Unicode text)") << u("excel-unicode-text-utf16le.txt");
}

void tst_ColumnMapper::mapsFixtureHeaders()
{
    QFETCH(QString, file);
    const auto table = casebook::CsvReader().readFile(casebook::test::dataPath(u("csv/") + file));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    const ColumnMapping mapping = ColumnMapper::standard().map(table->header);
    QCOMPARE(mapping.fields,
             (QStringList{u("code"), u("title"), u("summary"), u("verticals"), u("countries")}));
    QVERIFY(mapping.isComplete());
}

void tst_ColumnMapper::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");

    QTest::newRow("not JSON") << QByteArray("{") << QString();
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x","fields":{}})")
                                  << u("format is not casebook-column-synonyms");
    QTest::newRow("no fields") << QByteArray(R"({"format":"casebook-column-synonyms"})")
                               << u("no fields object");
    QTest::newRow("name under two fields")
        << QByteArray(R"({"format":"casebook-column-synonyms","fields":{"a":["Status"],"b":["STATUS!"]}})")
        << u("\"STATUS!\" is listed under a and b");
    QTest::newRow("empty synonym") << QByteArray(
        R"({"format":"casebook-column-synonyms","fields":{"a":["--"]}})")
                                   << u("field a has an empty synonym");
    QTest::newRow("names_beside without a heading")
        << QByteArray(R"({"format":"casebook-column-synonyms","fields":{"a":["x"]},)"
                      R"("names_beside":{"id":{"field":"a"}}})")
        << u("names_beside.id needs a known field and either a heading or a known beside_field");
    QTest::newRow("names_beside of a listed name")
        << QByteArray(R"({"format":"casebook-column-synonyms","fields":{"a":["x"]},)"
                      R"("names_beside":{"X":{"field":"a","beside":"y"}}})")
        << u("names_beside.X is also listed under a");
}

void tst_ColumnMapper::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    const auto mapper = ColumnMapper::fromJson(json);
    QVERIFY(!mapper.ok());
    QCOMPARE(mapper.error().code, casebook::ErrorCode::InputRejected);
    QCOMPARE(mapper.error().message, u("The column synonyms table is not valid."));
    if (!detail.isEmpty())
        QCOMPARE(mapper.error().detail, detail);
}

QTEST_GUILESS_MAIN(tst_ColumnMapper)
#include "tst_ColumnMapper.moc"
