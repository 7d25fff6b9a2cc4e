// The comparison workspace driven by keyboard and scripted prompts, offscreen: 2..12 limits, a weight
// change that reorders the ranking table, presentation mode entered (F5) and left (Esc) by keyboard
// with scores hidden until R, and charts exported as PNG and SVG.
#include "ScriptedPrompts.h"
#include "compare/CellTableModel.h"
#include "compare/CompareView.h"
#include "compare/CompareWindow.h"
#include "compare/RoundScoreDialog.h"
#include "compare/RoundsPanel.h"
#include "compare/WeightPanel.h"
#include "model/AssessorIdentity.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/RoundSheetRepository.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "storage/WorkshopRepository.h"
#include "support/Clock.h"
#include "workshop/WorkshopRounds.h"

#include <QComboBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casebook;

namespace {

/// One assessment of the default rubric: `a` on every criterion of dimension A, `other` elsewhere.
Assessment levels(const QString &useCaseUuid, const QString &assessor, int a, int other)
{
    const Rubric rubric = RubricJson::defaultRubric();
    Assessment out;
    out.useCaseUuid = useCaseUuid;
    out.rubricUuid = rubric.uuid;
    out.assessorName = assessor;
    for (const RubricDimension &d : rubric.dimensions) {
        for (const RubricCriterion &c : d.criteria)
            out.scores.append({c.id, ScoreState::Level, d.id == QLatin1String("A") ? a : other, {}, {}, {}});
    }
    return out;
}

QStringList column(const QTableView *table, int column)
{
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out.append(table->model()->index(r, column).data().toString());
    return out;
}

} // namespace

class tst_CompareWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesFewerThanTwoOrMoreThanTwelve();
    void weightChangeReordersTheRankingTable();
    void presentationByKeyboard();
    void exportsPngAndSvg();
    void startsFromTheCatalogue();
    void workshopSavedWithRoundsAndReopened();
    void roundScoredInTheWindow();

private:
    std::unique_ptr<ui::CompareWindow> openWindow(test::ScriptedPrompts &prompts);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC)};
};

void tst_CompareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("compare.sqlite")));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(Seeder::seed(*m_db, true));
    UseCaseRepository useCases(*m_db);
    AssessmentRepository assessments(*m_db);
    for (const char *code : {"UC-EX-011", "UC-EX-012"}) { // twelve use cases in all
        UseCase extra;
        extra.code = QLatin1String(code);
        extra.title = QStringLiteral("Extra use case %1").arg(extra.code);
        QVERIFY(useCases.insert(extra));
    }
    // With the rubric's weights (A 40 of 100): UC-EX-002 60, UC-EX-003 50, UC-EX-001 40.
    const QString one = useCases.get(QStringLiteral("UC-EX-001"))->uuid;
    QVERIFY(assessments.save(levels(one, QStringLiteral("Ana Costa"), 4, 0)));
    QVERIFY(assessments.save(levels(one, QStringLiteral("Li Wei"), 4, 0)));
    QVERIFY(assessments.save(
        levels(useCases.get(QStringLiteral("UC-EX-002"))->uuid, QStringLiteral("Ana Costa"), 0, 4)));
    QVERIFY(assessments.save(
        levels(useCases.get(QStringLiteral("UC-EX-003"))->uuid, QStringLiteral("Li Wei"), 2, 2)));
}

