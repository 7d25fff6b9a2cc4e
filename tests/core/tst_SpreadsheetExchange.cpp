// Spreadsheet exchange end to end in core: export -> import round trips, sheets as Excel and
// LibreOffice write them, formula neutralisation, hostile input, mapping files, plans and score sheets.
#include "TestSupport.h"

#include "exchange/CsvFormulaGuard.h"
#include "exchange/CsvReader.h"
#include "exchange/SheetImporter.h"
#include "exchange/SheetMapping.h"
#include "exchange/SpreadsheetExport.h"
#include "exchange/UseCaseSheet.h"
#include "merge/ImportPlanner.h"
#include "model/RubricJson.h"
#include "model/UseCaseJson.h"
#include "scoring/ScoringEngine.h"
#include "storage/AssessmentRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/ImportLogRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestRecords.h"

using namespace casebook;

namespace {

const QByteArray kAttachment = QByteArrayLiteral("\x89PNG");

/// A record with every field set, in several scripts, with line breaks, quotes, separators and
/// formula-looking text.
UseCase fullRecord(const QString &attachmentHash)
{
    UseCase u;
    u.uuid = QStringLiteral("6f1d1b8e-2f55-4b61-9a0c-3c1e8d2b7a41");
    u.code = QStringLiteral("UC-2026-042");
    u.title = QStringLiteral("مراقبة جودة المياه — 智慧水务 💧");
    u.version = QStringLiteral("1.2");
    u.approvalStatus = QStringLiteral("for_comment");
    u.sourceOrganization = QStringLiteral("ITU-T SG20; \"Q2\", Geneva");
    u.submitters = {
        {QStringLiteral("Amina Haddad"), QStringLiteral("وزارة المياه"), QStringLiteral("amina@example.org"),
         QStringLiteral("editor")},
        {QStringLiteral("李明"), QStringLiteral("CAICT"), QString(), QStringLiteral("contributor")}};
    u.sourceDocuments = {{QStringLiteral("SG20-C-123"), QStringLiteral("Geneva, 2026-03"),
                          QStringLiteral("https://example.org/c123"), QStringLiteral("rev. 1")}};
    u.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    u.modifiedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    u.modifiedBy = QStringLiteral("Amina Haddad");
    u.revision = 7;
    u.sharingLevel = QStringLiteral("group");
    u.licence = QStringLiteral("CC BY 4.0");
    u.language = QStringLiteral("ar");
    u.verticals = {QStringLiteral("water"), QStringLiteral("smart_city_services")};
    u.sdgs = {6, 11, 13};
    u.u4sscKpis = {QStringLiteral("EN: WS: WD: 1C")};
    u.countries = {QStringLiteral("EG"), QStringLiteral("CN")};
    u.regions = {QStringLiteral("Arab States"), QStringLiteral("Asia and the Pacific")};
    u.relation = QStringLiteral("national");
    u.deploymentStage = QStringLiteral("pilot");
    u.tags = {QStringLiteral("sdo/oneM2M"), QStringLiteral("semi;colon"), QStringLiteral("water-quality"),
              QStringLiteral("中文标签")};
    u.related = {{QStringLiteral("0b4e7c1a-5a57-4c39-9d6e-2f7a3b1c9d10"), QStringLiteral("extends")}};
    u.summary =
        QStringLiteral("Sensors 🙂 measure turbidity; البيانات مفتوحة; 数据开放.");
    u.description = QStringLiteral("Line one, with a comma\r\nline two \"quoted\"\nline three\twith a tab");
    u.objectives = QStringLiteral("=1+1 must stay text");
    u.problem = QStringLiteral("-5 degrees and @mentions");
    u.benefits = QStringLiteral("+ fewer outbreaks");
    u.standards = {{QStringLiteral("oneM2M TS-0001"), QStringLiteral("oneM2M"), QStringLiteral("4.0"),
                    QStringLiteral("syntactic"), true, QStringLiteral("notes")},
                   {QStringLiteral("ETSI SAREF"), QStringLiteral("ETSI"), QString(),
                    QStringLiteral("semantic"), std::nullopt, QString()}};
    u.interfaces = {{QStringLiteral("Sensor"), QStringLiteral("Platform"), QStringLiteral("LwM2M"), false,
                     QStringLiteral("uplink")}};
    u.platforms = {QStringLiteral("FIWARE"), QStringLiteral("C:\\data\\")};
    u.connectivity = {QStringLiteral("LoRaWAN"), QStringLiteral("NB-IoT")};
    u.identifierSchemes = {
        {QStringLiteral("IMEI"), QStringLiteral("devices"), true, false, QStringLiteral("n")}};
    u.onboarding = {QStringLiteral("LwM2M bootstrap")};
    u.security = QStringLiteral("DTLS with PSK");
    u.securityBaselines = {QStringLiteral("ETSI EN 303 645")};
    u.dataGovernance = QStringLiteral("Utility owns the data.");
    u.kpis = {{QStringLiteral("Outbreaks"),
               QStringLiteral("per year"),
               QStringLiteral("12"),
               QStringLiteral("3"),
               QStringLiteral("5"),
               QStringLiteral("health ministry"),
               QStringLiteral("good"),
               QStringLiteral("SC: HE: HE: 1C"),
               {}}};
    u.lessonsLearned = QStringLiteral("Calibrate often.");
    u.replicableComponents = QStringLiteral("The alerting rules.");
    u.gaps = {{QStringLiteral("No standard turbidity model"), QStringLiteral("semantic"),
               QStringLiteral("ITU-T"), QStringLiteral("Q2/20"), QStringLiteral("high"),
               QStringLiteral("identified")}};
    u.attachments = {{attachmentHash, QStringLiteral("diagram.png"), QStringLiteral("image/png"), 4,
                      QStringLiteral("architecture"), QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC)}};
    test::addIecDepth(u);
    u.extra.insert(QStringLiteral("x_future_field"), QJsonObject{{QStringLiteral("nested"), 1}});
    return u;
}

