// The score sheet, driven by keyboard offscreen: levels, N/A, unknown, live index, progress, saving.
#include "ScriptedPrompts.h"
#include "scoring/ScoreSheetModel.h"
#include "scoring/ScoreSheetWidget.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "Screenshots.h"
#include "VisibleText.h"

using namespace casebook;

class tst_ScoreSheet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fillByKeyboardUpdatesIndex();
    void otherAssessorStartsEmptyAndKeepsTheirOwn();
    void modelPassesTester();
    void refusesWithoutAssessor();
    void useCaseTitleInTheWindowsDirection();
    void screenshots();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_useCase;
};

void tst_ScoreSheet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("sheet.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    m_useCase = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-001"))->uuid;
}

void tst_ScoreSheet::fillByKeyboardUpdatesIndex()
{
    test::ScriptedPrompts prompts;
    ui::ScoreSheetWidget sheet(*m_db, prompts);
    QVERIFY(sheet.load(m_useCase, {}, QStringLiteral("Ana"), QStringLiteral("ITU-T SG20")));
    sheet.resize(1200, 720);
    sheet.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sheet));

    auto *table = sheet.findChild<QTableView *>(QStringLiteral("criteriaTable"));
    auto *index = sheet.findChild<QLabel *>(QStringLiteral("overallIndexLabel"));
    auto *progress = sheet.findChild<QLabel *>(QStringLiteral("progressLabel"));
    auto *dims = sheet.findChild<QLabel *>(QStringLiteral("dimensionScoresLabel"));
    auto *title = sheet.findChild<QLabel *>(QStringLiteral("criterionTitleLabel"));
    auto *facts = sheet.findChild<QPlainTextEdit *>(QStringLiteral("useCaseFacts"));
    auto *save = sheet.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(table && index && progress && dims && title && facts && save);
    QCOMPARE(progress->text(), QStringLiteral("0 of 12 scored"));
    QCOMPARE(index->text(),
             QStringLiteral("Overall index: not available · coverage 0% of the weight · below the rubric's "
                            "minimum of 75%: not ranked"));
    QVERIFY(facts->toPlainText().contains(QLatin1String("Santander")));
    QVERIFY(!save->isEnabled());

    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(title->text().startsWith(QLatin1String("A1")));
    // The level descriptors of the current criterion are on screen while choosing.
    auto *level4 = sheet.findChild<QLabel *>(QStringLiteral("levelButton4Descriptor"));
    QVERIFY(level4 && level4->isVisible());
    QVERIFY2(level4->text().contains(QLatin1String("conformance-tested devices")),
             qPrintable(level4->text()));

    // A1 = 4: (6·4) / 6 / 4 · 100 = 100, from one criterion of twelve: 6 of 100 weight points covered.
    QTest::keyClick(table, Qt::Key_4);
    QCOMPARE(index->text(),
             QStringLiteral("Overall index: 100.0 (incomplete) · coverage 6% of the weight · below the "
                            "rubric's minimum of 75%: not ranked"));
    QCOMPARE(progress->text(), QStringLiteral("1 of 12 scored"));
    QVERIFY(title->text().startsWith(QLatin1String("A2"))); // moved on
    QVERIFY(save->isEnabled());

    // A2 = 3, A3 N/A, A4 unknown, A5 = 2: (24 + 27 + 0 + 16) / (6 + 9 + 7 + 8) / 4 · 100 = 55.8; the
    // N/A A3 counts as covered: 6 + 9 + 10 + 7 + 8 = 40 of 100.
    QTest::keyClick(table, Qt::Key_3);
    QTest::keyClick(table, Qt::Key_N);
    QTest::keyClick(table, Qt::Key_U);
    QTest::keyClick(table, Qt::Key_2);
    QCOMPARE(index->text(),
             QStringLiteral("Overall index: 55.8 (incomplete) · coverage 40% of the weight · below the "
                            "rubric's minimum of 75%: not ranked"));
    QCOMPARE(progress->text(), QStringLiteral("5 of 12 scored"));
    QVERIFY2(dims->text().contains(QLatin1String("A Technical and data interoperability: 2.2")),
             qPrintable(dims->text()));
    auto *flags = sheet.findChild<QLabel *>(QStringLiteral("flagsLabel"));
    QVERIFY(flags->text().contains(QLatin1String("Unknown: A4")));

    // A digit outside the scale does nothing; Up and Delete clear A5 again.
    QTest::keyClick(table, Qt::Key_7);
    QCOMPARE(progress->text(), QStringLiteral("5 of 12 scored"));
    QTest::keyClick(table, Qt::Key_Up);
    QVERIFY(title->text().startsWith(QLatin1String("A5")));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(progress->text(), QStringLiteral("4 of 12 scored"));
    QTest::keyClick(table, Qt::Key_0); // A5 = 0: the "no global identification" warning
    QVERIFY(flags->text().contains(QLatin1String("No global identification")));
    // (24 + 27 + 0 + 0) / 30 / 4 · 100 = 42.5
    QCOMPARE(index->text(),
             QStringLiteral("Overall index: 42.5 (incomplete) · coverage 40% of the weight · below the "
                            "rubric's minimum of 75%: not ranked"));

    // Rationale, evidence and confidence of the current criterion (B1 after the move), by keyboard.
    QTest::keyClick(table, Qt::Key_Up);
    QVERIFY(title->text().startsWith(QLatin1String("A5")));
    QTest::keyClick(table, Qt::Key_Return);
    auto *rationale = sheet.findChild<QPlainTextEdit *>(QStringLiteral("rationaleEdit"));
    QTRY_VERIFY(rationale->hasFocus());
    QTest::keyClicks(rationale, QStringLiteral("Vendor serial numbers only"));
    QTest::keyClick(rationale, Qt::Key_Tab);
    auto *evidence = sheet.findChild<QLineEdit *>(QStringLiteral("evidenceEdit"));
    QTRY_VERIFY(evidence->hasFocus());
    QTest::keyClicks(evidence, QStringLiteral("https://example.org/santander"));
    QTest::keyClick(evidence, Qt::Key_Tab);
    auto *confidence = sheet.findChild<QComboBox *>(QStringLiteral("confidenceCombo"));
    QTRY_VERIFY(confidence->hasFocus());
    QTest::keyClick(confidence, Qt::Key_Down);
    QTest::keyClick(confidence, Qt::Key_Down);
    QCOMPARE(sheet.assessment().score(QStringLiteral("A5"))->confidence, Confidence::Medium);

    // Ctrl+S saves through the repository.
    QSignalSpy saved(&sheet, &ui::ScoreSheetWidget::saved);
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!sheet.isModified());
    QVERIFY(prompts.errorTexts().isEmpty());
    auto stored = AssessmentRepository(*m_db).find(m_useCase, sheet.rubric().uuid, QStringLiteral("Ana"));
    QVERIFY(stored && *stored);
    const Assessment a = **stored;
    QCOMPARE(a.assessorOrganization, u"ITU-T SG20");
    QCOMPARE(a.scores.size(), 5);
    QCOMPARE(a.score(QStringLiteral("A1"))->level, 4);
    QCOMPARE(a.score(QStringLiteral("A3"))->state, ScoreState::NotApplicable);
    QCOMPARE(a.score(QStringLiteral("A4"))->state, ScoreState::Unknown);
    QCOMPARE(a.score(QStringLiteral("A5"))->rationale, u"Vendor serial numbers only");
    QCOMPARE(a.score(QStringLiteral("A5"))->evidence, u"https://example.org/santander");

    // Reopening shows the saved answers and starts at the first unanswered criterion.
    ui::ScoreSheetWidget again(*m_db, prompts);
    QVERIFY(again.load(QStringLiteral("UC-EX-001"), sheet.rubric().uuid, QStringLiteral("Ana")));
    QCOMPARE(again.findChild<QLabel *>(QStringLiteral("overallIndexLabel"))->text(), index->text());
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("criterionTitleLabel"))
                ->text()
                .startsWith(QLatin1String("B1")));
}

