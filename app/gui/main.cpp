#include "casebook/Version.h"
#include "common/HugePages.h"
#include "mainwindow/EditorOpenBenchmark.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RepositoryActions.h"
#include "preferences/Preferences.h"
#include "preferences/UiLanguage.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "widgets/FileOpenForwarder.h"
#include "widgets/FirstPaint.h"
#include "widgets/FocusFrameStyle.h"
#include "widgets/SystemDesktop.h"
#include "widgets/WidgetPrompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace casebook;

int main(int argc, char *argv[])
{
    // `casebook --version` answers with no display too (packagers and scripts ask it on servers).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("%s %s\n", kAppName, kAppVersion);
            return 0;
        }
    }
    // Imports and exports of whole bundles run in this process: glibc's malloc on huge pages for
    // them, as casebook-cli's bulk commands (about 20 ms, once, before Qt starts).
    casebook::app::restartWithHugePages(argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(kAppName));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QApplication::setApplicationVersion(QString::fromLatin1(kAppVersion));
    QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casebook.svg")));
    ui::FocusFrameStyle::install();
    QGuiApplication::setDesktopFileName(QStringLiteral("casebook")); // casebook.desktop

    // Qt's own strings, then Casebook's, in the language chosen in Preferences (or the system's);
    // right to left for Arabic.
    const ui::Preferences preferences = ui::Preferences::load();
    const ui::UiLanguage language(preferences.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Casebook: a catalogue of IoT use cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"),
         QApplication::translate("main", "The repository file (default: %1).").arg(Database::defaultPath()),
         QApplication::translate("main", "path")});
    parser.addPositionalArgument(QStringLiteral("bundle"),
                                 QApplication::translate("main", "A .casebook bundle to preview and import."),
                                 QStringLiteral("[FILE.casebook]"));
    parser.process(app);

    const QString defaultPath =
        preferences.defaultRepository.isEmpty() ? Database::defaultPath() : preferences.defaultRepository;
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultPath;
    const bool firstStart = !QFileInfo::exists(path);

    Database::OpenOptions options = ui::RepositoryActions::windowOptions(preferences);
    options.contributor =
        preferences.name.isEmpty() ? qEnvironmentVariable("CASEBOOK_CONTRIBUTOR") : preferences.name;
    ui::WidgetPrompts prompts;
    ui::SystemDesktop desktop;
    auto db = Database::open(path, options);
    if (!db) {
        prompts.error(nullptr, QApplication::translate("main", "Cannot open the repository"), db.error());
        return 3;
    }
    // Every start adds the newest shipped version of the default rubric when it is missing (after an
    // upgrade of Casebook), beside the older versions and their assessments; examples only on a new one.
    const bool fresh = firstStart || (*db)->wasCreated();
    if (auto seeded = Seeder::seed(**db, fresh); !seeded && fresh) {
        prompts.error(nullptr, QApplication::translate("main", "Cannot prepare the repository"),
                      seeded.error());
        return 3;
    }

    // The list is painted first; the editor's record and the integrity check follow (issue 13).
    ui::MainWindow window(std::move(*db), prompts, desktop, nullptr,
                          ui::MainWindow::StartUp::AfterFirstPaint);
    QObject::connect(&window, &ui::MainWindow::firstPainted, &window, [&window] {
        window.startBackgroundCheck();
        if (qEnvironmentVariableIsSet("CASEBOOK_BENCH_FIRST_PAINT")) {
            // Queued first: the editor is made right after this signal, and the quit comes after.
            QTimer::singleShot(0, &window, [&window] { ui::reportEditorOpenForBenchmark(window); });
            ui::reportFirstPaintForBenchmark();
        }
    });
    window.show();

    // A bundle the desktop hands over while Casebook runs (macOS Finder): the import preview too.
    ui::FileOpenForwarder fileOpen([&window](const QString &file) { window.importFile(file); });
    app.installEventFilter(&fileOpen);

    // `casebook FILE.casebook` (or a double-click on one): open the import preview once the window is up.
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().first();
        QTimer::singleShot(0, &window, [&window, file] { window.importFile(file); });
    }
    return app.exec();
}
