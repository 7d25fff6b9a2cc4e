// The rubric editor offscreen: weights and normalisation, adding and reordering, inline problems,
// saving a used rubric as a new version, import and export; and the ScoringActions hooks.
#include "FixedCatalogue.h"
#include "ScriptedPrompts.h"
#include "model/RubricFile.h"
#include "model/RubricJson.h"
#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "scoring/ScoreSheetWidget.h"
#include "scoring/ScoringActions.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RubricRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "Screenshots.h"
#include <QTreeWidget>

using namespace casebook;

class tst_RubricEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void weightsAndNormalisation();
    void addCriterionShowsProblemsUntilDescribed();
    void savingUsedRubricMakesNewVersion();
    void newRubricThenEditInPlace();
    void exportAndImport();
    void scoringActions();
    void screenshots();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_useCase;
    QString m_assessment;
};

void tst_RubricEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("editor.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_useCase = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-003"))->uuid;
    Assessment a;
    a.useCaseUuid = m_useCase;
    a.rubricUuid = RubricJson::defaultRubric().uuid;
    a.assessorName = QStringLiteral("Ana");
    a.scores = {{QStringLiteral("A1"), ScoreState::Level, 3, QStringLiteral("kept"), {}, {}}};
    auto saved = AssessmentRepository(*m_db).save(a);
    QVERIFY(saved);
    m_assessment = saved->uuid;
}

void tst_RubricEditor::weightsAndNormalisation()
{
    test::ScriptedPrompts prompts;
    ui::RubricEditorDialog editor(*m_db, prompts);
    QVERIFY(editor.loadRubric());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *tree = editor.findChild<QTreeWidget *>(QStringLiteral("structureTree"));
    auto *total = editor.findChild<QLabel *>(QStringLiteral("totalWeightLabel"));
    auto *weight = editor.findChild<QDoubleSpinBox *>(QStringLiteral("weightSpin"));
    auto *version = editor.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(tree && total && weight && version);
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 5);
    QVERIFY2(total->text().startsWith(QLatin1String("Total weight: 100.")), qPrintable(total->text()));
    QVERIFY2(version->text().contains(QLatin1String("used by 1 assessment")), qPrintable(version->text()));
    QVERIFY(!editor.isModified());

    // A1 is selected first; its weight goes from 6 to 16 by keyboard: the total follows.
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("A1  Transport and connectivity"));
    QCOMPARE(weight->value(), 6.0);
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("16"));
    QCOMPARE(editor.rubric().dimensions[0].criteria[0].weight, 16.0);
    QVERIFY(total->text().startsWith(QLatin1String("Total weight: 110.")));
    QCOMPARE(tree->currentItem()->text(1), QStringLiteral("16"));
    QCOMPARE(tree->currentItem()->text(2), QStringLiteral("14.5 %")); // 16 / 110
    QVERIFY(editor.isModified());

    // Normalise: each weight · 100 / 110 rounded to 0.01 adds up to 99.98; the remainder 0.02 goes to the
    // heaviest criterion, A1: 14.55 + 0.02 = 14.57. The total is exactly 100 again.
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("normaliseButton")), Qt::LeftButton);
    QVERIFY(total->text().startsWith(QLatin1String("Total weight: 100.")));
    QCOMPARE(weight->value(), 14.57);
    QVERIFY(qAbs(editor.rubric().totalWeight() - 100.0) < 1e-9);
    prompts.saveWith(ui::Prompts::SaveChoice::Discard);
    editor.reject();
    QCOMPARE(prompts.asked.size(), 1);
}

