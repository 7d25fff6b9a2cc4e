#pragma once

#include "widgets/Desktop.h"

namespace casebook::ui {

/// Desktop with xdg-email (where it exists) and QDesktopServices.
class SystemDesktop : public Desktop
{
public:
    bool composeMail(const QString &subject, const QString &attachment) override;
    bool showInFileManager(const QString &path) override;
    bool openWithSystemViewer(const QString &path) override;
};

} // namespace casebook::ui