/// Everything a repository holds about use cases, for "nothing changed" comparisons.
QByteArray dump(Database &db)
{
    UseCaseRepository repo(db);
    QJsonArray all;
    const QStringList uuids = repo.allUuids().value();
    for (const QString &uuid : uuids)
        all.append(UseCaseJson::toJson(repo.get(uuid).value()));
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SpreadsheetExchange : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripEveryField();
    void roundTripExamplesAndJson();
    void formulaCellsNeutralised();
    void spreadsheetSheets_data();
    void spreadsheetSheets();
    void hostileSheetsRejectedNothingChanged_data();
    void hostileSheetsRejectedNothingChanged();
    void rowErrorsHaveLineNumbers();
    void vocabularySuggestions();
    void refusedCountryCodesAreNotGuessed();
    void plansExistingRecords();
    void matchedByCodeKeepsOtherFields();
    void codeClashGetsNewCode();
    void duplicatesInOneSheetRejected();
    void mappingFile();
    void mappingFileErrors_data();
    void mappingFileErrors();
    void jsonRecordLimit();
    void plainValuesInRecordColumns();
    void iecTemplateOneRowPerUseCase();
    void earlierDevelopmentContextColumnSpread();
    void selection();
    void scoreSheet();

private:
    std::unique_ptr<Database> openDb(const QString &name);
    SheetImportPlan planCsv(Database &db, const QByteArray &csv, const SheetMapping &mapping = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
    QString m_hash;
};

std::unique_ptr<Database> tst_SpreadsheetExchange::openDb(const QString &name)
{
    Database::OpenOptions options;
    options.clock = m_clock.get();
    options.contributor = QStringLiteral("Tester");
    auto db = Database::open(m_dir->filePath(name), options);
    if (!db)
        qWarning() << db.error().message;
    return db ? std::move(*db) : nullptr;
}

SheetImportPlan tst_SpreadsheetExchange::planCsv(Database &db, const QByteArray &csv,
                                                 const SheetMapping &mapping)
{
    auto table = SheetImporter::readCsv(csv, mapping.separator);
    if (!table) {
        qWarning() << table.error().message;
        return {};
    }
    const ResolvedColumns columns = mapping.resolve(table->header);
    auto plan = SheetImporter(db).plan(SheetImporter::rowsFromTable(*table, columns.fields, mapping.values));
    return plan ? *plan : SheetImportPlan();
}

void tst_SpreadsheetExchange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SpreadsheetExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
    m_db = openDb(QStringLiteral("source.sqlite"));
    QVERIFY(m_db);
    auto hash = AttachmentStore(*m_db).put(kAttachment);
    QVERIFY(hash);
    m_hash = *hash;
}

void tst_SpreadsheetExchange::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_SpreadsheetExchange::roundTripEveryField()
{
    UseCaseRepository repo(*m_db);
    auto stored = repo.insert(fullRecord(m_hash), UseCaseRepository::WriteMode::Preserve);
    QVERIFY2(stored, qPrintable(stored.error().message));
    UseCase draft;
    draft.title = QStringLiteral("A bare draft");
    QVERIFY(repo.insert(draft));

    auto sheet = SpreadsheetExport::useCaseSheet(*m_db, repo.allUuids().value());
    QVERIFY(sheet);
    const QStringList expectedHeader =
        UseCaseSheet::fieldKeys() + QStringList{QStringLiteral("extra"), QStringLiteral("content_sha256")};
    QCOMPARE(sheet->header, expectedHeader);
    const QByteArray csv = CsvWriter().write(sheet->header, sheet->records);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));

    auto target = openDb(QStringLiteral("empty.sqlite"));
    QVERIFY(target);
    QVERIFY(AttachmentStore(*target).put(kAttachment)); // CSV carries references, not bytes
    const SheetImportPlan plan = planCsv(*target, csv);
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.count(RecordStatus::New), 2);
    auto outcome = SheetImporter(*target).apply(plan, resolutionsFor(MergePolicy::KeepMine));
    QVERIFY2(outcome, qPrintable(outcome.error().message));
    QCOMPARE(outcome->added, 2);
    QVERIFY(ImportLogRepository(*target).get(outcome->importId).value()->canTakeBack);

    const QByteArray before = dump(*m_db);
    QCOMPARE(dump(*target), before);
    QVERIFY(UseCaseRepository(*target).get(stored->uuid)->sameContent(*stored));

    // Importing the same sheet again changes nothing.
    const SheetImportPlan again = planCsv(*target, csv);
    QCOMPARE(again.count(RecordStatus::Identical), 2);
    QCOMPARE(again.writes(resolutionsFor(MergePolicy::TakeTheirs)), 0);
    auto second = SheetImporter(*target).apply(again, resolutionsFor(MergePolicy::TakeTheirs));
    QVERIFY(second);
    QVERIFY(!second->changed);
    QCOMPARE(second->importId, 0); // not even logged
    QCOMPARE(dump(*target), before);
}