void tst_RubricEditor::addCriterionShowsProblemsUntilDescribed()
{
    test::ScriptedPrompts prompts;
    ui::RubricEditorDialog editor(*m_db, prompts);
    QVERIFY(editor.loadRubric());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *tree = editor.findChild<QTreeWidget *>(QStringLiteral("structureTree"));
    auto *problems = editor.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    auto *save = editor.findChild<QPushButton *>(QStringLiteral("saveButton"));
    editor.select(0, 4); // A5
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addCriterionButton")), Qt::LeftButton);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 6);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("A6  New criterion"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("A6: level 0 needs a descriptor")),
             qPrintable(problems->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!editor.save());
    QCOMPARE(prompts.errorTexts().size(), 1);

    // The name has the focus; then fill in every level descriptor by keyboard.
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("criterionNameEdit"));
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Energy efficiency"));
    for (int level = 0; level <= 4; ++level) {
        auto *edit = editor.findChild<QPlainTextEdit *>(QStringLiteral("levelEdit%1").arg(level));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("Level %1 of energy use").arg(level));
    }
    auto *weight = editor.findChild<QDoubleSpinBox *>(QStringLiteral("weightSpin"));
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("5"));
    QVERIFY2(editor.problems().isEmpty(), qPrintable(problems->text()));
    QVERIFY(!problems->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("A6  Energy efficiency"));

    // Reorder: move A6 up above A5, then remove A5 with its warning rule.
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("moveUpButton")), Qt::LeftButton);
    QCOMPARE(editor.rubric().dimensions[0].criteria[4].id, u"A6");
    editor.select(0, 5);
    QCOMPARE(tree->currentItem()->text(0).left(2), u"A5");
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
    QCOMPARE(editor.rubric().criterionCount(), 12);
    QVERIFY(!editor.rubric().criterion(QStringLiteral("A5")));
    QCOMPARE(editor.rubric().knockouts.size(), 1); // the "no global identification" rule went with A5
    QVERIFY(
        editor.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("warning")));
    prompts.saveWith(ui::Prompts::SaveChoice::Cancel);
    editor.reject();
    QVERIFY(editor.isVisible()); // cancelled: still open
}

void tst_RubricEditor::savingUsedRubricMakesNewVersion()
{
    test::ScriptedPrompts prompts;
    ui::RubricEditorDialog editor(*m_db, prompts);
    QVERIFY(editor.loadRubric());
    const Rubric before = editor.rubric();
    editor.select(1, 0); // B1
    auto *weight = editor.findChild<QDoubleSpinBox *>(QStringLiteral("weightSpin"));
    weight->setValue(20);
    QSignalSpy saved(&editor, &ui::RubricEditorDialog::rubricSaved);

    // Declining the confirmation saves nothing.
    prompts.confirmWith(false);
    auto declined = editor.save();
    QVERIFY(!declined);
    QCOMPARE(declined.error().code, ErrorCode::Cancelled);
    QCOMPARE(RubricRepository(*m_db).versions(before.seriesUuid)->size(), 1);

    prompts.confirmWith(true);
    auto result = editor.save();
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(prompts.asked.size(), 2);
    QVERIFY(prompts.asked.last().contains(QLatin1String("used by 1 assessment")));
    QCOMPARE(result->outcome, RubricSaveOutcome::NewVersion);
    QCOMPARE(result->rubric.version, 3); // the shipped default rubric is at version 2
    QCOMPARE(saved.count(), 1);
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.rubric().uuid, result->rubric.uuid);
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QLatin1String("version 3")));
    QVERIFY(editor.findChild<QComboBox *>(QStringLiteral("rubricCombo"))
                ->currentText()
                .contains(QLatin1String("version 3")));

    // The old version and its assessment are intact; criterion ids carried over.
    QVERIFY(RubricRepository(*m_db).getVersion(before.uuid)->sameDefinition(before));
    const Assessment old = *AssessmentRepository(*m_db).get(m_assessment);
    QCOMPARE(old.rubricUuid, before.uuid);
    QCOMPARE(old.score(QStringLiteral("A1"))->rationale, u"kept");
    QCOMPARE(result->rubric.dimensions[1].criteria[0].id, u"B1");
    QCOMPARE(result->rubric.dimensions[1].criteria[0].weight, 20.0);
}

void tst_RubricEditor::newRubricThenEditInPlace()
{
    test::ScriptedPrompts prompts;
    ui::RubricEditorDialog editor(*m_db, prompts);
    editor.newRubric();
    QVERIFY(!editor.problems().isEmpty()); // the descriptors are still to be written
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("rubricNameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Local pilot rubric"));
    editor.findChild<QSpinBox *>(QStringLiteral("scaleMaxSpin"))->setValue(2); // a 0–2 scale
    editor.select(0, 0);
    for (int level = 0; level <= 2; ++level)
        QTest::keyClicks(editor.findChild<QPlainTextEdit *>(QStringLiteral("levelEdit%1").arg(level)),
                         QStringLiteral("descriptor %1").arg(level));
    QVERIFY(!editor.findChild<QPlainTextEdit *>(QStringLiteral("levelEdit3")));
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().value(0).message));
    auto created = editor.save();
    QVERIFY(created);
    QCOMPARE(created->outcome, RubricSaveOutcome::Created);
    QCOMPARE(created->rubric.scaleMax, 2);
    // Not used yet: a further edit changes it in place, without asking.
    editor.addDimension();
    QCOMPARE(editor.rubric().dimensions[1].id, u"B");
    editor.removeCurrent();
    auto *description = editor.findChild<QPlainTextEdit *>(QStringLiteral("rubricDescriptionEdit"));
    QTest::keyClicks(description, QStringLiteral("For one city's pilots."));
    auto replaced = editor.save();
    QVERIFY(replaced);
    QCOMPARE(replaced->outcome, RubricSaveOutcome::Replaced);
    QCOMPARE(replaced->rubric.uuid, created->rubric.uuid);
    QVERIFY(prompts.asked.isEmpty());
}

