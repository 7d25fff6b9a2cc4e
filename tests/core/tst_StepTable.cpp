// Sheets laid out like the step table of the IEC 62559-2 template (one row per step) assemble into
// use cases with their scenarios and steps, actor and requirement references intact.
#include "TestSupport.h"

#include "exchange/CsvWriter.h"
#include "exchange/SheetImporter.h"
#include "exchange/SheetMapping.h"
#include "exchange/StepTable.h"
#include "exchange/UseCaseSheet.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"
#include "support/Clock.h"

#include "DatabaseDump.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

const QStringList kHeader = {
    QStringLiteral("ID"),
    QStringLiteral("Name of use case"),
    QStringLiteral("Actors"),
    QStringLiteral("Requirements"),
    QStringLiteral("Information exchanged"),
    QStringLiteral("Scope"),
    QStringLiteral("Scenario name"),
    QStringLiteral("Primary actor"),
    QStringLiteral("Triggering event"),
    QStringLiteral("Pre-condition"),
    QStringLiteral("Post-condition"),
    QStringLiteral("Step No."),
    QStringLiteral("Event"),
    QStringLiteral("Name of process/activity"),
    QStringLiteral("Description of process/activity"),
    QStringLiteral("Service"),
    QStringLiteral("Information producer (actor)"),
    QStringLiteral("Information receiver (actor)"),
    QStringLiteral("Information exchanged (IDs)"),
    QStringLiteral("Requirement, R-IDs"),
};

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList r;
    for (const char *c : cells)
        r.append(QString::fromUtf8(c));
    while (r.size() < kHeader.size())
        r.append(QString());
    return r;
}

/// Flood warning over two scenarios, its rows not all together; drought monitoring named on its
/// first row only.
QList<QStringList> templateRows()
{
    return {
        row({"UC-IEC-2",
             "Flood warning",
             "Gauge; Warning centre; Public",
             "R-1: A warning reaches the public within 10 minutes; R-2: Warnings are signed",
             "I-1: Water level; I-2: Warning",
             "River basin of one district",
             "Normal",
             "Gauge",
             "Level above threshold",
             "Gauge installed",
             "Public warned",
             "1",
             "Level rises",
             "Measure",
             "Gauge sends the level",
             "report",
             "gauge",
             "Warning centre",
             "I-1",
             "R-1"}),
        row({"",
             "",
             "",
             "",
             "",
             "",
             "",
             "",
             "",
             "",
             "",
             "2",
             "Threshold crossed",
             "Warn",
             "Centre warns the public",
             "CREATE",
             "Warning centre",
             "Radio station",
             "I-2",
             "R-1; R-2"}),
        row({"UC-IEC-3", "Drought monitoring", "Satellite; Ministry", "", "", "", "Monthly report", "", "",
             "", "", "1", "Month ends", "Estimate", "Soil moisture estimated", "EXECUTE", "Satellite",
             "Ministry"}),
        row({"", "", "", "", "", "", "", "", "", "", "", "2", "", "Publish", "Report published", "REPORT",
             "Ministry", "Public"}),
        row({"UC-IEC-2", "Flood warning", "", "", "", "", "Maintenance", "", "", "", "", "1", "Gauge fails",
             "Repair", "A technician repairs the gauge", "CHANGE", "Technician", "Gauge"}),
        row({"", "Flood warning", "", "", "", "", "Normal", "", "", "", "", "3", "Level falls", "All clear",
             "Centre ends the warning", "CLOSE", "warning centre", "Public", "I-2"}),
    };
}

} // namespace

class tst_StepTable : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void templateHeadingsMapToStepFields();
    void oneRowPerStepAssemblesScenarios();
    void sameThroughTheCsvReaderAsThroughTheTable();
    void differentValueOnAFurtherRowIsAProblem();
    void sheetWithoutStepColumnsKeepsOneRowPerUseCase();
    void mappingFileNamesStepFields();

private:
    SheetImportPlan planOf(const QStringList &header, const QList<QStringList> &rows);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
};

void tst_StepTable::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
    Database::OpenOptions options;
    options.clock = m_clock.get();
    options.contributor = QStringLiteral("Tester");
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")), options);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(*db);
}

void tst_StepTable::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

SheetImportPlan tst_StepTable::planOf(const QStringList &header, const QList<QStringList> &rows)
{
    auto table = SheetImporter::readCsv(CsvWriter().write(header, rows));
    if (!table)
        return {};
    const ResolvedColumns columns = SheetMapping().resolve(table->header);
    if (!columns.isComplete())
        qWarning() << "unmapped columns" << columns.unmapped << columns.duplicates;
    auto plan = SheetImporter(*m_db).plan(SheetImporter::rowsFromTable(*table, columns.fields, {}));
    return plan ? *plan : SheetImportPlan();
}

