#include "mainwindow/RepositoryActions.h"

#include "mainwindow/CatalogueContext.h"
#include "preferences/Preferences.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "widgets/ActionFactory.h"
#include "widgets/Prompts.h"

#include <QWidget>

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace casebook::ui {

Database::OpenOptions RepositoryActions::windowOptions(const Preferences &preferences)
{
    Database::OpenOptions options;
    options.assessorId = preferences.assessorId;
    options.checkpointOffThread = true;
    options.integrityCheck = Database::IntegrityCheck::None; // the window checks in the background
    return options;
}

RepositoryActions::RepositoryActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
    , m_catalogue(catalogue)
{
    m_new = makeAction(this, tr("&New Repository..."), "newRepositoryAction",
                       &RepositoryActions::newRepository, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_open = makeAction(this, tr("&Open Repository..."), "openRepositoryAction",
                        &RepositoryActions::openRepository, QKeySequence::Open);
    m_recent = new QMenu(tr("Open &Recent"), parent);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &RepositoryActions::rebuildRecentMenu);
}

void RepositoryActions::openRepository()
{
    const QString path = m_prompts.chooseOpenFile(m_parent, tr("Open Repository"),
                                                  QFileInfo(m_catalogue.database().path()).absolutePath(),
                                                  tr("Casebook repositories (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openRecent(path);
}

void RepositoryActions::openRecent(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_catalogue.database().path()).absoluteFilePath())
        return;
    Database::OpenOptions options = windowOptions(Preferences::load());
    options.create = false;
    auto db = Database::open(path, options);
    if (!db) {
        m_prompts.error(m_parent, tr("Cannot open the repository"), db.error());
        return;
    }
    m_catalogue.switchRepository(std::move(*db));
}

void RepositoryActions::newRepository()
{
    const QString path = m_prompts.chooseSaveFile(m_parent, tr("New Repository"),
                                                  QFileInfo(m_catalogue.database().path()).absolutePath()
                                                      + QStringLiteral("/catalogue.sqlite"),
                                                  tr("Casebook repositories (*.sqlite)"));
    if (path.isEmpty())
        return;
    const QString title = tr("Cannot create the repository");
    if (QFileInfo::exists(path)) {
        m_prompts.error(
            m_parent, title,
            makeError(ErrorCode::Usage, tr("%1 already exists; choose a new file name.").arg(path)));
        return;
    }
    auto db = Database::open(path, windowOptions(Preferences::load()));
    if (!db) {
        m_prompts.error(m_parent, title, db.error());
        return;
    }
    if (auto seeded = Seeder::seed(**db, false); !seeded) {
        m_prompts.error(m_parent, title, seeded.error());
        return;
    }
    m_catalogue.switchRepository(std::move(*db));
}

void RepositoryActions::rebuildRecentMenu()
{
    m_recent->clear();
    const Preferences p = Preferences::load();
    for (const QString &path : p.recentRepositories) {
        QAction *a = m_recent->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (p.recentRepositories.isEmpty())
        m_recent->addAction(tr("No recent repositories"))->setEnabled(false);
}

} // namespace casebook::ui