void tst_ScoreSheet::otherAssessorStartsEmptyAndKeepsTheirOwn()
{
    test::ScriptedPrompts prompts;
    ui::ScoreSheetWidget bo(*m_db, prompts);
    QVERIFY(bo.load(m_useCase, {}, QStringLiteral("Bo")));
    QCOMPARE(bo.findChild<QLabel *>(QStringLiteral("progressLabel"))->text(),
             QStringLiteral("0 of 12 scored"));
    auto *table = bo.findChild<QTableView *>(QStringLiteral("criteriaTable"));
    QTest::keyClicks(table, QStringLiteral("1111"));
    QVERIFY(bo.isModified());
    prompts.saveWith(ui::Prompts::SaveChoice::Discard);
    QVERIFY(bo.maybeSave() == true); // discarded
    QCOMPARE(prompts.asked.size(), 1);
    prompts.saveWith(ui::Prompts::SaveChoice::Save);
    QVERIFY(bo.maybeSave());
    const auto ana = AssessmentRepository(*m_db).find(m_useCase, bo.rubric().uuid, QStringLiteral("Ana"));
    QCOMPARE((*ana)->scores.size(), 5);
    QCOMPARE((*ana)->revision, 1);
    const auto mine = AssessmentRepository(*m_db).find(m_useCase, bo.rubric().uuid, QStringLiteral("Bo"));
    QCOMPARE((*mine)->scores.size(), 4);
}

