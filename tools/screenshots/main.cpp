// Renders the screenshots of docs/user-guide.md from the real application, offscreen, on a fresh
// repository with the example use cases. Run scripts/make-screenshots.sh.
#include "ImportShots.h"
#include "editor/UseCaseEditor.h"
#include "mainwindow/MainWindow.h"
#include "model/RubricJson.h"
#include "scoring/ScoreSheetDialog.h"
#include "scoring/ScoringActions.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "widgets/SystemDesktop.h"
#include "widgets/WidgetPrompts.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace casebook;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name);
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Casebook-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/images");
    QDir().mkpath(out);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("guide.sqlite")));
    if (!db || !Seeder::seed(**db, true))
        return 1;
    (*db)->setContributor(QStringLiteral("Amina Haddad"));

    // Two assessments, so the list shows a score.
    const Rubric rubric = RubricJson::defaultRubric();
    const QString vlci = UseCaseRepository(**db).get(QStringLiteral("UC-EX-003"))->uuid;
    const QList<int> ana{3, 3, 3, 2, 2, 1, 1, 3, 3, 2, 4, 3};
    const QList<int> li{3, 3, 4, 2, 3, 2, 1, 3, 2, 2, 4, 3};
    for (const auto &assessor :
         {qMakePair(QStringLiteral("Ana Costa"), ana), qMakePair(QStringLiteral("Li Wei"), li)}) {
        Assessment a;
        a.useCaseUuid = vlci;
        a.rubricUuid = rubric.uuid;
        a.assessorName = assessor.first;
        int i = 0;
        for (const auto &d : rubric.dimensions) {
            for (const auto &c : d.criteria)
                a.scores.append({c.id, ScoreState::Level, assessor.second.value(i++), {}, {}, {}});
        }
        if (!AssessmentRepository(**db).save(a))
            return 1;
    }

    ui::WidgetPrompts prompts;
    ui::SystemDesktop desktop;
    ui::MainWindow window(std::move(*db), prompts, desktop);
    window.resize(1400, 860);
    window.setWelcomeVisible(true);
    window.show();
    bool ok = save(&window, out, QStringLiteral("main-window.png"));

    window.setWelcomeVisible(false);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("sensors sdg:11 stage:operational,pilot"));
    QTest::keyClick(search, Qt::Key_Return);
    ok &= save(&window, out, QStringLiteral("search.png"));

    search->setText(QStringLiteral("region:Africa"));
    QTest::keyClick(search, Qt::Key_Return);
    settle();
    window.editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(1);
    ok &= save(&window, out, QStringLiteral("editor.png"));

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    settle();
    ui::ScoringActions scoring(&window, prompts, window);
    ui::ScoreSheetDialog *sheet =
        scoring.createScoreSheet(window.database(), vlci, QStringLiteral("Amina Haddad"));
    if (sheet) {
        sheet->resize(1300, 780);
        sheet->show();
        ok &= save(sheet, out, QStringLiteral("score-sheet.png"));
        sheet->close();
        delete sheet;
    }
    ok &= tools::importShots(out, dir.path());
    return ok ? 0 : 1;
}
