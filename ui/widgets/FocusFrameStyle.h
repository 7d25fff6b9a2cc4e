#pragma once

#include <QProxyStyle>

namespace casebook::ui {

/// The application's style, with the keyboard's focus frame drawn on a dialog's default button too.
/// Fusion (the style where the desktop names none) outlines the default button as it outlines the
/// focused one, so Tab onto the default button changed nothing on screen.
class FocusFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    /// Puts it over the application's current style; call once the QApplication exists.
    static void install();

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};

} // namespace casebook::ui
