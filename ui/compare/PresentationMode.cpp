#include "compare/PresentationMode.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWindow>

namespace casebook::ui {

PresentationMode::PresentationMode(QWidget &window)
    : m_window(window)
{ }

QPalette PresentationMode::highContrast()
{
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, Qt::black);
        p.setColor(group, QPalette::WindowText, Qt::white);
        p.setColor(group, QPalette::Base, Qt::black);
        p.setColor(group, QPalette::AlternateBase, QColor(30, 30, 30));
        p.setColor(group, QPalette::Text, Qt::white);
        p.setColor(group, QPalette::Button, Qt::black);
        p.setColor(group, QPalette::ButtonText, Qt::white);
        p.setColor(group, QPalette::Highlight, QColor(255, 214, 0));
        p.setColor(group, QPalette::HighlightedText, Qt::black);
        p.setColor(group, QPalette::ToolTipBase, Qt::black);
        p.setColor(group, QPalette::ToolTipText, Qt::white);
    }
    return p;
}

void PresentationMode::enter(QScreen *screen, const QList<QWidget *> &editing)
{
    if (m_active)
        return;
    m_active = true;
    m_palette = m_window.palette();
    m_font = m_window.font();
    m_geometry = m_window.saveGeometry();
    m_hidden.clear();
    for (QWidget *w : editing) {
        if (w && w->isVisible()) {
            m_hidden.append(w);
            w->hide();
        }
    }
    QFont large = m_font;
    large.setPointSizeF(std::max(20.0, m_font.pointSizeF() * 2));
    m_window.setFont(large);
    m_window.setPalette(highContrast());
    m_window.setAutoFillBackground(true);
    if (!screen)
        screen = m_window.screen() ? m_window.screen() : QGuiApplication::primaryScreen();
    if (m_window.windowHandle())
        m_window.windowHandle()->setScreen(screen);
    if (screen)
        m_window.setGeometry(screen->geometry());
    m_window.showFullScreen();
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_window.showNormal();
    m_window.setPalette(m_palette);
    m_window.setFont(m_font);
    m_window.restoreGeometry(m_geometry);
    for (const QPointer<QWidget> &w : std::as_const(m_hidden)) {
        if (w)
            w->show();
    }
    m_hidden.clear();
}

} // namespace casebook::ui
