#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"
#include "editor/AttachmentListModel.h"
#include "editor/ChildTableModel.h"
#include "editor/StringListEditor.h"
#include "editor/UseCaseEditor.h"
#include "editor/ValueListModel.h"
#include "editor/VocabularyCheckModel.h"
#include "model/UseCaseJson.h"
#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "support/Clock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;
using casebook::ui::ChildTableModel;
using casebook::ui::UseCaseEditor;

namespace {

QDateTime at(const char *iso)
{
    return fromIsoUtc(QString::fromLatin1(iso));
}

/// A record with every field set, in several scripts, with a 100 KB description.
ScenarioStep step(const QString &number, const QString &producer, const QString &receiver,
                  const QString &description, const QString &information)
{
    ScenarioStep s;
    s.number = number;
    s.event = QStringLiteral("Timer of %1").arg(number);
    s.name = QStringLiteral("Activity %1").arg(number);
    s.service = QStringLiteral("REPORT");
    s.requirements = {QStringLiteral("R-1")};
    s.producer = producer;
    s.receiver = receiver;
    s.description = description;
    s.information = {information};
    return s;
}

UseCase fullRecord()
{
    UseCase u;
    u.uuid = QStringLiteral("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    u.code = QStringLiteral("UC-2026-014");
    u.title = QStringLiteral("إدارة المياه الذكية في القاهرة · 智慧水务 · 💧 smart water");
    u.version = QStringLiteral("1.2");
    u.approvalStatus = QStringLiteral("for_comment");
    u.sourceOrganization = QStringLiteral("الهيئة العامة لمياه الشرب");
    u.submitters = {{QStringLiteral("أحمد علي"), QStringLiteral("ITU-T SG20"),
                     QStringLiteral("ahmed@example.org"), QStringLiteral("Rapporteur")},
                    {QStringLiteral("王芳"), QStringLiteral("CAICT"), QStringLiteral("wang@example.cn"),
                     QStringLiteral("编辑")}};
    u.sourceDocuments = {{QStringLiteral("SG20-C-123"), QStringLiteral("Geneva, 2026-03"),
                          QStringLiteral("https://www.itu.int/md/T22-SG20-C-0123/en"),
                          QStringLiteral("Contribution")},
                         {QStringLiteral("urn:x"), {}, QStringLiteral("urn:itu:t:sg20:c:124"), {}}};
    u.createdAt = at("2026-04-01T09:00:00.000Z");
    u.modifiedAt = at("2026-05-01T14:02:00.000Z");
    u.modifiedBy = QStringLiteral("Ana");
    u.revision = 3;
    u.sharingLevel = QStringLiteral("group");
    u.licence = QStringLiteral("CC BY 4.0");
    u.language = QStringLiteral("ar");
    u.verticals = {QStringLiteral("water"), QStringLiteral("agriculture")}; // not in vocabulary order
    u.sdgs = {11, 6};
    u.u4sscKpis = {QStringLiteral("EN/EH/WS/1C"), QStringLiteral("EC/ICT/ICT/1C")};
    u.countries = {QStringLiteral("EG"), QStringLiteral("CN")};
    u.regions = {QStringLiteral("Arab States"), QStringLiteral("Asia and the Pacific")};
    u.developmentContexts = {{QStringLiteral("CN"), QStringLiteral("transition")},
                             {QStringLiteral("EG"), QStringLiteral("developing")}}; // not in country order
    u.ituQuestions = {QStringLiteral("Q2/20"), QStringLiteral("Q7/20")};
    u.relatedRecommendations = {QStringLiteral("ITU-T Y.4500.1"), QStringLiteral("Y.Sup.WL (work item)")};
    u.relation = QStringLiteral("national");
    u.deploymentStage = QStringLiteral("pilot");
    u.tags = {QStringLiteral("water"), QStringLiteral("sdo/oneM2M")};
    u.related = {{QStringLiteral("0e6b9a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"), QStringLiteral("extends")}};
    u.summary = QStringLiteral("أجهزة استشعار لمستوى المياه ترسل البيانات عبر LoRaWAN.\n水位传感器。 🌊");
    QString description;
    const QString paragraph =
        QStringLiteral("نص عربي طويل 中文长文本 with emoji 🚰 and a\u00a0no-break space.\r\n");
    while (description.size() < 100 * 1024)
        description += paragraph;
    u.description = description;
    u.objectives = QStringLiteral("Reduce non-revenue water by 20 %.");
    u.problem = QStringLiteral("No shared data model for water-level readings.");
    u.benefits = QStringLiteral("Fewer floods; 更少的洪水.");
    u.scope = QStringLiteral("The drinking-water network of Cairo;\nnot waste water. 仅限饮用水。");
    u.assumptions = {QStringLiteral("Sensors are calibrated monthly"), QStringLiteral("تغطية الشبكة")};
    u.prerequisites = {QStringLiteral("A LoRaWAN network server is in place")};
    u.requirements = {
        {QStringLiteral("R-1"), QStringLiteral("performance"),
         QStringLiteral("A reading reaches the platform within 15 minutes")},
        {QStringLiteral("R-7"), QStringLiteral("security"), QStringLiteral("Readings are signed")}};
    u.actors = {
        {QStringLiteral("Operator"), QStringLiteral("organization"), QStringLiteral("Runs the network")},
        {QStringLiteral("Sensor"), QStringLiteral("device"), QStringLiteral("Measures level\nevery 5 min")},
        {QStringLiteral("Gateway"), QStringLiteral("device"), {}},
        {QStringLiteral("Platform"), QStringLiteral("system"), {}}};
    ScenarioStep fromOldRecord =
        step(QStringLiteral("3"), {}, QStringLiteral("Operator"), QStringLiteral("logs"), {});
    fromOldRecord.information.clear();
    fromOldRecord.legacy = {QStringLiteral("the control room"), {}, QStringLiteral("hourly log")};
    u.scenarios = {{QStringLiteral("Normal reading"),
                    QStringLiteral("Every five minutes"),
                    QStringLiteral("Sensor"),
                    QStringLiteral("The five-minute timer"),
                    QStringLiteral("The sensor is registered"),
                    QStringLiteral("The reading is stored\nand shown"),
                    {step(QStringLiteral("1"), QStringLiteral("Sensor"), QStringLiteral("Gateway"),
                          QStringLiteral("sends"), QStringLiteral("I-1")),
                     step(QStringLiteral("2"), QStringLiteral("Gateway"), QStringLiteral("Platform"),
                          QStringLiteral("forwards"), QStringLiteral("I-1")),
                     fromOldRecord}},
                   {QStringLiteral("Flood alert"),
                    QStringLiteral("تنبيه"),
                    {},
                    {},
                    {},
                    {},
                    {step(QStringLiteral("1"), QStringLiteral("Platform"), QStringLiteral("Operator"),
                          QStringLiteral("alerts"), QStringLiteral("I-2"))}}};
    u.informationExchanged = {{QStringLiteral("I-1"),
                               QStringLiteral("Water level"),
                               QStringLiteral("SAREF4WATR"),
                               QStringLiteral("cm"),
                               {QStringLiteral("R-1"), QStringLiteral("R-7")}},
                              {QStringLiteral("I-2"), QStringLiteral("Alarm"), {}, {}, {}}};
    u.standards = {
        {QStringLiteral("LoRaWAN 1.0.4"), QStringLiteral("LoRa Alliance"), QStringLiteral("1.0.4"),
         QStringLiteral("transport"), true, QStringLiteral("Certified devices")},
        {QStringLiteral("oneM2M TS-0001"),
         QStringLiteral("A body not in the list"),
         {},
         QStringLiteral("syntactic"),
         std::nullopt,
         {}},
        {QStringLiteral("NGSI-LD"), QStringLiteral("ETSI"), {}, QStringLiteral("semantic"), false, {}}};
    u.interfaces = {{QStringLiteral("Gateway"), QStringLiteral("Platform"), QStringLiteral("MQTT"), true,
                     QStringLiteral("uplink")},
                    {QStringLiteral("Platform"), QStringLiteral("App"), {}, std::nullopt, {}}};
    u.platforms = {QStringLiteral("FIWARE Context Broker")};
    u.connectivity = {QStringLiteral("LoRaWAN"), QStringLiteral("Mioty (free entry)")};
    u.identifierSchemes = {
        {QStringLiteral("DevEUI"), QStringLiteral("devices"), true, false, QStringLiteral("EUI-64")},
        {QStringLiteral("URN"), QStringLiteral("data"), std::nullopt, true, {}}};
    u.onboarding = {QStringLiteral("LwM2M bootstrap"), QStringLiteral("QR code on the box")};
    u.security = QStringLiteral("AES-128 at the LoRaWAN layer.");
    u.securityBaselines = {QStringLiteral("ETSI EN 303 645")};
    u.dataGovernance = QStringLiteral("Data owned by the utility; shared under an agreement.");
    u.kpis = {{QStringLiteral("Non-revenue water"),
               QStringLiteral("%"),
               QStringLiteral("35"),
               QStringLiteral("28"),
               QStringLiteral("30"),
               QStringLiteral("Utility"),
               QStringLiteral("measured"),
               QStringLiteral("EN/EH/WS/1C"),
               {{QStringLiteral("2023"), QStringLiteral("35")},
                {QStringLiteral("2024-06"), QStringLiteral("31")},
                {QStringLiteral("2025-03-31"), QStringLiteral("30 (provisional)")}}},
              {QStringLiteral("Response time"), QStringLiteral("min"), {}, {}, {}, {}, {}, {}, {}}};
    u.lessonsLearned = QStringLiteral("Gateways need power backup.");
    u.replicableComponents = QStringLiteral("The data model and the dashboard.");
    u.gaps = {{QStringLiteral("No shared model for water-level readings"), QStringLiteral("semantic"),
               QStringLiteral("oneM2M"), QStringLiteral("Q2/20"), QStringLiteral("high"),
               QStringLiteral("identified")}};
    u.attachments = {{QStringLiteral("a3f1c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"),
                      QStringLiteral("تقرير.pdf"), QStringLiteral("application/pdf"), 123456,
                      QStringLiteral("Report"), at("2026-04-02T10:00:00.000Z")}};
    u.extra = QJsonObject{{QStringLiteral("future_field"), QStringLiteral("kept")}};
    return u;
}

QByteArray json(const UseCase &u)
{
    return QJsonDocument(UseCaseJson::toJson(u)).toJson(QJsonDocument::Indented);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

ChildTableModel *tableModel(QWidget *editor, const char *tableName)
{
    auto *view = child<QTableView>(editor, tableName);
    return view ? qobject_cast<ChildTableModel *>(view->model()) : nullptr;
}

/// Opens the cell's editor in `table` as a double click would; the editor widget, or nullptr.
template<typename T> T *openCell(QWidget *editor, const char *table, int row, const QString &key)
{
    auto *view = child<QTableView>(editor, table);
    auto *tabs = child<QTabWidget>(editor, "editorTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(view))
            tabs->setCurrentIndex(i);
    }
    auto *model = qobject_cast<ChildTableModel *>(view->model());
    const QModelIndex index = model->index(row, model->columnOf(key));
    view->setCurrentIndex(index);
    view->edit(index);
    return view->findChild<T *>(key + QLatin1String(std::is_same_v<T, QComboBox> ? "CellCombo" : "CellList"));
}

/// Enter in a cell's editor: the view commits the data and closes the editor (queued, in Qt 6).
bool commit(QWidget *cellEditor)
{
    QPointer<QWidget> open(cellEditor);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    return QTest::qWaitFor([&] { return open.isNull(); }, 2000);
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out.append(combo->itemText(i));
    return out;
}

} // namespace

class tst_UseCaseEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fullRecordReadsBackUnchanged();
    void fullyFilledEditorIsAcceptedByJson();
    void singleLineFieldsRefuseControls();
    void newRecordShowsEmptyStates();
    void editsByKeyboard();
    void childRowsAddReorderRemove();
    void scenarioStepsFollowTheirScenario();
    void iecFieldsShowAndReadBack();
    void stepReferencesOfferOnlyTheRecord();
    void pickingAnActorClearsTheOldText();
    void renamingAnActorFollowsIntoScenarios();
    void removedActorIsFlagged();
    void newRowsGetTheNextIdOrNumber();
    void kpiMeasurementsOverTime();
    void contextsFollowTheCountries();
    void countriesWithCompletion();
    void validationShowsErrorsAndMarkers();
    void readOnlyStopsEditing();
    void headerAndPlainText();
    void attachmentsThroughTheStore();
    void noStoreDisablesAttachments();
    void duplicateHasNewIdentity();
    void everyInteractiveWidgetIsNamedAndLabelled();
    void tabOrderFollowsTheForm();
    void rightToLeftMirrors();
    void childTableModelUnderTester();
    void listModelsUnderTester();
    void attachmentModelUnderTester();
    void screenshots();

private:
    QTemporaryDir m_dir;
    test::ScriptedPrompts m_prompts; ///< no question is expected outside the attachment tests
    test::ScriptedDesktop m_desktop;
};

void tst_UseCaseEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(UseCaseJson::fromJson(UseCaseJson::toJson(fullRecord())).ok());
}