std::unique_ptr<ui::CompareWindow> tst_CompareWindow::openWindow(test::ScriptedPrompts &prompts)
{
    auto window = std::make_unique<ui::CompareWindow>(*m_db, prompts);
    window->setClock(&m_clock);
    window->resize(1024, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    const Status s = window->compare(
        {QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-003")});
    return s.ok() ? std::move(window) : nullptr;
}

void tst_CompareWindow::refusesFewerThanTwoOrMoreThanTwelve()
{
    test::ScriptedPrompts prompts;
    auto window = openWindow(prompts);
    QVERIFY(window);
    const QStringList before = column(window->view(ui::CompareWindow::View::Ranking)->table(), 2);

    const Status one = window->compare({QStringLiteral("UC-EX-001")});
    QVERIFY(!one.ok());
    QCOMPARE(window->message(), QStringLiteral("Choose at least 2 use cases to compare; 1 chosen."));
    QStringList thirteen;
    for (int i = 0; i < 13; ++i)
        thirteen.append(QStringLiteral("UC-EX-%1").arg(i + 1, 3, 10, QLatin1Char('0')));
    QVERIFY(!window->compare(thirteen).ok());
    QCOMPARE(window->message(),
             QStringLiteral("Choose at most 12 use cases to compare; 13 chosen. Narrow the selection, the "
                            "tag or the search."));
    // The views keep what they showed.
    QCOMPARE(column(window->view(ui::CompareWindow::View::Ranking)->table(), 2), before);

    QVERIFY(window->compare(thirteen.mid(0, 12)).ok());
    QCOMPARE(window->message(), QString());
    QCOMPARE(window->view(ui::CompareWindow::View::Fields)->model()->columnCount(), 2 + 12);
}

void tst_CompareWindow::weightChangeReordersTheRankingTable()
{
    test::ScriptedPrompts prompts;
    auto window = openWindow(prompts);
    QVERIFY(window);
    QTableView *ranking = window->view(ui::CompareWindow::View::Ranking)->table();
    QCOMPARE(
        column(ranking, 2),
        (QStringList{QStringLiteral("UC-EX-002"), QStringLiteral("UC-EX-003"), QStringLiteral("UC-EX-001")}));
    QCOMPARE(column(ranking, 1),
             (QStringList{QStringLiteral("="), QStringLiteral("="), QStringLiteral("=")}));

    // Dimension A from 40 to 100 by keyboard: A now outweighs the rest (100 against 60).
    QSlider *a = window->weightPanel()->slider(QStringLiteral("A"));
    QVERIFY(a);
    QCOMPARE(a->value(), 40);
    // Beside the slider: how far A may move before UC-EX-002 loses first place (core WeightStability).
    auto *stability = window->findChild<QLabel *>(QStringLiteral("AStabilityLabel"));
    QVERIFY(stability && stability->isVisible());
    QVERIFY2(stability->text().startsWith(QLatin1String("Top stays from 0 to ")),
             qPrintable(stability->text()));
    a->setFocus();
    QTest::keyClick(a, Qt::Key_End);
    QCOMPARE(a->value(), 100);
    QCOMPARE(
        column(ranking, 2),
        (QStringList{QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-003"), QStringLiteral("UC-EX-002")}));
    QCOMPARE(column(ranking, 1),
             (QStringList{QStringLiteral("▲2"), QStringLiteral("="), QStringLiteral("▼2")}));
    QCOMPARE(column(ranking, 4).first(), QStringLiteral("62.5"));
    QVERIFY(window->figure(ui::CompareWindow::View::Bars).weights.startsWith(QStringLiteral("A 100 · B 16")));

    // Reset to the rubric brings the first order back.
    window->findChild<QAction *>(QStringLiteral("resetWeightsAction"))->trigger();
    QCOMPARE(a->value(), 40);
    QCOMPARE(column(ranking, 2).first(), QStringLiteral("UC-EX-002"));

    // A named weight set comes back from the list.
    QTest::keyClick(a, Qt::Key_End);
    prompts.textWith(QStringLiteral("Interoperability first"));
    window->weightPanel()->saveAs();
    QCOMPARE(window->weightPanel()->namedSets().size(), 1);
    QCOMPARE(window->weightPanel()->namedSets().first().name, QStringLiteral("Interoperability first"));
    window->weightPanel()->resetToRubric();
    window->weightPanel()->setWeights(window->weightPanel()->namedSets().first().weights);
    QCOMPARE(column(ranking, 2).first(), QStringLiteral("UC-EX-001"));
}

void tst_CompareWindow::presentationByKeyboard()
{
    test::ScriptedPrompts prompts;
    auto window = openWindow(prompts);
    QVERIFY(window);
    window->activateWindow();
    const QFont normalFont = window->font();
    QTableView *ranking = window->view(ui::CompareWindow::View::Ranking)->table();

    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(window->isPresenting());
    QVERIFY(window->isFullScreen());
    QVERIFY(!window->menuBar()->isVisible());
    QVERIFY(window->font().pointSizeF() >= 2 * normalFont.pointSizeF() - 0.01);
    QVERIFY(window->scoresHidden());
    QCOMPARE(column(ranking, 4),
             (QStringList{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")}));

    // Right goes to the next view, Left back; Down walks the use cases.
    QTest::keyClick(window.get(), Qt::Key_Right);
    QCOMPARE(window->currentView(), ui::CompareWindow::View::Bars);
    QTest::keyClick(window.get(), Qt::Key_Left);
    QCOMPARE(window->currentView(), ui::CompareWindow::View::Ranking);
    QTest::keyClick(window.get(), Qt::Key_Down);
    QCOMPARE(ranking->currentIndex().row(), 0);
    QTest::keyClick(window.get(), Qt::Key_Down);
    QCOMPARE(ranking->currentIndex().row(), 1);

    // Assessors are letters in the heat map's tooltips once revealed.
    QTest::keyClick(window.get(), Qt::Key_R);
    QVERIFY(!window->scoresHidden());
    QCOMPARE(column(ranking, 4).first(), QStringLiteral("60.0"));
    const QTableView *heat = window->view(ui::CompareWindow::View::HeatMap)->table();
    const QString tip = heat->model()->index(0, 3).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("A: 4, B: 4")), qPrintable(tip));
    QVERIFY(!tip.contains(QLatin1String("Ana")));

    QTest::keyClick(window.get(), Qt::Key_Escape);
    QVERIFY(!window->isPresenting());
    QVERIFY(!window->isFullScreen());
    QVERIFY(window->menuBar()->isVisible());
    QCOMPARE(window->font(), normalFont);
    QVERIFY(
        heat->model()->index(0, 3).data(Qt::ToolTipRole).toString().contains(QLatin1String("Ana Costa: 4")));
}

void tst_CompareWindow::exportsPngAndSvg()
{
    test::ScriptedPrompts prompts;
    auto window = openWindow(prompts);
    QVERIFY(window);
    QTemporaryDir out;
    window->setCurrentView(ui::CompareWindow::View::HeatMap);
    const QString png = out.filePath(QStringLiteral("heat.png"));
    prompts.saveFileWith(png).itemWith(QStringLiteral("1920 pixels wide"));
    window->exportChart();
    QCOMPARE(prompts.errorTexts(), QStringList());
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size().width(), 1920);

    window->setCurrentView(ui::CompareWindow::View::Radar);
    const QString svg = out.filePath(QStringLiteral("radar.svg"));
    prompts.saveFileWith(svg);
    window->exportChart();
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("<svg")));
    QVERIFY(text.contains(QLatin1String("Casebook, 2026-12-02")));
    QVERIFY(text.contains(QStringLiteral("Weights: A 40 · B 16 · C 24 · D 20")));
    QCOMPARE(prompts.pending(), 0);

    // A view without a chart says so instead of asking for a file.
    window->setCurrentView(ui::CompareWindow::View::Fields);
    window->exportChart();
    QCOMPARE(prompts.texts(test::ScriptedPrompts::Message::Info).last(),
             QStringLiteral("This view has no chart to export."));
}

void tst_CompareWindow::startsFromTheCatalogue()
{
    test::ScriptedPrompts prompts;
    ui::CompareWindow window(*m_db, prompts);
    window.start({QStringLiteral("UC-EX-001")}, QStringLiteral("vertical:energy"));
    // One selected: the search is offered instead, nothing compared yet.
    auto *source = window.findChild<QComboBox *>(QStringLiteral("sourceCombo"));
    auto *value = window.findChild<QComboBox *>(QStringLiteral("sourceValueCombo"));
    auto *rubric = window.findChild<QComboBox *>(QStringLiteral("rubricCombo"));
    QCOMPARE(source->currentText(), QStringLiteral("Search"));
    QCOMPARE(value->currentText(), QStringLiteral("vertical:energy"));
    QVERIFY(rubric->currentText().startsWith(RubricJson::defaultRubric().name));
    QVERIFY(window.data().useCases.isEmpty());

    const QStringList three{QStringLiteral("UC-EX-001"), QStringLiteral("UC-EX-002"),
                            QStringLiteral("UC-EX-003")};
    window.start(three, {});
    QCOMPARE(source->currentText(), QStringLiteral("Selected use cases"));
    QCOMPARE(value->currentText(), QStringLiteral("Selected in the catalogue: 3"));
    QCOMPARE(window.data().useCases.size(), 3);

    // A tag naming no use case is refused with the count.
    source->setCurrentIndex(source->findText(QStringLiteral("Search")));
    value->setCurrentText(QStringLiteral("nothing-matches-this-xyz"));
    QVERIFY(!window.compareChosen().ok());
    QCOMPARE(window.message(), QStringLiteral("Choose at least 2 use cases to compare; 0 chosen."));

    // Enter in the search compares what it finds.
    value->setCurrentText(QStringLiteral("\"Extra use case\""));
    QTest::keyClick(value->lineEdit(), Qt::Key_Return);
    QCOMPARE(window.data().useCases.size(), 2); // UC-EX-011 and UC-EX-012
}

void tst_CompareWindow::workshopSavedWithRoundsAndReopened()
{
    test::ScriptedPrompts prompts;
    auto window = openWindow(prompts);
    QVERIFY(window);
    window->weightPanel()->slider(QStringLiteral("A"))->setValue(100);
    prompts.textWith(QStringLiteral("Interoperability first"));
    window->weightPanel()->saveAs();
    window->setCurrentView(ui::CompareWindow::View::HeatMap);
    prompts.textWith(QStringLiteral("Valencia workshop"));
    QVERIFY(window->saveWorkshop().ok());
    auto stored = WorkshopRepository(*m_db).get(QStringLiteral("Valencia workshop"));
    QVERIFY(stored);
    QCOMPARE(stored->useCaseUuids.size(), 3);
    QCOMPARE(stored->rubricUuid, window->data().rubric.uuid);
    QCOMPARE(stored->view, QStringLiteral("heatmap"));
    QCOMPARE(stored->weightSets.size(), 1);
    QCOMPARE(stored->weightSets.first().name, QStringLiteral("Interoperability first"));
    QCOMPARE(stored->weightSets.first().weights.value(QStringLiteral("A")), 100.0);

    // Round 1: two assessors far apart on A1 of UC-EX-001; hidden until revealed.
    ui::RoundsPanel *rounds = window->roundsPanel();
    window->setCurrentView(ui::CompareWindow::View::Rounds);
    QTest::mouseClick(rounds->findChild<QPushButton *>(QStringLiteral("openRoundButton")), Qt::LeftButton);
    QVERIFY2(rounds->status().contains(QLatin1String("round 1, open")), qPrintable(rounds->status()));
    const QString one = UseCaseRepository(*m_db).get(QStringLiteral("UC-EX-001"))->uuid;
    const auto scoreA1 = [&](const QString &who, int level, const QString &reason) {
        return WorkshopRounds(*m_db)
            .score(stored->uuid, AssessorIdentity::fromName(who), who,
                   {RoundScore{one, QStringLiteral("A1"), ScoreState::Level, level, reason}})
            .ok();
    };
    QVERIFY(scoreA1(QStringLiteral("Ana Costa"), 4, {}));
    QVERIFY(scoreA1(QStringLiteral("Li Wei"), 1, {}));
    window->roundsPanel()->reload();
    QCOMPARE(rounds->distributionView()->model()->rowCount(), 0);
    QTest::mouseClick(rounds->findChild<QPushButton *>(QStringLiteral("revealRoundButton")), Qt::LeftButton);
    QVERIFY(rounds->status().contains(QLatin1String("round 1, revealed")));
    const ui::CellTableModel *distribution = rounds->distributionView()->model();
    QCOMPARE(distribution->rowCount(), 1);
    QCOMPARE(distribution->headerData(2, Qt::Horizontal).toString(), QStringLiteral("A"));
    QCOMPARE(distribution->headerData(3, Qt::Horizontal).toString(), QStringLiteral("B"));
    QCOMPARE(distribution->cell(0, 5).text, QStringLiteral("3")); // spread
    for (int c = 0; c < distribution->columnCount(); ++c)
        QVERIFY(!distribution->headerData(c, Qt::Horizontal).toString().contains(QLatin1String("Ana")));

    // Round 2: they meet at 3, with reasons; the spread of A1 moves from 3 to 0.
    QTest::mouseClick(rounds->findChild<QPushButton *>(QStringLiteral("openRoundButton")), Qt::LeftButton);
    QVERIFY(rounds->status().contains(QLatin1String("round 2, open")));
    QVERIFY(scoreA1(QStringLiteral("Ana Costa"), 3, QStringLiteral("Only one city runs it")));
    QVERIFY(scoreA1(QStringLiteral("Li Wei"), 3, QStringLiteral("The APIs are documented")));
    QTest::mouseClick(rounds->findChild<QPushButton *>(QStringLiteral("revealRoundButton")), Qt::LeftButton);
    const ui::CellTableModel *agreement = rounds->agreementView()->model();
    QCOMPARE(agreement->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Spread, round 1"));
    QCOMPARE(agreement->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Spread, round 2"));
    QCOMPARE(agreement->cell(0, 1).text, QStringLiteral("3.0"));
    QCOMPARE(agreement->cell(0, 3).text, QStringLiteral("0.0 ▼3.0"));
    QCOMPARE(distribution->cell(0, 2).tip, QStringLiteral("Only one city runs it"));

    // Reopened in another window: the same use cases, weight sets, view and rounds.
    ui::CompareWindow again(*m_db, prompts);
    QVERIFY(again.openWorkshop(QStringLiteral("Valencia workshop")).ok());
    QCOMPARE(again.data().useCases.size(), 3);
    QCOMPARE(again.currentView(), ui::CompareWindow::View::HeatMap);
    QCOMPARE(again.weightPanel()->namedSets().size(), 1);
    QVERIFY(again.roundsPanel()->status().contains(QLatin1String("round 2, revealed")));
    QVERIFY(!again.openWorkshop(QStringLiteral("No such workshop")).ok());
}

void tst_CompareWindow::roundScoredInTheWindow()
{
    test::ScriptedPrompts prompts;
    auto window = openWindow(prompts);
    QVERIFY(window);
    prompts.textWith(QStringLiteral("Room workshop"));
    QVERIFY(window->saveWorkshop().ok());
    const QString uuid = WorkshopRepository(*m_db).get(QStringLiteral("Room workshop"))->uuid;
    ui::RoundsPanel *rounds = window->roundsPanel();
    QVERIFY(!rounds->createScoreDialog(QStringLiteral("x"), QStringLiteral("Ana"))); // no open round yet
    QTest::mouseClick(rounds->findChild<QPushButton *>(QStringLiteral("openRoundButton")), Qt::LeftButton);
    QVERIFY(rounds->findChild<QPushButton *>(QStringLiteral("scoreRoundButton"))->isEnabled());
    const QString ana = AssessorIdentity::fromName(QStringLiteral("Ana Costa"));

    // Round 1: Ana answers A1 of the first use case with 4; one row per use case and criterion.
    std::unique_ptr<ui::RoundScoreDialog> first(rounds->createScoreDialog(ana, QStringLiteral("Ana Costa")));
    QVERIFY(first);
    QCOMPARE(first->table()->rowCount(), 3 * 12);
    QCOMPARE(first->table()->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("A1"));
    first->answer(0)->setCurrentIndex(first->answer(0)->findData(QStringLiteral("4")));
    QVERIFY(first->save().ok());
    auto sheet = RoundSheetRepository(*m_db).find(uuid, 1, ana);
    QVERIFY(sheet && *sheet);
    QCOMPARE((*sheet)->scores.size(), 1);
    QCOMPARE((*sheet)->scores.first().level, 4);

    // Round 2: a change without a reason is refused and nothing is written; with one it is kept.
    QTest::mouseClick(rounds->findChild<QPushButton *>(QStringLiteral("revealRoundButton")), Qt::LeftButton);
    QTest::mouseClick(rounds->findChild<QPushButton *>(QStringLiteral("openRoundButton")), Qt::LeftButton);
    std::unique_ptr<ui::RoundScoreDialog> second(rounds->createScoreDialog(ana, QStringLiteral("Ana Costa")));
    QVERIFY(second);
    QCOMPARE(second->table()->item(0, 2)->text(), QStringLiteral("4")); // her answer of round 1
    second->answer(0)->setCurrentIndex(second->answer(0)->findData(QStringLiteral("3")));
    QVERIFY(!second->save().ok());
    QVERIFY2(second->message().contains(QLatin1String("give a reason")), qPrintable(second->message()));
    auto none = RoundSheetRepository(*m_db).find(uuid, 2, ana);
    QVERIFY(none && !*none);
    second->reason(0)->setText(QStringLiteral("Only one city runs it"));
    QVERIFY(second->save().ok());
    auto kept = RoundSheetRepository(*m_db).find(uuid, 2, ana);
    QVERIFY(kept && *kept);
    QCOMPARE((*kept)->scores.first().level, 3);
    QCOMPARE((*kept)->scores.first().reason, QStringLiteral("Only one city runs it"));
}

QTEST_MAIN(tst_CompareWindow)
#include "tst_CompareWindow.moc"