void tst_RubricEditor::exportAndImport()
{
    test::ScriptedPrompts prompts;
    ui::RubricEditorDialog editor(*m_db, prompts);
    QVERIFY(editor.loadRubric(QStringLiteral("Local pilot rubric")));
    const QString path = m_dir.filePath(QStringLiteral("pilot.json"));
    prompts.saveFileWith(path);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY2(prompts.errorTexts().isEmpty(), qPrintable(prompts.errorTexts().value(0)));
    auto read = RubricFile::read(path);
    QVERIFY(read);
    QVERIFY(read->sameDefinition(editor.rubric()));

    // Importing the same version changes nothing; a copy without UUIDs becomes a new rubric.
    QVERIFY(editor.importFile(path));
    QVERIFY(
        editor.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("already")));
    Rubric copy = *read;
    copy.uuid.clear();
    copy.seriesUuid.clear();
    copy.name = QStringLiteral("Copied pilot rubric");
    const QString copyPath = m_dir.filePath(QStringLiteral("copy.json"));
    QVERIFY(RubricFile::write(copyPath, copy));
    prompts.openFileWith(copyPath);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(editor.rubric().name, u"Copied pilot rubric");
    QVERIFY(RubricRepository(*m_db).get(QStringLiteral("Copied pilot rubric")));

    // A broken file is refused with a message naming it.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"name\": ");
    f.close();
    QVERIFY(!editor.importFile(broken));
    QVERIFY(prompts.errorTexts().last().contains(broken));

    // Unsaved changes are not exported.
    editor.findChild<QLineEdit *>(QStringLiteral("rubricNameEdit"))->setText(QStringLiteral("x"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("rubricNameEdit")), QStringLiteral("y"));
    QVERIFY(!editor.exportFile(path));
    QVERIFY(prompts.errorTexts().last().contains(QLatin1String("Save the rubric")));
}

void tst_RubricEditor::scoringActions()
{
    test::ScriptedPrompts prompts;
    QWidget parent;
    test::FixedCatalogue catalogue(*m_db);
    ui::ScoringActions scoring(&parent, prompts, catalogue);
    std::unique_ptr<ui::ScoreSheetDialog> dialog(
        scoring.createScoreSheet(*m_db, m_useCase, QStringLiteral("Ana")));
    QVERIFY(dialog);
    // The newest version of the rubric used most: version 3 of the default rubric (edited above).
    QCOMPARE(dialog->sheet()->rubric().version, 3);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("criteriaTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_2);
    QVERIFY(dialog->isWindowModified());
    prompts.saveWith(ui::Prompts::SaveChoice::Save);
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    QVERIFY(
        *AssessmentRepository(*m_db).find(m_useCase, dialog->sheet()->rubric().uuid, QStringLiteral("Ana")));

    QVERIFY(!scoring.createScoreSheet(*m_db, QStringLiteral("UC-NOPE"), QStringLiteral("Ana")));
    QVERIFY(prompts.errorTexts().last().contains(QLatin1String("UC-NOPE")));
    QVERIFY(!scoring.createScoreSheet(*m_db, m_useCase, QString()));
    std::unique_ptr<ui::RubricEditorDialog> editor(scoring.createRubricEditor(*m_db));
    QVERIFY(editor);
    QVERIFY(!scoring.createRubricEditor(*m_db, QStringLiteral("no such rubric")));
}

void tst_RubricEditor::screenshots()
{
    test::ScriptedPrompts prompts;
    for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        ui::RubricEditorDialog editor(*m_db, prompts);
        editor.setLayoutDirection(direction);
        QVERIFY(editor.loadRubric());
        editor.resize(1100, 760);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.select(1, 0);
        QVERIFY(
            test::screenshot(editor,
                             QStringLiteral("rubriceditor%1")
                                 .arg(direction == Qt::RightToLeft ? QStringLiteral("-rtl") : QString())));
    }
}

QTEST_MAIN(tst_RubricEditor)
#include "tst_RubricEditor.moc"
