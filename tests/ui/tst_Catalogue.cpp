// The catalogue window driven like a member would: by keyboard and clicks on real widgets,
// offscreen, with questions answered by a script.
#include "ScriptedDesktop.h"
#include "ScriptedPrompts.h"

#include "editor/UseCaseEditor.h"
#include "exchange/CsvImportWizard.h"
#include "exchange/SpreadsheetExport.h"
#include "mainwindow/FacetSidebar.h"
#include "mainwindow/MainWindow.h"
#include "models/UseCaseListModel.h"
#include "storage/Database.h"
#include "storage/SavedViewRepository.h"
#include "storage/Seeder.h"
#include "storage/TagRepository.h"
#include "storage/UseCaseRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace casebook;

class tst_Catalogue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void facetClickFiltersAndCombines();
    void savedViewStoresSearch();
    void newUseCaseUndoRedo();
    void deleteAndUndoRestoresRecordAndTags();
    void duplicateIsUndoable();
    void tagSelectionAndRemove();
    void renameAndMergeTagsUndo();
    void sidebarModelPassesTester();
    void createEditFindUndoRedoDeleteFlow();
    void unsavedEditsAreNeverLostSilently();
    void importsTheJsonItExports();
    void tagColourIsAskedThroughPrompts();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    int rows() const { return m_window->useCaseModel()->rowCount(); }
    void typeSearch(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<test::ScriptedPrompts> m_prompts;
    test::ScriptedDesktop m_desktop;
    int m_counter = 0;
};

void tst_Catalogue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_Catalogue::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("cat%1.sqlite").arg(++m_counter)));
    QVERIFY(db);
    QVERIFY(Seeder::seed(**db, true));
    m_prompts = std::make_unique<test::ScriptedPrompts>();
    m_window = std::make_unique<ui::MainWindow>(std::move(*db), *m_prompts, m_desktop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Catalogue::cleanup()
{
    m_window.reset();
    QCOMPARE(m_prompts->pending(), 0); // every scripted answer was asked for
}

void tst_Catalogue::typeSearch(const QString &text)
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->clear();
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
}

