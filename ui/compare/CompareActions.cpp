#include "compare/CompareActions.h"

#include "compare/CompareWindow.h"
#include "mainwindow/CatalogueContext.h"
#include "widgets/ActionFactory.h"

namespace casebook::ui {

CompareActions::CompareActions(QWidget *parent, Prompts &prompts, CatalogueContext &catalogue)
    : QObject(parent)
    , m_parent(parent)
    , m_prompts(prompts)
    , m_catalogue(catalogue)
{
    m_compare = makeAction(
        this, tr("&Compare Use Cases..."), "compareAction", [this] { openWorkspace(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
}

CompareActions::~CompareActions()
{
    closeWorkspace();
}

CompareWindow *CompareActions::openWorkspace()
{
    if (!m_window) {
        m_window = new CompareWindow(m_catalogue.database(), m_prompts, m_parent);
        m_window->setWindowFlag(Qt::Window);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->start(m_catalogue.selectedUuids(), m_catalogue.searchText());
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

CompareWindow *CompareActions::window() const
{
    return m_window.data();
}

void CompareActions::closeWorkspace()
{
    if (m_window)
        delete m_window.data();
}

} // namespace casebook::ui
