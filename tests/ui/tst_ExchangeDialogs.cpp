// The import wizard and the export dialog, driven offscreen by object name with scripted prompts.
#include "FixedCatalogue.h"
#include "ScriptedPrompts.h"
#include "TestSupport.h"

#include "exchange/ColumnMappingModel.h"
#include "exchange/CsvImportWizard.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ExportDialog.h"
#include "exchange/ImportPreviewModel.h"
#include "exchange/SpreadsheetExport.h"
#include "import/ImportPlanModel.h"
#include "merge/ImportPlanner.h"
#include "merge/ImportSummary.h"
#include "model/UseCaseJson.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;
using namespace casebook::ui;

namespace {

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

class tst_ExchangeDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wizardImportsLibreOfficeSheet();
    void wizardAsksForUnknownColumnsAndSuggestions();
    void wizardImportsIecStepTable();
    void wizardRefusesBrokenFileAndChangesNothing();
    void wizardPlansChangedRecords();
    void wizardShowsPlanWarnings();
    void exportDialogWritesSelection();
    void exportDialogLeavesRestrictedOut();
    void windowAndCliShowTheSameSummary();
    void screenshots();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void grabTo(QWidget *w, const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ScriptedPrompts> m_prompts;
};

void tst_ExchangeDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ExchangeDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(path(QStringLiteral("gui.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_prompts = std::make_unique<test::ScriptedPrompts>();
}

void tst_ExchangeDialogs::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_ExchangeDialogs::grabTo(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

void tst_ExchangeDialogs::wizardImportsLibreOfficeSheet()
{
    CsvImportWizard wizard(*m_db, *m_prompts);
    QAbstractItemModelTester mappingTester(wizard.mappingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(wizard.previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester planTester(wizard.planModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // The browse button goes through the prompts.
    const QString sheet = test::dataPath(QStringLiteral("csv/libreoffice-comma-lf.csv"));
    m_prompts->openFileWith(sheet);
    QTest::mouseClick(wizard.findChild<QAbstractButton *>(QStringLiteral("browseButton")), Qt::LeftButton);
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("filePathEdit"))->text(), sheet);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::MappingPageId));
    QCOMPARE(wizard.mappingModel()->fields(),
             (QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("summary"),
                          QStringLiteral("verticals"), QStringLiteral("countries")}));
    QVERIFY(wizard.currentPage()->isComplete());
    auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("fieldCombo_1"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("title"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PreviewPageId));
    QVERIFY(wizard.currentPage()->isComplete());
    QCOMPARE(wizard.previewModel()->rowCount(), 3);
    QCOMPARE(wizard.previewModel()->index(0, 0).data().toInt(), 2);
    QCOMPARE(wizard.previewModel()->index(1, 0).data().toInt(), 4); // the first row has a quoted line break
    QCOMPARE(wizard.previewModel()->index(0, 1).data().toString(), QStringLiteral("New"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PlanPageId));
    const QString planText = wizard.findChild<QLabel *>(QStringLiteral("planStatusLabel"))->text();
    QVERIFY2(planText.contains(QLatin1String("3 use case(s) will be written")), qPrintable(planText));
    QCOMPARE(wizard.planModel()->rowCount(), 3);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.outcome().added, 3);
    QVERIFY(m_prompts->errors.isEmpty());
    QCOMPARE(UseCaseRepository(*m_db).get(QStringLiteral("UC-002"))->title,
             QStringLiteral("عدادات المياه الذكية"));
}

void tst_ExchangeDialogs::wizardAsksForUnknownColumnsAndSuggestions()
{
    const QString sheet = path(QStringLiteral("members.csv"));
    QVERIFY(test::writeAll(sheet,
                           QByteArray("\xEF\xBB\xBFTitre;Secteur;Budget;Notes internes\r\n"
                                      "Bus rapides;Smart city;12;x\r\n"
                                      "Eau;water;3;y\r\n")));
    CsvImportWizard wizard(*m_db, *m_prompts);
    QAbstractItemModelTester mappingTester(wizard.mappingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(wizard.previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.setFilePath(sheet);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::MappingPageId));
    ColumnMappingModel *model = wizard.mappingModel();
    QCOMPARE(model->pendingCount(), 2);
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(model->index(2, 0).data(ColumnMappingModel::NeedsChoiceRole).toBool());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("mappingStatusLabel"))
                ->text()
                .contains(QLatin1String("2 column")));

    // Choose through the persistent combo box of the Budget row, and by the model for the other.
    auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("fieldCombo_2"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(ColumnMappingModel::leaveOutKey()));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(model->pendingCount(), 1);
    QVERIFY(
        model->setData(model->index(3, int(ColumnMappingModel::Column::Field)), QStringLiteral("summary")));
    QVERIFY(wizard.currentPage()->isComplete());
    // Taking a field twice is flagged.
    QVERIFY(model->setData(model->index(3, int(ColumnMappingModel::Column::Field)), QStringLiteral("title")));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(
        model->setData(model->index(3, int(ColumnMappingModel::Column::Field)), QStringLiteral("summary")));
    const SheetMapping chosen = model->mapping();
    QCOMPARE(chosen.columns.value(QStringLiteral("Budget")), QString());
    QCOMPARE(chosen.columns.value(QStringLiteral("Notes internes")), QStringLiteral("summary"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PreviewPageId));
    QVERIFY(!wizard.currentPage()->isComplete());
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("previewStatusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("line 2: verticals:")), qPrintable(status->text()));
    QVERIFY(wizard.previewModel()->index(0, 0).data(ImportPreviewModel::HasProblemRole).toBool());
    QVERIFY(!wizard.previewModel()->index(1, 0).data(ImportPreviewModel::HasProblemRole).toBool());
    auto *accept = wizard.findChild<QCheckBox *>(QStringLiteral("acceptSuggestionsCheckBox"));
    QVERIFY(accept->isVisible());
    accept->setChecked(true);
    QVERIFY(wizard.currentPage()->isComplete());
    const int verticals = int(wizard.previewModel()->fields().indexOf(QStringLiteral("verticals")));
    QCOMPARE(wizard.previewModel()->index(0, verticals + 2).data().toString(),
             QStringLiteral("smart_city_services"));

    // Saving the mapping writes a file the CLI reads.
    m_prompts->saveFileWith(path(QStringLiteral("saved-mapping.json")));
    wizard.saveMapping();
    auto saved = SheetMapping::fromJson(test::readAll(path(QStringLiteral("saved-mapping.json"))));
    QVERIFY(saved);
    QVERIFY(saved->values.acceptSuggestions);
    QCOMPARE(saved->columns.value(QStringLiteral("Notes internes")), QStringLiteral("summary"));

    wizard.next();
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.outcome().added, 2);
    auto rows = UseCaseRepository(*m_db).find(SearchQuery::parse(QStringLiteral("Bus")));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().verticals, QStringList{QStringLiteral("smart_city_services")});
}