void tst_StepTable::templateHeadingsMapToStepFields()
{
    const ResolvedColumns columns = SheetMapping().resolve(kHeader);
    QVERIFY(columns.isComplete());
    QCOMPARE(columns.fields,
             (QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("actors"),
                          QStringLiteral("requirements"), QStringLiteral("information_exchanged"),
                          QStringLiteral("scope")}
              + StepTable::fieldKeys().mid(0, 1) + StepTable::fieldKeys().mid(2)));
    // "ID" is the code only beside "Name of use case"; elsewhere the member is asked.
    QCOMPARE(SheetMapping().resolve({QStringLiteral("ID"), QStringLiteral("Title")}).unmapped, QList<int>{0});
}

void tst_StepTable::oneRowPerStepAssemblesScenarios()
{
    const SheetImportPlan plan = planOf(kHeader, templateRows());
    QVERIFY2(plan.isValid(), qPrintable(plan.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(plan.incoming.useCases.size(), 2);
    QCOMPARE(plan.lines, (QList<int>{2, 4}));
    QCOMPARE(plan.count(RecordStatus::New), 2);

    const UseCase flood = plan.incoming.useCases[0].useCase;
    QCOMPARE(flood.code, QStringLiteral("UC-IEC-2"));
    QCOMPARE(flood.scope, QStringLiteral("River basin of one district"));
    QCOMPARE(flood.requirements.size(), 2);
    QCOMPARE(flood.requirements[1].id, QStringLiteral("R-2"));
    QCOMPARE(flood.requirements[1].description, QStringLiteral("Warnings are signed"));
    QCOMPARE(flood.informationExchanged[0].id, QStringLiteral("I-1"));
    QCOMPARE(flood.informationExchanged[0].name, QStringLiteral("Water level"));
    QCOMPARE(flood.scenarios.size(), 2);

    const Scenario normal = flood.scenarios[0];
    QCOMPARE(normal.name, QStringLiteral("Normal"));
    QCOMPARE(normal.primaryActor, QStringLiteral("Gauge"));
    QCOMPARE(normal.triggeringEvent, QStringLiteral("Level above threshold"));
    QCOMPARE(normal.preconditions, QStringLiteral("Gauge installed"));
    QCOMPARE(normal.postconditions, QStringLiteral("Public warned"));
    QCOMPARE(normal.steps.size(), 3);
    const ScenarioStep first = normal.steps[0];
    QCOMPARE(first.number, QStringLiteral("1"));
    QCOMPARE(first.event, QStringLiteral("Level rises"));
    QCOMPARE(first.name, QStringLiteral("Measure"));
    QCOMPARE(first.description, QStringLiteral("Gauge sends the level"));
    QCOMPARE(first.service, QStringLiteral("REPORT")); // as typed: "report"
    QCOMPARE(first.producer, QStringLiteral("Gauge")); // as typed: "gauge"
    QCOMPARE(first.receiver, QStringLiteral("Warning centre"));
    QVERIFY(first.legacy.isEmpty());
    QCOMPARE(first.information, QStringList{QStringLiteral("I-1")});
    QCOMPARE(first.requirements, QStringList{QStringLiteral("R-1")});
    // A receiver that is not one of the actors is kept as text, flagged, never dropped.
    const ScenarioStep second = normal.steps[1];
    QCOMPARE(second.receiver, QString());
    QCOMPARE(second.legacy.receiver, QStringLiteral("Radio station"));
    QCOMPARE(second.requirements, (QStringList{QStringLiteral("R-1"), QStringLiteral("R-2")}));
    // The row further down, naming the use case by its title only, continues its scenario.
    QCOMPARE(normal.steps[2].number, QStringLiteral("3"));
    QCOMPARE(normal.steps[2].producer, QStringLiteral("Warning centre"));
    QCOMPARE(normal.steps[2].service, QStringLiteral("CLOSE"));

    const Scenario maintenance = flood.scenarios[1];
    QCOMPARE(maintenance.name, QStringLiteral("Maintenance"));
    QCOMPARE(maintenance.steps.size(), 1);
    QCOMPARE(maintenance.steps[0].legacy.producer, QStringLiteral("Technician"));
    QCOMPARE(maintenance.steps[0].receiver, QStringLiteral("Gauge"));

    const UseCase drought = plan.incoming.useCases[1].useCase;
    QCOMPARE(drought.title, QStringLiteral("Drought monitoring"));
    QCOMPARE(drought.scenarios.size(), 1);
    QCOMPARE(drought.scenarios[0].name, QStringLiteral("Monthly report"));
    QCOMPARE(drought.scenarios[0].steps.size(), 2);
    QCOMPARE(drought.scenarios[0].steps[1].producer, QStringLiteral("Ministry"));
    QCOMPARE(drought.scenarios[0].steps[1].legacy.receiver, QStringLiteral("Public"));

    // Stored as planned.
    auto applied = SheetImporter(*m_db).apply(plan, resolutionsFor(MergePolicy::KeepMine));
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied->added, 2);
    auto stored = UseCaseRepository(*m_db).get(QStringLiteral("UC-IEC-2"));
    QVERIFY(stored);
    QCOMPARE(stored->scenarios, flood.scenarios);
}

void tst_StepTable::sameThroughTheCsvReaderAsThroughTheTable()
{
    // The CLI reads a file record by record (readCsvRows); the window reads the table: one mapping.
    const QString path = m_dir->filePath(QStringLiteral("steps.csv"));
    QVERIFY(CsvWriter().writeFile(path, kHeader, templateRows()));
    const auto mapHeader = [](const QStringList &header) -> Result<QStringList> {
        return SheetMapping().resolve(header).fields;
    };
    auto streamed = SheetImporter::readCsvRows(path, {}, mapHeader, {});
    QVERIFY(streamed);
    auto table = SheetImporter::readCsvFile(path);
    QVERIFY(table);
    const QList<IncomingRow> fromTable =
        SheetImporter::rowsFromTable(*table, SheetMapping().resolve(table->header).fields, {});
    QCOMPARE(streamed->size(), 2);
    QCOMPARE(fromTable.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(streamed->at(i).fields, fromTable[i].fields);
        QCOMPARE(streamed->at(i).line, fromTable[i].line);
    }
}

void tst_StepTable::differentValueOnAFurtherRowIsAProblem()
{
    QList<QStringList> rows = templateRows();
    rows[1][5] = QStringLiteral("The whole country"); // Scope, given differently on the step's row
    rows[5][7] = QStringLiteral("Public"); // Primary actor of "Normal", already "Gauge"
    const QStringList before = test::dumpDatabase(*m_db);
    const SheetImportPlan plan = planOf(kHeader, rows);
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.errors.size(), 2);
    QCOMPARE(plan.errors[0].text(),
             QStringLiteral("line 3: scope: differs from line 2, where this use case is given first; leave "
                            "it empty on the rows of its further steps or repeat the same value"));
    QCOMPARE(plan.errors[1].line, 7);
    QCOMPARE(plan.errors[1].field, QStringLiteral("scenario.primary_actor"));
    QVERIFY(!SheetImporter(*m_db).apply(plan, {}));
    QCOMPARE(test::dumpDatabase(*m_db), before);
}

