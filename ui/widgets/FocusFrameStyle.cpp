#include "widgets/FocusFrameStyle.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOptionButton>

namespace casebook::ui {

void FocusFrameStyle::install()
{
    if (!qobject_cast<FocusFrameStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusFrameStyle(QStyleFactory::create(QApplication::style()->name())));
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    const State keyboardFocus = State_HasFocus | State_KeyboardFocusChange;
    if (element != CE_PushButton || !button || !(button->features & QStyleOptionButton::DefaultButton)
        || (option->state & keyboardFocus) != keyboardFocus)
        return;
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(*option);
    focus.rect = subElementRect(SE_PushButtonFocusRect, option, widget);
    drawPrimitive(PE_FrameFocusRect, &focus, painter, widget);
}

} // namespace casebook::ui