void tst_ExchangeDialogs::wizardImportsIecStepTable()
{
    // The IEC 62559-2 template's step table: one row per step, the use case named on its first row.
    const QString sheet = path(QStringLiteral("steps.csv"));
    QVERIFY(test::writeAll(sheet,
                           QByteArray("ID,Name of use case,Actors,Requirements,Scenario name,Step No.,"
                                      "Service,Information producer (actor),"
                                      "Information receiver (actor),\"Requirement, R-IDs\"\n"
                                      "UC-S-1,Flood warning,Gauge; Centre,R-1: Fast,Normal,1,REPORT,"
                                      "Gauge,Centre,R-1\n"
                                      ",,,,,2,CREATE,Centre,Radio station,\n"
                                      ",,,,,3,explode,Centre,Gauge,R-9\n")));
    CsvImportWizard wizard(*m_db, *m_prompts);
    QAbstractItemModelTester previewTester(wizard.previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.setFilePath(sheet);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::MappingPageId));
    QVERIFY(wizard.currentPage()->isComplete());
    QCOMPARE(wizard.mappingModel()->fields().mid(4, 2),
             (QStringList{QStringLiteral("scenario.name"), QStringLiteral("step.number")}));
    auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("fieldCombo_5"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Step number"));

    // One preview row per use case, its steps under Scenarios; the problem of its third row is shown
    // with that row's line.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PreviewPageId));
    QCOMPARE(wizard.previewModel()->rowCount(), 1);
    QCOMPARE(wizard.previewModel()->fields(),
             (QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("actors"),
                          QStringLiteral("requirements"), QStringLiteral("scenarios")}));
    QVERIFY(!wizard.currentPage()->isComplete());
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("previewStatusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("line 4: step.service:")), qPrintable(status->text()));
    const QAbstractItemModel *preview = wizard.previewModel();
    QVERIFY(preview->index(0, 0).data(ImportPreviewModel::HasProblemRole).toBool());
    const QString problems = preview->index(0, preview->columnCount() - 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(problems.contains(QLatin1String("line 4: step.service:")), qPrintable(problems));

    // Corrected in the file and read again: the step's requirement must be one of the record's.
    QVERIFY(test::writeAll(sheet, test::readAll(sheet).replace("explode", "CREATE")));
    wizard.back();
    wizard.back();
    wizard.next();
    wizard.next();
    QVERIFY2(status->text().contains(QLatin1String("'R-9' is not the id of a requirement")),
             qPrintable(status->text()));

    // Fixed too: the steps arrive, the unknown receiver kept as text.
    QVERIFY(test::writeAll(sheet, test::readAll(sheet).replace("Gauge,R-9", "Gauge,R-1")));
    wizard.back();
    wizard.back();
    wizard.next();
    wizard.next();
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.outcome().added, 1);
    const UseCase stored = UseCaseRepository(*m_db).get(QStringLiteral("UC-S-1")).value();
    QCOMPARE(stored.scenarios.size(), 1);
    QCOMPARE(stored.scenarios[0].steps.size(), 3);
    QCOMPARE(stored.scenarios[0].steps[0].producer, QStringLiteral("Gauge"));
    QCOMPARE(stored.scenarios[0].steps[1].legacy.receiver, QStringLiteral("Radio station"));
    QCOMPARE(stored.scenarios[0].steps[2].requirements, QStringList{QStringLiteral("R-1")});
}

