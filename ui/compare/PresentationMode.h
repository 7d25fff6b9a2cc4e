#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QPointer>
#include <QWidget>

class QScreen;

namespace casebook::ui {

/// Puts a window in front of a room and back: full screen on a chosen screen, type twice as large,
/// white on black, the editing widgets hidden; leave() restores what was there.
class PresentationMode
{
public:
    explicit PresentationMode(QWidget &window);

    bool isActive() const { return m_active; }
    /// `editing` are hidden while presenting (menus, chooser, weight sliders) and shown again after.
    void enter(QScreen *screen, const QList<QWidget *> &editing);
    void leave();

    /// The high-contrast palette of presentation mode.
    static QPalette highContrast();

private:
    QWidget &m_window;
    bool m_active = false;
    QPalette m_palette;
    QFont m_font;
    QByteArray m_geometry;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace casebook::ui
