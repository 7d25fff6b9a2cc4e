#include "cli/Cli.h"
#include "common/HugePages.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTranslator>

#include <memory>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <unistd.h>
#endif

namespace {

/// Qt's offscreen platform asks for the session's runtime folder and warns on standard error when
/// there is none (SSH, cron, CI). Names a private one in the temporary folder, as Qt would choose
/// (Qt creates it, mode 0700), without the warning.
void nameRuntimeFolder()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR",
                QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid()));
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (casebook::cli::needsHugePages(arguments))
        casebook::app::restartWithHugePages(argv); // before Qt starts; returns if it does not restart
    // Reports lay text out with Qt Gui, which needs a platform plugin; "offscreen" needs no display, so
    // the report command works over SSH and in CI whatever QT_QPA_PLATFORM says. Other commands stay
    // on QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (casebook::cli::needsGui(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        nameRuntimeFolder();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTranslator plurals; // English only: "1 use case", "2 use cases" (see app/CMakeLists.txt)
    if (plurals.load(QStringLiteral(":/i18n/casebook_en")))
        QCoreApplication::installTranslator(&plurals);
    return casebook::cli::run(app->arguments());
}