void tst_StepTable::sheetWithoutStepColumnsKeepsOneRowPerUseCase()
{
    // Without step columns two rows with one code stay two rows, and the second is refused.
    const SheetImportPlan plan = planOf(
        {QStringLiteral("Code"), QStringLiteral("Title")},
        {{QStringLiteral("UC-1"), QStringLiteral("One")}, {QStringLiteral("UC-1"), QStringLiteral("Two")}});
    QCOMPARE(plan.rowsRead, 2);
    QVERIFY(!plan.isValid());
    QVERIFY2(plan.errors.first().text().contains(QStringLiteral("already used by line 2")),
             qPrintable(plan.errors.first().text()));
}

void tst_StepTable::mappingFileNamesStepFields()
{
    // A sheet in its own words: the mapping file (or the wizard) names the step fields.
    auto mapping = SheetMapping::fromJson(R"({"format": "casebook-csv-mapping", "version": 1,
        "columns": {"Vorgang": "title", "Ablauf": "scenario.name", "Schritt": "step.number",
                    "Von": "step.producer", "An": "step.receiver"}})");
    QVERIFY2(mapping, qPrintable(mapping.error().message));
    QCOMPARE(SheetMapping::fromJson(mapping->toJson())->columns, mapping->columns);
    auto table = SheetImporter::readCsv("Vorgang,Ablauf,Schritt,Von,An\n"
                                        "Hochwasser,Normal,1,Pegel,Zentrale\n"
                                        ",,2,Zentrale,Radio\n");
    QVERIFY(table);
    const ResolvedColumns columns = mapping->resolve(table->header);
    QVERIFY(columns.isComplete());
    const QList<IncomingRow> rows = SheetImporter::rowsFromTable(*table, columns.fields, mapping->values);
    QCOMPARE(rows.size(), 1);
    const QJsonArray steps = rows[0]
                                 .fields.value(QStringLiteral("scenarios"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("steps"))
                                 .toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[1].toObject().value(QStringLiteral("from")), QStringLiteral("Zentrale"));

    auto unknown = SheetMapping::fromJson(R"({"format": "casebook-csv-mapping", "version": 1,
        "columns": {"Schritt": "step.nummer"}})");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().message,
             QStringLiteral("columns.Schritt: 'step.nummer' is not a field of a use case."));
}

QTEST_GUILESS_MAIN(tst_StepTable)
#include "tst_StepTable.moc"
