// Renders the screenshots of docs/user-guide.md from the real application, offscreen, on a fresh
// repository with the example use cases, on one screen of the size asked for (1024x700 unless
// told otherwise), every window at the size it opens at. Run scripts/make-screenshots.sh.
// Usage: casebook-screenshots DIR [WIDTHxHEIGHT [FILE-NAME-SUFFIX [LANGUAGE]]]
#include "CompareShots.h"
#include "ImportShots.h"
#include "OffscreenScreen.h"
#include "editor/UseCaseEditor.h"
#include "mainwindow/MainWindow.h"
#include "model/RubricJson.h"
#include "scoring/RubricEditorDialog.h"
#include "scoring/ScoreSheetDialog.h"
#include "scoring/ScoringActions.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "widgets/SystemDesktop.h"
#include "widgets/WidgetPrompts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace casebook;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

QString g_suffix; ///< added to every file name: "-1024x700" makes main-window-1024x700.png

/// Standardization gaps on a few examples (they ship without any), for the gap register's picture.
bool addExampleGaps(Database &db)
{
    struct Gap
    {
        const char *code, *description, *facet, *sdo, *question, *priority, *status;
    };
    const Gap gaps[] = {
        {"UC-EX-001", "No common data model for city sensor observations across platforms", "semantic",
         "ETSI", "Q2/20", "high", "liaised"},
        {"UC-EX-003", "No common data model for city sensor observations between neighbouring cities",
         "semantic", "ETSI", "Q2/20", "high", "identified"},
        {"UC-EX-003",
         "Open-data licences of city datasets are not machine-readable, which blocks automated reuse",
         "policy", "ITU-T", "Q1/20", "low", "identified"},
        {"UC-EX-004", "Roadside unit message sets differ between pilot sites", "syntactic", "ETSI", "",
         "high", "liaised"},
        {"UC-EX-007", "Meter-to-grid interface profiles are national; no international profile", "syntactic",
         "IEC", "Q4/20", "medium", "work_item"},
        {"UC-EX-008", "No standard for remote lock-out of pay-as-you-go devices", "policy", "ITU-T", "Q4/20",
         "medium", "identified"},
        {"UC-EX-009", "Onboarding of home health sensors differs per vendor", "behavioural", "oneM2M",
         "Q4/20", "low", "identified"},
    };
    UseCaseRepository repo(db);
    for (const Gap &g : gaps) {
        auto u = repo.get(QLatin1String(g.code));
        if (!u)
            return false;
        u->gaps.append({QString::fromUtf8(g.description), QLatin1String(g.facet), QLatin1String(g.sdo),
                        QLatin1String(g.question), QLatin1String(g.priority), QLatin1String(g.status)});
        if (!repo.update(*u))
            return false;
    }
    return true;
}

bool save(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + g_suffix + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

/// "1920x1080" as a size; 1024x700 when absent or unreadable.
QSize screenSize(int argc, char *argv[])
{
    const QStringList parts =
        argc > 2 ? QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x')) : QStringList();
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
    return size.isValid() && !size.isEmpty() ? size : QSize(1024, 700);
}

} // namespace

int main(int argc, char *argv[])
{
    // The first argument is the folder written into: an option there (--help, say) is never taken
    // for one, which would fill a folder named after it wherever the tool was started.
    if (argc > 1 && argv[1][0] == '-') {
        const bool help = qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0;
        std::fputs("Usage: casebook-screenshots DIR [WIDTHxHEIGHT [FILE-NAME-SUFFIX [LANGUAGE]]]\n"
                   "Renders the user guide's screenshots into DIR (scripts/make-screenshots.sh).\n",
                   help ? stdout : stderr);
        return help ? 0 : 2;
    }
    QTemporaryDir config;
    test::useOffscreenScreen(screenSize(argc, argv), config.filePath(QStringLiteral("screens.json")));
    QApplication app(argc, argv);
    g_suffix = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    // A fourth argument (fr, ar...) shows the window in that language: the main window, the editor
    // and the score sheet only (docs/images/languages/).
    const QString language = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QString();
    QTranslator translation;
    QTranslator qtTranslation;
    if (!language.isEmpty()) {
        const QLocale locale(language);
        QLocale::setDefault(locale);
        if (!translation.load(QStringLiteral("casebook_") + language, QStringLiteral(CASEBOOK_QM_DIR)))
            return 2;
        (void)qtTranslation.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QCoreApplication::installTranslator(&qtTranslation);
        QCoreApplication::installTranslator(&translation);
        QGuiApplication::setLayoutDirection(locale.textDirection());
    }
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

    if (!addExampleGaps(**db))
        return 1;

    ui::WidgetPrompts prompts;
    ui::SystemDesktop desktop;
    ui::MainWindow window(std::move(*db), prompts, desktop);
    window.setWelcomeVisible(true);
    window.show();
    bool ok = save(&window, out, QStringLiteral("main-window"));

    window.setWelcomeVisible(false);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setText(QStringLiteral("sensors sdg:11 stage:operational,pilot"));
    QTest::keyClick(search, Qt::Key_Return);
    ok &= save(&window, out, QStringLiteral("search"));

    search->setText(QStringLiteral("region:Africa"));
    QTest::keyClick(search, Qt::Key_Return);
    settle();
    window.editor()->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(1);
    ok &= save(&window, out, QStringLiteral("editor"));

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    settle();
    window.findChild<QAction *>(QStringLiteral("gapRegisterAction"))->trigger();
    ok &= save(&window, out, QStringLiteral("gap-register"));
    window.findChild<QAction *>(QStringLiteral("gapRegisterAction"))->trigger();
    settle();
    ui::ScoringActions scoring(&window, prompts, window);
    ui::ScoreSheetDialog *sheet =
        scoring.createScoreSheet(window.database(), vlci, QStringLiteral("Amina Haddad"));
    if (sheet) {
        sheet->show();
        ok &= save(sheet, out, QStringLiteral("score-sheet"));
        sheet->close();
        delete sheet;
    }
    if (!language.isEmpty())
        return ok ? 0 : 1;
    if (ui::RubricEditorDialog *rubrics = scoring.createRubricEditor(window.database())) {
        rubrics->show();
        ok &= save(rubrics, out, QStringLiteral("rubric-editor"));
        rubrics->close();
        delete rubrics;
    }
    ok &= tools::compareShots(window.database(), out, g_suffix);
    ok &= tools::importShots(out, dir.path());
    return ok ? 0 : 1;
}