void tst_UseCaseEditor::init()
{
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_UseCaseEditor::fullRecordReadsBackUnchanged()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    // Every model in the editor is watched by the tester while a record is loaded and read.
    QList<QAbstractItemModelTester *> testers;
    const auto models = editor.findChildren<QAbstractItemModel *>();
    for (QAbstractItemModel *m : models)
        testers.append(
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, &editor));
    QVERIFY(testers.size() >= 15);

    QSignalSpy modified(&editor, &UseCaseEditor::modifiedChanged);
    QSignalSpy edited(&editor, &UseCaseEditor::edited);
    const UseCase full = fullRecord();
    editor.setUseCase(full);
    QCOMPARE(json(editor.useCase()), json(full));
    QVERIFY(editor.useCase().sameContent(full));
    QCOMPARE(editor.useCase().tags, full.tags);
    QCOMPARE(editor.useCase().extra, full.extra);
    QCOMPARE(editor.useCase().description.size(), full.description.size());
    QVERIFY(!editor.isModified());
    QCOMPARE(modified.count(), 0);
    QCOMPARE(edited.count(), 0);
    QVERIFY2(editor.validationErrors().isEmpty(),
             qPrintable(editor.validationErrors().join(QLatin1Char('\n'))));

    // The widgets show it: title, the vocabulary pickers, the child tables.
    QCOMPARE(child<QLineEdit>(&editor, "titleEdit")->text(), full.title);
    auto *verticals =
        qobject_cast<ui::VocabularyCheckModel *>(child<QListView>(&editor, "verticalsList")->model());
    QVERIFY(verticals->isChecked(QStringLiteral("water")));
    auto *sdgs = child<QListView>(&editor, "sdgsList")->model();
    QCOMPARE(sdgs->index(10, 0).data().toString(), QStringLiteral("11 Sustainable cities and communities"));
    QCOMPARE(sdgs->index(10, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(tableModel(&editor, "actorsTable")->rowCount(), 4);
    QCOMPARE(tableModel(&editor, "standardsTable")->index(0, 4).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(tableModel(&editor, "standardsTable")->index(1, 4).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(child<QComboBox>(&editor, "deploymentStageCombo")->currentData().toString(),
             QStringLiteral("pilot"));

    // Loading another record and back is loss-free too, and resets the modified state.
    child<QLineEdit>(&editor, "titleEdit")->setText(QStringLiteral("changed"));
    QVERIFY(editor.isModified());
    editor.setUseCase(UseCase());
    QVERIFY(!editor.isModified());
    editor.setUseCase(full);
    QCOMPARE(json(editor.useCase()), json(full));
}

void tst_UseCaseEditor::singleLineFieldsRefuseControls()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.show();
    UseCase u = fullRecord();
    editor.setUseCase(u);
    auto *title = child<QLineEdit>(&editor, "titleEdit");
    const QString before = title->text();
    // Typed or pasted, a line break or a bidi override never gets into a single-line field.
    title->end(false);
    for (const QString &hostile : {QStringLiteral("\u202Egnp.exe"), QStringLiteral("\nUC-EX-001 fake"),
                                   QStringLiteral("\u0085x"), QStringLiteral("\u2066x\u2069")}) {
        title->insert(hostile); // what typing and pasting do
        QVERIFY(UseCaseJson::hasAllowedCharacters(title->text()));
        QVERIFY2(UseCaseValidator::isSingleLine(title->text()), qPrintable(title->text()));
    }
    QVERIFY(title->text().startsWith(before));
    // A record that already holds one (loaded from an old database) is shown with the problem and
    // cannot be saved; so is a bad value in a list or a scenario step the form has no marker for.
    u.title = QStringLiteral("Invoice \u202Egnp.exe");
    u.countries = {QStringLiteral("KE"), QStringLiteral("XX")};
    editor.setUseCase(u);
    const QString errors = editor.validationErrors().join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QLatin1String("Title: must be one line without control characters")),
             qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("Countries 2: 'XX' is not a known ISO 3166 country code")),
             qPrintable(errors));
}

