#include "widgets/FileOpenForwarder.h"

#include <QFileOpenEvent>

namespace casebook::ui {

FileOpenForwarder::FileOpenForwarder(std::function<void(const QString &)> open, QObject *parent)
    : QObject(parent)
    , m_open(std::move(open))
{ }

bool FileOpenForwarder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty()) {
            m_open(file);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casebook::ui