void tst_Catalogue::facetClickFiltersAndCombines()
{
    ui::FacetSidebar *sidebar = m_window->sidebar();
    QTRY_VERIFY(!sidebar->isCounting()); // the counts arrive from their own thread
    QStandardItem *energy = sidebar->findFacet(SearchFilter::Field::Vertical, QStringLiteral("energy"));
    QVERIFY(energy);
    QCOMPARE(energy->text(), QStringLiteral("Energy (2)"));
    energy->setCheckState(Qt::Checked); // as a click on the check box does
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTRY_COMPARE(search->text(), QStringLiteral("vertical:energy"));
    QTRY_COMPARE(rows(), 2);
    QTRY_VERIFY(!sidebar->isCounting());

    // A second value of the same facet widens; another facet narrows.
    QStandardItem *health = sidebar->findFacet(SearchFilter::Field::Vertical, QStringLiteral("health"));
    QVERIFY2(health, "other values of a chosen facet keep their counts");
    QCOMPARE(health->text(), QStringLiteral("Health (1)"));
    health->setCheckState(Qt::Checked);
    QTRY_COMPARE(search->text(), QStringLiteral("vertical:energy,health"));
    QTRY_COMPARE(rows(), 3);
    QTRY_VERIFY(!sidebar->isCounting());
    QStandardItem *africa = sidebar->findFacet(SearchFilter::Field::Region, QStringLiteral("Africa"));
    QVERIFY(africa);
    QCOMPARE(africa->text(), QStringLiteral("Africa (1)"));
    africa->setCheckState(Qt::Checked);
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(search->text(), QStringLiteral("vertical:energy,health region:Africa"));
    QTRY_VERIFY(!sidebar->isCounting());
    // Unchecking removes the value; the check marks follow the search text.
    sidebar->findFacet(SearchFilter::Field::Region, QStringLiteral("Africa"))->setCheckState(Qt::Unchecked);
    QTRY_COMPARE(rows(), 3);
    QTRY_VERIFY(!sidebar->isCounting());
    QVERIFY(sidebar->findFacet(SearchFilter::Field::Vertical, QStringLiteral("energy"))->checkState()
            == Qt::Checked);
    // Typing a filter checks the facet.
    typeSearch(QStringLiteral("tag:sdo"));
    QTRY_COMPARE(rows(), 1);
    QTRY_VERIFY(!sidebar->isCounting());
    QVERIFY(sidebar->findFacet(SearchFilter::Field::Tag, QStringLiteral("sdo"))->checkState() == Qt::Checked);
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("matchCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("1 of 10 use case(s) match"));
}

void tst_Catalogue::savedViewStoresSearch()
{
    typeSearch(QStringLiteral("stage:pilot"));
    QTRY_COMPARE(rows(), 3);
    m_prompts->textWith(QStringLiteral("Pilots"));
    action("saveViewAction")->trigger();
    auto views = SavedViewRepository(m_window->database()).list();
    QVERIFY(views);
    QCOMPARE(views->size(), 1);
    QCOMPARE(views->first().query, QStringLiteral("stage:pilot"));
    typeSearch(QString());
    QTRY_COMPARE(rows(), 10);
    // Activating the view in the sidebar brings the search back.
    QStandardItemModel *model = m_window->sidebar()->model();
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("Pilots"),
                                              1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(hits.size(), 1);
    QTreeView *tree = m_window->sidebar()->view();
    tree->setCurrentIndex(hits.first());
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_COMPARE(rows(), 3);
}

void tst_Catalogue::newUseCaseUndoRedo()
{
    m_prompts->textWith(QStringLiteral("Smart water meters in Accra"));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(rows(), 11);
    const QString uuid = m_window->currentUuid();
    auto stored = UseCaseRepository(m_window->database()).get(uuid);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Smart water meters in Accra"));
    typeSearch(QStringLiteral("accra"));
    QTRY_COMPARE(rows(), 1);
    QUndoStack *undo = m_window->undoStack();
    undo->undo();
    QTRY_COMPARE(rows(), 0);
    QVERIFY(!UseCaseRepository(m_window->database()).get(uuid));
    undo->redo();
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(UseCaseRepository(m_window->database()).get(uuid)->title,
             QStringLiteral("Smart water meters in Accra"));
    // A cancelled question does nothing.
    const int before = undo->count();
    m_prompts->textWith(std::nullopt);
    action("newUseCaseAction")->trigger();
    QCOMPARE(undo->count(), before);
}

void tst_Catalogue::deleteAndUndoRestoresRecordAndTags()
{
    typeSearch(QStringLiteral("M-KOPA"));
    QTRY_COMPARE(rows(), 1);
    const QString uuid = m_window->currentUuid();
    const auto original = UseCaseRepository(m_window->database()).get(uuid);
    QVERIFY(original);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("useCaseTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(rows(), 0);
    QCOMPARE(UseCaseRepository(m_window->database()).get(uuid).error().code, ErrorCode::NotFound);
    QTest::keySequence(m_window.get(), action("undoAction")->shortcut());
    QTRY_COMPARE(rows(), 1);
    const auto restored = UseCaseRepository(m_window->database()).get(uuid);
    QVERIFY(restored);
    QVERIFY(restored->sameContent(*original));
    QCOMPARE(m_window->currentUuid(), uuid);
    QTest::keySequence(m_window.get(), action("redoAction")->shortcut());
    QTRY_COMPARE(rows(), 0);
}

void tst_Catalogue::duplicateIsUndoable()
{
    typeSearch(QStringLiteral("telegestore"));
    QTRY_COMPARE(rows(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(rows(), 2);
    const QString copy = m_window->currentUuid();
    auto u = UseCaseRepository(m_window->database()).get(copy);
    QVERIFY(u);
    QCOMPARE(u->title, QStringLiteral("Copy of Enel Telegestore smart metering"));
    QCOMPARE(u->revision, 1);
    QCOMPARE(u->verticals, QStringList{QStringLiteral("energy")});
    QVERIFY(u->code != QStringLiteral("UC-EX-007"));
    m_window->undoStack()->undo();
    QTRY_COMPARE(rows(), 1);
    QVERIFY(!UseCaseRepository(m_window->database()).get(copy));
}

void tst_Catalogue::tagSelectionAndRemove()
{
    typeSearch(QStringLiteral("vertical:energy"));
    QTRY_COMPARE(rows(), 2);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("useCaseTable"));
    table->setFocus();
    table->selectAll();
    m_prompts->textWith(QStringLiteral("review/2026, energy access"));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    auto tagged =
        UseCaseRepository(m_window->database()).find(SearchQuery::parse(QStringLiteral("tag:review")));
    QVERIFY(tagged);
    QCOMPARE(tagged->size(), 2);
    typeSearch(QStringLiteral("tag:\"energy access\""));
    QTRY_COMPARE(rows(), 2);
    QTRY_VERIFY(!m_window->sidebar()->isCounting()); // the counts arrive from their own thread
    QVERIFY(m_window->sidebar()->findFacet(SearchFilter::Field::Tag, QStringLiteral("review/2026")));
    // Remove from one
    table->selectRow(0);
    m_prompts->itemWith(QStringLiteral("energy access"));
    action("removeTagsAction")->trigger();
    QTRY_COMPARE(rows(), 1);
    m_window->undoStack()->undo();
    QTRY_COMPARE(rows(), 2);
    m_window->undoStack()->undo(); // the adding
    QTRY_COMPARE(rows(), 0);
    QVERIFY(!TagRepository(m_window->database()).names()->contains(QStringLiteral("review/2026")));
}

void tst_Catalogue::renameAndMergeTagsUndo()
{
    Database &db = m_window->database();
    m_prompts->textWith(QStringLiteral("standards"));
    emit m_window->sidebar()->tagRenameRequested(QStringLiteral("sdo"));
    QTRY_VERIFY(TagRepository(db).names()->contains(QStringLiteral("standards/IEC")));
    QVERIFY(!TagRepository(db).names()->contains(QStringLiteral("sdo/IEC")));
    m_window->undoStack()->undo();
    QTRY_VERIFY(TagRepository(db).names()->contains(QStringLiteral("sdo/IEC")));
    QVERIFY(!TagRepository(db).names()->contains(QStringLiteral("standards/IEC")));

    m_prompts->itemWith(QStringLiteral("open-data"));
    emit m_window->sidebar()->tagMergeRequested(QStringLiteral("testbed"));
    auto merged = UseCaseRepository(db).find(SearchQuery::parse(QStringLiteral("tag:open-data")));
    QCOMPARE(merged->size(), 4);
    m_window->undoStack()->undo();
    QCOMPARE(UseCaseRepository(db).find(SearchQuery::parse(QStringLiteral("tag:testbed")))->size(), 2);
    QCOMPARE(UseCaseRepository(db).find(SearchQuery::parse(QStringLiteral("tag:open-data")))->size(), 2);
}

void tst_Catalogue::sidebarModelPassesTester()
{
    QAbstractItemModelTester tester(m_window->sidebar()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeSearch(QStringLiteral("region:Europe"));
    QTRY_COMPARE(rows(), 7);
    typeSearch(QString());
    QTRY_COMPARE(rows(), 10);
}

void tst_Catalogue::createEditFindUndoRedoDeleteFlow()
{
    Database &db = m_window->database();
    // Create
    m_prompts->textWith(QStringLiteral("Flood sensors on the Nile delta"));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(rows(), 11);
    const QString uuid = m_window->currentUuid();
    auto *editor = m_window->editor();
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QTRY_COMPARE(title->text(), QStringLiteral("Flood sensors on the Nile delta"));

    // Several fields, by keyboard: summary, a vertical, an SDG, the stage.
    auto *summary = editor->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
    QVERIFY(summary);
    editor->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(2);
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("Water-level sensors report over LoRaWAN."));
    editor->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(1);
    auto *verticals = editor->findChild<QListView *>(QStringLiteral("verticalsList"));
    const QModelIndexList water = verticals->model()->match(verticals->model()->index(0, 0), Qt::DisplayRole,
                                                            QStringLiteral("Water"), 1, Qt::MatchExactly);
    QCOMPARE(water.size(), 1);
    verticals->setFocus();
    verticals->setCurrentIndex(water.first());
    QTest::keyClick(verticals, Qt::Key_Space);
    auto *sdgs = editor->findChild<QListView *>(QStringLiteral("sdgsList"));
    sdgs->setFocus();
    sdgs->setCurrentIndex(sdgs->model()->index(5, 0)); // goal 6
    QTest::keyClick(sdgs, Qt::Key_Space);
    auto *stage = editor->findChild<QComboBox *>(QStringLiteral("deploymentStageCombo"));
    stage->setCurrentIndex(stage->findData(QStringLiteral("pilot")));
    QVERIFY(editor->isModified());
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QTRY_VERIFY(!editor->isModified());
    auto saved = UseCaseRepository(db).get(uuid);
    QVERIFY(saved);
    QCOMPARE(saved->summary, QStringLiteral("Water-level sensors report over LoRaWAN."));
    QCOMPARE(saved->verticals, QStringList{QStringLiteral("water")});
    QCOMPARE(saved->sdgs, QList<int>{6});
    QCOMPARE(saved->deploymentStage, QStringLiteral("pilot"));
    QCOMPARE(saved->revision, 2);

    // Tag it
    m_prompts->textWith(QStringLiteral("flood"));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(UseCaseRepository(db).get(uuid)->tags, QStringList{QStringLiteral("flood")});

    // Find it by search, and by facet
    typeSearch(QStringLiteral("lorawan"));
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(m_window->currentUuid(), uuid);
    typeSearch(QString());
    QTRY_COMPARE(rows(), 11);
    QTRY_VERIFY(!m_window->sidebar()->isCounting()); // the counts arrive from their own thread
    QStandardItem *waterFacet =
        m_window->sidebar()->findFacet(SearchFilter::Field::Vertical, QStringLiteral("water"));
    QVERIFY(waterFacet);
    waterFacet->setCheckState(Qt::Checked);
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(m_window->currentUuid(), uuid);

    // Edit the title, undo, redo
    title = editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Flood early warning, Nile delta"));
    QVERIFY(m_window->saveEdits());
    QTRY_COMPARE(UseCaseRepository(db).get(uuid)->title, QStringLiteral("Flood early warning, Nile delta"));
    QTest::keySequence(m_window.get(),
                       m_window->findChild<QAction *>(QStringLiteral("undoAction"))->shortcut());
    QTRY_COMPARE(UseCaseRepository(db).get(uuid)->title, QStringLiteral("Flood sensors on the Nile delta"));
    QTRY_COMPARE(editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("Flood sensors on the Nile delta"));
    QTest::keySequence(m_window.get(),
                       m_window->findChild<QAction *>(QStringLiteral("redoAction"))->shortcut());
    QTRY_COMPARE(UseCaseRepository(db).get(uuid)->title, QStringLiteral("Flood early warning, Nile delta"));

    // Delete and undo the delete
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("useCaseTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(rows(), 0);
    QCOMPARE(UseCaseRepository(db).get(uuid).error().code, ErrorCode::NotFound);
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QTRY_COMPARE(rows(), 1);
    auto back = UseCaseRepository(db).get(uuid);
    QVERIFY(back);
    QCOMPARE(back->title, QStringLiteral("Flood early warning, Nile delta"));
    QCOMPARE(back->tags, QStringList{QStringLiteral("flood")});
    QCOMPARE(back->sdgs, QList<int>{6});
}

void tst_Catalogue::unsavedEditsAreNeverLostSilently()
{
    Database &db = m_window->database();
    const QString first = m_window->currentUuid();
    auto *title = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Changed but not saved"));
    QVERIFY(m_window->editor()->isModified());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("useCaseTable"));

    // Moving to another record asks; Cancel stays on the edited one with the edit intact.
    m_prompts->saveWith(ui::Prompts::SaveChoice::Cancel);
    table->selectRow(3);
    QTRY_COMPARE(m_window->currentUuid(), first);
    QCOMPARE(title->text(), QStringLiteral("Changed but not saved"));
    QVERIFY(m_prompts->asked.last().startsWith(QLatin1String("Save the changes to")));

    // Save: stored, then the other record opens.
    m_prompts->saveWith(ui::Prompts::SaveChoice::Save);
    table->selectRow(3);
    QTRY_VERIFY(m_window->currentUuid() != first);
    QCOMPARE(UseCaseRepository(db).get(first)->title, QStringLiteral("Changed but not saved"));

    // Closing the window with unsaved changes asks too; Cancel keeps it open.
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Another change"));
    m_prompts->saveWith(ui::Prompts::SaveChoice::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    m_prompts->saveWith(ui::Prompts::SaveChoice::Discard);
    QVERIFY(m_window->close());
    QVERIFY(UseCaseRepository(db)
                .find(SearchQuery::parse(QStringLiteral("\"Another change\"")))
                .value()
                .isEmpty());
}

void tst_Catalogue::importsTheJsonItExports()
{
    // Another member's repository exports JSON; the file happens to be named .txt.
    const QString file = m_dir.filePath(QStringLiteral("shared-%1.txt").arg(m_counter));
    {
        auto other = Database::open(m_dir.filePath(QStringLiteral("other%1.sqlite").arg(m_counter)));
        QVERIFY(other);
        QVERIFY(Seeder::seed(**other, true));
        UseCase fresh;
        fresh.title = QStringLiteral("Flood sensors from JSON");
        QVERIFY(UseCaseRepository(**other).insert(fresh));
        QVERIFY(SpreadsheetExport::exportTo(**other, ExportSelection(), ExportKind::UseCasesJson, file));
    }
    const int before = rows();
    m_prompts->openFileWith(file);

    // The wizard, stepped through as a member would, page by page.
    QStringList pages;
    m_prompts->dialogWith([&pages](QDialog &dialog) {
        auto *wizard = qobject_cast<ui::CsvImportWizard *>(&dialog);
        if (!wizard)
            return int(QDialog::Rejected);
        wizard->show();
        while (wizard->currentId() != ui::CsvImportWizard::PlanPageId && pages.size() < 4) {
            pages.append(wizard->currentPage()->objectName());
            wizard->next();
        }
        pages.append(wizard->currentPage()->objectName());
        wizard->button(QWizard::FinishButton)->click();
        return wizard->result();
    });
    QVERIFY(m_window->importFile());
    const QStringList messages = m_prompts->texts(test::ScriptedPrompts::Message::Info);
    QCOMPARE(messages.size(), 1);
    const QString finished = messages.first();

    // A JSON file names its fields: no column step.
    QCOMPARE(
        pages,
        (QStringList{QStringLiteral("filePage"), QStringLiteral("previewPage"), QStringLiteral("planPage")}));
    QVERIFY2(finished.contains(QLatin1String("1 added, 0 updated")), qPrintable(finished));
    QCOMPARE(rows(), before + 1);
    QVERIFY(m_prompts->errors.isEmpty());
    typeSearch(QStringLiteral("flood"));
    QTRY_COMPARE(rows(), 1);
}

void tst_Catalogue::tagColourIsAskedThroughPrompts()
{
    Database &db = m_window->database();
    auto colourOf = [&db](const QString &name) {
        const QList<TagInfo> tags = TagRepository(db).list().value();
        for (const TagInfo &t : tags) {
            if (t.name == name)
                return t.color;
        }
        return QString();
    };
    const QString before = colourOf(QStringLiteral("sdo/IEC"));
    // Cancelled: nothing changes.
    m_prompts->colorWith(QColor());
    emit m_window->sidebar()->tagColorRequested(QStringLiteral("sdo/IEC"));
    QCOMPARE(colourOf(QStringLiteral("sdo/IEC")), before);
    m_prompts->colorWith(QColor(0x33, 0x66, 0x99));
    emit m_window->sidebar()->tagColorRequested(QStringLiteral("sdo/IEC"));
    QCOMPARE(colourOf(QStringLiteral("sdo/IEC")), QStringLiteral("#336699"));
    QVERIFY(m_prompts->asked.last().contains(QLatin1String("sdo/IEC")));
}

QTEST_MAIN(tst_Catalogue)
#include "tst_Catalogue.moc"
