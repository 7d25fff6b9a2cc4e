#pragma once

#include <QObject>

#include <functional>

namespace casebook::ui {

/// Hands the files that the desktop asks the running application to open (QFileOpenEvent: a
/// double-click on a `.casebook` bundle in the macOS Finder) to a function, such as the import
/// preview. Install it as an event filter on the application.
class FileOpenForwarder : public QObject
{
public:
    explicit FileOpenForwarder(std::function<void(const QString &)> open, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QString &)> m_open;
};

} // namespace casebook::ui