void tst_SpreadsheetExchange::roundTripExamplesAndJson()
{
    QVERIFY(Seeder::seed(*m_db, true));
    UseCaseRepository repo(*m_db);
    const QStringList uuids = repo.allUuids().value();
    QCOMPARE(uuids.size(), 10);

    auto json = SpreadsheetExport::useCaseJson(*m_db, uuids);
    QVERIFY(json);
    const QJsonArray array = QJsonDocument::fromJson(*json).array();
    QCOMPARE(array.size(), 10);
    QCOMPARE(array.first().toObject(), UseCaseJson::toJson(repo.get(uuids.first()).value()));

    auto fromJson = openDb(QStringLiteral("json.sqlite"));
    auto rows = SheetImporter::rowsFromJson(*json);
    QVERIFY(rows);
    auto plan = SheetImporter(*fromJson).plan(*rows);
    QVERIFY(plan && plan->isValid());
    QVERIFY(SheetImporter(*fromJson).apply(*plan, {}));
    QCOMPARE(dump(*fromJson), dump(*m_db));

    // A semicolon sheet without a BOM reads back the same.
    const QString path = m_dir->filePath(QStringLiteral("examples.csv"));
    CsvWriteOptions options;
    options.separator = QLatin1Char(';');
    options.byteOrderMark = false;
    auto written = SpreadsheetExport::exportTo(*m_db, {}, ExportKind::UseCasesCsv, path, options);
    QVERIFY(written);
    QCOMPARE(int(written->uuids.size()), 10);
    auto fromCsv = openDb(QStringLiteral("csv.sqlite"));
    auto table = SheetImporter::readCsvFile(path);
    QVERIFY(table);
    QCOMPARE(table->separator, QLatin1Char(';'));
    const ResolvedColumns columns = SheetMapping().resolve(table->header);
    QVERIFY(columns.isComplete());
    auto csvPlan = SheetImporter(*fromCsv).plan(SheetImporter::rowsFromTable(*table, columns.fields, {}));
    QVERIFY(csvPlan && csvPlan->isValid());
    QVERIFY(SheetImporter(*fromCsv).apply(*csvPlan, {}));
    QCOMPARE(dump(*fromCsv), dump(*m_db));
}

void tst_SpreadsheetExchange::formulaCellsNeutralised()
{
    UseCase u;
    u.code = QStringLiteral("UC-F-1");
    u.title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    u.summary = QStringLiteral("+cmd|' /C calc'!A0");
    u.problem = QStringLiteral("@SUM(1+1)");
    u.benefits = QStringLiteral("\tTabbed");
    u.objectives = QStringLiteral("'=already quoted");
    u.tags = {QStringLiteral("-minus")};
    UseCaseRepository repo(*m_db);
    QVERIFY(repo.insert(u));
    const QString path = m_dir->filePath(QStringLiteral("f.csv"));
    QVERIFY(SpreadsheetExport::exportTo(*m_db, {}, ExportKind::UseCasesCsv, path));
    const QByteArray bytes = test::readAll(path);
    QVERIFY(bytes.contains("'=HYPERLINK"));
    QVERIFY(bytes.contains("'+cmd"));
    QVERIFY(bytes.contains("'@SUM"));
    QVERIFY(bytes.contains("'-minus"));
    QVERIFY(bytes.contains(",'\tTabbed,"));
    QVERIFY(bytes.contains("''=already quoted"));
    // No cell of the file starts with a trigger character.
    auto raw = CsvReader().read(bytes);
    QVERIFY(raw);
    for (const QStringList &record : raw->records) {
        for (const QString &cell : record)
            QVERIFY2(cell.isEmpty() || !CsvFormulaGuard::isTrigger(cell.at(0)), qPrintable(cell));
    }
    // ... and the import restores the original text.
    auto target = openDb(QStringLiteral("t.sqlite"));
    const SheetImportPlan plan = planCsv(*target, bytes);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.incoming.useCases.first().useCase.title, u.title);
    QCOMPARE(plan.incoming.useCases.first().useCase.objectives, u.objectives);
    QCOMPARE(plan.incoming.useCases.first().useCase.benefits, u.benefits);
    QCOMPARE(plan.incoming.useCases.first().useCase.tags, u.tags);
}

void tst_SpreadsheetExchange::spreadsheetSheets_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Excel UTF-8 BOM semicolon CRLF") << "excel-utf8-bom-semicolon.csv";
    QTest::newRow("LibreOffice comma LF, French headers") << "libreoffice-comma-lf.csv";
    QTest::newRow("Excel Unicode text UTF-16 LE, Chinese headers") << "excel-unicode-text-utf16le.txt";
    QTest::newRow("UTF-16 BE tab") << "utf16be-bom-tab.txt";
    QTest::newRow("old Mac CR") << "cr-line-ends.csv";
}

void tst_SpreadsheetExchange::spreadsheetSheets()
{
    QFETCH(QString, file);
    auto table = SheetImporter::readCsvFile(test::dataPath(QStringLiteral("csv/") + file));
    QVERIFY2(table, qPrintable(table.error().message));
    const ResolvedColumns columns = SheetMapping().resolve(table->header);
    QVERIFY2(columns.isComplete(), qPrintable(table->header.join(QLatin1Char('|'))));
    QCOMPARE(columns.fields,
             (QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("summary"),
                          QStringLiteral("verticals"), QStringLiteral("countries")}));
    auto plan = SheetImporter(*m_db).plan(SheetImporter::rowsFromTable(*table, columns.fields, {}));
    QVERIFY(plan);
    QVERIFY2(plan->isValid(), qPrintable(plan->problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan->count(RecordStatus::New), 3);
    QVERIFY(SheetImporter(*m_db).apply(*plan, {}));

    UseCaseRepository repo(*m_db);
    const UseCase one = repo.get(QStringLiteral("UC-001")).value();
    QCOMPARE(one.title, QStringLiteral("Smart water metering in Amman"));
    QCOMPARE(one.summary, QStringLiteral("Meters report hourly; leaks are flagged.\nA second paragraph."));
    QCOMPARE(one.verticals, (QStringList{QStringLiteral("water"), QStringLiteral("smart_city_services")}));
    QCOMPARE(one.countries, QStringList{QStringLiteral("JO")});
    QCOMPARE(one.revision, 1);
    QCOMPARE(one.modifiedBy, QStringLiteral("Tester"));
    QCOMPARE(repo.get(QStringLiteral("UC-002"))->title, QStringLiteral("عدادات المياه الذكية"));
    QCOMPARE(repo.get(QStringLiteral("UC-002"))->summary, QStringLiteral("智能水表，每小时上报。"));
    const UseCase three = repo.get(QStringLiteral("UC-003")).value();
    QCOMPARE(three.title, QStringLiteral("Emoji 🚰 and “curly” quotes"));
    QCOMPARE(three.summary, QStringLiteral("He said \"hi\", then left"));
    QVERIFY(three.verticals.isEmpty());
    QCOMPARE(three.countries, (QStringList{QStringLiteral("FR"), QStringLiteral("DE")}));
}

