#include "CompareShots.h"

#include "compare/CompareView.h"
#include "compare/CompareWindow.h"
#include "compare/RoundsPanel.h"
#include "compare/WeightPanel.h"
#include "model/AssessorIdentity.h"
#include "model/RubricJson.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/UseCaseRepository.h"
#include "widgets/WidgetPrompts.h"
#include "workshop/WorkshopRounds.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QTextStream>

namespace casebook::tools {

namespace {

bool grabTo(QWidget *w, const QString &out, const QString &name, const QString &suffix)
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
    const QString path = QDir(out).filePath(name + suffix + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

/// Three assessors for six examples: a base level per criterion, and each assessor's own shift on a
/// few criteria, so some criteria are agreed and others are argued about.
bool scoreExamples(Database &db)
{
    const Rubric rubric = RubricJson::defaultRubric();
    const struct
    {
        const char *code;
        QList<int> base; // A1..A5, B1, B2, C1..C3, D1, D2
    } cases[] = {
        {"UC-EX-001", {3, 3, 2, 3, 2, 2, 3, 3, 2, 3, 2, 2}},
        {"UC-EX-002", {2, 1, 2, 1, 1, 1, 2, 1, 2, 1, 3, 3}},
        {"UC-EX-004", {4, 3, 3, 4, 3, 3, 3, 4, 3, 3, 2, 1}},
        {"UC-EX-005", {1, 2, 1, 2, 2, 2, 1, 2, 1, 1, 4, 4}},
        {"UC-EX-007", {3, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 2}},
        {"UC-EX-008", {2, 2, 1, 1, 2, 1, 1, 1, 1, 2, 4, 3}},
    };
    const struct
    {
        const char *name;
        QList<int> shift;
    } assessors[] = {
        {"Ana Costa", {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {"Li Wei", {0, 1, 0, 0, -1, 0, 0, 1, 0, 0, 0, 1}},
        {"Kofi Mensah", {1, 0, -2, 0, 0, 1, 0, -1, 0, 2, 0, 0}},
    };
    UseCaseRepository useCases(db);
    AssessmentRepository repo(db);
    for (const auto &c : cases) {
        auto u = useCases.get(QLatin1String(c.code));
        if (!u)
            return false;
        for (const auto &who : assessors) {
            Assessment a;
            a.useCaseUuid = u->uuid;
            a.rubricUuid = rubric.uuid;
            a.assessorName = QLatin1String(who.name);
            int i = 0;
            for (const auto &d : rubric.dimensions) {
                for (const auto &criterion : d.criteria) {
                    const int level = std::clamp(c.base.value(i) + who.shift.value(i), 0, 4);
                    a.scores.append({criterion.id, ScoreState::Level, level, {}, {}, {}});
                    ++i;
                }
            }
            if (!repo.save(a))
                return false;
        }
    }
    return true;
}

/// Two rounds of a workshop on three use cases: round 1 far apart on a few criteria, round 2 closer,
/// each change with its reason.
bool runRounds(Database &db, const Workshop &workshop, const QStringList &useCases)
{
    WorkshopRounds rounds(db);
    const char *assessors[] = {"Ana Costa", "Li Wei", "Kofi Mensah"};
    const QList<QList<int>> first = {{4, 1, 2}, {3, 3, 1}, {2, 4, 2}}; // per assessor: A1, A3, B1
    const QList<QList<int>> second = {{3, 2, 2}, {3, 3, 2}, {3, 3, 2}};
    const QStringList criteria{QStringLiteral("A1"), QStringLiteral("A3"), QStringLiteral("B1")};
    for (int round = 0; round < 2; ++round) {
        if (!rounds.openRound(workshop.uuid))
            return false;
        for (int a = 0; a < 3; ++a) {
            const QString name = QLatin1String(assessors[a]);
            QList<RoundScore> scores;
            for (const QString &useCase : useCases) {
                for (int c = 0; c < criteria.size(); ++c) {
                    const int level = (round == 0 ? first : second)[a][c];
                    const bool changed = round == 1 && level != first[a][c];
                    scores.append({useCase, criteria[c], ScoreState::Level, level,
                                   changed ? QStringLiteral("Heard the others' evidence") : QString()});
                }
            }
            if (!rounds.score(workshop.uuid, AssessorIdentity::fromName(name), name, scores))
                return false;
        }
        if (!rounds.reveal(workshop.uuid))
            return false;
    }
    return true;
}

} // namespace

bool compareShots(Database &db, const QString &out, const QString &suffix)
{
    if (!scoreExamples(db))
        return false;
    ui::WidgetPrompts prompts;
    ui::CompareWindow window(db, prompts);
    window.show();
    QStringList codes;
    for (const char *code :
         {"UC-EX-001", "UC-EX-002", "UC-EX-003", "UC-EX-004", "UC-EX-005", "UC-EX-007", "UC-EX-008"})
        codes.append(UseCaseRepository(db).get(QLatin1String(code))->uuid);
    window.start(codes, {}); // as from the catalogue with these seven selected
    if (window.data().useCases.size() != codes.size())
        return false;
    bool ok = true;
    const QPair<ui::CompareWindow::View, const char *> views[] = {
        {ui::CompareWindow::View::Ranking, "compare-ranking"},
        {ui::CompareWindow::View::Bars, "compare-bars"},
        {ui::CompareWindow::View::HeatMap, "compare-heat-map"},
        {ui::CompareWindow::View::Radar, "compare-radar"},
        {ui::CompareWindow::View::Fields, "compare-fields"},
        {ui::CompareWindow::View::Disagreement, "compare-disagreement"},
    };
    for (const auto &v : views) {
        window.setCurrentView(v.first);
        ok &= grabTo(&window, out, QLatin1String(v.second), suffix);
    }
    // What if trust and lifecycle (B) weighed 40 instead of 16?
    window.setCurrentView(ui::CompareWindow::View::Ranking);
    window.weightPanel()->slider(QStringLiteral("B"))->setValue(40);
    ok &= grabTo(&window, out, QStringLiteral("compare-what-if"), suffix);
    window.weightPanel()->resetToRubric();

    window.setCurrentView(ui::CompareWindow::View::HeatMap);
    window.present();
    ok &= grabTo(&window, out, QStringLiteral("compare-presentation"), suffix);
    window.revealScores();
    ok &= grabTo(&window, out, QStringLiteral("compare-presentation-revealed"), suffix);
    window.leavePresentation();

    // A workshop of the first three, with two rounds revealed.
    if (!window.compare(codes.mid(0, 3)) || !window.saveWorkshop(QStringLiteral("SG20 Valencia workshop")))
        return false;
    ok &= runRounds(db, *window.workshop(), codes.mid(0, 3));
    ok &= window.openWorkshop(QStringLiteral("SG20 Valencia workshop")).ok();
    window.setCurrentView(ui::CompareWindow::View::Rounds);
    ok &= grabTo(&window, out, QStringLiteral("compare-rounds"), suffix);
    window.present();
    window.setCurrentView(ui::CompareWindow::View::Rounds);
    ok &= grabTo(&window, out, QStringLiteral("compare-rounds-presentation"), suffix);
    window.leavePresentation();
    window.close();
    return ok;
}

} // namespace casebook::tools
