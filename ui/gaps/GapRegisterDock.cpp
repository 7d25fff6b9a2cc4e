#include "gaps/GapRegisterDock.h"

#include "gaps/GapRegisterView.h"
#include "mainwindow/CatalogueContext.h"
#include "storage/Database.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QTreeView>

namespace casebook::ui {

GapRegisterDock::GapRegisterDock(CatalogueContext &context, QWidget *parent)
    : QDockWidget(tr("Gap Register"), parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("gapRegisterDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                | QDockWidget::DockWidgetFloatable);
    m_view = new GapRegisterView(this);
    setWidget(m_view);
    m_showAction = new QAction(tr("&Gap Register"), this);
    m_showAction->setObjectName(QStringLiteral("gapRegisterAction"));
    m_showAction->setCheckable(true);
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showAction->setToolTip(tr("Every standardization gap of the use cases matching the search"));
    connect(m_showAction, &QAction::triggered, this, &GapRegisterDock::setShown);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_showAction->setChecked(visible);
        if (visible && m_stale)
            refresh();
    });
    connect(m_view, &GapRegisterView::useCaseActivated, this, &GapRegisterDock::useCaseActivated);
    hide();
}

void GapRegisterDock::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_view->load(m_context.database().path(), m_context.searchText());
}

void GapRegisterDock::setShown(bool shown)
{
    if (!shown) {
        hide();
        return;
    }
    show();
    raise();
    // The first time, a third of a small window's height, two fifths of a large one's.
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (!m_sized && window && !isFloating()) {
        const int height = window->height();
        window->resizeDocks({this}, {height >= 900 ? height * 2 / 5 : height / 3}, Qt::Vertical);
        m_sized = true;
    }
    m_view->tree()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace casebook::ui