void tst_ExchangeDialogs::wizardRefusesBrokenFileAndChangesNothing()
{
    const QByteArray before = dump(*m_db);
    CsvImportWizard wizard(*m_db, *m_prompts);
    wizard.setFilePath(test::dataPath(QStringLiteral("csv/unterminated-quote-line12.csv")));
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::FilePageId));
    const QString message = wizard.findChild<QLabel *>(QStringLiteral("fileStatusLabel"))->text();
    QVERIFY2(message.contains(QLatin1String("line 12")), qPrintable(message));
    QVERIFY2(message.startsWith(QLatin1String("Nothing was changed: the import did not happen.\n")),
             qPrintable(message));
    QCOMPARE(dump(*m_db), before);

    // JSON of binary bytes: the same first line, and no byte of the file in the words.
    const QString json = path(QStringLiteral("bytes.json"));
    QVERIFY(test::writeAll(json, QByteArray("[{\"title\": \"\x01\x02\xff\xfe\x1b[31m", 20)));
    CsvImportWizard jsonWizard(*m_db, *m_prompts);
    jsonWizard.setFilePath(json);
    jsonWizard.show();
    jsonWizard.next();
    const QString said = jsonWizard.findChild<QLabel *>(QStringLiteral("fileStatusLabel"))->text();
    QVERIFY2(said.startsWith(QLatin1String("Nothing was changed: the import did not happen.\n")),
             qPrintable(said));
    for (const QChar c : said)
        QVERIFY2(c == QLatin1Char('\n') || (c.isPrint() && c != QChar::ReplacementCharacter),
                 qPrintable(said));
    QCOMPARE(dump(*m_db), before);
}