void tst_UseCaseEditor::fullyFilledEditorIsAcceptedByJson()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(fullRecord());
    // Edit through the widgets as a person would, then the editor's verdict must agree with the
    // JSON form's: anything the editor accepts, UseCaseJson::fromJson(toJson(useCase())) accepts.
    child<QLineEdit>(&editor, "titleEdit")->setText(QStringLiteral("  Titre modifié 🎉  "));
    child<QPlainTextEdit>(&editor, "summaryEdit")->setPlainText(QStringLiteral("Résumé\nligne deux"));
    child<QLineEdit>(&editor, "codeEdit")->setText(QStringLiteral(" UC-2026-099 "));
    child<QComboBox>(&editor, "sharingLevelCombo")->setCurrentIndex(0);
    auto *actors = tableModel(&editor, "actorsTable");
    actors->insertRows(4, 1);
    actors->setData(actors->index(4, 0), QStringLiteral("Citizen"));
    actors->setData(actors->index(4, 1), QStringLiteral("person"));
    auto *standards = tableModel(&editor, "standardsTable");
    standards->setData(standards->index(0, 4), Qt::PartiallyChecked, Qt::CheckStateRole);
    QVERIFY2(editor.validationErrors().isEmpty(),
             qPrintable(editor.validationErrors().join(QLatin1Char('\n'))));
    const auto parsed = UseCaseJson::fromJson(UseCaseJson::toJson(editor.useCase()));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->actors.size(), 5);
    QCOMPARE(parsed->standards.first().conformanceTested, std::nullopt);
    QCOMPARE(parsed->code, QStringLiteral("UC-2026-099"));

    // And each rule it refuses, it refuses for the reason the JSON form would.
    const auto refusedByBoth = [&editor](const char *what) {
        QVERIFY2(!editor.validationErrors().isEmpty(), what);
        QVERIFY2(!UseCaseJson::fromJson(UseCaseJson::toJson(editor.useCase())).ok(), what);
    };
    // Single-line fields take their limits from the core: more cannot be typed.
    for (const auto &[name, limit] : {std::pair{"titleEdit", UseCaseLimits::kTitleChars},
                                      std::pair{"versionEdit", UseCaseLimits::kCodeChars},
                                      std::pair{"codeEdit", UseCaseLimits::kCodeChars},
                                      std::pair{"languageEdit", UseCaseLimits::kLanguageChars}}) {
        auto *edit = child<QLineEdit>(&editor, name);
        QCOMPARE(edit->maxLength(), limit);
        edit->setText(QString(limit + 1, QLatin1Char('x')));
        QCOMPARE(edit->text().size(), limit);
    }
    child<QLineEdit>(&editor, "titleEdit")->setText(QStringLiteral("ok"));
    child<QLineEdit>(&editor, "versionEdit")->setText(QStringLiteral("1"));
    child<QLineEdit>(&editor, "codeEdit")->setText(QStringLiteral("UC-2026-099"));
    child<QLineEdit>(&editor, "languageEdit")->setText(QStringLiteral("en"));
    child<QPlainTextEdit>(&editor, "summaryEdit")->setPlainText(QString(20001, QLatin1Char('s')));
    refusedByBoth("summary over 20,000 characters");
    child<QPlainTextEdit>(&editor, "summaryEdit")->setPlainText(QStringLiteral("ok"));
    auto *related = tableModel(&editor, "relatedTable");
    related->setData(related->index(0, 0), QStringLiteral("not-a-uuid"));
    refusedByBoth("related use case without a UUID");
    related->setData(related->index(0, 0), QStringLiteral("0e6b9a8c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"));
    auto *kpis = tableModel(&editor, "kpisTable");
    kpis->setData(kpis->index(0, 7), QString(65, QLatin1Char('K')));
    refusedByBoth("U4SSC code of 65 characters");
    kpis->setData(kpis->index(0, 7), QStringLiteral("EN/1"));
    QVERIFY(editor.validationErrors().isEmpty());
}

void tst_UseCaseEditor::newRecordShowsEmptyStates()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.headerText().contains(QLatin1String("New use case")));
    auto *tabs = child<QTabWidget>(&editor, "editorTabs");
    tabs->setCurrentIndex(2);
    auto *empty = child<QLabel>(&editor, "actorsTableEmptyLabel");
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("No actors yet")));
    QVERIFY(!child<QWidget>(&editor, "stepsTableEditor")->isEnabled()); // no scenario to show steps of
    // A new, empty record cannot be saved: the title is required. The marker waits for an edit.
    QVERIFY(child<QLabel>(&editor, "titleEditErrorLabel")->isHidden());
    QVERIFY(editor.validationErrors().join(QLatin1Char(' ')).contains(QLatin1String("Title: is required")));
}

void tst_UseCaseEditor::editsByKeyboard()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    UseCase start;
    start.title = QStringLiteral("Draft");
    editor.setUseCase(start);
    QSignalSpy modified(&editor, &UseCaseEditor::modifiedChanged);
    QSignalSpy edited(&editor, &UseCaseEditor::edited);

    // Alt+T is the title's mnemonic; type a new title.
    QTest::keyClick(&editor, Qt::Key_T, Qt::AltModifier);
    auto *title = child<QLineEdit>(&editor, "titleEdit");
    QTRY_VERIFY(title->hasFocus());
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Smart parking"));
    QCOMPARE(editor.useCase().title, QStringLiteral("Smart parking"));
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.first().first().toBool(), true);
    QVERIFY(edited.count() >= 13);

    // Alt+2 goes to Classification; check a vertical and an SDG with the space bar.
    QTest::keyClick(&editor, Qt::Key_2, Qt::AltModifier);
    auto *tabs = child<QTabWidget>(&editor, "editorTabs");
    QCOMPARE(tabs->currentIndex(), 1);
    auto *verticals = child<QListView>(&editor, "verticalsList");
    verticals->setFocus();
    const int water = int(Vocabularies::instance().verticals().ids().indexOf(QStringLiteral("water")));
    verticals->setCurrentIndex(verticals->model()->index(water, 0));
    QTest::keyClick(verticals, Qt::Key_Space);
    auto *sdgs = child<QListView>(&editor, "sdgsList");
    QTest::keyClick(&editor, Qt::Key_D, Qt::AltModifier); // S&DGs
    QTRY_VERIFY(sdgs->hasFocus());
    sdgs->setCurrentIndex(sdgs->model()->index(10, 0));
    QTest::keyClick(sdgs, Qt::Key_Space);
    QCOMPARE(editor.useCase().verticals, QStringList{QStringLiteral("water")});
    QCOMPARE(editor.useCase().sdgs, QList<int>{11});
    QTest::keyClick(sdgs, Qt::Key_Space); // and off again
    QVERIFY(editor.useCase().sdgs.isEmpty());

    // Connectivity accepts an entry that is not in the list.
    tabs->setCurrentIndex(3);
    auto *other = child<QLineEdit>(&editor, "connectivityOtherEdit");
    other->setFocus();
    QTest::keyClicks(other, QStringLiteral("Mioty"));
    QTest::keyClick(other, Qt::Key_Return);
    QTest::keyClicks(other, QStringLiteral("lorawan")); // a listed one, typed loosely, is ticked
    QTest::keyClick(other, Qt::Key_Return);
    QCOMPARE(editor.useCase().connectivity,
             (QStringList{QStringLiteral("Mioty"), QStringLiteral("LoRaWAN")}));

    // Saving is the window's business; it calls setModified(false).
    editor.setModified(false);
    QCOMPARE(modified.last().first().toBool(), false);
    QVERIFY(!editor.isModified());
}