void tst_SpreadsheetExchange::hostileSheetsRejectedNothingChanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unterminated quote")
        << test::readAll(test::dataPath(QStringLiteral("csv/unterminated-quote-line12.csv"))) << "line 12";
    QTest::newRow("invalid UTF-8") << test::readAll(
        test::dataPath(QStringLiteral("csv/invalid-utf8-line3.csv")))
                                   << "line 3";
    QTest::newRow("NUL byte") << test::readAll(test::dataPath(QStringLiteral("csv/nul-byte-line4.csv")))
                              << "line 4";
    QTest::newRow("extra cells") << test::readAll(test::dataPath(QStringLiteral("csv/extra-cells-line3.csv")))
                                 << "line 3";
    QTest::newRow("text after quote")
        << test::readAll(test::dataPath(QStringLiteral("csv/text-after-quote-line2.csv"))) << "line 2";

    QByteArray columns("code,title\nUC-1,ok\n");
    columns.append(QByteArray(1000000, ','));
    columns.append('\n');
    QTest::newRow("a million columns on line 3") << columns << "line 3";

    QByteArray bigCell("code,title\nUC-1,ok\nUC-2,\"");
    bigCell.append(QByteArray(2 * 1024 * 1024, 'x'));
    bigCell.append("\"\n");
    QTest::newRow("a 2 MB cell on line 3") << bigCell << "line 3";

    QByteArray huge("code,title\nUC-1,");
    huge.append(QByteArray(100 * 1024 * 1024, 'x'));
    QTest::newRow("a 100 MB cell") << huge << "larger than";
}

void tst_SpreadsheetExchange::hostileSheetsRejectedNothingChanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(Seeder::seed(*m_db, true));
    const QByteArray before = dump(*m_db);
    auto table = SheetImporter::readCsv(bytes);
    QVERIFY(!table);
    QCOMPARE(table.error().code, ErrorCode::InputRejected);
    QVERIFY2(table.error().message.contains(expected), qPrintable(table.error().message));
    QCOMPARE(dump(*m_db), before);
}

void tst_SpreadsheetExchange::rowErrorsHaveLineNumbers()
{
    QVERIFY(Seeder::seed(*m_db, true));
    const QByteArray before = dump(*m_db);
    const QByteArray csv =
        "code,title,sdgs,submitters,revision\r\n"
        "UC-A,Fine,11,,\r\n"
        "UC-B,\"Two\r\nlines\",SDG 42,,\r\n"
        "UC-C,,3,,\r\n"
        "UC-D,Bad JSON,,[{\"name\": ,\r\n"
        "UC-E,Bad email,,\"[{\"\"name\"\":\"\"X\"\",\"\"email\"\":\"\"not-mail\"\"}]\",\r\n"
        "UC-F,Bad revision,,,many\r\n";
    const SheetImportPlan plan = planCsv(*m_db, csv);
    QVERIFY(!plan.isValid());
    const QStringList lines = plan.problemLines();
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines[0].startsWith(QLatin1String("line 3: sdgs:")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QLatin1String("line 5: title:")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QLatin1String("line 6: submitters: the text is not valid JSON")),
             qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QLatin1String("line 7: submitters[0].email:")), qPrintable(lines[3]));
    QVERIFY2(lines[4].startsWith(QLatin1String("line 8: revision:")), qPrintable(lines[4]));

    auto applied = SheetImporter(*m_db).apply(plan, {});
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::InputRejected);
    QCOMPARE(dump(*m_db), before);
}

void tst_SpreadsheetExchange::vocabularySuggestions()
{
    const QByteArray csv = "Title;Sector;Stage;Country;Région\nA;Smart city;Piloting;Kenya;Afrique\n";
    SheetImportPlan plan = planCsv(*m_db, csv);
    QVERIFY(!plan.isValid());
    QVERIFY(plan.errors.size() + plan.suggestions.size() >= 1);
    bool found = false;
    for (const SheetIssue &s : plan.suggestions) {
        if (s.field == QLatin1String("verticals")) {
            QCOMPARE(s.input, QStringLiteral("Smart city"));
            QCOMPARE(s.suggestion, QStringLiteral("smart_city_services"));
            QCOMPARE(s.line, 2);
            found = true;
        }
    }
    QVERIFY(found);

    SheetMapping mapping;
    mapping.values.acceptSuggestions = true;
    mapping.values.valueMap.insert(QStringLiteral("regions"),
                                   {{QStringLiteral("afrique"), QStringLiteral("Africa")}});
    plan = planCsv(*m_db, csv, mapping);
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    const UseCase &u = plan.incoming.useCases.first().useCase;
    QCOMPARE(u.verticals, QStringList{QStringLiteral("smart_city_services")});
    QCOMPARE(u.deploymentStage, QStringLiteral("pilot"));
    QCOMPARE(u.countries, QStringList{QStringLiteral("KE")});
    QCOMPARE(u.regions, QStringList{QStringLiteral("Africa")});
}

void tst_SpreadsheetExchange::refusedCountryCodesAreNotGuessed()
{
    // XK and EU are no countries of ISO 3166-1: refused with the reason, never "suggested" as
    // another country that accepting the suggestions would store (XK is not the Cook Islands).
    const QByteArray csv = "Title,Countries\nA,XK\nB,\"Kenya; eu\"\n";
    SheetMapping mapping;
    mapping.values.acceptSuggestions = true;
    const SheetImportPlan plan = planCsv(*m_db, csv, mapping);
    QVERIFY(!plan.isValid());
    QVERIFY(plan.suggestions.isEmpty());
    const QStringList lines = plan.problemLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QLatin1String("line 2: countries: \"XK\" is not a valid value: XK is a "
                                               "user-assigned code")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QLatin1String("reserves EU for the European Union")), qPrintable(lines[1]));
}