void tst_ExchangeDialogs::wizardPlansChangedRecords()
{
    // A sheet exported from here and edited: the edit is a change made there, taken as it is.
    auto sheet = SpreadsheetExport::useCaseSheet(*m_db, UseCaseRepository(*m_db).allUuids().value());
    QVERIFY(sheet);
    sheet->records[0][int(sheet->header.indexOf(QStringLiteral("summary")))] =
        QStringLiteral("Edited elsewhere");
    const QString file = path(QStringLiteral("edited.csv"));
    QVERIFY(CsvWriter().writeFile(file, sheet->header, sheet->records));
    {
        CsvImportWizard wizard(*m_db, *m_prompts);
        QAbstractItemModelTester planTester(wizard.planModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.setFilePath(file);
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CsvImportWizard::PlanPageId));
        QCOMPARE(wizard.plan().count(RecordStatus::Identical), 9);
        QCOMPARE(wizard.plan().count(RecordStatus::ChangedThere), 1);
        QVERIFY(
            !wizard.findChild<QComboBox *>(QStringLiteral("policyCombo"))->isEnabled()); // nothing to decide
        QCOMPARE(wizard.planModel()->index(0, int(ImportPlanModel::Column::Applied)).data().toString(),
                 QStringLiteral("Updated from the sheet"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.outcome().updated, 1);
        QCOMPARE(UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-001"))->summary,
                 QStringLiteral("Edited elsewhere"));
    }

    // A hand-made sheet does not say what it started from: the policy decides.
    const QString hand = path(QStringLiteral("hand.csv"));
    QVERIFY(test::writeAll(hand, QByteArray("Code;Résumé\r\nUC-EX-002;Typed by hand\r\n")));
    CsvImportWizard wizard(*m_db, *m_prompts);
    QAbstractItemModelTester planTester(wizard.planModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.setFilePath(hand);
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.plan().count(RecordStatus::Conflict), 1);
    auto *policy = wizard.findChild<QComboBox *>(QStringLiteral("policyCombo"));
    QVERIFY(policy->isEnabled());
    const QModelIndex result = wizard.planModel()->index(0, int(ImportPlanModel::Column::Applied));
    QVERIFY(!result.data(ImportPlanModel::AppliedRole).toBool());
    QCOMPARE(result.data().toString(), QStringLiteral("Kept as it is here"));
    policy->setCurrentIndex(policy->findData(int(MergePolicy::TakeTheirs)));
    QVERIFY(result.data(ImportPlanModel::AppliedRole).toBool());
    // A choice for one record wins over the policy.
    wizard.setRecordChoice(0, RecordChoice::KeepMine);
    QVERIFY(!result.data(ImportPlanModel::AppliedRole).toBool());
    wizard.setRecordChoice(0, RecordChoice::KeepBoth);
    QVERIFY(result.data(ImportPlanModel::AppliedRole).toBool());
    QVERIFY(result.data().toString().contains(QLatin1String("copy")));
    wizard.setRecordChoice(0, RecordChoice::Automatic);
    QCOMPARE(result.data().toString(), QStringLiteral("Updated from the sheet"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("planStatusLabel"))
                ->text()
                .contains(QLatin1String("1 use case")));
    // Back and forward again: the choices made stay.
    wizard.setRecordChoice(0, RecordChoice::KeepMine);
    wizard.back();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PlanPageId));
    QCOMPARE(wizard.resolutions().records.value(result.data(ImportPlanModel::KeyRole).toString()).choice,
             RecordChoice::KeepMine);
    wizard.setRecordChoice(0, RecordChoice::Automatic);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.outcome().updated, 1);
    QCOMPARE(UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-002"))->summary,
             QStringLiteral("Typed by hand"));
}