void tst_UseCaseEditor::childRowsAddReorderRemove()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    UseCase start;
    start.title = QStringLiteral("Actors");
    editor.setUseCase(start);
    QSignalSpy modified(&editor, &UseCaseEditor::modifiedChanged);
    child<QTabWidget>(&editor, "editorTabs")->setCurrentIndex(2);
    auto *view = child<QTableView>(&editor, "actorsTable");
    auto *model = tableModel(&editor, "actorsTable");

    // Insert adds a row and opens its first cell; type, Tab to the type combo, pick, Enter.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != view);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ana"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    combo->setCurrentIndex(combo->findData(QStringLiteral("person")));
    QTest::keyClick(combo, Qt::Key_Return);
    // The delegate commits a combo box on Return through a queued call.
    QTRY_COMPARE(editor.useCase().actors.first().type, QStringLiteral("person"));
    QCOMPARE(editor.useCase().actors.size(), 1);
    QCOMPARE(editor.useCase().actors.first().name, QStringLiteral("Ana"));
    QCOMPARE(modified.count(), 1);

    // The add button adds after the current row; Alt+Up moves it above; Delete removes.
    QTRY_VERIFY(view->hasFocus());
    QTest::mouseClick(child<QPushButton>(&editor, "addActorButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2);
    QTRY_VERIFY(QApplication::focusWidget() != view);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bob"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor.useCase().actors.at(0).name, QStringLiteral("Bob"));
    QCOMPARE(editor.useCase().actors.at(1).name, QStringLiteral("Ana"));
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(editor.useCase().actors.at(1).name, QStringLiteral("Bob"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(editor.useCase().actors.size(), 1);
    QCOMPARE(editor.useCase().actors.first().name, QStringLiteral("Ana"));

    // A long-text cell opens a multi-line editor: Return starts a new line, Tab commits.
    view->setCurrentIndex(model->index(0, 2));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
    QWidget *roleEditor = QApplication::focusWidget();
    QTest::keyClicks(roleEditor, QStringLiteral("Drives"));
    QTest::keyClick(roleEditor, Qt::Key_Return);
    QTest::keyClicks(roleEditor, QStringLiteral("the car"));
    QTest::keyClick(roleEditor, Qt::Key_Tab);
    QTRY_COMPARE(editor.useCase().actors.first().role, QStringLiteral("Drives\nthe car"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Drives…"));

    // Tri-state cells: Space cycles no → unknown → yes (standards' "conformance tested").
    child<QTabWidget>(&editor, "editorTabs")->setCurrentIndex(3);
    auto *standardsView = child<QTableView>(&editor, "standardsTable");
    auto *standards = tableModel(&editor, "standardsTable");
    standardsView->setFocus();
    QTest::keyClick(standardsView, Qt::Key_Insert);
    QTRY_VERIFY(QApplication::focusWidget() != standardsView);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("oneM2M TS-0001"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(standardsView->hasFocus());
    QCOMPARE(editor.useCase().standards.first().conformanceTested, std::nullopt);
    standardsView->setCurrentIndex(standards->index(0, 4));
    QTest::keyClick(standardsView, Qt::Key_Space);
    QCOMPARE(editor.useCase().standards.first().conformanceTested, std::optional<bool>(true));
    QTest::keyClick(standardsView, Qt::Key_Space);
    QCOMPARE(editor.useCase().standards.first().conformanceTested, std::optional<bool>(false));
}

void tst_UseCaseEditor::scenarioStepsFollowTheirScenario()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    const UseCase full = fullRecord();
    editor.setUseCase(full);
    auto *scenarios = child<QTableView>(&editor, "scenariosTable");
    auto *steps = tableModel(&editor, "stepsTable");
    QCOMPARE(steps->rowCount(), 3); // the first scenario is selected on load
    scenarios->setCurrentIndex(scenarios->model()->index(1, 0));
    QCOMPARE(steps->rowCount(), 1);
    QCOMPARE(steps->text(0, QStringLiteral("description")), QStringLiteral("alerts"));

    // A step added to the second scenario lands there, and nowhere else.
    auto *stepsView = child<QTableView>(&editor, "stepsTable");
    stepsView->setCurrentIndex(steps->index(0, 0));
    QTest::mouseClick(child<QPushButton>(&editor, "addStepButton"), Qt::LeftButton);
    QCOMPARE(steps->text(1, QStringLiteral("number")), QStringLiteral("2")); // the next number
    steps->setData(steps->index(1, steps->columnOf(QStringLiteral("description"))),
                   QStringLiteral("acknowledges"));
    QCOMPARE(editor.useCase().scenarios.at(1).steps.size(), 2);
    QCOMPARE(editor.useCase().scenarios.at(1).steps.at(1).description, QStringLiteral("acknowledges"));
    QCOMPARE(editor.useCase().scenarios.at(0).steps, full.scenarios.at(0).steps);

    // Moving the scenario up takes its steps along.
    QTest::mouseClick(child<QPushButton>(&editor, "moveScenarioUpButton"), Qt::LeftButton);
    QCOMPARE(editor.useCase().scenarios.at(0).name, QStringLiteral("Flood alert"));
    QCOMPARE(editor.useCase().scenarios.at(0).steps.size(), 2);
    QCOMPARE(steps->rowCount(), 2);
    QCOMPARE(editor.useCase().scenarios.at(1).steps, full.scenarios.at(0).steps);
    QVERIFY(editor.isModified());
}

void tst_UseCaseEditor::iecFieldsShowAndReadBack()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    const UseCase full = fullRecord();
    editor.setUseCase(full);
    const UseCase back = editor.useCase();
    QCOMPARE(back.scope, full.scope);
    QCOMPARE(back.assumptions, full.assumptions);
    QCOMPARE(back.prerequisites, full.prerequisites);
    QCOMPARE(back.requirements, full.requirements);
    QCOMPARE(back.ituQuestions, full.ituQuestions);
    QCOMPARE(back.relatedRecommendations, full.relatedRecommendations);
    QCOMPARE(back.developmentContexts, full.developmentContexts); // in the record's order
    QCOMPARE(back.informationExchanged, full.informationExchanged);
    QCOMPARE(back.scenarios, full.scenarios); // conditions, steps and the old step text
    QCOMPARE(back.kpis, full.kpis); // with the dated measurements
    QVERIFY(back.sameContent(full));

    // The widgets show them.
    QCOMPARE(child<QPlainTextEdit>(&editor, "scopeEdit")->toPlainText(), full.scope);
    QCOMPARE(child<QListView>(&editor, "assumptionsList")->model()->rowCount(), 2);
    QCOMPARE(child<QListView>(&editor, "ituQuestionsList")->model()->rowCount(), 2);
    QCOMPARE(tableModel(&editor, "requirementsTable")->text(1, QStringLiteral("id")), QStringLiteral("R-7"));
    QCOMPARE(tableModel(&editor, "informationTable")->index(0, 4).data().toString(),
             QStringLiteral("R-1, R-7"));
    QCOMPARE(tableModel(&editor, "scenariosTable")->text(0, QStringLiteral("primary_actor")),
             QStringLiteral("Sensor"));
    QCOMPARE(child<QComboBox>(&editor, "developmentContextCombo_EG")->currentData().toString(),
             QStringLiteral("developing"));
    QCOMPARE(child<QComboBox>(&editor, "developmentContextCombo_CN")->currentData().toString(),
             QStringLiteral("transition"));

    // An ITU-T Question is checked as it is typed in.
    auto *questions = child<QLineEdit>(&editor, "ituQuestionsEdit");
    questions->setText(QStringLiteral("Question 2"));
    QTest::keyClick(questions, Qt::Key_Return);
    QCOMPARE(editor.useCase().ituQuestions, full.ituQuestions);
    QVERIFY(child<QLabel>(&editor, "ituQuestionsErrorLabel")->text().contains(QLatin1String("Q2/20")));
    questions->setText(QStringLiteral("Q12/17"));
    QTest::keyClick(questions, Qt::Key_Return);
    QCOMPARE(editor.useCase().ituQuestions.last(), QStringLiteral("Q12/17"));
}

void tst_UseCaseEditor::stepReferencesOfferOnlyTheRecord()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1024, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setUseCase(fullRecord());
    auto *producer = openCell<QComboBox>(&editor, "stepsTable", 0, QStringLiteral("producer"));
    QVERIFY(producer);
    QCOMPARE(comboTexts(producer),
             (QStringList{QStringLiteral("(not set)"), QStringLiteral("Operator"), QStringLiteral("Sensor"),
                          QStringLiteral("Gateway"), QStringLiteral("Platform")}));
    QVERIFY(!producer->isEditable()); // picked, never typed
    QCOMPARE(producer->currentText(), QStringLiteral("Sensor"));
    QTest::keyClick(producer, Qt::Key_Escape);

    auto *service = openCell<QComboBox>(&editor, "stepsTable", 0, QStringLiteral("service"));
    QVERIFY(service);
    QCOMPARE(service->count(), Vocabularies::instance().stepServices().items().size() + 1);
    QVERIFY(service->findData(QStringLiteral("TIMER")) > 0);
    QTest::keyClick(service, Qt::Key_Escape);

    auto *information = openCell<QListWidget>(&editor, "stepsTable", 0, QStringLiteral("information"));
    QVERIFY(information);
    QCOMPARE(information->count(), 2);
    QCOMPARE(information->item(0)->text(), QStringLiteral("I-1"));
    QCOMPARE(information->item(0)->checkState(), Qt::Checked);
    information->item(1)->setCheckState(Qt::Checked);
    QVERIFY(commit(information));
    QCOMPARE(editor.useCase().scenarios.at(0).steps.at(0).information,
             (QStringList{QStringLiteral("I-1"), QStringLiteral("I-2")}));

    auto *requirements = openCell<QListWidget>(&editor, "stepsTable", 1, QStringLiteral("requirements"));
    QVERIFY(requirements);
    QCOMPARE(requirements->count(), 2);
    requirements->item(0)->setCheckState(Qt::Unchecked);
    requirements->item(1)->setCheckState(Qt::Checked);
    QVERIFY(commit(requirements));
    QCOMPARE(editor.useCase().scenarios.at(0).steps.at(1).requirements, QStringList{QStringLiteral("R-7")});
    QVERIFY(editor.isModified());
    QVERIFY(editor.validationErrors().isEmpty());
}

void tst_UseCaseEditor::pickingAnActorClearsTheOldText()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1024, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setUseCase(fullRecord());
    auto *steps = tableModel(&editor, "stepsTable");
    const QModelIndex was = steps->index(2, steps->columnOf(QStringLiteral("producer")));
    // Flagged with text and an icon, the full text in the tooltip; not only a colour.
    QCOMPARE(was.data().toString(), QStringLiteral("Was: 'the control room' — pick an actor"));
    QVERIFY(!was.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(was.data(Qt::ToolTipRole).toString().contains(QLatin1String("the control room")));
    const QModelIndex info = steps->index(2, steps->columnOf(QStringLiteral("information")));
    QCOMPARE(info.data(ChildTableModel::NoteRole).toString(),
             QStringLiteral("Was: 'hourly log' — pick the information"));

    // Spelled out below the table too, in full.
    auto *waiting = child<QLabel>(&editor, "stepsLegacyLabel");
    QVERIFY(!waiting->isHidden());
    QVERIFY2(
        waiting->text().contains(QStringLiteral("Step 3, producer: Was: 'the control room' — pick an actor; "
                                                "Step 3, information: Was: 'hourly log' — pick the "
                                                "information")),
        qPrintable(waiting->text()));
    auto *producer = openCell<QComboBox>(&editor, "stepsTable", 2, QStringLiteral("producer"));
    QVERIFY(producer);
    producer->setCurrentIndex(producer->findData(QStringLiteral("Operator")));
    QVERIFY(commit(producer));
    const ScenarioStep picked = editor.useCase().scenarios.at(0).steps.at(2);
    QCOMPARE(picked.producer, QStringLiteral("Operator"));
    QVERIFY(picked.legacy.producer.isEmpty());
    QCOMPARE(picked.legacy.information, QStringLiteral("hourly log")); // still to be picked
    QVERIFY(was.data(ChildTableModel::NoteRole).toString().isEmpty());
    QCOMPARE(was.data().toString(), QStringLiteral("Operator"));
    QVERIFY(!waiting->text().contains(QLatin1String("control room")));
    QVERIFY(waiting->text().contains(QLatin1String("hourly log")));

    // The choice stays when another scenario is shown and this one again.
    auto *scenarios = child<QTableView>(&editor, "scenariosTable");
    scenarios->setCurrentIndex(scenarios->model()->index(1, 0));
    scenarios->setCurrentIndex(scenarios->model()->index(0, 0));
    QVERIFY(steps->index(2, was.column()).data(ChildTableModel::NoteRole).toString().isEmpty());
    QVERIFY(editor.useCase().scenarios.at(0).steps.at(2).legacy.producer.isEmpty());
}

void tst_UseCaseEditor::renamingAnActorFollowsIntoScenarios()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(fullRecord());
    auto *actors = tableModel(&editor, "actorsTable");
    QVERIFY(actors->setData(actors->index(1, 0), QStringLiteral("Level sensor"))); // was Sensor
    QVERIFY(actors->setData(actors->index(3, 0), QStringLiteral("IoT platform"))); // was Platform
    const UseCase u = editor.useCase();
    QCOMPARE(u.scenarios.at(0).primaryActor, QStringLiteral("Level sensor"));
    QCOMPARE(u.scenarios.at(0).steps.at(0).producer, QStringLiteral("Level sensor"));
    QCOMPARE(u.scenarios.at(0).steps.at(1).receiver, QStringLiteral("IoT platform"));
    QCOMPARE(u.scenarios.at(1).steps.at(0).producer, QStringLiteral("IoT platform"));
    QCOMPARE(u.scenarios.at(1).steps.at(0).receiver, QStringLiteral("Operator"));
    // The steps on screen follow too.
    QCOMPARE(tableModel(&editor, "stepsTable")->text(0, QStringLiteral("producer")),
             QStringLiteral("Level sensor"));
    QVERIFY2(editor.validationErrors().isEmpty(),
             qPrintable(editor.validationErrors().join(QLatin1Char('\n'))));
}

void tst_UseCaseEditor::removedActorIsFlagged()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(fullRecord());
    auto *actorsView = child<QTableView>(&editor, "actorsTable");
    actorsView->setCurrentIndex(actorsView->model()->index(2, 0)); // Gateway
    QTest::mouseClick(child<QPushButton>(&editor, "removeActorButton"), Qt::LeftButton);
    QCOMPARE(editor.useCase().actors.size(), 3);
    // The steps naming it keep the name, flagged in the cell and in the summary of problems.
    auto *steps = tableModel(&editor, "stepsTable");
    const QModelIndex receiver = steps->index(0, steps->columnOf(QStringLiteral("receiver")));
    QCOMPARE(receiver.data(Qt::EditRole).toString(), QStringLiteral("Gateway"));
    QVERIFY(!receiver.data(ChildTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(!receiver.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString errors = editor.validationErrors().join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QLatin1String("Scenarios 1, step 1, information receiver: 'Gateway' is not one "
                                           "of the use case's actors")),
             qPrintable(errors));
    QTRY_VERIFY(!child<QLabel>(&editor, "validationLabel")->isHidden());
    QVERIFY(
        child<QLabel>(&editor, "validationLabel")->text().contains(QLatin1String("information receiver")));
}

void tst_UseCaseEditor::newRowsGetTheNextIdOrNumber()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1024, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setUseCase(fullRecord());
    QTest::mouseClick(child<QPushButton>(&editor, "addRequirementButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(editor.useCase().requirements.size(), 3);
    QCOMPARE(editor.useCase().requirements.at(2).id, QStringLiteral("R-8")); // after
    // An id given twice is marked in the table, whatever else is wrong.
    auto *requirements = tableModel(&editor, "requirementsTable");
    requirements->setData(requirements->index(2, 0), QStringLiteral("r-7"));
    QCOMPARE(requirements->index(2, 0).data(ChildTableModel::ProblemRole).toString(),
             QStringLiteral("'r-7' is used twice"));
    QVERIFY(editor.validationErrors().join(QLatin1Char('\n')).contains(QLatin1String("'r-7' is used twice")));
    requirements->setData(requirements->index(2, 0), QStringLiteral("R-8"));

    QTest::mouseClick(child<QPushButton>(&editor, "addInformationButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(editor.useCase().informationExchanged.size(), 3);
    QCOMPARE(editor.useCase().informationExchanged.at(2).id, QStringLiteral("I-3"));

    auto *stepsView = child<QTableView>(&editor, "stepsTable");
    stepsView->setCurrentIndex(stepsView->model()->index(2, 0));
    QTest::mouseClick(child<QPushButton>(&editor, "addStepButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(editor.useCase().scenarios.at(0).steps.size(), 4);
    QCOMPARE(editor.useCase().scenarios.at(0).steps.at(3).number, QStringLiteral("4"));

    // An empty record starts at 1.
    UseCase empty;
    empty.title = QStringLiteral("Empty");
    editor.setUseCase(empty);
    QTest::mouseClick(child<QPushButton>(&editor, "addRequirementButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(editor.useCase().requirements.at(0).id, QStringLiteral("R-1"));
}

void tst_UseCaseEditor::kpiMeasurementsOverTime()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1024, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setUseCase(fullRecord());
    auto *series = child<QLabel>(&editor, "measuredOverTimeLabel");
    QCOMPARE(series->text(), QStringLiteral("2023: 35 → 2024-06: 31 → 2025-03-31: 30 (provisional)"));
    auto *measurements = tableModel(&editor, "measurementsTable");
    QCOMPARE(measurements->rowCount(), 3);

    // The second KPI has none; adding one there leaves the first KPI's alone.
    auto *kpis = child<QTableView>(&editor, "kpisTable");
    kpis->setCurrentIndex(kpis->model()->index(1, 0));
    QCOMPARE(measurements->rowCount(), 0);
    QCOMPARE(series->text(), QStringLiteral("No dated measurements for this KPI."));
    QTest::mouseClick(child<QPushButton>(&editor, "addMeasurementButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    measurements->setData(measurements->index(0, 0), QStringLiteral("2025-13"));
    QVERIFY(!measurements->index(0, 0).data(ChildTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(!editor.validationErrors().isEmpty());
    measurements->setData(measurements->index(0, 0), QStringLiteral("2025-12"));
    measurements->setData(measurements->index(0, 1), QStringLiteral("12"));
    QCOMPARE(series->text(), QStringLiteral("2025-12: 12"));
    QCOMPARE(editor.useCase().kpis.at(1).measurements,
             (QList<KpiMeasurement>{{QStringLiteral("2025-12"), QStringLiteral("12")}}));
    QCOMPARE(editor.useCase().kpis.at(0).measurements, fullRecord().kpis.at(0).measurements);
    QVERIFY(editor.validationErrors().isEmpty());

    // Read-only: the series is shown, the measurements cannot be changed.
    editor.setReadOnly(true);
    kpis->setCurrentIndex(kpis->model()->index(0, 0));
    QCOMPARE(series->text(), QStringLiteral("2023: 35 → 2024-06: 31 → 2025-03-31: 30 (provisional)"));
    QVERIFY(!measurements->setData(measurements->index(0, 1), QStringLiteral("1")));
    QVERIFY(!child<QPushButton>(&editor, "addMeasurementButton")->isVisible());
}

void tst_UseCaseEditor::contextsFollowTheCountries()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    UseCase u;
    u.title = QStringLiteral("Contexts");
    editor.setUseCase(u);
    // No country yet: one context for the use case as a whole.
    QVERIFY(child<QComboBox>(&editor, "developmentContextCombo_all"));
    auto *countries = child<QLineEdit>(&editor, "countriesEdit");
    for (const char *code : {"KE", "RW"}) {
        countries->setText(QString::fromLatin1(code));
        QTest::keyClick(countries, Qt::Key_Return);
    }
    auto *kenya = child<QComboBox>(&editor, "developmentContextCombo_KE");
    auto *rwanda = child<QComboBox>(&editor, "developmentContextCombo_RW");
    QVERIFY(kenya && rwanda);
    QVERIFY(!child<QComboBox>(&editor, "developmentContextCombo_all"));
    // Tab reaches them in the form's order, though they were made after the rest of the form.
    const auto nextByTab = [](QWidget *w) {
        do
            w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus));
        return w;
    };
    QCOMPARE(nextByTab(child<QWidget>(&editor, "removeCountryButton")), kenya);
    QCOMPARE(nextByTab(kenya), rwanda);
    QCOMPARE(nextByTab(rwanda), child<QWidget>(&editor, "regionsList"));
    rwanda->setCurrentIndex(rwanda->findData(QStringLiteral("ldc")));
    kenya->setCurrentIndex(kenya->findData(QStringLiteral("developing")));
    QCOMPARE(editor.useCase().developmentContexts,
             (QList<CountryContext>{{QStringLiteral("RW"), QStringLiteral("ldc")},
                                    {QStringLiteral("KE"), QStringLiteral("developing")}}));
    QVERIFY(editor.isModified());
    QVERIFY(editor.validationErrors().isEmpty());

    // Removing a country removes its context.
    auto *list = child<QListView>(&editor, "countriesList");
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::mouseClick(child<QPushButton>(&editor, "removeCountryButton"), Qt::LeftButton);
    QCOMPARE(editor.useCase().developmentContexts,
             (QList<CountryContext>{{QStringLiteral("KE"), QStringLiteral("developing")}}));
    QVERIFY(!child<QComboBox>(&editor, "developmentContextCombo_RW"));
}

void tst_UseCaseEditor::countriesWithCompletion()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    UseCase start;
    start.title = QStringLiteral("Countries");
    editor.setUseCase(start);
    auto *edit = child<QLineEdit>(&editor, "countriesEdit");
    QVERIFY(edit->completer());
    edit->completer()->setCompletionPrefix(QStringLiteral("keny"));
    QCOMPARE(edit->completer()->currentCompletion(), QStringLiteral("Kenya (KE)"));

    const auto type = [edit](const QString &text) {
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    type(QStringLiteral("Kenya (KE)"));
    type(QStringLiteral("tz"));
    type(QStringLiteral("egypt"));
    type(QStringLiteral("kenya")); // already there: listed once
    QCOMPARE(editor.useCase().countries,
             (QStringList{QStringLiteral("KE"), QStringLiteral("TZ"), QStringLiteral("EG")}));
    QCOMPARE(child<QListView>(&editor, "countriesList")->model()->index(0, 0).data().toString(),
             QStringLiteral("Kenya (KE)"));

    type(QStringLiteral("Narnia"));
    auto *error = child<QLabel>(&editor, "countriesErrorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QLatin1String("not a known country")));
    QCOMPARE(edit->text(), QStringLiteral("Narnia")); // kept for correction, not lost
    QCOMPARE(editor.useCase().countries.size(), 3);

    auto *list = child<QListView>(&editor, "countriesList");
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::mouseClick(child<QPushButton>(&editor, "removeCountryButton"), Qt::LeftButton);
    QCOMPARE(editor.useCase().countries, (QStringList{QStringLiteral("KE"), QStringLiteral("EG")}));

    type(QStringLiteral("eu")); // a code Qt knew, refused with the reason
    QVERIFY2(error->text().contains(QLatin1String("reserves EU for the European Union")),
             qPrintable(error->text()));
    QCOMPARE(editor.useCase().countries.size(), 2);
}

void tst_UseCaseEditor::validationShowsErrorsAndMarkers()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setUseCase(fullRecord());
    QVERIFY(editor.validationErrors().isEmpty());
    auto *titleError = child<QLabel>(&editor, "titleEditErrorLabel");
    QVERIFY(titleError->isHidden());

    auto *title = child<QLineEdit>(&editor, "titleEdit");
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QVERIFY(!titleError->isHidden());
    QVERIFY(titleError->text().contains(QLatin1String("Title is required")));
    QCOMPARE(titleError->textFormat(), Qt::PlainText);
    QVERIFY(editor.validationErrors().contains(QStringLiteral("Title: is required")));

    auto *documents = tableModel(&editor, "sourceDocumentsTable");
    documents->setData(documents->index(0, 2), QStringLiteral("www.itu.int/no-scheme"));
    auto *submitters = tableModel(&editor, "submittersTable");
    submitters->setData(submitters->index(1, 2), QStringLiteral("wang at example"));
    child<QLineEdit>(&editor, "languageEdit")->setText(QStringLiteral("Arabic language"));

    const QString all = editor.validationErrors().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(
                 QLatin1String("Source documents row 1, Link: 'www.itu.int/no-scheme' is not a valid link")),
             qPrintable(all));
    QVERIFY2(all.contains(
                 QLatin1String("Submitters row 2, Email: 'wang at example' is not a valid email address")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Language: 'Arabic language' is not a language tag")),
             qPrintable(all));
    // The markers in the tables: an icon, a tooltip and the problem role on the cell.
    QVERIFY(!documents->index(0, 2).data(ChildTableModel::ProblemRole).toString().isEmpty());
    QVERIFY(!documents->index(0, 2).data(Qt::DecorationRole).isNull());
    QVERIFY(
        documents->index(0, 2).data(Qt::ToolTipRole).toString().contains(QLatin1String("not a valid link")));
    QVERIFY(documents->index(0, 0).data(Qt::DecorationRole).isNull());
    // The summary line under the header says why the record cannot be saved.
    auto *summary = child<QLabel>(&editor, "validationLabel");
    QTRY_VERIFY(!summary->isHidden());
    QVERIFY(summary->text().contains(QLatin1String("cannot be saved")));

    // Fixing every field clears every marker.
    title->setText(QStringLiteral("Fixed"));
    documents->setData(documents->index(0, 2), QStringLiteral("https://www.itu.int/"));
    submitters->setData(submitters->index(1, 2), QStringLiteral("wang@example.cn"));
    child<QLineEdit>(&editor, "languageEdit")->setText(QStringLiteral("zh-Hans"));
    QVERIFY2(editor.validationErrors().isEmpty(),
             qPrintable(editor.validationErrors().join(QLatin1Char('\n'))));
    QVERIFY(titleError->isHidden());
    QTRY_VERIFY(summary->isHidden());
}

void tst_UseCaseEditor::readOnlyStopsEditing()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(fullRecord());
    QSignalSpy edited(&editor, &UseCaseEditor::edited);
    editor.setReadOnly(true);
    QVERIFY(editor.isReadOnly());
    QVERIFY(child<QLineEdit>(&editor, "titleEdit")->isReadOnly());
    QVERIFY(child<QPlainTextEdit>(&editor, "descriptionEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>(&editor, "deploymentStageCombo")->isEnabled());
    QVERIFY(child<QPushButton>(&editor, "addActorButton")->isHidden());
    auto *actors = tableModel(&editor, "actorsTable");
    QVERIFY(!(actors->flags(actors->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!actors->setData(actors->index(0, 0), QStringLiteral("x")));
    auto *verticals = child<QListView>(&editor, "verticalsList")->model();
    QVERIFY(!(verticals->flags(verticals->index(0, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(child<QPushButton>(&editor, "addAttachmentButton")->isHidden());
    QCOMPARE(edited.count(), 0);
    QVERIFY(!editor.isModified());
    editor.setReadOnly(false);
    QVERIFY(!child<QLineEdit>(&editor, "titleEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(&editor, "addActorButton")->isHidden());
    QCOMPARE(json(editor.useCase()), json(fullRecord()));
}

void tst_UseCaseEditor::headerAndPlainText()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    UseCase u = fullRecord();
    u.code = QStringLiteral("<b>UC</b>");
    u.modifiedBy = QStringLiteral("<i>Ana</i>");
    editor.setUseCase(u);
    auto *header = child<QLabel>(&editor, "headerLabel");
    QCOMPARE(header->textFormat(), Qt::PlainText);
    // Dates in the UI language's short format.
    const QString modified = QLocale().toString(u.modifiedAt.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(header->text(),
             QStringLiteral("<b>UC</b> · Revision 3 · created %1 · modified %2 by <i>Ana</i>")
                 .arg(QLocale().toString(u.createdAt.toLocalTime(), QLocale::ShortFormat), modified));
    // Every label of the editor that can show data is plain text; the rest are fixed translations.
    const auto labels = editor.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("ErrorLabel"))
            || label->objectName().endsWith(QLatin1String("EmptyLabel")) || label == header
            || label->objectName() == QLatin1String("validationLabel"))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    // Data is edited in plain-text widgets only.
    QVERIFY(editor.findChildren<QPlainTextEdit *>().size() >= 9);
}

void tst_UseCaseEditor::attachmentsThroughTheStore()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("attachments.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    AttachmentStore store(**db);
    test::ScriptedPrompts prompts;
    test::ScriptedDesktop desktop;
    FixedClock clock(at("2026-06-01T12:00:00.000Z"));
    UseCaseEditor editor(prompts, desktop);
    editor.setAttachmentStore(&store);
    editor.setClock(&clock);
    QAbstractItemModelTester tester(child<QTableView>(&editor, "attachmentsTable")->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    UseCase start;
    start.title = QStringLiteral("With files");
    editor.setUseCase(start);
    QVERIFY(child<QLabel>(&editor, "attachmentsStoreLabel")->isHidden());

    QTemporaryDir files;
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(5000, 'p');
    const QByteArray exe = QByteArray("MZ\x90\x00", 4) + QByteArray(3000, '\0');
    const QByteArray elf = QByteArray("\x7f"
                                      "ELF\x02\x01\x01",
                                      7)
        + QByteArray(2000, '\0');
    const QString pdfPath = files.filePath(QStringLiteral("تقرير.pdf"));
    const QString exePath = files.filePath(QStringLiteral("setup.exe"));
    const QString elfPath = files.filePath(QStringLiteral("notes.pdf")); // a program with an innocent name
    for (const auto &[path, bytes] :
         {std::pair{pdfPath, pdf}, std::pair{exePath, exe}, std::pair{elfPath, elf}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    prompts.openFilesWith({pdfPath, exePath, elfPath, files.filePath(QStringLiteral("missing.txt"))});
    QSignalSpy edited(&editor, &UseCaseEditor::edited);
    QTest::mouseClick(child<QPushButton>(&editor, "addAttachmentButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QVERIFY(editor.isModified());
    QCOMPARE(prompts.errors.size(), 1); // the missing file, named, with the reason as detail
    QVERIFY(prompts.errors.first().message.contains(QLatin1String("missing.txt")));
    QVERIFY(!prompts.errors.first().detail.isEmpty());

    const QList<AttachmentRef> refs = editor.useCase().attachments;
    QCOMPARE(refs.size(), 3);
    QCOMPARE(refs[0].fileName, QStringLiteral("تقرير.pdf"));
    QCOMPARE(refs[0].mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(refs[0].size, pdf.size());
    QCOMPARE(refs[0].addedAt, clock.nowUtc());
    for (const AttachmentRef &r : refs)
        QVERIFY(store.contains(r.sha256)); // stored at once
    QVERIFY(UseCaseJson::fromJson(UseCaseJson::toJson(editor.useCase())).ok());

    auto *model = child<QTableView>(&editor, "attachmentsTable")->model();
    using Column = ui::AttachmentListModel::Column;
    QVERIFY(model->index(0, int(Column::Size))
                .data()
                .toString()
                .endsWith(QLocale().formattedDataSize(pdf.size())));
    QCOMPARE(model->index(0, int(Column::Type)).data().toString(), QStringLiteral("PDF document"));
    QCOMPARE(model->index(1, int(Column::Name)).data(ui::AttachmentListModel::ExecutableRole).toBool(), true);
    QVERIFY(!model->index(1, int(Column::Name)).data(Qt::DecorationRole).isNull());

    // Opening a document writes its bytes to a private folder and hands it to the viewer.
    const int askedBefore = int(prompts.asked.size());
    QVERIFY(editor.openAttachment(0));
    QCOMPARE(prompts.asked.size(), askedBefore);
    QCOMPARE(desktop.opened.size(), 1);
    QFile opened(desktop.opened.first());
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), pdf);
    QVERIFY(!(QFileInfo(opened).permissions() & QFileDevice::ReadOther));

    // A program asks first; declining opens nothing.
    prompts.confirmWith(false);
    QVERIFY(!editor.openAttachment(1));
    QVERIFY(prompts.asked.last().contains(QLatin1String("setup.exe")));
    QCOMPARE(desktop.opened.size(), 1);
    prompts.confirmWith(true);
    QVERIFY(editor.openAttachment(1));
    QCOMPARE(desktop.opened.size(), 2);
    // A program named .pdf is recognised by its bytes.
    prompts.confirmWith(false);
    QVERIFY(!editor.openAttachment(2));
    QVERIFY(prompts.asked.last().contains(QLatin1String("notes.pdf")));

    // Remove (confirmed through the prompts): the record forgets it, the store keeps the bytes.
    auto *view = child<QTableView>(&editor, "attachmentsTable");
    view->selectRow(1);
    prompts.confirmWith(true);
    QTest::mouseClick(child<QPushButton>(&editor, "removeAttachmentButton"), Qt::LeftButton);
    QCOMPARE(editor.useCase().attachments.size(), 2);
    QCOMPARE(editor.useCase().attachments.at(1).fileName, QStringLiteral("notes.pdf"));
    QVERIFY(store.contains(refs[1].sha256));
    prompts.confirmWith(false);
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&editor, "removeAttachmentButton"), Qt::LeftButton);
    QCOMPARE(editor.useCase().attachments.size(), 2);

    // The description is edited in the table.
    model->setData(model->index(0, int(Column::Description)), QStringLiteral("تقرير الاجتماع"));
    QCOMPARE(editor.useCase().attachments.first().description, QStringLiteral("تقرير الاجتماع"));
    QCOMPARE(prompts.pending(), 0);
}

void tst_UseCaseEditor::noStoreDisablesAttachments()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(fullRecord());
    QVERIFY(!child<QPushButton>(&editor, "addAttachmentButton")->isEnabled());
    QVERIFY(!child<QLabel>(&editor, "attachmentsStoreLabel")->isHidden());
    QVERIFY(!editor.openAttachment(0));
    QCOMPARE(editor.addAttachmentFiles({QStringLiteral("/etc/hostname")}), 0);
}

void tst_UseCaseEditor::duplicateHasNewIdentity()
{
    const UseCase full = fullRecord();
    const UseCase copy = UseCaseEditor::duplicateOf(full);
    QVERIFY(copy.uuid.isEmpty());
    QVERIFY(copy.code.isEmpty());
    QCOMPARE(copy.revision, 0);
    QVERIFY(!copy.createdAt.isValid());
    QCOMPARE(copy.approvalStatus, QStringLiteral("draft"));
    QCOMPARE(copy.title, QStringLiteral("Copy of %1").arg(full.title));
    QCOMPARE(copy.actors, full.actors);
    QCOMPARE(copy.attachments, full.attachments);
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(copy);
    QVERIFY(editor.headerText().contains(QLatin1String("New use case")));
    QVERIFY(UseCaseJson::fromJson(UseCaseJson::toJson(editor.useCase())).ok());
}

void tst_UseCaseEditor::everyInteractiveWidgetIsNamedAndLabelled()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.setUseCase(fullRecord());
    const auto widgets = editor.findChildren<QWidget *>();
    QStringList unnamed;
    int interactive = 0;
    for (QWidget *w : widgets) {
        const bool isInteractive = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        if (!isInteractive)
            continue;
        // Parts Qt builds inside its own widgets (tab bar scroll buttons, the table corner
        // button, a combo box's line edit and popup) are not ours to name.
        bool internal = false;
        for (QWidget *p = w->parentWidget(); p && p != &editor; p = p->parentWidget()) {
            if (qobject_cast<QTabBar *>(p) || qobject_cast<QComboBox *>(p)
                || qobject_cast<QAbstractItemView *>(p) || qobject_cast<QLineEdit *>(p))
                internal = true;
        }
        if (internal)
            continue;
        ++interactive;
        if (w->objectName().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY(interactive > 60);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));

    // Labels with a mnemonic have a buddy; no mnemonic is used twice on one tab.
    auto *tabs = child<QTabWidget>(&editor, "editorTabs");
    for (int t = 0; t < tabs->count(); ++t) {
        QStringList keys;
        const auto labels = tabs->widget(t)->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            const int amp = int(label->text().indexOf(QLatin1Char('&')));
            if (amp < 0)
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            const QString key = label->text().mid(amp + 1, 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("tab %1: %2").arg(t).arg(label->text())));
            keys.append(key);
        }
    }
    QCOMPARE(editor.navigationActions().size(), 6);
    QCOMPARE(editor.navigationActions().first()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
}

void tst_UseCaseEditor::tabOrderFollowsTheForm()
{
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.setUseCase(fullRecord());
    auto *title = child<QLineEdit>(&editor, "titleEdit");
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QStringList order;
    for (int i = 0; i < 9; ++i) {
        // The first submitter becomes current when the table takes focus, so "Move Up" is
        // disabled and skipped.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("codeEdit"), QStringLiteral("versionEdit"),
                          QStringLiteral("approvalStatusCombo"), QStringLiteral("sourceOrganizationEdit"),
                          QStringLiteral("submittersTable"), QStringLiteral("addSubmitterButton"),
                          QStringLiteral("removeSubmitterButton"), QStringLiteral("moveSubmitterDownButton"),
                          QStringLiteral("sourceDocumentsTable")}));

    // In the narrative, Tab leaves a multi-line text instead of typing a tab character.
    child<QTabWidget>(&editor, "editorTabs")->setCurrentIndex(2);
    auto *summary = child<QPlainTextEdit>(&editor, "summaryEdit");
    summary->setFocus();
    QTRY_VERIFY(summary->hasFocus());
    QTest::keyClick(summary, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("descriptionEdit"));
    QCOMPARE(editor.useCase().summary, fullRecord().summary);
}

void tst_UseCaseEditor::rightToLeftMirrors()
{
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    UseCaseEditor editor(m_prompts, m_desktop);
    editor.resize(1000, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setUseCase(fullRecord());
    QCOMPARE(editor.layoutDirection(), Qt::RightToLeft);
    auto *title = child<QLineEdit>(&editor, "titleEdit");
    QLabel *titleLabel = nullptr;
    const auto labels = editor.findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->buddy() == title)
            titleLabel = l;
    }
    QVERIFY(titleLabel);
    // The label sits to the right of its field, as Arabic reads.
    const QPoint labelPos = titleLabel->mapTo(&editor, QPoint(0, 0));
    const QPoint fieldPos = title->mapTo(&editor, QPoint(0, 0));
    QVERIFY2(labelPos.x() > fieldPos.x(),
             qPrintable(QStringLiteral("%1 %2").arg(labelPos.x()).arg(fieldPos.x())));
    auto *add = child<QPushButton>(&editor, "addSubmitterButton");
    auto *remove = child<QPushButton>(&editor, "removeSubmitterButton");
    QVERIFY(add->mapTo(&editor, QPoint(0, 0)).x() > remove->mapTo(&editor, QPoint(0, 0)).x());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_UseCaseEditor::childTableModelUnderTester()
{
    QList<ui::ChildColumn> columns;
    ui::ChildColumn name;
    name.key = QStringLiteral("name");
    name.title = QStringLiteral("Name");
    name.required = true;
    ui::ChildColumn type;
    type.key = QStringLiteral("type");
    type.title = QStringLiteral("Type");
    type.kind = ui::ChildColumn::Kind::Choice;
    type.vocabulary = &Vocabularies::instance().actorTypes();
    ui::ChildColumn tested;
    tested.key = QStringLiteral("tested");
    tested.title = QStringLiteral("Tested");
    tested.kind = ui::ChildColumn::Kind::TriState;
    ChildTableModel model({name, type, tested});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setRows({{QStringLiteral("a"), QStringLiteral("person"), true},
                   {QStringLiteral("b"), QString(), QVariant()},
                   {QStringLiteral("c"), QStringLiteral("device"), false}},
                  {QStringLiteral("pa"), QStringLiteral("pb"), QStringLiteral("pc")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Person"));
    QCOMPARE(model.index(0, 1).data(Qt::EditRole).toString(), QStringLiteral("person"));
    QCOMPARE(model.index(1, 2).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);

    QVERIFY(model.moveRows({}, 0, 1, {}, 3)); // a to the end
    QCOMPARE(model.text(2, QStringLiteral("name")), QStringLiteral("a"));
    QCOMPARE(model.payload(2).toString(), QStringLiteral("pa"));
    QVERIFY(model.moveRows({}, 2, 1, {}, 0)); // and back
    QCOMPARE(model.text(0, QStringLiteral("name")), QStringLiteral("a"));
    QVERIFY(!model.moveRows({}, 1, 1, {}, 1)); // onto itself
    QVERIFY(model.insertRows(1, 2));
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.index(1, 2).data(Qt::CheckStateRole).toInt() == Qt::PartiallyChecked);
    QCOMPARE(model.problems(QStringLiteral("Actors")).size(), 2); // the two new rows lack a name
    QVERIFY(model.setData(model.index(1, 0), QStringLiteral("n")));
    QVERIFY(model.setData(model.index(1, 2), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.triState(1, QStringLiteral("tested")), std::optional<bool>(true));
    QVERIFY(model.setData(model.index(1, 1), QStringLiteral("alien")));
    QVERIFY(!model.cellProblem(1, 1).isEmpty());
    QVERIFY(model.removeRows(1, 2));
    QVERIFY(!model.removeRows(3, 1));
    QCOMPARE(model.rowCount(), 3);
    model.setReadOnly(true);
    QVERIFY(!model.insertRows(0, 1));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x")));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_UseCaseEditor::listModelsUnderTester()
{
    ui::VocabularyCheckModel connectivity(Vocabularies::instance().connectivity(),
                                          ui::VocabularyCheckModel::LabelStyle::Label, true);
    QAbstractItemModelTester t1(&connectivity, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int listed = connectivity.rowCount();
    connectivity.setCheckedIds(
        {QStringLiteral("5G"), QStringLiteral("Private radio"), QStringLiteral("LoRaWAN")});
    QCOMPARE(connectivity.rowCount(), listed + 1);
    QCOMPARE(connectivity.checkedIds(),
             (QStringList{QStringLiteral("5G"), QStringLiteral("Private radio"), QStringLiteral("LoRaWAN")}));
    QCOMPARE(connectivity.addFreeEntry(QStringLiteral("mioty")), listed + 1);
    QCOMPARE(connectivity.addFreeEntry(QStringLiteral("nb iot")),
             connectivity.rowOf(QStringLiteral("NB-IoT")));
    QVERIFY(connectivity.setData(connectivity.index(0), Qt::Checked, Qt::CheckStateRole));
    connectivity.setChecked(QStringLiteral("5G"), false);
    QCOMPARE(connectivity.checkedIds().size(), 5);

    ui::VocabularyCheckModel sdgs(Vocabularies::instance().sdgs(),
                                  ui::VocabularyCheckModel::LabelStyle::NumberAndLabel, false);
    QAbstractItemModelTester t2(&sdgs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sdgs.setCheckedIds({QStringLiteral("13"), QStringLiteral("99")}); // an unknown goal is dropped
    QCOMPARE(sdgs.checkedIds(), QStringList{QStringLiteral("13")});
    QCOMPARE(sdgs.addFreeEntry(QStringLiteral("not a goal")), -1);
    QCOMPARE(sdgs.index(12).data().toString(), QStringLiteral("13 Climate action"));

    ui::ValueListModel values([](const QString &v) { return v.toUpper(); });
    QAbstractItemModelTester t3(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
    values.setValues({QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(values.addValue(QStringLiteral("c")), 2);
    QCOMPARE(values.addValue(QStringLiteral("a")), 0);
    QVERIFY(values.moveValue(2, 0));
    QCOMPARE(values.values(), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(values.moveValue(0, 2));
    QCOMPARE(values.values(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(values.index(0).data().toString(), QStringLiteral("A"));
    values.removeValueAt(1);
    values.removeValueAt(7);
    QCOMPARE(values.values(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
}

void tst_UseCaseEditor::attachmentModelUnderTester()
{
    ui::AttachmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAttachments(fullRecord().attachments);
    AttachmentRef script;
    script.sha256 = QString(64, QLatin1Char('b'));
    script.fileName = QStringLiteral("<b>run</b>.sh");
    script.mediaType = QStringLiteral("application/x-shellscript");
    script.size = 2048;
    model.append(script);
    QCOMPARE(model.rowCount(), 2);
    using Column = ui::AttachmentListModel::Column;
    QCOMPARE(model.index(1, int(Column::Name)).data().toString(), QStringLiteral("<b>run</b>.sh"));
    QCOMPARE(model.index(1, int(Column::Size)).data().toString(),
             QChar(0x200E) + QLocale().formattedDataSize(2048));
    QCOMPARE(model.index(1, int(Column::Size)).data(Qt::EditRole).toLongLong(), 2048);
    QVERIFY(model.index(1, 0).data(ui::AttachmentListModel::ExecutableRole).toBool());
    QVERIFY(!model.index(0, 0).data(ui::AttachmentListModel::ExecutableRole).toBool());
    QVERIFY(model.flags(model.index(0, int(Column::Description))) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, int(Column::Name))) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(1, int(Column::Description)), QStringLiteral("d")));
    QVERIFY(!model.setData(model.index(1, int(Column::Name)), QStringLiteral("x")));
    model.removeAt(0);
    QCOMPARE(model.attachments().first().description, QStringLiteral("d"));
    model.setReadOnly(true);
    QVERIFY(!model.setData(model.index(0, int(Column::Description)), QStringLiteral("e")));
}

void tst_UseCaseEditor::screenshots()
{
    // Renders each tab to PNG files when CASEBOOK_SCREENSHOT_DIR names a folder (run by hand, e.g.
    // with QT_SCALE_FACTOR=2 for a device pixel ratio of 2, or CASEBOOK_SCREENSHOT_SIZE=340x560).
    const QString folder = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CASEBOOK_SCREENSHOT_DIR to a folder to render the editor");
    QVERIFY(QDir().mkpath(folder));
    const QString suffix = qEnvironmentVariable("CASEBOOK_SCREENSHOT_SUFFIX");
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QGuiApplication::setLayoutDirection(direction);
        for (const bool empty : {false, true}) {
            UseCaseEditor editor(m_prompts, m_desktop);
            // CASEBOOK_SCREENSHOT_SIZE=340x560: the room a 1024x700 main window gives the editor.
            const QStringList size =
                qEnvironmentVariable("CASEBOOK_SCREENSHOT_SIZE", QStringLiteral("1000x700"))
                    .split(QLatin1Char('x'));
            editor.resize(size.value(0).toInt(), size.value(1).toInt());
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            UseCase u = empty ? UseCase() : fullRecord();
            if (!empty)
                u.description = u.description.left(3000);
            editor.setUseCase(u);
            if (empty)
                child<QLineEdit>(&editor, "titleEdit")->setText(QString());
            auto *tabs = child<QTabWidget>(&editor, "editorTabs");
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTest::qWait(50);
                const QString name =
                    QStringLiteral("%1/editor-%2-%3-tab%4%5.png")
                        .arg(folder,
                             direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                             empty ? QStringLiteral("empty") : QStringLiteral("full"))
                        .arg(t + 1)
                        .arg(suffix);
                QVERIFY(editor.grab().save(name));
                // The whole page too, beyond what the scroll area shows.
                if (auto *area = qobject_cast<QScrollArea *>(tabs->currentWidget()))
                    QVERIFY(area->widget()->grab().save(
                        QString(name).replace(QLatin1String(".png"), QLatin1String("-page.png"))));
            }
        }
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(tst_UseCaseEditor)
#include "tst_UseCaseEditor.moc"