void tst_SpreadsheetExchange::plansExistingRecords()
{
    UseCaseRepository repo(*m_db);
    auto stored = repo.insert(fullRecord(m_hash), UseCaseRepository::WriteMode::Preserve);
    QVERIFY(stored);
    auto sheet = SpreadsheetExport::useCaseSheet(*m_db, {stored->uuid});
    QVERIFY(sheet);
    const int titleColumn = int(sheet->header.indexOf(QStringLiteral("title")));
    const QStringList exported = sheet->records[0];
    sheet->records[0][titleColumn] = QStringLiteral("Edited in Excel");
    QStringList extraRow = sheet->records[0];
    for (QString &cell : extraRow)
        cell.clear();
    extraRow[titleColumn] = QStringLiteral("A new one");
    sheet->records.append(extraRow);
    const QByteArray csv = CsvWriter().write(sheet->header, sheet->records);

    // The sheet carries the revision it was exported from: its edit is a change made there only,
    // taken even when keeping mine.
    SheetImportPlan plan = planCsv(*m_db, csv);
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.count(RecordStatus::ChangedThere), 1);
    QCOMPARE(plan.count(RecordStatus::New), 1);
    const RecordPlan &changed = plan.plan.records.first();
    QCOMPARE(changed.fields.size(), 1);
    QCOMPARE(changed.fields.first().field, QStringLiteral("title"));
    QCOMPARE(plan.whereOf(changed), QStringLiteral("line 2"));
    QCOMPARE(plan.writes(resolutionsFor(MergePolicy::KeepMine)), 2);
    auto applied = SheetImporter(*m_db).apply(plan, resolutionsFor(MergePolicy::KeepMine));
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied->added, 1);
    QCOMPARE(applied->updated, 1);
    QVERIFY(ImportLogRepository(*m_db).get(applied->importId).value()->canTakeBack);
    UseCase after = repo.get(stored->uuid).value();
    QCOMPARE(after.title, QStringLiteral("Edited in Excel"));
    QCOMPARE(after.revision, stored->revision + 1);
    QCOMPARE(after.modifiedBy, QStringLiteral("Tester"));
    QCOMPARE(after.summary, stored->summary);

    // Edited here since, and another cell edited in the same old sheet: merged field by field.
    after.summary = QStringLiteral("Edited here");
    QVERIFY(repo.update(after));
    QList<QStringList> records{exported};
    records[0][int(sheet->header.indexOf(QStringLiteral("problem")))] = QStringLiteral("Edited there");
    plan = planCsv(*m_db, CsvWriter().write(sheet->header, records));
    QVERIFY(plan.isValid());
    QCOMPARE(plan.count(RecordStatus::Merged), 1);
    QVERIFY(SheetImporter(*m_db).apply(plan, resolutionsFor(MergePolicy::KeepMine)));
    after = repo.get(stored->uuid).value();
    QCOMPARE(after.summary, QStringLiteral("Edited here"));
    QCOMPARE(after.problem, QStringLiteral("Edited there"));
    QCOMPARE(after.title, QStringLiteral("Edited in Excel"));
}

void tst_SpreadsheetExchange::matchedByCodeKeepsOtherFields()
{
    UseCaseRepository repo(*m_db);
    auto stored = repo.insert(fullRecord(m_hash), UseCaseRepository::WriteMode::Preserve);
    QVERIFY(stored);
    const QByteArray before = dump(*m_db);
    const QByteArray csv =
        "Code,Summary,Tags\nuc-2026-042,A shorter summary,\"sdo/oneM2M; semi\\;colon; water-quality; "
        "中文标签\"\n";
    SheetImportPlan plan = planCsv(*m_db, csv);
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.plan.records.size(), 1);
    const RecordPlan &r = plan.plan.records.first();
    // A hand-made sheet does not say which version it started from: each difference is a choice.
    QCOMPARE(r.status, RecordStatus::Conflict);
    QCOMPARE(r.uuid, stored->uuid);
    QCOMPARE(r.fields.size(), 1); // tags in another order are no change
    QCOMPARE(r.fields.first().field, QStringLiteral("summary"));
    QVERIFY(r.tagsAdded.isEmpty());

    QCOMPARE(plan.writes(resolutionsFor(MergePolicy::KeepMine)), 0);
    QCOMPARE(plan.writes(resolutionsFor(MergePolicy::TakeTheirs)), 1);
    QVERIFY(SheetImporter(*m_db).apply(plan, resolutionsFor(MergePolicy::TakeTheirs)));
    const UseCase after = repo.get(stored->uuid).value();
    QCOMPARE(after.summary, QStringLiteral("A shorter summary"));
    QCOMPARE(after.description, stored->description);
    QCOMPARE(after.standards, stored->standards);
    QCOMPARE(after.code, stored->code);
    QVERIFY(dump(*m_db) != before);
    QCOMPARE(planCsv(*m_db, csv).count(RecordStatus::Identical), 1);
}

