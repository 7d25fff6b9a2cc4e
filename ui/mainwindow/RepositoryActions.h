#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace casebook::ui {

class CatalogueContext;
class Prompts;
struct Preferences;

/// Repositories: create a new one, open one, reopen a recent one. The window switches to it.
class RepositoryActions : public QObject
{
    Q_OBJECT
public:
    /// `parent` is also the parent of every dialog and of the recent menu.
    RepositoryActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue);

    QAction *newRepositoryAction() const { return m_new; }
    QAction *openRepositoryAction() const { return m_open; }
    /// Lists the recent repositories, rebuilt each time it opens.
    QMenu *recentMenu() const { return m_recent; }

    /// How the window opens a repository for the member, at start-up and here: under the assessor
    /// identity kept in `preferences`, the log copied back on a thread of its own (the window goes
    /// on after each write), and without the integrity check on opening (the window runs it in the
    /// background once the repository is shown). The window sets the contributor's name itself.
    static Database::OpenOptions windowOptions(const Preferences &preferences);

    void newRepository();
    void openRepository();
    /// Opens `path` unless it is the open repository.
    void openRecent(const QString &path);

private:
    void rebuildRecentMenu();

    QWidget *m_parent;
    Prompts &m_prompts;
    CatalogueContext &m_catalogue;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace casebook::ui
