#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

namespace casebook::ui {

/// How every *Actions class makes its QActions: owned by the *Actions object, named so that tests
/// and menus find them, with an optional shortcut, calling `slot` on `owner` when triggered.
template<typename Owner, typename Slot>
QAction *makeAction(Owner *owner, const QString &text, const char *objectName, Slot slot,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, owner);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, owner, slot);
    return action;
}

} // namespace casebook::ui