void tst_SpreadsheetExchange::codeClashGetsNewCode()
{
    UseCaseRepository repo(*m_db);
    UseCase a;
    a.code = QStringLiteral("UC-1");
    a.title = QStringLiteral("Here");
    auto here = repo.insert(a);
    QVERIFY(here);
    const QByteArray csv = "uuid,code,title\n"
                           "3b0a8f7e-1111-4c2b-8f00-000000000001,UC-1,Same code elsewhere\n";
    const SheetImportPlan plan = planCsv(*m_db, csv);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.count(RecordStatus::New), 1);
    QVERIFY(plan.plan.records.first().notes.join(QLatin1Char(' ')).contains(QLatin1String("UC-1")));
    auto applied = SheetImporter(*m_db).apply(plan, {});
    QVERIFY2(applied, qPrintable(applied.error().message + applied.error().detail));
    QVERIFY(repo.get(here->uuid)->sameContent(*here));
    const UseCase other = repo.get(QStringLiteral("3b0a8f7e-1111-4c2b-8f00-000000000001")).value();
    QVERIFY(other.code != QLatin1String("UC-1"));

    // A row that would rename a record to a code used by another is refused.
    auto renamed = planCsv(*m_db, "uuid,code,title\n3b0a8f7e-1111-4c2b-8f00-000000000001,uc-1,Clash\n");
    QVERIFY(!renamed.isValid());
    QVERIFY2(
        renamed.problemLines().first().startsWith(QLatin1String("line 2: code: uc-1 belongs to another")),
        qPrintable(renamed.problemLines().first()));
}

void tst_SpreadsheetExchange::duplicatesInOneSheetRejected()
{
    const QByteArray csv = "code,title\nUC-1,One\nUC-2,Two\nuc-1,Again\n";
    const SheetImportPlan plan = planCsv(*m_db, csv);
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.problemLines(),
             QStringList{QStringLiteral("line 4: code: uc-1 is already used by line 2")});
}

void tst_SpreadsheetExchange::mappingFile()
{
    const QByteArray json = R"({
        "format": "casebook-csv-mapping", "version": 1, "separator": ";",
        "columns": {"Nom du projet": "title", "Interne": null, "Réf.": "code", "Étape": "deployment_stage"},
        "values": {"deployment_stage": {"en service": "operational"}},
        "accept_suggestions": true
    })";
    auto mapping = SheetMapping::fromJson(json);
    QVERIFY2(mapping, qPrintable(mapping.error().message));
    QCOMPARE(mapping->separator, QLatin1Char(';'));
    QVERIFY(mapping->values.acceptSuggestions);

    const QStringList header{QStringLiteral("Réf."),    QStringLiteral("nom du projet"),
                             QStringLiteral("Interne"), QStringLiteral("Étape"),
                             QStringLiteral("Résumé"),  QStringLiteral("Mystery")};
    const ResolvedColumns r = mapping->resolve(header);
    QCOMPARE(r.fields[0], QStringLiteral("code"));
    QCOMPARE(r.fields[1], QStringLiteral("title")); // matched ignoring case
    QCOMPARE(r.fields[2], QString());
    QCOMPARE(r.ignored, QList<int>{2});
    QCOMPARE(r.fields[3], QStringLiteral("deployment_stage"));
    QCOMPARE(r.fields[4], QStringLiteral("summary")); // automatic
    QCOMPARE(r.unmapped, QList<int>{5});
    QVERIFY(!r.isComplete());

    const QByteArray csv = "Réf.;Nom du projet;Interne;Étape\nX-1;Bus;secret;en service\n";
    const SheetImportPlan plan = planCsv(*m_db, csv, *mapping);
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.incoming.useCases.first().useCase.deploymentStage, QStringLiteral("operational"));
    QCOMPARE(plan.incoming.useCases.first().useCase.code, QStringLiteral("X-1"));

    // What the wizard saves reads back the same.
    auto again = SheetMapping::fromJson(mapping->toJson());
    QVERIFY(again);
    QCOMPARE(again->columns, mapping->columns);
    QCOMPARE(again->separator, mapping->separator);
    QCOMPARE(again->values.valueMap, mapping->values.valueMap);
}

void tst_SpreadsheetExchange::mappingFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
    QTest::newRow("no format") << QByteArray(R"({"version":1})") << "format";
    QTest::newRow("unknown field") << QByteArray(
        R"({"format":"casebook-csv-mapping","version":1,"columns":{"A":"titel"}})")
                                   << "columns.A: 'titel' is not a field";
    QTest::newRow("bad separator") << QByteArray(
        R"({"format":"casebook-csv-mapping","version":1,"separator":"|"})")
                                   << "separator";
    QTest::newRow("unknown key") << QByteArray(R"({"format":"casebook-csv-mapping","version":1,"colums":{}})")
                                 << "colums";
    QTest::newRow("newer version") << QByteArray(R"({"format":"casebook-csv-mapping","version":2})")
                                   << "version";
}

void tst_SpreadsheetExchange::jsonRecordLimit()
{
    // 600,000 tiny records (13 MB) took 1.2 GB to plan; an import reads at most CsvLimits::kMaxRecords.
    const QByteArray record = R"({"title":"x"},)";
    QByteArray json = '[' + record.repeated(CsvLimits::kMaxRecords);
    json.chop(1);
    QVERIFY(SheetImporter::rowsFromJson(json + ']'));
    const auto refused = SheetImporter::rowsFromJson(json + ',' + record.chopped(1) + ']');
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("The file holds 50001 records; Casebook imports at most 50000 at once."));
    // A repeated key is refused with its path rather than resolved to the last value.
    const auto twice = SheetImporter::rowsFromJson(R"([{"title":"a"},{"title":"b","title":"c"}])");
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(QLatin1String("[1].title appears twice")),
             qPrintable(twice.error().message));
}

void tst_SpreadsheetExchange::mappingFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto m = SheetMapping::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().code, ErrorCode::InputRejected);
    QVERIFY2(m.error().message.contains(expected), qPrintable(m.error().message));
}

