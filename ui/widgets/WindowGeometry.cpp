#include "widgets/WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace casebook::ui::WindowGeometry {

QSize maximumFor(const QRect &available)
{
    return (available.size() - kFrameAllowance).expandedTo(QSize(1, 1));
}

QSize fitted(const QSize &preferred, const QRect &available)
{
    return preferred.boundedTo(maximumFor(available));
}

QSize share(const QRect &available, qreal fraction, const QSize &least)
{
    const QSize part(qRound(available.width() * fraction), qRound(available.height() * fraction));
    return fitted(part.expandedTo(least), available);
}

QRect clamped(const QRect &geometry, const QRect &available)
{
    QRect r(geometry.topLeft(), fitted(geometry.size(), available));
    const QRect area = available.adjusted(0, 0, -kFrameAllowance.width(), -kFrameAllowance.height());
    r.moveLeft(std::clamp(r.left(), area.left(), std::max(area.left(), area.right() - r.width() + 1)));
    r.moveTop(std::clamp(r.top(), area.top(), std::max(area.top(), area.bottom() - r.height() + 1)));
    return r;
}

QRect availableFor(const QWidget *window)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    if (QScreen *screen = anchor->screen())
        return screen->availableGeometry();
    if (QScreen *primary = QGuiApplication::primaryScreen())
        return primary->availableGeometry();
    return QRect(0, 0, 1024, 700);
}

void applyDefault(QWidget *window, const QSize &preferred)
{
    const QRect available = availableFor(window);
    window->resize(fitted(preferred, available));
}

void restore(QWidget *window, const QByteArray &saved, const QSize &preferred)
{
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        applyDefault(window, preferred);
        return;
    }
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = availableFor(window);
    window->setGeometry(clamped(window->geometry(), available));
}

} // namespace casebook::ui::WindowGeometry
