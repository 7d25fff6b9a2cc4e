#pragma once

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace casebook::ui {

/// Colours that mark a state on top of the system palette, light or dark, instead of fixed colours
/// that only suit a light theme: a row's background is the palette's base tinted towards the
/// state's hue (the palette's own text stays readable on it), and warning text keeps its contrast
/// against the palette's window. Colour is never the only mark: the views say it in words too.
class PaletteTint
{
public:
    enum class State { Attention, Problem };

    /// The background for a row or cell in `state`.
    static QBrush background(State state, const QPalette &palette);
    /// The text colour for a warning or a problem shown on the window.
    static QColor warningText(const QPalette &palette);
    /// `palette` with its window text in the warning colour, for a label.
    static QPalette warning(QPalette palette);
    /// Whether the palette is a dark one (light text on a dark base).
    static bool isDark(const QPalette &palette);
};

} // namespace casebook::ui