void tst_ExchangeDialogs::windowAndCliShowTheSameSummary()
{
    // One new row, and one that conflicts (a hand-made sheet: no common version) and is kept.
    const QString title = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-002"))->title;
    const QString file = path(QStringLiteral("summary.csv"));
    QVERIFY(test::writeAll(file,
                           QStringLiteral("code,title,summary\r\nUC-EX-002,\"%1\",Typed by hand\r\n"
                                          "UC-NEW-9,Flood sensors,New here\r\n")
                               .arg(title)
                               .toUtf8()));

    // The window: the wizard, answered step by step through the prompts, then the closing message.
    m_prompts->dialogWith([](QDialog &dialog) {
        auto *wizard = qobject_cast<CsvImportWizard *>(&dialog);
        if (!wizard)
            return int(QDialog::Rejected);
        wizard->show();
        for (int step = 0; step < 3 && wizard->currentId() != CsvImportWizard::PlanPageId; ++step)
            wizard->next();
        wizard->button(QWizard::FinishButton)->click();
        return wizard->result();
    });
    test::FixedCatalogue catalogue(*m_db);
    ExchangeActions actions(nullptr, *m_prompts, catalogue);
    QVERIFY(actions.importSpreadsheet(*m_db, file));
    const QStringList messages = m_prompts->texts(test::ScriptedPrompts::Message::Info);
    QCOMPARE(messages.size(), 1);
    const QString shown = messages.first();
    QCOMPARE(shown, QStringLiteral("1 added, 0 updated, 1 unchanged, 1 conflict(s), 0 deleted, 0 restored."));

    // The CLI, on the same repository as it was: the same sentence, and the same counts as JSON.
    const QHash<QString, QString> env{{QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg"))}};
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json")}) {
        const QString db = path(QStringLiteral("cli-%1.sqlite").arg(format));
        QCOMPARE(test::runCli(
                     {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--examples")}, env)
                     .exit,
                 0);
        const test::CliRun r = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--format"), format},
            env);
        QVERIFY2(r.exit == 0, r.err.constData());
        if (format == QLatin1String("text")) {
            // The CLI loads the English plural forms ("1 conflict"); this test's window has no
            // translator, so it shows the source text ("1 conflict(s)").
            const QString inEnglish =
                QString(shown).replace(QLatin1String("1 conflict(s)"), QLatin1String("1 conflict"));
            QVERIFY2(r.outText().contains(QLatin1String(": ") + inEnglish), r.out.constData());
        } else {
            ImportSummary expected;
            expected.added = 1;
            expected.unchanged = 1;
            expected.conflicts = 1;
            QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("summary")).toObject(),
                     expected.toJson());
        }
    }
}