void tst_ScoreSheet::modelPassesTester()
{
    ui::ScoreSheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::ScriptedPrompts prompts;
    ui::ScoreSheetWidget sheet(*m_db, prompts);
    QVERIFY(sheet.load(m_useCase, {}, QStringLiteral("Ana")));
    model.setSheet(sheet.rubric(), sheet.assessment());
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(model.setAnswer(11, ScoreState::Level, 2));
    QVERIFY(!model.setAnswer(11, ScoreState::Level, 5));
    QVERIFY(!model.setAnswer(12, ScoreState::Level, 1));
    model.setConfidence(0, Confidence::High);
    QCOMPARE(model.index(0, int(ui::ScoreSheetModel::Column::Confidence)).data().toString(), u"high");
    QCOMPARE(model.index(11, 0).data(ui::ScoreSheetModel::CriterionIdRole).toString(), u"D2");
    const QModelIndex score = model.index(11, int(ui::ScoreSheetModel::Column::Score));
    QCOMPARE(score.data().toString(), u"2");
    QVERIFY(score.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("2 · Documented or partial: ")));
    model.setSheet(sheet.rubric(), Assessment());
    QCOMPARE(model.result().answeredCriteria, 0);
}

void tst_ScoreSheet::refusesWithoutAssessor()
{
    test::ScriptedPrompts prompts;
    ui::ScoreSheetWidget sheet(*m_db, prompts);
    const Status s = sheet.load(m_useCase, {}, QStringLiteral("  "));
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QLatin1String("name")));
    QVERIFY(!sheet.load(QStringLiteral("UC-NOPE"), {}, QStringLiteral("Ana")));
}

void tst_ScoreSheet::useCaseTitleInTheWindowsDirection()
{
    // "UC-EX-001 · SmartSantander ...": its first letter is Latin, yet in a right-to-left window the
    // label is right to left (QLabel takes its direction and alignment from its text).
    for (Qt::LayoutDirection window : {Qt::LeftToRight, Qt::RightToLeft}) {
        QGuiApplication::setLayoutDirection(window);
        test::ScriptedPrompts prompts;
        ui::ScoreSheetWidget sheet(*m_db, prompts);
        QVERIFY(sheet.load(m_useCase, {}, QStringLiteral("Ana"), QString()));
        auto *label = sheet.findChild<QLabel *>(QStringLiteral("useCaseTitleLabel"));
        QVERIFY(label);
        QCOMPARE(label->text().isRightToLeft(), window == Qt::RightToLeft);
        QCOMPARE(test::visibleText(label->text()),
                 QStringLiteral("UC-EX-001 · SmartSantander city-scale IoT testbed"));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_ScoreSheet::screenshots()
{
    test::ScriptedPrompts prompts;
    for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        ui::ScoreSheetWidget sheet(*m_db, prompts);
        sheet.setLayoutDirection(direction);
        QVERIFY(sheet.load(m_useCase, {}, QStringLiteral("Ana")));
        sheet.resize(1200, 720);
        sheet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sheet));
        sheet.selectCriterion(QStringLiteral("B1"));
        QVERIFY(
            test::screenshot(sheet,
                             QStringLiteral("scoresheet%1")
                                 .arg(direction == Qt::RightToLeft ? QStringLiteral("-rtl") : QString())));
    }
}

QTEST_MAIN(tst_ScoreSheet)
#include "tst_ScoreSheet.moc"
