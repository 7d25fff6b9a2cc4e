#include "casebook/Version.h"
#include "mainwindow/MainWindow.h"
#include "preferences/Preferences.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "widgets/FirstPaint.h"
#include "widgets/SystemDesktop.h"
#include "widgets/WidgetPrompts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace casebook;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(kAppName));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QApplication::setApplicationVersion(QString::fromLatin1(kAppVersion));
    QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));

    // Qt's own strings, then Casebook's, in the language chosen in Preferences (or the system's);
    // Qt mirrors the layout for right-to-left languages such as Arabic.
    const ui::Preferences preferences = ui::Preferences::load();
    const QLocale uiLocale = preferences.language.isEmpty() ? QLocale() : QLocale(preferences.language);
    if (!preferences.language.isEmpty())
        QLocale::setDefault(uiLocale);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English (the source language) has a translation too: its plural forms ("1 use case").
    if (appTranslator.load(uiLocale, QStringLiteral("casebook"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral(":/i18n/casebook_en")))
        QApplication::installTranslator(&appTranslator);
    QApplication::setLayoutDirection(uiLocale.textDirection());

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

    Database::OpenOptions options;
    options.integrityCheck =
        Database::IntegrityCheck::None; // checked in the background after the first paint
    options.contributor =
        preferences.name.isEmpty() ? qEnvironmentVariable("CASEBOOK_CONTRIBUTOR") : preferences.name;
    options.assessorId = preferences.assessorId;
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
        if (qEnvironmentVariableIsSet("CASEBOOK_BENCH_FIRST_PAINT"))
            ui::reportFirstPaintForBenchmark();
    });
    window.show();

    // `casebook FILE.casebook` (or a double-click on one): open the import preview once the window is up.
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().first();
        QTimer::singleShot(0, &window, [&window, file] { window.importFile(file); });
    }
    return app.exec();
}