void tst_ExchangeDialogs::wizardShowsPlanWarnings()
{
    // A JSON file naming a stored attachment as a program: the plan's warning is on the last page,
    // as plain text (the title comes from the file).
    const QByteArray bytes("MZ\x90\x00 not really a program");
    auto hash = AttachmentStore(*m_db).put(bytes);
    QVERIFY(hash);
    const QJsonObject attachment{{QStringLiteral("sha256"), *hash},
                                 {QStringLiteral("file_name"), QStringLiteral("setup.exe")},
                                 {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
                                 {QStringLiteral("size"), double(bytes.size())}};
    const QJsonObject record{{QStringLiteral("title"), QStringLiteral("<b>x</b> installer")},
                             {QStringLiteral("attachments"), QJsonArray{attachment}}};
    const QString file = path(QStringLiteral("installer.json"));
    QVERIFY(test::writeAll(file, QJsonDocument(QJsonArray{record}).toJson()));
    CsvImportWizard wizard(*m_db, *m_prompts);
    wizard.setFilePath(file);
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PlanPageId));
    QCOMPARE(wizard.plan().plan.warnings.size(), 1);
    auto *warnings = wizard.findChild<QLabel *>(QStringLiteral("planWarningsLabel"));
    QVERIFY(warnings && warnings->isVisible());
    QCOMPARE(warnings->textFormat(), Qt::PlainText);
    QVERIFY2(warnings->text().contains(QLatin1String("\"setup.exe\" of \"<b>x</b> installer\"")),
             qPrintable(warnings->text()));
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_ExchangeDialogs::exportDialogWritesSelection()
{
    UseCaseRepository repo(*m_db);
    const QStringList selected{repo.get(QStringLiteral("UC-EX-002"))->uuid,
                               repo.get(QStringLiteral("UC-EX-005"))->uuid};
    ExportDialog dialog(*m_db, *m_prompts, selected, QStringLiteral("solar"));
    dialog.show();
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("selectedRadio"))->isChecked());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportCountLabel"))
                ->text()
                .startsWith(QLatin1String("2 use")));
    const QString csv = path(QStringLiteral("two.csv"));
    dialog.setFilePath(csv);
    QTest::mouseClick(dialog.findChild<QAbstractButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.written(), 2);
    QCOMPARE(test::readAll(csv).count("\r\n"), 3);

    // JSON of all, the extension follows the kind; an existing file is replaced only when confirmed.
    ExportDialog json(*m_db, *m_prompts, {}, {});
    json.show();
    QVERIFY(!json.findChild<QRadioButton *>(QStringLiteral("selectedRadio"))->isEnabled());
    QVERIFY(json.findChild<QRadioButton *>(QStringLiteral("allRadio"))->isChecked());
    json.setFilePath(csv);
    json.findChild<QRadioButton *>(QStringLiteral("jsonRadio"))->setChecked(true);
    QCOMPARE(json.filePath(), path(QStringLiteral("two.json")));
    QVERIFY(!json.findChild<QComboBox *>(QStringLiteral("separatorCombo"))->isEnabled());
    QVERIFY(json.exportNow());
    QCOMPARE(QJsonDocument::fromJson(test::readAll(path(QStringLiteral("two.json")))).array().size(), 10);

    ExportDialog scores(*m_db, *m_prompts, {}, QStringLiteral("solar"));
    QVERIFY(scores.findChild<QRadioButton *>(QStringLiteral("searchRadio"))->isChecked());
    scores.findChild<QRadioButton *>(QStringLiteral("scoresCsvRadio"))->setChecked(true);
    scores.setFilePath(csv);
    m_prompts->confirmWith(false);
    QVERIFY(!scores.exportNow());
    QCOMPARE(m_prompts->pending(), 0);
    QCOMPARE(test::readAll(csv).count("\r\n"), 3); // untouched
    m_prompts->confirmWith(true);
    QVERIFY(scores.exportNow());
    QVERIFY(test::readAll(csv).contains("row_type,"));
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_ExchangeDialogs::exportDialogLeavesRestrictedOut()
{
    UseCaseRepository repo(*m_db);
    UseCase secret = repo.get(QStringLiteral("UC-EX-002")).value();
    secret.sharingLevel = QStringLiteral("restricted");
    QVERIFY(repo.update(secret));
    const QStringList selected{repo.get(QStringLiteral("UC-EX-001"))->uuid, secret.uuid};

    // Through the window's action: the dialog as it opens (unchecked), then the summary.
    const QString csv = path(QStringLiteral("selected.csv"));
    m_prompts->dialogWith([&](QDialog &d) {
        auto &dialog = static_cast<ExportDialog &>(d);
        auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeRestrictedCheckBox"));
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("exportCountLabel"));
        if (!include || !count || include->isChecked() || dialog.selection().includeRestricted)
            return int(QDialog::Rejected);
        const QString expected =
            QStringLiteral("1 use case(s) will be exported. 1 restricted use case(s) left "
                           "out; check “Include restricted use cases” to export them.");
        if (count->text() != expected) {
            qWarning("%s", qPrintable(count->text()));
            return int(QDialog::Rejected);
        }
        dialog.setFilePath(csv);
        return dialog.exportNow() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    QWidget parent;
    test::FixedCatalogue catalogue(*m_db);
    ExchangeActions actions(&parent, *m_prompts, catalogue);
    QVERIFY(actions.exportSpreadsheet(*m_db, selected, {}));
    QCOMPARE(m_prompts->pending(), 0);
    QByteArray bytes = test::readAll(csv);
    QVERIFY(bytes.contains("UC-EX-001"));
    QVERIFY(!bytes.contains("UC-EX-002"));
    const QStringList infos = m_prompts->texts(test::ScriptedPrompts::Message::Info);
    QCOMPARE(infos.size(), 1);
    QVERIFY2(infos.first().contains(QLatin1String("1 restricted use case(s) were left out")),
             qPrintable(infos.first()));

    // Checked by the member: the restricted one is written too.
    ExportDialog dialog(*m_db, *m_prompts, selected, {});
    auto *include = dialog.findChild<QCheckBox *>(QStringLiteral("includeRestrictedCheckBox"));
    QVERIFY(include);
    QTest::mouseClick(include, Qt::LeftButton);
    QVERIFY(dialog.selection().includeRestricted);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("exportCountLabel"))->text(),
             QStringLiteral("2 use case(s) will be exported."));
    dialog.setFilePath(path(QStringLiteral("with-restricted.csv")));
    QVERIFY(dialog.exportNow());
    QCOMPARE(dialog.written(), 2);
    QVERIFY(dialog.restrictedLeftOut().isEmpty());
    QVERIFY(test::readAll(path(QStringLiteral("with-restricted.csv"))).contains("UC-EX-002"));
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_ExchangeDialogs::screenshots()
{
    if (qEnvironmentVariableIsEmpty("CASEBOOK_SCREENSHOT_DIR"))
        QSKIP("Set CASEBOOK_SCREENSHOT_DIR to write screenshots of the wizard and the dialog.");
    const QString sheet = path(QStringLiteral("members.csv"));
    QVERIFY(test::writeAll(sheet,
                           QByteArray("Code;Titre;Secteur;Budget;Pays;Étape\r\n"
                                      "UC-EX-001;SmartSantander;Smart city;12;ES;pilot\r\n"
                                      "BR-1;Bus rapides;transportation;3;SN;operational\r\n"
                                      "BR-2;عدادات المياه الذكية;water;1;JO;Piloting\r\n")));
    for (const bool rtl : {false, true}) {
        QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        const QString suffix = rtl ? QStringLiteral("-rtl.png") : QStringLiteral(".png");
        CsvImportWizard wizard(*m_db, *m_prompts);
        wizard.setFilePath(sheet);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        grabTo(&wizard, QStringLiteral("import-1-file") + suffix);
        wizard.next();
        grabTo(&wizard, QStringLiteral("import-2-mapping") + suffix);
        wizard.mappingModel()->choose(3, ColumnMappingModel::leaveOutKey());
        wizard.next();
        grabTo(&wizard, QStringLiteral("import-3-preview") + suffix);
        wizard.findChild<QCheckBox *>(QStringLiteral("acceptSuggestionsCheckBox"))->setChecked(true);
        grabTo(&wizard, QStringLiteral("import-3-preview-accepted") + suffix);
        wizard.next();
        grabTo(&wizard, QStringLiteral("import-4-plan") + suffix);
        ExportDialog dialog(*m_db, *m_prompts, {UseCaseRepository(*m_db).allUuids()->first()},
                            QStringLiteral("solar"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        grabTo(&dialog, QStringLiteral("export-dialog") + suffix);
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(tst_ExchangeDialogs)
#include "tst_ExchangeDialogs.moc"
