#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace casebook::ui {

/// The one rule for the size of every top-level window and dialog: it comes from the available
/// geometry of the screen the window opens on (less room for the window frame), so that a window
/// fits a 1024×700 laptop screen as well as a large one; a saved size is clamped to it too.
namespace WindowGeometry {

/// Room left around a window for the frame and title bar the window system adds.
inline constexpr QSize kFrameAllowance{16, 40};

/// The largest client size that fits the available area with its frame.
QSize maximumFor(const QRect &available);
/// The preferred size, no larger than the available area allows.
QSize fitted(const QSize &preferred, const QRect &available);
/// A share of the available area (0.85 for 85 % of its width and height), at least `least` where
/// the screen has room: a main window that grows with a large screen.
QSize share(const QRect &available, qreal fraction, const QSize &least);
/// A geometry moved and shrunk so that it lies inside the available area with its frame.
QRect clamped(const QRect &geometry, const QRect &available);
/// The available geometry of the screen the window opens on (its parent's, or the primary one).
QRect availableFor(const QWidget *window);
/// Gives a window that is not shown yet its preferred size, fitted to its screen.
void applyDefault(QWidget *window, const QSize &preferred);
/// Restores a geometry saved with QWidget::saveGeometry(), clamped to the current screen (a window
/// saved on a larger monitor opens whole on a laptop); without one, applies the preferred size.
void restore(QWidget *window, const QByteArray &saved, const QSize &preferred);

} // namespace WindowGeometry

} // namespace casebook::ui