void tst_SpreadsheetExchange::plainValuesInRecordColumns()
{
    const QByteArray csv = "title,standards,actors,gaps\n"
                           "Plain,LoRaWAN 1.0.4; oneM2M TS-0001,Citizen; Utility,No common water model\n";
    const SheetImportPlan plan = planCsv(*m_db, csv);
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    const UseCase &u = plan.incoming.useCases.first().useCase;
    QCOMPARE(u.standards.size(), 2);
    QCOMPARE(u.standards[1].reference, QStringLiteral("oneM2M TS-0001"));
    QCOMPARE(u.actors.size(), 2);
    QCOMPARE(u.actors[0].name, QStringLiteral("Citizen"));
    QCOMPARE(u.gaps.first().description, QStringLiteral("No common water model"));

    const SheetImportPlan attach = planCsv(*m_db, "title,attachments\nOk,\nAttach,diagram.png\n");
    QCOMPARE(attach.errors.size(), 1);
    QCOMPARE(attach.incoming.useCases.size(), 1); // shown in the preview
    QVERIFY(attach.plan.records.isEmpty());
    QVERIFY2(attach.errors.first().text().startsWith(QLatin1String("line 3: attachments:")),
             qPrintable(attach.errors.first().text()));
}

void tst_SpreadsheetExchange::iecTemplateOneRowPerUseCase()
{
    const QStringList header = {QStringLiteral("ID"),
                                QStringLiteral("Name of use case"),
                                QStringLiteral("Short description"),
                                QStringLiteral("Complete description"),
                                QStringLiteral("Scope"),
                                QStringLiteral("Objective(s)"),
                                QStringLiteral("Assumptions"),
                                QStringLiteral("Prerequisites"),
                                QStringLiteral("Requirements"),
                                QStringLiteral("Reference"),
                                QStringLiteral("Generic, regional or national relation"),
                                QStringLiteral("Actors"),
                                QStringLiteral("Countries"),
                                QStringLiteral("Development contexts")};
    const QStringList record = {
        QStringLiteral("UC-IEC-1"),
        QStringLiteral("Flood warning"),
        QStringLiteral("Gauges warn of floods"),
        QStringLiteral("Gauges measure the river.\nThe centre warns the public."),
        QStringLiteral("River basin of one district; not the coast"),
        QStringLiteral("Warn within 10 minutes"),
        QStringLiteral("Gauges are powered; Mobile coverage"),
        QStringLiteral("A warning plan exists"),
        QStringLiteral("R-1: A warning reaches the public within 10 minutes; R-7: Warnings are signed"),
        QStringLiteral("SG20-C-456"),
        QStringLiteral("National"),
        QStringLiteral("Gauge; Warning centre"),
        QStringLiteral("Ghana; KE"),
        QStringLiteral("GH: developing; Kenya: transition")};
    const SheetImportPlan plan = planCsv(*m_db, CsvWriter().write(header, {record}));
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    const UseCase &u = plan.incoming.useCases.first().useCase;
    QCOMPARE(u.code, QStringLiteral("UC-IEC-1")); // the template's "ID"
    QCOMPARE(u.title, QStringLiteral("Flood warning"));
    QCOMPARE(u.summary, QStringLiteral("Gauges warn of floods"));
    QCOMPARE(u.description, record[3]);
    // "Scope" is the scope text (with its semicolon), not the relation.
    QCOMPARE(u.scope, QStringLiteral("River basin of one district; not the coast"));
    QCOMPARE(u.relation, QStringLiteral("national"));
    QCOMPARE(u.objectives, QStringLiteral("Warn within 10 minutes"));
    QCOMPARE(u.assumptions,
             (QStringList{QStringLiteral("Gauges are powered"), QStringLiteral("Mobile coverage")}));
    QCOMPARE(u.prerequisites, QStringList{QStringLiteral("A warning plan exists")});
    QCOMPARE(u.requirements.size(), 2);
    QCOMPARE(u.requirements[1].id, QStringLiteral("R-7"));
    QCOMPARE(u.requirements[1].description, QStringLiteral("Warnings are signed"));
    // "Reference" is a source document (a contribution number), not the record's code.
    QCOMPARE(u.sourceDocuments.size(), 1);
    QCOMPARE(u.sourceDocuments[0].reference, QStringLiteral("SG20-C-456"));
    QCOMPARE(u.countries, (QStringList{QStringLiteral("GH"), QStringLiteral("KE")}));
    QCOMPARE(u.developmentContexts,
             (QList<CountryContext>{{QStringLiteral("GH"), QStringLiteral("developing")},
                                    {QStringLiteral("KE"), QStringLiteral("transition")}}));

    // Stored, exported and imported again: nothing changes.
    QVERIFY(SheetImporter(*m_db).apply(plan, {}));
    auto sheet = SpreadsheetExport::useCaseSheet(*m_db, UseCaseRepository(*m_db).allUuids().value());
    QVERIFY(sheet);
    const SheetImportPlan again = planCsv(*m_db, CsvWriter().write(sheet->header, sheet->records));
    QVERIFY2(again.isValid(), qPrintable(again.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(again.count(RecordStatus::Identical), 1);
}

void tst_SpreadsheetExchange::earlierDevelopmentContextColumnSpread()
{
    // A sheet of the earlier form: one development context for the whole record.
    const SheetImportPlan plan =
        planCsv(*m_db, "Code,Title,Countries,Development context\nUC-L-1,Old sheet,EG; CN,Developing\n");
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.incoming.useCases.first().useCase.developmentContexts,
             (QList<CountryContext>{{QStringLiteral("EG"), QStringLiteral("developing")},
                                    {QStringLiteral("CN"), QStringLiteral("developing")}}));
    QVERIFY(SheetImporter(*m_db).apply(plan, {}));

    // For a record here, the column replaces its contexts, spread over the countries it has (taken
    // from the record here: the sheet has no countries column).
    const SheetImportPlan update = planCsv(*m_db, "code,development_context\nUC-L-1,transition\n");
    QVERIFY2(update.isValid(), qPrintable(update.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(update.count(RecordStatus::Conflict), 1); // no content_sha256: both sides may have changed
    QVERIFY(SheetImporter(*m_db).apply(update, resolutionsFor(MergePolicy::TakeTheirs)));
    const UseCase stored = UseCaseRepository(*m_db).get(QStringLiteral("UC-L-1")).value();
    QCOMPARE(stored.developmentContexts,
             (QList<CountryContext>{{QStringLiteral("EG"), QStringLiteral("transition")},
                                    {QStringLiteral("CN"), QStringLiteral("transition")}}));
    QCOMPARE(stored.title, QStringLiteral("Old sheet"));

    // An unknown context is named, with the line.
    const SheetImportPlan bad = planCsv(*m_db, "code,development context\nUC-L-1,booming\n");
    QVERIFY(!bad.isValid());
    QVERIFY2(bad.errors.first().text().startsWith(QLatin1String("line 2: development_context:")),
             qPrintable(bad.errors.first().text()));
}

void tst_SpreadsheetExchange::selection()
{
    QVERIFY(Seeder::seed(*m_db, true));
    UseCaseRepository repo(*m_db);
    ExportSelection all;
    QCOMPARE(all.resolve(*m_db)->size(), 10);

    ExportSelection ids;
    ids.ids = {QStringLiteral("uc-ex-003"), repo.get(QStringLiteral("UC-EX-001"))->uuid};
    QCOMPARE(ids.resolve(*m_db).value(),
             (QStringList{repo.get(QStringLiteral("UC-EX-001"))->uuid,
                          repo.get(QStringLiteral("UC-EX-003"))->uuid}));

    ExportSelection missing;
    missing.ids = {QStringLiteral("UC-NOPE")};
    QCOMPARE(missing.resolve(*m_db).error().code, ErrorCode::NotFound);

    ExportSelection tag;
    tag.tag = QStringLiteral("example");
    QCOMPARE(tag.resolve(*m_db)->size(), 10);
    tag.query = QStringLiteral("solar");
    QVERIFY(tag.resolve(*m_db)->size() >= 1);
    QVERIFY(tag.resolve(*m_db)->size() < 10);

    ExportSelection since;
    since.since = ExportSelection::parseSince(QStringLiteral("2099-01-01"));
    QVERIFY(since.since.isValid());
    QCOMPARE(since.resolve(*m_db)->size(), 0);
    since.since = ExportSelection::parseSince(QStringLiteral("2000-01-01T00:00:00Z"));
    QCOMPARE(since.resolve(*m_db)->size(), 10);
    QVERIFY(!ExportSelection::parseSince(QStringLiteral("yesterday")).isValid());
}

void tst_SpreadsheetExchange::scoreSheet()
{
    QVERIFY(Seeder::seed(*m_db, true));
    UseCaseRepository repo(*m_db);
    const UseCase u = repo.get(QStringLiteral("UC-EX-001")).value();
    const Rubric rubric = RubricJson::defaultRubric();
    AssessmentRepository assessments(*m_db);
    QList<Assessment> saved;
    for (const QString &name : {QStringLiteral("Zoë"), QStringLiteral("Ana")}) {
        Assessment a;
        a.useCaseUuid = u.uuid;
        a.rubricUuid = rubric.uuid;
        a.assessorName = name;
        a.scores = {{QStringLiteral("A1"),
                     ScoreState::Level,
                     name == QLatin1String("Ana") ? 4 : 1,
                     QStringLiteral("=not a formula"),
                     {},
                     Confidence::High},
                    {QStringLiteral("B1"), ScoreState::Unknown, 0, {}, {}, {}},
                    {QStringLiteral("D2"), ScoreState::NotApplicable, 0, {}, {}, {}}};
        auto s = assessments.save(a);
        QVERIFY2(s, qPrintable(s.error().message));
        saved.append(*s);
    }
    const QStringList uuids{u.uuid, repo.get(QStringLiteral("UC-EX-002"))->uuid};
    auto sheet = SpreadsheetExport::scoreSheet(*m_db, uuids);
    QVERIFY(sheet);
    const int criteria = rubric.criterionCount();
    QCOMPARE(sheet->records.size(), 2 * criteria + 1 + 1);
    const int type = int(sheet->header.indexOf(QStringLiteral("row_type")));
    const int assessor = int(sheet->header.indexOf(QStringLiteral("assessor")));
    const int state = int(sheet->header.indexOf(QStringLiteral("state")));
    const int level = int(sheet->header.indexOf(QStringLiteral("level")));
    const int index = int(sheet->header.indexOf(QStringLiteral("index")));
    const int flags = int(sheet->header.indexOf(QStringLiteral("flags")));
    QCOMPARE(sheet->records[0][assessor], QStringLiteral("Ana")); // assessors by name
    QCOMPARE(sheet->records[0][state], QStringLiteral("level"));
    QCOMPARE(sheet->records[0][level], QStringLiteral("4"));
    QCOMPARE(sheet->records[criteria][assessor], QStringLiteral("Zoë"));
    const QStringList summary = sheet->records[2 * criteria];
    QCOMPARE(summary[type], QStringLiteral("summary"));
    const AggregateResult expected = ScoringEngine::aggregate(rubric, {saved[1], saved[0]});
    QVERIFY(expected.overall.index.has_value());
    QCOMPARE(summary[index], QString::number(*expected.overall.index, 'f', 1));
    QVERIFY(summary[flags].contains(QLatin1String("incomplete")));
    QVERIFY(summary[flags].contains(QLatin1String("unknown:B1")));
    QVERIFY(summary[flags].contains(QLatin1String("disagreement:A1")));
    const QStringList none = sheet->records.last();
    QCOMPARE(none[type], QStringLiteral("summary"));
    QCOMPARE(none[index], QString());
    QCOMPARE(none[int(sheet->header.indexOf(QStringLiteral("assessors")))], QStringLiteral("0"));

    const QString path = m_dir->filePath(QStringLiteral("scores.csv"));
    QVERIFY(SpreadsheetExport::exportTo(*m_db, {}, ExportKind::ScoresCsv, path));
    QVERIFY(test::readAll(path).contains(",'=not a formula,"));
}

QTEST_GUILESS_MAIN(tst_SpreadsheetExchange)
#include "tst_SpreadsheetExchange.moc"
